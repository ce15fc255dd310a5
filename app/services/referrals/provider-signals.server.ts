// Signals raised by a provider about the clients it serves now, to the consultants of the
// client's municipality; and the provider's own list of them (not the municipality's notes).
import { clock } from "~/clock.server";
import { touchCaseOfReferral } from "~/models/cases.server";
import { requestsServedByProvider } from "~/models/help-requests.server";
import { servingReferralsOfProvider } from "~/models/referrals.server";
import { addSignalOfProvider, signalsOfProvider } from "~/models/signals.server";
import { type Db, getDb } from "~db/client.server";
import type { SignalStatus, SignalType } from "~db/schema";
import { audit } from "../audit.server";
import { ensureCase } from "../case-link.server";
import { noticeUrgentSignal } from "../notifications/municipal.server";
import type { Staff } from "./staff";

export type Client = { value: string; name: string; postcode: string; what: string };

type ClientSource = {
  municipalityCode: string;
  citizenUserId: number;
  actingForName: string | null;
  name: string;
  postcode: string;
  what: string;
};

/** The postcode the citizen gave, from a request's answers or a referral's intake. */
function postcodeIn(stored: Record<string, unknown>): string {
  return typeof stored.postcode === "string" ? stored.postcode : "";
}

/** The clients this provider serves now: booked, enrolled or matched requests, and running referrals. */
function clientSources(staff: Staff, db: Pick<Db, "select"> = getDb()): Map<string, ClientSource> {
  const map = new Map<string, ClientSource>();
  for (const r of requestsServedByProvider(staff, db)) {
    const { municipalityCode, citizenUserId, actingForName, name } = r;
    map.set(`request:${r.id}`, {
      municipalityCode,
      citizenUserId,
      actingForName,
      name,
      postcode: postcodeIn(r.answers),
      what: r.kind,
    });
  }
  for (const f of servingReferralsOfProvider(staff, db)) {
    map.set(`referral:${f.id}`, {
      municipalityCode: f.municipalityCode,
      citizenUserId: f.citizenUserId,
      // The case is the account holder's own ("" key) or a family member's for this person.
      actingForName: f.personKey === "" ? null : f.personName,
      name: f.personName,
      postcode: postcodeIn(f.intake),
      what: "zin",
    });
  }
  return map;
}

/** One audit entry per municipality whose residents a provider's page showed. */
function auditListing(staff: Staff, action: string, municipalities: string[]) {
  const counts = new Map<string, number>();
  for (const m of municipalities) counts.set(m, (counts.get(m) ?? 0) + 1);
  for (const [municipalityCode, count] of counts)
    audit({
      actorUserId: staff.id,
      action,
      subjectType: "provider",
      subjectId: staff.providerId,
      municipalityCode,
      detail: { count },
    });
}

export function listClients(staff: Staff): Client[] {
  const sources = clientSources(staff);
  auditListing(
    staff,
    "clients.listed",
    [...sources.values()].map((c) => c.municipalityCode),
  );
  return [...sources].map(([value, c]) => ({ value, name: c.name, postcode: c.postcode, what: c.what }));
}

export type SignalInput = { client: string; type: SignalType; urgency: "normal" | "urgent"; text: string };
export type RaiseSignalResult = { ok: true; id: number } | { ok: false; error: "not_a_client" };

/** A signal about a client this provider serves, to the consultants of the client's municipality. */
export function raiseSignal(staff: Staff, input: SignalInput, now = clock.now()): RaiseSignalResult {
  const db = getDb();
  return db.transaction(
    (tx): RaiseSignalResult => {
      const client = clientSources(staff, tx).get(input.client);
      if (!client) return { ok: false, error: "not_a_client" };
      const caseId = ensureCase(db.$client, client, now);
      const id = addSignalOfProvider(
        staff,
        {
          caseId,
          municipalityCode: client.municipalityCode,
          type: input.type,
          urgency: input.urgency,
          text: input.text,
          raisedByUserId: staff.id,
          createdAt: now,
        },
        tx,
      );
      touchCaseOfReferral(caseId, now, tx);
      if (input.urgency === "urgent")
        noticeUrgentSignal({
          id,
          caseId,
          providerId: staff.providerId,
          municipalityCode: client.municipalityCode,
          now,
        });
      audit(
        {
          actorUserId: staff.id,
          action: "signal.raised",
          subjectType: "case",
          subjectId: caseId,
          municipalityCode: client.municipalityCode,
          detail: { signalId: id },
        },
        tx,
      );
      return { ok: true, id };
    },
    { behavior: "immediate" },
  );
}

export type ProviderSignal = {
  id: number;
  personName: string;
  type: SignalType;
  urgency: "normal" | "urgent";
  text: string;
  status: SignalStatus;
  createdAt: number;
  acknowledgedAt: number | null;
  closedAt: number | null;
};

/** The signals this provider raised and whether the municipality picked them up (not its notes). */
export function listSignals(staff: Staff): ProviderSignal[] {
  const rows = signalsOfProvider(staff);
  auditListing(
    staff,
    "signals.listed",
    rows.map((r) => r.municipalityCode),
  );
  return rows.map(({ municipalityCode: _, createdAt, acknowledgedAt, closedAt, ...r }) => ({
    ...r,
    createdAt: createdAt.getTime(),
    acknowledgedAt: acknowledgedAt?.getTime() ?? null,
    closedAt: closedAt?.getTime() ?? null,
  }));
}
