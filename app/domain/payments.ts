// Money for private cleaning: the price of a visit split between the citizen and the
// municipality's HHT subsidy, the charge for a late cancellation, and how a payment's status
// moves, and the sums shown per month. Integer euro cents throughout, with one rounding rule:
// round half up, once per amount.
import { PAYMENT_METHODS, type PaymentMethod, type PaymentStatus } from "~db/enums";
import { amsterdamDay } from "./policy";
import { fromAmsterdam } from "./time";

export function isPaymentMethod(value: unknown): value is PaymentMethod {
  return typeof value === "string" && (PAYMENT_METHODS as readonly string[]).includes(value);
}

/** Cents for a number of minutes at an hourly rate: half up, never negative. */
export function centsForMinutes(minutes: number, hourlyCents: number): number {
  if (minutes <= 0 || hourlyCents <= 0) return 0;
  return Math.round((minutes * hourlyCents) / 60);
}

export type VisitPrice = { totalCents: number; citizenCents: number; municipalityCents: number };

/**
 * A visit's price at the cleaner's hourly rate. The municipality adds its HHT subsidy per hour
 * (0 when it offers none, or when the cleaner does not take HHT); the citizen pays the rest.
 * The two parts always add up to the total, and the subsidy never exceeds it.
 */
export function visitPrice(minutes: number, hourlyRateCents: number, hhtPerHourCents: number): VisitPrice {
  const totalCents = centsForMinutes(minutes, hourlyRateCents);
  const municipalityCents = Math.min(totalCents, centsForMinutes(minutes, hhtPerHourCents));
  return { totalCents, citizenCents: totalCents - municipalityCents, municipalityCents };
}

/** A weekly visit comes 52 times a year: 52 / 12 times a month. */
export const VISITS_PER_MONTH = 52 / 12;

/** A weekly time's price: how long a visit lasts, what one visit costs and what a month of them costs. */
export type SlotPrice = {
  durationMinutes: number;
  perVisit: VisitPrice;
  perMonth: { citizenCents: number; municipalityCents: number };
};

/**
 * The one price of a cleaner's weekly time, wherever it is shown or charged: the visit's price
 * (visitPrice) and a month of weekly visits, each part rounded half up once.
 */
export function slotPrice(durationMinutes: number, hourlyRateCents: number, hhtPerHourCents: number): SlotPrice {
  const perVisit = visitPrice(durationMinutes, hourlyRateCents, hhtPerHourCents);
  return {
    durationMinutes,
    perVisit,
    perMonth: {
      citizenCents: Math.round(perVisit.citizenCents * VISITS_PER_MONTH),
      municipalityCents: Math.round(perVisit.municipalityCents * VISITS_PER_MONTH),
    },
  };
}

/** Cancelling more than this long before a visit costs nothing. */
export const FREE_CANCELLATION_MS = 24 * 60 * 60 * 1000;

/**
 * What a cancelled visit costs the citizen: nothing when cancelled more than 24 hours ahead;
 * otherwise the policy's percentage of the citizen's part (the municipality pays no subsidy
 * for a visit that did not take place). A visit that has started cannot be cancelled.
 */
export function cancellationChargeCents(
  visitStartsAt: number,
  cancelledAt: number,
  citizenCents: number,
  lateCancellationPercent: number,
): number {
  if (visitStartsAt - cancelledAt > FREE_CANCELLATION_MS) return 0;
  return Math.round((citizenCents * lateCancellationPercent) / 100);
}

export function isLateCancellation(visitStartsAt: number, cancelledAt: number): boolean {
  return visitStartsAt - cancelledAt <= FREE_CANCELLATION_MS;
}

/**
 * A payment's status from the payment events seen for it, whatever order Stripe delivered them
 * in (it may send them late, twice or out of order): a refund means the money was taken and
 * given back, so it wins; then a payment; a failure counts only when no checkout expired after it
 * (an expired checkout leaves the payment open, to try again). Times are the events' own times.
 */
export type PaymentEvents = {
  paidAt: number | null;
  refundedAt: number | null;
  failedAt: number | null;
  expiredAt: number | null;
};

