// A copy of all of a citizen's data (AVG art. 15 and 20): their account, requests and cases,
// and what followed from them, as JSON they download themselves.
import { clock } from "~/clock.server";
import { contactsOf } from "~/models/contact-details.server";
import {
  casesForExport,
  complaintsForExport,
  decisionsForExport,
  indicationsForExport,
  paymentsForExport,
  referralsForExport,
  requestEventsForExport,
  requestsForExport,
  signalsForExport,
  visitsForExport,
} from "~/models/privacy.server";
import { findCitizenAccount } from "~/models/users.server";
import { audit } from "../audit.server";

/** Rows grouped by the request or case they belong to, in the order they came. */
function byOwner<T, K, U>(rows: readonly T[], owner: (row: T) => K, strip: (row: T) => U): (key: K) => U[] {
  const groups = new Map<K, U[]>();
  for (const row of rows) {
    const group = groups.get(owner(row));
    if (group) group.push(strip(row));
    else groups.set(owner(row), [strip(row)]);
  }
  return (key: K) => groups.get(key) ?? [];
}

// The download's format stays as it was published: instants in milliseconds, flags as 0 and 1.
const flag = (value: boolean) => (value ? 1 : 0);

/** Everything Hulpwijzer holds about this citizen (and the people they asked for), as JSON. */
export function exportCitizenData(userId: number, now = clock.now()) {
  const citizen = { citizenUserId: userId };
  const found = findCitizenAccount(citizen);
  if (!found) return null;
  const account = { ...found, createdAt: found.createdAt.getTime() };
  const timeline = byOwner(
    requestEventsForExport(citizen),
    (e) => e.requestId,
    (e) => ({ status: e.status, at: e.at.getTime() }),
  );
  const visits = byOwner(
    visitsForExport(citizen),
    (v) => v.requestId,
    (v) => ({ startsAt: v.startsAt.getTime(), endsAt: v.endsAt.getTime(), outcome: v.outcome }),
  );
  const payments = byOwner(
    paymentsForExport(citizen),
    (p) => p.requestId,
    ({ requestId: _, ...p }) => ({ ...p, visitStartsAt: p.visitStartsAt.getTime() }),
  );
  const complaints = byOwner(
    complaintsForExport(citizen),
    (c) => c.requestId,
    ({ requestId: _, ...c }) => ({ ...c, createdAt: c.createdAt.getTime() }),
  );
  const requests = requestsForExport(citizen).map((r) => ({
    ...r,
    createdAt: r.createdAt.getTime(),
    timeline: timeline(r.id),
    visits: visits(r.id),
    payments: payments(r.id),
    complaints: complaints(r.id),
  }));
  const decisions = byOwner(
    decisionsForExport(citizen),
    (d) => d.caseId,
    ({ caseId: _, ...d }) => ({ ...d, at: d.at.getTime() }),
  );
  const indications = byOwner(
    indicationsForExport(citizen),
    (i) => i.caseId,
    ({ caseId: _, ...i }) => i,
  );
  const referrals = byOwner(
    referralsForExport(citizen),
    (f) => f.caseId,
    ({ caseId: _, ...f }) => ({ ...f, at: f.at.getTime() }),
  );
  const signals = byOwner(
    signalsForExport(citizen),
    (s) => s.caseId,
    ({ caseId: _, ...s }) => ({ ...s, at: s.at.getTime() }),
  );
  const cases = casesForExport(citizen).map((c) => ({
    ...c,
    consentShareIntake: flag(c.consentShareIntake),
    consentShareHealth: flag(c.consentShareHealth),
    createdAt: c.createdAt.getTime(),
    decisions: decisions(c.id),
    indications: indications(c.id),
    referrals: referrals(c.id),
    signals: signals(c.id),
  }));
  audit({ actorUserId: userId, action: "citizen.exported", subjectType: "user", subjectId: userId });
  // The addresses and phones kept for the account holder and the people they asked for.
  const contacts = contactsOf(citizen).map(({ userId: _, ...c }) => ({ ...c, updatedAt: c.updatedAt.getTime() }));
  return { exportedAt: now.toISOString(), account, requests, cases, contacts };
}
