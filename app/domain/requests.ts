// A request's life: which status follows which step, and which actions a request offers now.
// The citizen's page asks requestActions which buttons to show; the services ask it too, inside
// their transaction, before they write. Pure: time and the request's facts are arguments.

import type { OptionKind, PaymentMethod, PaymentStatus, RequestKind, RequestStatus, VisitOutcome } from "~db/enums";
import { amsterdamDay } from "./policy";
import { addWorkingDays } from "./workdays";

/** How long a cleaner's slot is held for the citizen to confirm it. */
export const HOLD_MINUTES = 15;

/** The first status of a request, by the kind of help asked for. */
export const INITIAL_STATUS: Record<Exclude<OptionKind, "own_strength">, RequestStatus> = {
  private_cleaner: "held",
  powerful_ageing: "intake_requested",
  pgb_informal: "mediation_requested",
  zin: "submitted",
};

/** A talk with the municipality waits for a consultant, like ZIN. */
export const CONSULTATION_STATUS: RequestStatus = "submitted";

/** Statuses in which a request still takes capacity (a slot, a seat, a mediation, a place in line). */
export const ACTIVE_STATUSES: readonly RequestStatus[] = [
  "held",
  "booked",
  "intake_requested",
  "enrolled",
  "mediation_requested",
  "matched",
  "submitted",
];

/** Statuses after which a request costs nothing any more: its monthly cost is no longer shown. */
const COSTLESS_STATUSES: readonly RequestStatus[] = ["steered", "care_ended", "declined", "cancelled", "expired"];

/** What a request costs the citizen a month as its pages show it: null once it has ended. */
export function monthlyCostShown(status: RequestStatus, citizenCostPerMonthCents: number): number | null {
  return COSTLESS_STATUSES.includes(status) ? null : citizenCostPerMonthCents;
}

/**
 * Statuses of an earlier request of the same person that stop them asking again: an active one,
 * and for ZIN also one that was granted or is running (asking again would compete with it).
 */
export function blockingStatuses(kind: RequestKind): readonly RequestStatus[] {
  return kind === "zin" ? [...ACTIVE_STATUSES, "indicated", "care_started"] : ACTIVE_STATUSES;
}

/** When a hold made now ends. */
export function holdExpiry(now: Date): Date {
  return new Date(now.getTime() + HOLD_MINUTES * 60_000);
}

/** An unconfirmed hold past its minutes reads as expired, even before the upkeep marks it. */
export function effectiveStatus(status: RequestStatus, holdExpiresAt: Date | null, now: Date): RequestStatus {
  return status === "held" && holdExpiresAt !== null && holdExpiresAt.getTime() <= now.getTime() ? "expired" : status;
}

/** The steps that move a request on: the citizen's, the upkeep's and the provider's. */
export type RequestStep =
  | "confirm"
  | "expire"
  | "moveSlot"
  | "cancel"
  | "enrol"
  | "match"
  | "decline"
  | "endByProvider";

const STEPS: Record<
  RequestStep,
  { from: readonly RequestStatus[]; to: RequestStatus; kinds?: readonly RequestKind[] }
> = {
  // The citizen confirms a held slot: the weekly visits are booked.
  confirm: { from: ["held"], to: "booked", kinds: ["private_cleaner"] },
  // Not confirmed in time: the slot is free again.
  expire: { from: ["held"], to: "expired", kinds: ["private_cleaner"] },
  // The weekly visit moves to another time of the same cleaner.
  moveSlot: { from: ["booked"], to: "booked", kinds: ["private_cleaner"] },
  // Whatever still takes capacity can be cancelled, and frees it.
  cancel: { from: ACTIVE_STATUSES, to: "cancelled" },
  // The practice accepts after its intake; the mediator records the match.
  enrol: { from: ["intake_requested"], to: "enrolled", kinds: ["powerful_ageing"] },
  match: { from: ["mediation_requested"], to: "matched", kinds: ["pgb_informal"] },
  // Either of them declines while it is still open.
  decline: { from: ["intake_requested", "mediation_requested"], to: "declined" },
  // The cleaner stops a running booking as a whole (ADR 041): a hold is not hers to end yet.
  endByProvider: { from: ["booked"], to: "cancelled", kinds: ["private_cleaner"] },
};

/** The status after a step, or null when the step does not apply to a request of this kind and status. */
export function nextRequestStatus(kind: RequestKind, from: RequestStatus, step: RequestStep): RequestStatus | null {
  const rule = STEPS[step];
  if (rule.kinds && !rule.kinds.includes(kind)) return null;
  return rule.from.includes(from) ? rule.to : null;
}

