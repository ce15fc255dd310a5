// Referrals and signals as provider staff see them: only their own provider's, with the intake
// summary the citizen agreed to share. Every read and change is audited under the client's
// municipality.
import { clock } from "~/clock.server";
import { amsterdamDay } from "~/domain/policy";
import { canEvaluate, EVALUATION_DUE_WINDOW_DAYS, nextReferralStatus, type ReferralAction } from "~/domain/referral";
import { addDays } from "~/domain/time";
import { getDb } from "~db/client.server";
import type { EvaluationOutcome, ReferralStatus, RequestStatus, SignalStatus, SignalType } from "~db/schema";
import { audit } from "./audit.server";
import { ensureCase } from "./case-link.server";

export type Staff = { id: number; providerId: number };

const sqlite = () => getDb().$client;

export type ProviderReferral = {
  id: number;
  status: ReferralStatus;
  municipalityName: string;
  createdAt: number;
  startDate: string | null;
  declineReason: string | null;
  endReason: string | null;
  intake: {
    name: string;
    actedBy: { name: string; relation: string } | null;
    contact: { email: string; phone: string | null };
    postcode: string;
    birthYear: number;
    needs: string[];
    minutesPerWeek: number;
    startDate: string;
    limitations: string[];
    preferences: string | null;
    situation: string | null;
  };
  indication: { minutesPerWeek: number; startDate: string; endDate: string; evaluationDate: string };
  evaluation: { outcome: EvaluationOutcome; explanation: string; at: number } | null;
  evaluationDue: boolean;
  /** Declined: the provider no longer sees the intake of someone who is not its client. */
  redacted: boolean;
  /** The citizen had their data erased: nothing of the intake is left. */
  erased: boolean;
};

/** An intake with nothing left in it: after a decline, or once the citizen had their data erased. */
function redact(intake: Partial<ProviderReferral["intake"]>): ProviderReferral["intake"] {
  return {
    name: intake.name ?? "[verwijderd]",
    actedBy: null,
    contact: { email: "", phone: null },
    postcode: "",
    birthYear: 0,
    needs: [],
    minutesPerWeek: intake.minutesPerWeek ?? 0,
    startDate: intake.startDate ?? "",
    limitations: [],
    preferences: null,
    situation: null,
  };
}

function readIntake(status: ReferralStatus, json: string) {
  const intake = JSON.parse(json) as Partial<ProviderReferral["intake"]>;
  // An erased citizen's intake is empty: shown like a declined one.
  const erased = intake.contact === undefined;
  const redacted = status === "declined" || erased;
  return { intake: redacted ? redact(intake) : (intake as ProviderReferral["intake"]), redacted, erased };
}