export function paymentStatus(e: PaymentEvents): PaymentStatus {
  if (e.refundedAt !== null) return "refunded";
  if (e.paidAt !== null) return "paid";
  if (e.failedAt !== null && (e.expiredAt === null || e.failedAt > e.expiredAt)) return "failed";
  return "open";
}

/** A visit's length in whole minutes, as a payment records it. */
export function visitMinutes(startsAt: number, endsAt: number): number {
  return Math.round((endsAt - startsAt) / 60_000);
}

/** A new payment: nothing to pay (HHT covers it all) is settled at once. */
export function openingStatus(amountCents: number): PaymentStatus {
  return amountCents === 0 ? "paid" : "open";
}

/** What a payment event says happened; webhook payloads are mapped to these at the boundary. */
export type PaymentChange = "paid" | "expired" | "failed" | "refunded";

/** A payment's event times plus which intent paid and which Checkout session is live. */
export type PaymentState = PaymentEvents & { paidIntent: string | null; session: string | null };

/**
 * One event applied to a payment's state. Each kind sets only its own time, so the result is the
 * same in any delivery order: the first payment and the first refund count, failures and
 * expiries keep their latest time. `paidTwice` flags a second intent that paid the same payment.
 */
export function withPaymentChange(
  state: PaymentState,
  change: { kind: PaymentChange; at: number; intent: string | null; sessionId: string | null },
): { state: PaymentState; paidTwice: boolean } {
  const next = { ...state };
  let paidTwice = false;
  const { kind, at, intent } = change;
  if (kind === "paid") {
    paidTwice = state.paidAt !== null && state.paidIntent !== null && intent !== null && state.paidIntent !== intent;
    next.paidAt ??= at;
    next.paidIntent ??= intent;
  }
  if (kind === "expired") {
    next.expiredAt = Math.max(state.expiredAt ?? 0, at);
    // Only the session we know going away leaves the payment without a live one.
    if (change.sessionId !== null && change.sessionId === state.session && state.paidAt === null) next.session = null;
  }
  if (kind === "failed") next.failedAt = Math.max(state.failedAt ?? 0, at);
  // A refund counts for the intent that paid (or when we do not know which one did yet).
  if (kind === "refunded" && (state.paidIntent === null || intent === null || intent === state.paidIntent))
    next.refundedAt ??= at;
  return { state: next, paidTwice };
}

/** The instants a calendar month (YYYY-MM) spans in Dutch time: [first moment, first moment of the next). */
export function monthSpan(month: string): [number, number] {
  const [y = 0, m = 1] = month.split("-").map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  return [fromAmsterdam(`${month}-01`, "00:00")?.getTime() ?? 0, fromAmsterdam(`${next}-01`, "00:00")?.getTime() ?? 0];
}

type Settled = { status: PaymentStatus; amountCents: number; municipalityCents: number };

/** A cleaner's month: received and outstanding from citizens, and the HHT the municipality owes. */
export function cleanerTotals(rows: readonly Settled[]) {
  let receivedCents = 0;
  let outstandingCents = 0;
  let hhtCents = 0;
  for (const r of rows) {
    if (r.status === "paid") receivedCents += r.amountCents;
    if (r.status === "open" || r.status === "failed") outstandingCents += r.amountCents;
    if (r.status !== "refunded") hhtCents += r.municipalityCents;
  }
  return { receivedCents, outstandingCents, hhtCents };
}

/** Payments grouped into monthly invoices (by the visit's Dutch month), latest month first. */
export function invoiceMonths<T extends Settled & { visitStartsAt: number }>(rows: readonly T[]) {
  const months = new Map<string, { month: string; totalCents: number; openCents: number; lines: T[] }>();
  for (const r of rows) {
    const month = amsterdamDay(new Date(r.visitStartsAt)).slice(0, 7);
    const m = months.get(month) ?? { month, totalCents: 0, openCents: 0, lines: [] };
    if (r.status !== "refunded") m.totalCents += r.amountCents;
    if (r.status === "open" || r.status === "failed") m.openCents += r.amountCents;
    m.lines.push(r);
    months.set(month, m);
  }
  return [...months.values()].reverse();
}
