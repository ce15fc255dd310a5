// Money for private cleaning: the price of a visit split between the citizen and the
// municipality's HHT subsidy, the charge for a late cancellation, and how a payment's status
// moves. Integer euro cents throughout, with one rounding rule: round half up, once per amount.
import { PAYMENT_METHODS, type PaymentMethod, type PaymentStatus } from "~db/enums";

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
