// The referral's life: sent to a provider → accepted (with a start date) or declined (back to the
// consultant) → started → ended. The consultant may withdraw a referral that has not started.
// Pure: who may do what, and what comes next.
import type { ReferralStatus, RequestStatus } from "~db/enums";
import { addDays } from "./time";

export type ReferralAction = "accept" | "decline" | "start" | "end" | "withdraw";
export type ReferralActor = "provider" | "consultant";

const TRANSITIONS: Record<ReferralStatus, Partial<Record<ReferralAction, ReferralStatus>>> = {
  sent: { accept: "accepted", decline: "declined", withdraw: "withdrawn" },
  accepted: { start: "started", withdraw: "withdrawn" },
  started: { end: "ended" },
  declined: {},
  ended: {},
  withdrawn: {},
};

const ACTOR: Record<ReferralAction, ReferralActor> = {
  accept: "provider",
  decline: "provider",
  start: "provider",
  end: "provider",
  withdraw: "consultant",
};

export type TransitionResult = { ok: true; to: ReferralStatus } | { ok: false; error: "not_allowed" | "wrong_actor" };

export function nextReferralStatus(
  from: ReferralStatus,
  action: ReferralAction,
  actor: ReferralActor,
): TransitionResult {
  if (ACTOR[action] !== actor) return { ok: false, error: "wrong_actor" };
  const to = TRANSITIONS[from][action];
  return to ? { ok: true, to } : { ok: false, error: "not_allowed" };
}

/** The actions an actor can take now (for showing only the buttons that work). */
export function allowedActions(from: ReferralStatus, actor: ReferralActor): ReferralAction[] {
  return (Object.keys(TRANSITIONS[from]) as ReferralAction[]).filter((a) => ACTOR[a] === actor);
}

/** Sent, accepted or started: the referral is still under way (a new one would compete with it). */
export const ACTIVE_REFERRAL_STATUSES = ["sent", "accepted", "started"] as const satisfies readonly ReferralStatus[];

export function isActive(status: ReferralStatus): boolean {
  return ACTIVE_REFERRAL_STATUSES.some((s) => s === status);
}

/** Accepted or started: the provider serves the client now (it may raise a signal about them). */
export const SERVING_REFERRAL_STATUSES = ["accepted", "started"] as const satisfies readonly ReferralStatus[];

/** The provider evaluates once, while the help runs. */
export function canEvaluate(status: ReferralStatus, alreadyEvaluated: boolean): boolean {
  return status === "started" && !alreadyEvaluated;
}

/** Evaluation shows as due from two weeks before its date until it is recorded. */
export const EVALUATION_DUE_WINDOW_DAYS = 14;

/** The last evaluation date that shows as due today (`today` in Amsterdam). */
export function evaluationDueBy(today: string): string {
  return addDays(today, EVALUATION_DUE_WINDOW_DAYS);
}

/** Whether the provider should evaluate now: it may, and the date is within the window. */
export function isEvaluationDue(
  referral: { status: ReferralStatus; evaluated: boolean; evaluationDate: string },
  today: string,
): boolean {
  return canEvaluate(referral.status, referral.evaluated) && referral.evaluationDate <= evaluationDueBy(today);
}

/** A finished referral stays on the provider's work list this long after its last change. */
export const FINISHED_REFERRAL_SHOWN_DAYS = 90;

/** The citizen's request follows the help: started and ended by the provider's steps. */
export const REQUEST_STATUS_AFTER: Partial<Record<ReferralAction, RequestStatus>> = {
  start: "care_started",
  end: "care_ended",
};

/** The request statuses that follow the help (granted and waiting for care, or in care). */
export const REQUEST_STATUSES_FOLLOWING_CARE = [
  "indicated",
  "care_started",
] as const satisfies readonly RequestStatus[];
