// The cleaner's side of payments: visits to mark as done or missed, the month's payments with
// what came in and what is still to come, and recording a direct or invoice payment received.
import { clock } from "~/clock.server";
import { cleanerTotals, monthSpan } from "~/domain/payments";
import { visitsAwaitingOutcome } from "~/models/cleaner-slots.server";
import { findSettleableByHand, markPaymentReceived, paymentsOfProvider } from "~/models/payments.server";
import { getDb } from "~db/client.server";
import { audit } from "../audit.server";
import { onlinePaymentsEnabled } from "./stripe.server";

export type ProviderVisit = {
  slotId: number;
  requestId: number;
  startsAt: number;
  endsAt: number;
  citizenName: string;
  postcode: string;
};

/** The cleaner's visits whose time has come and that nobody has marked yet. */
export function visitsToMark(providerId: number, now = clock.now()): ProviderVisit[] {
  return visitsAwaitingOutcome({ providerId }, now.getTime()).map(({ answers, ...v }) => ({
    ...v,
    postcode: typeof answers.postcode === "string" ? answers.postcode : "",
  }));
}

/** The cleaner's payments of a month (by visit date): received and outstanding, with totals. */
export function providerPayments(providerId: number, month: string) {
  const rows = paymentsOfProvider({ providerId }, monthSpan(month));
  // From citizens: received and still to come; the HHT part comes from the municipality.
  return { rows, ...cleanerTotals(rows) };
}

/** The cleaner received a direct or invoice payment (online ones are settled by Stripe). */
export function markReceived(staff: { id: number; providerId: number }, paymentId: number, now = clock.now()): boolean {
  return getDb().transaction(
    (tx) => {
      // An online payment without a live Checkout can be settled by hand when online paying is off.
      const payment = findSettleableByHand({ providerId: staff.providerId }, paymentId, !onlinePaymentsEnabled(), tx);
      if (!payment) return false;
      markPaymentReceived(paymentId, now, tx);
      audit(
        {
          actorUserId: staff.id,
          action: "payment.received",
          subjectType: "help_request",
          subjectId: payment.requestId,
          municipalityCode: payment.municipalityCode,
          detail: { paymentId },
        },
        tx,
      );
      return true;
    },
    { behavior: "immediate" },
  );
}
