// Payments for private cleaning (ADR 008): one row per visit that took place or was cancelled
// late, and the booking's choice of how it is paid. Times leave this module as epoch milliseconds.
import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lt, sql } from "drizzle-orm";
import type { PaymentState } from "~/domain/payments";
import { getDb } from "~db/client.server";
import { helpRequests, type PaymentMethod, type PaymentStatus, payments, providers, users } from "~db/schema";
import type { Executor } from "./executor.server";

type Payment = typeof payments.$inferSelect;
const ms = (d: Date | null) => d?.getTime() ?? null;

/** The cleaner's hourly rate and whether they take HHT: what a visit is priced with. */
export function cleanerRates(providerId: number, db: Executor = getDb()) {
  return db
    .select({ hourlyRateCents: providers.hourlyRateCents, acceptsHht: providers.acceptsHht })
    .from(providers)
    .where(eq(providers.id, providerId))
    .get();
}

// ── The booking's payment method ────────────────────────────────────────────────────────────
export type BookingScope = { citizenUserId: number } | { municipalityCode: string };

/** A cleaner booking of this citizen, or of a citizen of this municipality (for its consultant). */
export function findCleanerBooking(scope: BookingScope, requestId: number, db: Executor = getDb()) {
  return db
    .select({
      providerId: helpRequests.providerId,
      municipalityCode: helpRequests.municipalityCode,
      method: helpRequests.paymentMethod,
      status: helpRequests.status,
    })
    .from(helpRequests)
    .where(
      and(
        eq(helpRequests.id, requestId),
        eq(helpRequests.kind, "private_cleaner"),
        "citizenUserId" in scope
          ? eq(helpRequests.citizenUserId, scope.citizenUserId)
          : eq(helpRequests.municipalityCode, scope.municipalityCode),
      ),
    )
    .get();
}

/** The booking's method, and the payments still to make follow it (not those handed to Stripe). */
export function setBookingPaymentMethod(
  requestId: number,
  method: PaymentMethod,
  at: Date,
  db: Executor = getDb(),
): void {
  db.update(helpRequests).set({ paymentMethod: method }).where(eq(helpRequests.id, requestId)).run();
  db.update(payments)
    .set({ method, updatedAt: at })
    .where(
      and(
        eq(payments.requestId, requestId),
        inArray(payments.status, ["open", "failed"]),
        isNull(payments.stripeCheckoutSessionId),
      ),
    )
    .run();
}

// ── Writing payments ────────────────────────────────────────────────────────────────────────
export type NewPayment = Pick<
  Payment,
  | "requestId"
  | "slotId"
  | "kind"
  | "citizenUserId"
  | "providerId"
  | "municipalityCode"
  | "visitStartsAt"
  | "visitMinutes"
  | "hourlyRateCents"
  | "hhtPerHourCents"
  | "amountCents"
  | "municipalityCents"
  | "method"
  | "status"
  | "createdAt"
  | "updatedAt"
>;

export function createPayment(values: NewPayment, db: Executor = getDb()): number {
  return db.insert(payments).values(values).returning({ id: payments.id }).get().id;
}

/** The late-cancellation charge of a citizen's visit, if there is one. */
export function findLateCancellation(
  scope: { citizenUserId: number },
  visit: { requestId: number; slotId: number },
  db: Executor = getDb(),
) {
  return db
    .select({ amountCents: payments.amountCents, status: payments.status })
    .from(payments)
    .where(
      and(
        eq(payments.citizenUserId, scope.citizenUserId),
        eq(payments.requestId, visit.requestId),
        eq(payments.slotId, visit.slotId),
        eq(payments.kind, "late_cancellation"),
      ),
    )
    .get();
}

/** Drops a late-cancellation fee not yet paid nor handed to Stripe (the visit took place after all). */
export function dropOpenLateCancellation(visit: { requestId: number; slotId: number }, db: Executor = getDb()): void {
  db.delete(payments)
    .where(
      and(
        eq(payments.requestId, visit.requestId),
        eq(payments.slotId, visit.slotId),
        eq(payments.kind, "late_cancellation"),
        eq(payments.status, "open"),
        isNull(payments.stripeCheckoutSessionId),
      ),
    )
    .run();
}

