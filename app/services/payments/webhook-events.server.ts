// Stripe's webhook events applied to our payments (ADR 008). The event arrives verified and in our
// terms (stripe.server.ts); here it is recorded once and moves the payment it belongs to.
import { clock } from "~/clock.server";
import { type PaymentChange, paymentStatus, withPaymentChange } from "~/domain/payments";
import type { Executor } from "~/models/executor.server";
import { findPaymentState, paymentExists, savePaymentState } from "~/models/payments.server";
import {
  attachEventToPayment,
  eventsAwaitingIntent,
  isStripeEventRecorded,
  linkIntent,
  paymentOfIntent,
  recordStripeEvent,
} from "~/models/stripe-events.server";
import { getDb } from "~db/client.server";
import { audit } from "../audit.server";
import { noticePaymentFailed } from "../notifications/request-notices.server";
import { changeOfEventType, readStripeEvent } from "./stripe.server";

export type WebhookOutcome = "processed" | "duplicate" | "ignored" | "malformed";

/**
 * Applies one verified Stripe event, once. Events may arrive twice or out of order: each event id
 * is recorded (a replay is ignored), each kind of event sets its own time on the payment, and the
 * status is derived from all of them (app/domain/payments.ts). Every intent seen for a payment is
 * remembered; an event about an intent not yet known (a refund before the checkout completed) is
 * kept and applied as soon as the intent is linked to its payment.
 */
export function applyStripeEvent(raw: unknown, now = clock.now()): WebhookOutcome {
  const event = readStripeEvent(raw);
  if (!event) return "malformed";
  const { intentId, change } = event;
  return getDb().transaction(
    (tx): WebhookOutcome => {
      if (isStripeEventRecorded(event.id, tx)) return "duplicate";
      let paymentId = event.paymentId !== null && paymentExists(event.paymentId, tx) ? event.paymentId : null;
      if (paymentId === null && intentId) paymentId = paymentOfIntent(intentId, tx);
      recordStripeEvent(
        {
          id: event.id,
          type: event.type,
          paymentId,
          intentId,
          eventAt: new Date(event.at),
          changesPayment: change !== null,
          amountCents: event.amountCents,
          currency: event.currency,
          receivedAt: now,
        },
        tx,
      );
      const outcome = change !== null ? "processed" : "ignored";
      if (paymentId === null) return outcome; // kept until its intent is known
      if (intentId) linkIntent(intentId, paymentId, tx);
      if (change)
        applyChange(
          paymentId,
          {
            eventId: event.id,
            type: event.type,
            kind: change,
            at: event.at,
            intentId,
            sessionId: event.objectId,
            amountCents: event.amountCents,
            currency: event.currency,
          },
          now,
          tx,
        );
      if (intentId) {
        // Events that came before this intent was linked now find their payment.
        for (const waiting of eventsAwaitingIntent(intentId, tx)) {
          attachEventToPayment(waiting.id, paymentId, tx);
          const kind = changeOfEventType(waiting.type);
          if (kind)
            applyChange(
              paymentId,
              {
                eventId: waiting.id,
                type: waiting.type,
                kind,
                at: waiting.eventAt,
                intentId,
                sessionId: null,
                amountCents: waiting.amountCents,
                currency: waiting.currency,
              },
              now,
              tx,
            );
        }
      }
      return outcome;
    },
    { behavior: "immediate" },
  );
}

type Change = {
  /** The Stripe event's id: the citizen hears of a failure once per event. */
  eventId: string;
  type: string;
  kind: PaymentChange;
  at: number;
  intentId: string | null;
  sessionId: string | null;
  amountCents: number | null;
  currency: string | null;
};

/**
 * Why an event may not move this payment, or null when it may. Only a payment we sent to Stripe
 * Checkout (it has a session) changes through Stripe: a "direct" or invoiced payment never went
 * there, so a refund of it cannot be Stripe's to report. And money counts only in the amount and
 * currency asked: a paid session of 1 US cent does not settle € 36,75.
 */
function refusal(
  payment: { state: { session: string | null }; amountCents: number; currency: string },
  change: Change,
): string | null {
  if (payment.state.session === null) return "no_checkout_session";
  if (change.kind === "paid" || change.kind === "refunded") {
    if (change.amountCents !== payment.amountCents) return "amount_mismatch";
    if (change.currency !== payment.currency.toLowerCase()) return "currency_mismatch";
  }
  return null;
}

/** Sets the event's time on the payment and derives its status from all its times. */
function applyChange(paymentId: number, change: Change, now: Date, tx: Executor): void {
  const payment = findPaymentState(paymentId, tx);
  if (!payment) return;
  const subject = {
    subjectType: "help_request",
    subjectId: payment.requestId,
    municipalityCode: payment.municipalityCode,
  };
  const refused = refusal(payment, change);
  if (refused) {
    // Kept in the log for whoever checks the books; the payment stays as it was.
    audit(
      {
        actorUserId: null,
        action: "stripe.event_refused",
        ...subject,
        detail: {
          paymentId,
          type: change.type,
          reason: refused,
          amountCents: change.amountCents,
          currency: change.currency,
        },
      },
      tx,
    );
    return;
  }
  const { state, paidTwice } = withPaymentChange(payment.state, { ...change, intent: change.intentId });
  // Paid twice (should not happen: one live session per payment). Kept visible for a refund.
  if (paidTwice)
    audit(
      { actorUserId: null, action: "payment.paid_twice", ...subject, detail: { paymentId, intent: change.intentId } },
      tx,
    );
  const status = paymentStatus(state);
  savePaymentState(paymentId, state, status, now, tx);
  // The citizen hears of a payment that did not go through, in this transaction: a refused
  // payment, or the live checkout expiring unpaid (an old session expiring after a new one
  // started, or a failure of a payment paid after all, is no news).
  const expiredLive = change.kind === "expired" && payment.state.session !== null && state.session === null;
  if ((change.kind === "failed" && status === "failed") || (expiredLive && status === "open"))
    noticePaymentFailed(
      { requestId: payment.requestId, amountCents: payment.amountCents, eventId: change.eventId, expired: expiredLive },
      now,
    );
  audit({ actorUserId: null, action: `stripe.${change.type}`, ...subject, detail: { paymentId, status } }, tx);
}