export function listReferrals(staff: Staff, now = clock.now()): ProviderReferral[] {
  const db = sqlite();
  const today = amsterdamDay(now);
  const rows = db
    .prepare(
      `SELECT f.id, f.status, m.name AS municipalityName, f.municipality_code AS municipalityCode, f.created_at AS createdAt,
         f.start_date AS startDate, f.decline_reason AS declineReason, f.end_reason AS endReason, f.intake,
         i.minutes_per_week AS minutesPerWeek, i.start_date AS iStart, i.end_date AS iEnd, i.evaluation_date AS iEval,
         e.outcome, e.explanation, e.created_at AS evaluatedAt
       FROM referrals f JOIN indications i ON i.id = f.indication_id JOIN municipalities m ON m.code = f.municipality_code
       LEFT JOIN evaluations e ON e.referral_id = f.id
              WHERE f.provider_id = ? AND f.status <> 'withdrawn'
         AND (f.status IN ('sent', 'accepted', 'started') OR f.updated_at > ?)

       ORDER BY CASE f.status WHEN 'sent' THEN 0 WHEN 'accepted' THEN 1 WHEN 'started' THEN 2 ELSE 3 END, f.created_at DESC
       LIMIT 300`,
    )
    // Finished referrals stay in view for 90 days: the work list is about what is going on.
    .all(staff.providerId, now.getTime() - 90 * 86_400_000) as {
    id: number;
    status: ReferralStatus;
    municipalityName: string;
    municipalityCode: string;
    createdAt: number;
    startDate: string | null;
    declineReason: string | null;
    endReason: string | null;
    intake: string;
    minutesPerWeek: number;
    iStart: string;
    iEnd: string;
    iEval: string;
    outcome: EvaluationOutcome | null;
    explanation: string | null;
    evaluatedAt: number | null;
  }[];
  // One entry per municipality whose citizens were read.
  const byMunicipality = new Map<string, number[]>();
  for (const r of rows)
    byMunicipality.set(r.municipalityCode, [...(byMunicipality.get(r.municipalityCode) ?? []), r.id]);
  for (const [municipalityCode, referralIds] of byMunicipality)
    audit({
      actorUserId: staff.id,
      action: "referrals.listed",
      subjectType: "provider",
      subjectId: staff.providerId,
      municipalityCode,
      detail: { referralIds },
    });
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    municipalityName: r.municipalityName,
    createdAt: r.createdAt,
    startDate: r.startDate,
    declineReason: r.declineReason,
    endReason: r.endReason,
    ...readIntake(r.status, r.intake),
    indication: { minutesPerWeek: r.minutesPerWeek, startDate: r.iStart, endDate: r.iEnd, evaluationDate: r.iEval },
    evaluation:
      r.outcome && r.explanation !== null && r.evaluatedAt !== null
        ? { outcome: r.outcome, explanation: r.explanation, at: r.evaluatedAt }
        : null,
    evaluationDue: canEvaluate(r.status, r.outcome !== null) && r.iEval <= addDays(today, EVALUATION_DUE_WINDOW_DAYS),
  }));
}

/** How many referrals wait for this provider (new ones and due evaluations), for the navigation. */
export function referralCount(staff: Staff, now = clock.now()): number {
  const row = sqlite()
    .prepare(
      `SELECT count(*) AS n FROM referrals f JOIN indications i ON i.id = f.indication_id
       WHERE f.provider_id = ? AND (f.status = 'sent' OR (f.status = 'started' AND i.evaluation_date <= ?
         AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.referral_id = f.id)))`,
    )
    .get(staff.providerId, addDays(amsterdamDay(now), EVALUATION_DUE_WINDOW_DAYS)) as { n: number };
  return row.n;
}

export type ReferralInput =
  | { action: "accept"; startDate: string }
  | { action: "decline"; reason: string }
  | { action: "start" }
  | { action: "end"; reason: string };

export type ReferralResult = { ok: true } | { ok: false; error: "not_found" | "not_allowed" | "bad_date" };

const REQUEST_STATUS_AFTER: Partial<Record<ReferralAction, RequestStatus>> = {
  start: "care_started",
  end: "care_ended",
};

/** Whether a referral is this provider's: another provider's reads as one that does not exist. */
export function isOwnReferral(staff: Staff, referralId: number): boolean {
  return (
    sqlite().prepare("SELECT 1 FROM referrals WHERE id = ? AND provider_id = ?").get(referralId, staff.providerId) !==
    undefined
  );
}

