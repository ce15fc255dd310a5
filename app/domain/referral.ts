// The referral's life: sent to a provider → accepted (with a start date) or declined (back to the
// consultant) → started → ended. The consultant may withdraw a referral that has not started.
// Pure: who may do what, and what comes next.
import type { ReferralStatus } from "~db/enums";

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
export function isActive(status: ReferralStatus): boolean {
  return status === "sent" || status === "accepted" || status === "started";
}

/** The provider evaluates once, while the help runs. */
export function canEvaluate(status: ReferralStatus, alreadyEvaluated: boolean): boolean {
  return status === "started" && !alreadyEvaluated;
}

/** Evaluation shows as due from two weeks before its date until it is recorded. */
export const EVALUATION_DUE_WINDOW_DAYS = 14;
