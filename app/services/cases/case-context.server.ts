// A case as decisions need it: the record, the person's requests, the answers the options are
// computed from (with the draagkracht check's household and income), and those options.
import { amsterdamDay } from "~/domain/policy";
import { laterDay } from "~/domain/time";
import { listRequestsOfCasePerson } from "~/models/case-requests.server";
import { type CaseRecord, caseExists, findCase } from "~/models/cases.server";
import type { HelpQuery } from "~/schemas/help-request";
import { findOptions } from "~/services/matching.server";
import type { Consultant } from "./consultant.server";

/** Whether the case is the consultant's municipality's (no audit: nothing is read). */
export function isOwnCase(consultant: Consultant, caseId: number): boolean {
  return caseExists(consultant, caseId);
}

type RequestRow = ReturnType<typeof listRequestsOfCasePerson>[number];
export type CaseRequest = Omit<RequestRow, "answers"> & { answers: HelpQuery };

/** The person's requests, newest first; the answers are kept as the help request schema parsed them. */
export function requestsOfCase(consultant: Consultant, c: CaseRecord): CaseRequest[] {
  return listRequestsOfCasePerson(consultant, {
    caseId: c.id,
    citizenUserId: c.citizenUserId,
    personKey: c.personKey,
  }).map((r) => ({ ...r, answers: r.answers as HelpQuery }));
}

/** The answers the options are computed from: the latest request's, with the draagkracht check's household and income. */
function caseQuery(c: CaseRecord, requests: CaseRequest[], today: string): HelpQuery | null {
  const latest = requests[0]?.answers;
  // Answers wiped by an erasure (no postcode or birth year left) give no options, not an error.
  if (!latest || typeof latest.postcode !== "string" || typeof latest.birthYear !== "number") return null;
  return {
    ...latest,
    household: c.dkHousehold ?? latest.household,
    partnerUnderAow: c.dkHousehold ? c.dkPartnerUnderAow === true : latest.partnerUnderAow,
    income: c.dkIncomeCents === null ? latest.income : Math.floor(c.dkIncomeCents / 100),
    start: laterDay(latest.start, today),
  };
}

export type CaseOption = ReturnType<typeof caseOptions>[number];

/** The same options the citizen sees, with the municipality's cost against ZIN. */
function caseOptions(query: HelpQuery | null, now: Date) {
  if (!query) return [];
  const result = findOptions(query, now);
  if (!result.ok) return [];
  const zin = result.options.find((o) => o.kind === "zin")?.municipalityCostPerMonthCents ?? null;
  return result.options.map((o) => ({
    ...o,
    differenceAgainstZinCents: zin === null ? null : o.municipalityCostPerMonthCents - zin,
  }));
}

/** The case as decisions need it, or null outside the consultant's municipality (not audited: the caller audits). */
export function loadCaseContext(consultant: Consultant, caseId: number, now: Date) {
  const record = findCase(consultant, caseId);
  if (!record) return null;
  const today = amsterdamDay(now);
  const requests = requestsOfCase(consultant, record);
  const query = caseQuery(record, requests, today);
  return { record, requests, query, options: caseOptions(query, now), today };
}

export type CaseContext = NonNullable<ReturnType<typeof loadCaseContext>>;

/** Whether a request is one of the case's (for actions posted on the case page). */
export function requestOnCase(consultant: Consultant, caseId: number, requestId: number): boolean {
  const record = findCase(consultant, caseId);
  return record !== undefined && requestsOfCase(consultant, record).some((r) => r.id === requestId);
}