/** Accept (with a start date), decline (back to the consultant), start or end a referral. */
export function actOnReferral(
  staff: Staff,
  referralId: number,
  input: ReferralInput,
  now = clock.now(),
): ReferralResult {
  const db = sqlite();
  return db
    .transaction((): ReferralResult => {
      const row = db
        .prepare(
          `SELECT f.status, f.case_id AS caseId, f.municipality_code AS municipalityCode, p.name AS providerName
           FROM referrals f JOIN providers p ON p.id = f.provider_id WHERE f.id = ? AND f.provider_id = ?`,
        )
        .get(referralId, staff.providerId) as
        | { status: ReferralStatus; caseId: number; municipalityCode: string; providerName: string }
        | undefined;
      if (!row) return { ok: false, error: "not_found" };
      const next = nextReferralStatus(row.status, input.action, "provider");
      if (!next.ok) return { ok: false, error: "not_allowed" };
      if (input.action === "accept") {
        // The help starts within the indication's period, and not in the past.
        const period = db
          .prepare(
            "SELECT i.end_date AS end FROM referrals f JOIN indications i ON i.id = f.indication_id WHERE f.id = ?",
          )
          .get(referralId) as { end: string };
        if (input.startDate < amsterdamDay(now) || input.startDate > period.end)
          return { ok: false, error: "bad_date" };
      }
      const t = now.getTime();
      db.prepare(
        `UPDATE referrals SET status = ?, updated_at = ?,
           start_date = coalesce(?, start_date), decline_reason = coalesce(?, decline_reason), end_reason = coalesce(?, end_reason)
         WHERE id = ?`,
      ).run(
        next.to,
        t,
        input.action === "accept" ? input.startDate : null,
        input.action === "decline" ? input.reason : null,
        input.action === "end" ? input.reason : null,
        referralId,
      );
      const note =
        input.action === "accept"
          ? input.startDate
          : input.action === "decline" || input.action === "end"
            ? input.reason
            : null;
      db.prepare(
        "INSERT INTO referral_events (referral_id, status, note, by_user_id, created_at) VALUES (?, ?, ?, ?, ?)",
      ).run(referralId, next.to, note, staff.id, t);
      // The citizen follows along on their request.
      const requestStatus = REQUEST_STATUS_AFTER[input.action];
      // The citizen's requests on this case follow the help's start and end. Their timeline gets
      // the step, never the provider's own words (a decline reason is for the consultant).
      const requests = db
        .prepare("SELECT id, status FROM help_requests WHERE case_id = ? AND status IN ('indicated', 'care_started')")
        .all(row.caseId) as { id: number; status: RequestStatus }[];
      for (const r of requests) {
        if (!requestStatus || requestStatus === r.status) continue;
        db.prepare("UPDATE help_requests SET status = ?, updated_at = ? WHERE id = ?").run(requestStatus, t, r.id);
        db.prepare(
          "INSERT INTO request_events (request_id, status, note, by_user_id, created_at) VALUES (?, ?, ?, ?, ?)",
        ).run(r.id, requestStatus, `referral.${input.action}:${row.providerName}`, staff.id, t);
      }
      db.prepare("UPDATE cases SET updated_at = ? WHERE id = ?").run(t, row.caseId);
      audit({
        actorUserId: staff.id,
        action: `referral.${input.action}`,
        subjectType: "case",
        subjectId: row.caseId,
        municipalityCode: row.municipalityCode,
        detail: { referralId },
      });
      return { ok: true };
    })
    .immediate();
}

/** The provider's evaluation at the end of the first indication: once, while the help runs. */
export function evaluateReferral(
  staff: Staff,
  referralId: number,
  input: { outcome: EvaluationOutcome; explanation: string },
  now = clock.now(),
): ReferralResult {
  const db = sqlite();
  return db
    .transaction((): ReferralResult => {
      const row = db
        .prepare(
          `SELECT f.status, f.case_id AS caseId, f.municipality_code AS municipalityCode,
             EXISTS (SELECT 1 FROM evaluations e WHERE e.referral_id = f.id) AS done
           FROM referrals f WHERE f.id = ? AND f.provider_id = ?`,
        )
        .get(referralId, staff.providerId) as
        | { status: ReferralStatus; caseId: number; municipalityCode: string; done: number }
        | undefined;
      if (!row) return { ok: false, error: "not_found" };
      if (!canEvaluate(row.status, row.done === 1)) return { ok: false, error: "not_allowed" };
      db.prepare(
        "INSERT INTO evaluations (referral_id, outcome, explanation, by_user_id, created_at) VALUES (?, ?, ?, ?, ?)",
      ).run(referralId, input.outcome, input.explanation, staff.id, now.getTime());
      db.prepare("UPDATE cases SET updated_at = ? WHERE id = ?").run(now.getTime(), row.caseId);
      audit({
        actorUserId: staff.id,
        action: "referral.evaluated",
        subjectType: "case",
        subjectId: row.caseId,
        municipalityCode: row.municipalityCode,
        detail: { referralId, outcome: input.outcome },
      });
      return { ok: true };
    })
    .immediate();
}

// ── Signals ────────────────────────────────────────────────────────────────────────────────
export type Client = { value: string; name: string; postcode: string; what: string };

type ClientSource = {
  municipalityCode: string;
  citizenUserId: number;
  actingForName: string | null;
  name: string;
  postcode: string;
  what: string;
};

