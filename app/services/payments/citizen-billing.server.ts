// What the citizen sees of paying for a cleaner booking: the price per visit, the method, what
// cancelling each visit would cost, their payments, and their monthly invoices.
import { clock } from "~/clock.server";
import { invoiceMonths, isLateCancellation, slotPrice, visitMinutes } from "~/domain/payments";
import { slotLengths, visitsOfBooking } from "~/models/cleaner-slots.server";
import { findCleanerBooking, invoicePaymentsOf, type PaymentRow, paymentsOfBooking } from "~/models/payments.server";
import type { VisitOutcome } from "~db/enums";
import { lateCancellationCents } from "./cancellations.server";
import { availablePaymentMethods, defaultPaymentMethod } from "./payment-method.server";
import { priceWith, ratesFor } from "./pricing.server";
import { onlinePaymentsEnabled } from "./stripe.server";

export function paymentsOfRequest(citizenUserId: number, requestId: number): PaymentRow[] {
  return paymentsOfBooking({ citizenUserId }, requestId);
}

/** A citizen's monthly invoices: their invoice-method payments per month of the visit. */
export function invoicesOf(citizenUserId: number) {
  return invoiceMonths(invoicePaymentsOf({ citizenUserId }));
}

export type BillingVisit = {
  slotId: number;
  startsAt: number;
  endsAt: number;
  outcome: VisitOutcome | null;
  past: boolean;
  /** What cancelling it now would cost (0 more than 24 hours ahead). */
  cancelCents: number;
};

/** Everything about paying for a cleaner booking, as the citizen sees it. */
export function cleanerBilling(citizenUserId: number, requestId: number, now = clock.now()) {
  const booking = findCleanerBooking({ citizenUserId }, requestId);
  if (!booking) return null;
  const slots = visitsOfBooking({ citizenUserId }, requestId);
  const minutes = slots[0] ? visitMinutes(slots[0].startsAt, slots[0].endsAt) : 0;
  const rates = ratesFor(booking.providerId, booking.municipalityCode, now);
  return {
    price: {
      ...priceWith(rates, minutes),
      minutes,
      perMonth: slotPrice(minutes, rates.hourlyRateCents, rates.hhtPerHourCents).perMonth,
    },
    lateCancellationPercent: rates.lateCancellationPercent,
    method: booking.method ?? defaultPaymentMethod(),
    methods: availablePaymentMethods(),
    online: onlinePaymentsEnabled(),
    canChange: booking.status === "booked" || booking.status === "held",
    visits: slots.map((s) => ({
      ...s,
      past: s.startsAt <= now.getTime(),
      // At the rates of the visit's day, as cancelling charges it (cancellations.server): one amount.
      cancelCents:
        s.startsAt > now.getTime() && isLateCancellation(s.startsAt, now.getTime())
          ? lateCancellationCents(
              s,
              ratesFor(booking.providerId, booking.municipalityCode, new Date(s.startsAt)),
              now.getTime(),
            )
          : 0,
    })) satisfies BillingVisit[],
    payments: paymentsOfRequest(citizenUserId, requestId),
  };
}

export type CleanerBilling = NonNullable<ReturnType<typeof cleanerBilling>>;

/** The length of some slots in minutes (for showing a visit's price before booking). */
export function slotMinutes(slotIds: readonly number[]): Map<number, number> {
  return new Map(slotLengths(slotIds).map((r) => [r.id, r.minutes]));
}
