// What steering and granting ZIN share: the decision kept with its reason and cost against ZIN,
// and the requests waiting for the consultant moved on to what was decided.
import { insertDecision } from "~/models/case-decisions.server";
import { listSubmittedRequestIdsOfCase, moveRequestTo } from "~/models/case-requests.server";
import type { RequestStatus, SteeringReason } from "~db/enums";
import { noticeDecision } from "../notifications/municipal.server";
import type { CaseOption } from "./case-context.server";
import type { Consultant } from "./consultant.server";

export type SteerInput = { offerId: string; reason: SteeringReason; note: string | null };

export type DecideError =
  | "not_found"
  | "no_option"
  | "consent_needed"
  | "no_provider"
  | "bad_dates"
  | "already_indicated";

export type DecideResult =
  | { ok: true; decisionId: number; referralId: number | null }
  | { ok: false; error: DecideError };

/** Keeps the decision, tied to the newest request waiting for it, and tells the citizen. Call inside the caller's transaction. */
export function recordDecision(
  consultant: Consultant,
  caseId: number,
  option: CaseOption,
  input: SteerInput,
  now: Date,
): number {
  const zinCost =
    option.differenceAgainstZinCents === null
      ? null
      : option.municipalityCostPerMonthCents - option.differenceAgainstZinCents;
  const requestId = listSubmittedRequestIdsOfCase(consultant, caseId).at(-1) ?? null;
  const decisionId = insertDecision(
    {
      caseId,
      requestId,
      kind: option.kind,
      offerId: option.offerId,
      providerId: option.providerId,
      reason: input.reason,
      note: input.note,
      municipalityCostPerMonthCents: option.municipalityCostPerMonthCents,
      zinCostPerMonthCents: zinCost,
      decidedByUserId: consultant.id,
    },
    now,
  );
  // Granting ZIN is a beschikking (with its objection term); steering is the citizen's own choice.
  const granted = option.kind === "zin";
  noticeDecision({ id: decisionId, caseId, requestId, municipalityCode: consultant.municipalityCode, granted, now });
  return decisionId;
}

/** The case's requests still waiting for the consultant move on to `status`, with a note for the citizen. */
export function settleOpenRequests(
  consultant: Consultant,
  caseId: number,
  status: RequestStatus,
  note: string | null,
  now: Date,
): void {
  for (const requestId of listSubmittedRequestIdsOfCase(consultant, caseId)) {
    moveRequestTo(consultant, requestId, { status, byUserId: consultant.id, note }, now);
  }
}
