// How a cleaner booking is paid (ADR 008): online through Stripe when it is set up, by monthly
// invoice, or directly to the cleaner. The citizen or their consultant chooses.
import { clock } from "~/clock.server";
import { findCleanerBooking, setBookingPaymentMethod } from "~/models/payments.server";
import { getDb } from "~db/client.server";
import type { PaymentMethod } from "~db/enums";
import { audit } from "../audit.server";
import { onlinePaymentsEnabled } from "./stripe.server";

/** The method a new booking gets: online when Stripe is set up, else directly to the cleaner. */
export function defaultPaymentMethod(): PaymentMethod {
  return onlinePaymentsEnabled() ? "online" : "direct";
}

/** The methods a citizen or consultant can choose now. */
export function availablePaymentMethods(): PaymentMethod[] {
  return onlinePaymentsEnabled() ? ["online", "invoice", "direct"] : ["invoice", "direct"];
}

/** The citizen (or their consultant) chooses how a cleaner booking is paid. */
export function setPaymentMethod(
  requestId: number,
  method: PaymentMethod,
  scope: { citizenUserId: number } | { municipalityCode: string; actorUserId: number },
  now = clock.now(),
): boolean {
  if (!availablePaymentMethods().includes(method)) return false;
  const bookingScope =
    "citizenUserId" in scope ? { citizenUserId: scope.citizenUserId } : { municipalityCode: scope.municipalityCode };
  return getDb().transaction(
    (tx) => {
      const booking = findCleanerBooking(bookingScope, requestId, tx);
      // Only while the booking runs (or is about to).
      if (!booking || (booking.status !== "held" && booking.status !== "booked")) return false;
      setBookingPaymentMethod(requestId, method, now, tx);
      audit(
        {
          actorUserId: "citizenUserId" in scope ? scope.citizenUserId : scope.actorUserId,
          action: "payment.method_set",
          subjectType: "help_request",
          subjectId: requestId,
          municipalityCode: booking.municipalityCode,
          detail: { method },
        },
        tx,
      );
      return true;
    },
    { behavior: "immediate" },
  );
}
