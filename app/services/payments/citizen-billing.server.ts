// What the citizen sees of paying for a cleaner booking: the price per visit, the method, what
// cancelling each visit would cost, their payments, and their monthly invoices.
import { clock } from "~/clock.server";
import { invoiceMonths, slotPrice, visitMinutes } from "~/domain/payments";
import { weeklyTimeOf } from "~/domain/weekly-time";
import { slotLengths, visitsOfBooking } from "~/models/cleaner-slots.server";
import { findCleanerBooking, invoicePaymentsOf, type PaymentRow, paymentsOfBooking } from "~/models/payments.server";
import { getDb } from "~db/client.server";
import type { VisitOutcome } from "~db/enums";
import { visitCancellationCost } from "./cancellations.server";
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
  /** What cancelling it now would cost (0 more than 24 hours ahead, or when its fee was charged before). */
  cancelCents: number;
  /** The late fee an earlier cancellation of this visit charged (it was booked back): it stands. */
  earlierFeeCents: number;
};

/** Everything about paying for a cleaner booking, as the citizen sees it. */
export function cleanerBilling(citizenUserId: number, requestId: number, now = clock.now()) {
  const booking = findCleanerBooking({ citizenUserId }, requestId);
  if (!booking) return null;
  const slots = visitsOfBooking({ citizenUserId }, requestId);
  // The price of the booking's weekly time: its last visit's (after a move a visit within 24 hours
  // keeps the old time and length; the weekly time is the new one), as "Uw vaste tijd" says it.
  const current = weeklyTimeOf(slots);
  const minutes = current ? visitMinutes(current.startsAt, current.endsAt) : 0;
  const rates = ratesFor(booking.providerId, booking.municipalityCode, now);
  const { providerId } = booking;
  const db = getDb();
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
    visits: slots.map((s) => {
      // The function cancelling charges with (cancellations.server): one amount.
      const cost =
        providerId === null
          ? { amountCents: 0, earlierCents: 0 }
          : visitCancellationCost(
              db,
              { ...s, requestId, providerId, municipalityCode: booking.municipalityCode, citizenUserId },
              now,
            );
      return {
        ...s,
        past: s.startsAt <= now.getTime(),
        cancelCents: cost.amountCents,
        earlierFeeCents: cost.earlierCents,
      };
    }) satisfies BillingVisit[],
    payments: paymentsOfRequest(citizenUserId, requestId),
  };
}

export type CleanerBilling = NonNullable<ReturnType<typeof cleanerBilling>>;

/** The length of some slots in minutes (for showing a visit's price before booking). */
export function slotMinutes(slotIds: readonly number[]): Map<number, number> {
  return new Map(slotLengths(slotIds).map((r) => [r.id, r.minutes]));
}