// ── Lists for the citizen and the cleaner ───────────────────────────────────────────────────
const rowColumns = {
  id: payments.id,
  requestId: payments.requestId,
  slotId: payments.slotId,
  kind: payments.kind,
  providerName: providers.name,
  visitStartsAt: payments.visitStartsAt,
  visitMinutes: payments.visitMinutes,
  amountCents: payments.amountCents,
  municipalityCents: payments.municipalityCents,
  method: payments.method,
  status: payments.status,
  paidAt: payments.paidAt,
  citizenName: sql<string>`coalesce(${helpRequests.actingForName}, ${users.name})`,
};

function paymentRows(db: Executor = getDb()) {
  return db
    .select(rowColumns)
    .from(payments)
    .innerJoin(providers, eq(providers.id, payments.providerId))
    .innerJoin(helpRequests, eq(helpRequests.id, payments.requestId))
    .innerJoin(users, eq(users.id, payments.citizenUserId))
    .$dynamic();
}

function toPaymentRow<T extends { visitStartsAt: Date; paidAt: Date | null }>(r: T) {
  return { ...r, visitStartsAt: r.visitStartsAt.getTime(), paidAt: ms(r.paidAt) };
}

export type PaymentRow = ReturnType<typeof paymentsOfBooking>[number];

/** The payments of one of the citizen's bookings, latest visit first. */
export function paymentsOfBooking(scope: { citizenUserId: number }, requestId: number) {
  return paymentRows()
    .where(and(eq(payments.requestId, requestId), eq(payments.citizenUserId, scope.citizenUserId)))
    .orderBy(desc(payments.visitStartsAt))
    .all()
    .map(toPaymentRow);
}

/** The citizen's payments by monthly invoice, earliest visit first. */
export function invoicePaymentsOf(scope: { citizenUserId: number }): PaymentRow[] {
  return paymentRows()
    .where(and(eq(payments.citizenUserId, scope.citizenUserId), eq(payments.method, "invoice")))
    .orderBy(asc(payments.visitStartsAt))
    .all()
    .map(toPaymentRow);
}

/** The cleaner's payments for visits in [from, to), latest first. */
export function paymentsOfProvider(scope: { providerId: number }, [from, to]: [number, number]): PaymentRow[] {
  return paymentRows()
    .where(
      and(
        eq(payments.providerId, scope.providerId),
        gte(payments.visitStartsAt, new Date(from)),
        lt(payments.visitStartsAt, new Date(to)),
      ),
    )
    .orderBy(desc(payments.visitStartsAt))
    .all()
    .map(toPaymentRow);
}

/** Per provider, the municipality's HHT for visits that took place in [from, to), by name. */
export function hhtPerProvider(scope: { municipalityCode: string }, [from, to]: [number, number]) {
  return getDb()
    .select({
      providerId: payments.providerId,
      providerName: providers.name,
      kvkNumber: providers.kvkNumber,
      visits: count(),
      minutes: sql<number>`sum(${payments.visitMinutes})`.mapWith(Number),
      hhtCents: sql<number>`sum(${payments.municipalityCents})`.mapWith(Number),
    })
    .from(payments)
    .innerJoin(providers, eq(providers.id, payments.providerId))
    .where(
      and(
        eq(payments.municipalityCode, scope.municipalityCode),
        eq(payments.kind, "visit"),
        gt(payments.municipalityCents, 0),
        gte(payments.visitStartsAt, new Date(from)),
        lt(payments.visitStartsAt, new Date(to)),
      ),
    )
    .groupBy(payments.providerId, providers.name, providers.kvkNumber)
    .orderBy(asc(providers.name))
    .all();
}

