// A complaint's life: received → in progress (the municipality takes it up) → resolved (with a
// note on what was done). The provider's response can be recorded until it is resolved, by the
// provider or by the admin on its behalf. Pure: who may do what, and what comes next.
import { daysBetween } from "~/domain/time";
import type { ComplaintStatus } from "~db/enums";

export const COMPLAINT_ACTIONS = ["start", "respond", "resolve"] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];
export type ComplaintActor = "admin" | "provider";

const TRANSITIONS: Record<ComplaintStatus, Partial<Record<ComplaintAction, ComplaintStatus>>> = {
  received: { start: "in_progress", respond: "received" },
  in_progress: { respond: "in_progress", resolve: "resolved" },
  // Resolved is final: a new complaint is a new complaint.
  resolved: {},
};

const ACTORS: Record<ComplaintAction, readonly ComplaintActor[]> = {
  start: ["admin"],
  respond: ["admin", "provider"],
  resolve: ["admin"],
};

export type ComplaintTransition =
  | { ok: true; to: ComplaintStatus }
  | { ok: false; error: "not_allowed" | "wrong_actor" };

export function nextComplaintStatus(
  from: ComplaintStatus,
  action: ComplaintAction,
  actor: ComplaintActor,
): ComplaintTransition {
  if (!ACTORS[action].includes(actor)) return { ok: false, error: "wrong_actor" };
  const to = TRANSITIONS[from][action];
  return to ? { ok: true, to } : { ok: false, error: "not_allowed" };
}

/** The actions an actor can take now (for showing only the forms that work). */
export function allowedComplaintActions(from: ComplaintStatus, actor: ComplaintActor): ComplaintAction[] {
  return COMPLAINT_ACTIONS.filter((a) => TRANSITIONS[from][a] !== undefined && ACTORS[a].includes(actor));
}

/** Whole calendar days since the complaint was filed (both Amsterdam days); never negative. */
export function complaintAgeDays(filedOn: string, today: string): number {
  return Math.max(0, daysBetween(filedOn, today));
}

/**
 * What the citizen sees of their complaint: its status always; the provider's response and the
 * municipality's resolution only once it is resolved (until then the response is still being weighed).
 */
export function citizenView<
  T extends { status: ComplaintStatus; providerResponse: string | null; resolution: string | null },
>(complaint: T): T {
  if (complaint.status === "resolved") return complaint;
  return { ...complaint, providerResponse: null, resolution: null };
}