/** The clients this provider serves now: booked, enrolled or matched requests, and running referrals. */
function clientSources(providerId: number): Map<string, ClientSource> {
  const db = sqlite();
  const map = new Map<string, ClientSource>();
  const requests = db
    .prepare(
      `SELECT r.id, r.kind, r.municipality_code AS municipalityCode, r.citizen_user_id AS citizenUserId,
         r.acting_for_name AS actingForName, coalesce(r.acting_for_name, u.name) AS name, r.answers
       FROM help_requests r JOIN users u ON u.id = r.citizen_user_id
       WHERE r.provider_id = ? AND r.status IN ('booked', 'enrolled', 'matched') ORDER BY name`,
    )
    .all(providerId) as (Omit<ClientSource, "postcode" | "what"> & { id: number; kind: string; answers: string })[];
  for (const r of requests) {
    const postcode = (JSON.parse(r.answers) as { postcode?: string }).postcode ?? "";
    map.set(`request:${r.id}`, { ...r, postcode, what: r.kind });
  }
  const referrals = db
    .prepare(
      `SELECT f.id, c.municipality_code AS municipalityCode, c.citizen_user_id AS citizenUserId,
         CASE WHEN c.person_key = '' THEN NULL ELSE c.person_name END AS actingForName, c.person_name AS name, f.intake
       FROM referrals f JOIN cases c ON c.id = f.case_id
       WHERE f.provider_id = ? AND f.status IN ('accepted', 'started') ORDER BY name`,
    )
    .all(providerId) as (Omit<ClientSource, "postcode" | "what"> & { id: number; intake: string })[];
  for (const f of referrals) {
    const postcode = (JSON.parse(f.intake) as { postcode?: string }).postcode ?? "";
    map.set(`referral:${f.id}`, { ...f, postcode, what: "zin" });
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
  const sources = clientSources(staff.providerId);
  auditListing(
    staff,
    "clients.listed",
    [...sources.values()].map((c) => c.municipalityCode),
  );
  return [...sources].map(([value, c]) => ({
    value,
    name: c.name,
    postcode: c.postcode,
    what: c.what,
  }));
}

export type SignalInput = { client: string; type: SignalType; urgency: "normal" | "urgent"; text: string };

/** A signal about a client this provider serves, to the consultants of the client's municipality. */
export function raiseSignal(
  staff: Staff,
  input: SignalInput,
  now = clock.now(),
): { ok: true; id: number } | { ok: false; error: "not_a_client" } {
  const db = sqlite();
  return db
    .transaction(() => {
      const client = clientSources(staff.providerId).get(input.client);
      if (!client) return { ok: false as const, error: "not_a_client" as const };
      const caseId = ensureCase(db, client, now);
      const { id } = db
        .prepare(
          `INSERT INTO signals (case_id, provider_id, municipality_code, type, urgency, text, status, raised_by_user_id, created_at)
           VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?) RETURNING id`,
        )
        .get(
          caseId,
          staff.providerId,
          client.municipalityCode,
          input.type,
          input.urgency,
          input.text,
          staff.id,
          now.getTime(),
        ) as { id: number };
      db.prepare("UPDATE cases SET updated_at = ? WHERE id = ?").run(now.getTime(), caseId);
      audit({
        actorUserId: staff.id,
        action: "signal.raised",
        subjectType: "case",
        subjectId: caseId,
        municipalityCode: client.municipalityCode,
        detail: { signalId: id },
      });
      return { ok: true as const, id };
    })
    .immediate();
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
  const rows = sqlite()
    .prepare(
      `SELECT s.id, c.person_name AS personName, s.type, s.urgency, s.text, s.status, s.created_at AS createdAt,
         s.acknowledged_at AS acknowledgedAt, s.closed_at AS closedAt, s.municipality_code AS municipalityCode
       FROM signals s JOIN cases c ON c.id = s.case_id WHERE s.provider_id = ? ORDER BY s.id DESC LIMIT 200`,
    )
    .all(staff.providerId) as (ProviderSignal & { municipalityCode: string })[];
  auditListing(
    staff,
    "signals.listed",
    rows.map((r) => r.municipalityCode),
  );
  return rows.map(({ municipalityCode: _, ...r }) => r);
}
