// Stripe's webhook events as we keep them (each id once: a replay is a no-op) and the payment
// intents seen per payment, so an event that came before its payment was known finds it later.
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { paymentIntents, stripeEvents } from "~db/schema";
import type { Executor } from "./executor.server";

export function isStripeEventRecorded(eventId: string, db: Executor = getDb()): boolean {
  return db.select({ id: stripeEvents.id }).from(stripeEvents).where(eq(stripeEvents.id, eventId)).get() !== undefined;
}

export function recordStripeEvent(event: typeof stripeEvents.$inferInsert, db: Executor = getDb()): void {
  db.insert(stripeEvents).values(event).run();
}

/** Events about this intent that change a payment but did not know which one yet. */
export function eventsAwaitingIntent(intentId: string, db: Executor = getDb()) {
  return db
    .select({
      id: stripeEvents.id,
      type: stripeEvents.type,
      eventAt: stripeEvents.eventAt,
      amountCents: stripeEvents.amountCents,
      currency: stripeEvents.currency,
    })
    .from(stripeEvents)
    .where(
      and(eq(stripeEvents.intentId, intentId), isNull(stripeEvents.paymentId), eq(stripeEvents.changesPayment, true)),
    )
    .all()
    .map((e) => ({ ...e, eventAt: e.eventAt.getTime() }));
}

export function attachEventToPayment(eventId: string, paymentId: number, db: Executor = getDb()): void {
  db.update(stripeEvents).set({ paymentId }).where(eq(stripeEvents.id, eventId)).run();
}

/** The payment an intent was seen for, if any. */
export function paymentOfIntent(intentId: string, db: Executor = getDb()): number | null {
  return (
    db
      .select({ paymentId: paymentIntents.paymentId })
      .from(paymentIntents)
      .where(eq(paymentIntents.intentId, intentId))
      .get()?.paymentId ?? null
  );
}

/** Remembers an intent for a payment; the first payment an intent was seen for keeps it. */
export function linkIntent(intentId: string, paymentId: number, db: Executor = getDb()): void {
  db.insert(paymentIntents).values({ intentId, paymentId }).onConflictDoNothing().run();
}