// ── Settling ────────────────────────────────────────────────────────────────────────────────
/** A payment of this citizen that can be paid online now (open or failed, something to pay). */
export function findPayableOnline(scope: { citizenUserId: number }, paymentId: number) {
  const row = getDb()
    .select({
      id: payments.id,
      amountCents: payments.amountCents,
      currency: payments.currency,
      kind: payments.kind,
      visitStartsAt: payments.visitStartsAt,
      sessionId: payments.stripeCheckoutSessionId,
      attempt: payments.checkoutAttempt,
      requestId: payments.requestId,
      providerName: providers.name,
    })
    .from(payments)
    .innerJoin(providers, eq(providers.id, payments.providerId))
    .where(
      and(
        eq(payments.id, paymentId),
        eq(payments.citizenUserId, scope.citizenUserId),
        eq(payments.method, "online"),
        inArray(payments.status, ["open", "failed"]),
        gt(payments.amountCents, 0),
      ),
    )
    .get();
  return row ? { ...row, visitStartsAt: row.visitStartsAt.getTime() } : undefined;
}

/** The Checkout session of this attempt; a concurrent attempt that got there first wins. */
export function recordCheckoutSession(payment: { id: number; attempt: number }, sessionId: string, at: Date): void {
  getDb()
    .update(payments)
    .set({ stripeCheckoutSessionId: sessionId, checkoutAttempt: sql`${payments.checkoutAttempt} + 1`, updatedAt: at })
    .where(and(eq(payments.id, payment.id), eq(payments.checkoutAttempt, payment.attempt)))
    .run();
}

/**
 * A payment to this cleaner that they can mark received: open or failed, not with Stripe, paid
 * directly or by invoice — or online too, when online paying is off (`onlineToo`).
 */
export function findSettleableByHand(
  scope: { providerId: number },
  paymentId: number,
  onlineToo: boolean,
  db: Executor = getDb(),
) {
  return db
    .select({ requestId: payments.requestId, municipalityCode: payments.municipalityCode })
    .from(payments)
    .where(
      and(
        eq(payments.id, paymentId),
        eq(payments.providerId, scope.providerId),
        inArray(payments.status, ["open", "failed"]),
        isNull(payments.stripeCheckoutSessionId),
        onlineToo ? undefined : inArray(payments.method, ["direct", "invoice"]),
      ),
    )
    .get();
}

export function markPaymentReceived(paymentId: number, at: Date, db: Executor = getDb()): void {
  db.update(payments).set({ paidAt: at, status: "paid", updatedAt: at }).where(eq(payments.id, paymentId)).run();
}

// ── For Stripe's webhook (trusted by its signature: no user's scope) ────────────────────────
export function paymentExists(paymentId: number, db: Executor = getDb()): boolean {
  return db.select({ id: payments.id }).from(payments).where(eq(payments.id, paymentId)).get() !== undefined;
}

/** What the payment's events have said so far, and whose it is (for the audit trail). */
export function findPaymentState(paymentId: number, db: Executor = getDb()) {
  const p = db
    .select({
      paidAt: payments.paidAt,
      refundedAt: payments.refundedAt,
      failedAt: payments.failedAt,
      expiredAt: payments.expiredAt,
      paidIntent: payments.stripePaymentIntentId,
      session: payments.stripeCheckoutSessionId,
      requestId: payments.requestId,
      municipalityCode: payments.municipalityCode,
      amountCents: payments.amountCents,
      currency: payments.currency,
    })
    .from(payments)
    .where(eq(payments.id, paymentId))
    .get();
  if (!p) return undefined;
  const state: PaymentState = {
    paidAt: ms(p.paidAt),
    refundedAt: ms(p.refundedAt),
    failedAt: ms(p.failedAt),
    expiredAt: ms(p.expiredAt),
    paidIntent: p.paidIntent,
    session: p.session,
  };
  return {
    state,
    requestId: p.requestId,
    municipalityCode: p.municipalityCode,
    amountCents: p.amountCents,
    currency: p.currency,
  };
}

const at = (t: number | null) => (t === null ? null : new Date(t));

export function savePaymentState(
  paymentId: number,
  state: PaymentState,
  status: PaymentStatus,
  now: Date,
  db: Executor = getDb(),
): void {
  db.update(payments)
    .set({
      paidAt: at(state.paidAt),
      refundedAt: at(state.refundedAt),
      failedAt: at(state.failedAt),
      expiredAt: at(state.expiredAt),
      status,
      stripePaymentIntentId: state.paidIntent,
      stripeCheckoutSessionId: state.session,
      updatedAt: now,
    })
    .where(eq(payments.id, paymentId))
    .run();
}