/** What the page knows about a request besides its status (time is one of the facts). */
export type RequestFacts = {
  kind: RequestKind;
  holdExpiresAt: Date | null;
  now: Date;
  /** A cleaner booking's visits. */
  visits?: readonly { slotId: number; startsAt: number; outcome: VisitOutcome | null }[];
  /** A cleaner booking's payments. */
  payments?: readonly { id: number; method: PaymentMethod; status: PaymentStatus; amountCents: number }[];
};

/** What a request offers its citizen now; visits and payments by id. */
export type RequestActions = {
  /** The status as the citizen sees it (an expired hold reads as expired). */
  status: RequestStatus;
  confirm: boolean;
  cancel: boolean;
  changeSlot: boolean;
  complain: boolean;
  choosePaymentMethod: boolean;
  /** A cleaner booking's note for the cleaner can be written or changed (while held or booked). */
  editNote: boolean;
  /** Visits that have begun and are not yet marked: the citizen can say they took place. */
  confirmVisit: number[];
  /** Visits still ahead: the citizen can cancel them (free, or at a price, per visit). */
  cancelVisit: number[];
  /** Payments the citizen can pay online now. */
  pay: number[];
};

/** Which actions a request of this status offers, given its facts. */
export function requestActions(status: RequestStatus, facts: RequestFacts): RequestActions {
  const shown = effectiveStatus(status, facts.holdExpiresAt, facts.now);
  const can = (step: RequestStep) => nextRequestStatus(facts.kind, shown, step) !== null;
  const now = facts.now.getTime();
  return {
    status: shown,
    // A hold without an end cannot be confirmed: there is no moment to confirm it before.
    confirm: can("confirm") && facts.holdExpiresAt !== null,
    cancel: can("cancel"),
    changeSlot: can("moveSlot"),
    // A complaint is possible about any request, in any status.
    complain: true,
    choosePaymentMethod: facts.kind === "private_cleaner" && (shown === "held" || shown === "booked"),
    editNote: facts.kind === "private_cleaner" && (shown === "held" || shown === "booked"),
    confirmVisit: (facts.visits ?? []).filter((v) => v.startsAt <= now && v.outcome === null).map((v) => v.slotId),
    // Only booked visits are called off one by one; a held time is let go of as a whole.
    cancelVisit: shown === "booked" ? (facts.visits ?? []).filter((v) => v.startsAt > now).map((v) => v.slotId) : [],
    pay: (facts.payments ?? [])
      .filter((p) => p.method === "online" && (p.status === "open" || p.status === "failed") && p.amountCents > 0)
      .map((p) => p.id),
  };
}

/** Whether the cleaner can stop this booking as a whole now (ADR 041): the page's link, the service's guard. */
export function providerCanEndBooking(kind: RequestKind, status: RequestStatus): boolean {
  return nextRequestStatus(kind, status, "endByProvider") !== null;
}

export type ProviderDecision = "enrol" | "match" | "decline";

/** The decisions a provider's staff can take on a request now (the practice's and the mediator's). */
export function providerDecisions(kind: RequestKind, status: RequestStatus): ProviderDecision[] {
  return (["enrol", "match", "decline"] as const).filter((d) => nextRequestStatus(kind, status, d) !== null);
}

/**
 * Working days a physio practice or a mediator has to tell the citizen whether it can help: the
 * app's own promise (the new-intake notice asks it of staff), not a legal term.
 */
export const PROVIDER_ANSWER_WORKING_DAYS = 5;

/** The last day a practice or mediator should answer a request made at `createdAt` (Amsterdam day). */
export function providerAnswerDay(createdAt: Date): string {
  return addWorkingDays(amsterdamDay(createdAt), PROVIDER_ANSWER_WORKING_DAYS);
}

/**
 * The "Antwoord uiterlijk" day of a request still waiting for its practice or mediator, or null once
 * answered or withdrawn: the citizen's request page and the provider's card both ask here.
 */
export function waitingAnswerDay(r: { status: RequestStatus; createdAt: Date }): string | null {
  return r.status === "intake_requested" || r.status === "mediation_requested" ? providerAnswerDay(r.createdAt) : null;
}

/** A request that is over (cancelled, declined, expired, ended, steered): it takes no capacity any more. */
export function requestEnded(status: RequestStatus): boolean {
  return !ACTIVE_STATUSES.includes(status) && status !== "indicated" && status !== "care_started";
}
