// Payments for private cleaning: a visit that took place (or was cancelled late) becomes a
// payment of the citizen's part, with the municipality's HHT part beside it. Online through
// Stripe Checkout when configured, else by monthly invoice or directly to the cleaner.

import type Database from "better-sqlite3";
import { z } from "zod";
import { clock } from "~/clock.server";
import {
  cancellationChargeCents,
  isLateCancellation,
  paymentStatus,
  type VisitPrice,
  visitPrice,
} from "~/domain/payments";
import { amsterdamDay } from "~/domain/policy";
import { fromAmsterdam } from "~/domain/time";
import { getDb } from "~db/client.server";
import type { PaymentMethod } from "~db/enums";
import { audit } from "./audit.server";
import { getPolicyInForce } from "./municipalities.server";
import { onlinePaymentsEnabled, stripeSetup } from "./stripe.server";

const sqlite = () => getDb().$client;

/** The method a new booking gets: online when Stripe is set up, else directly to the cleaner. */
export function defaultPaymentMethod(): PaymentMethod {
  return onlinePaymentsEnabled() ? "online" : "direct";
}

/** The methods a citizen or consultant can choose now. */
export function availablePaymentMethods(): PaymentMethod[] {
  return onlinePaymentsEnabled() ? ["online", "invoice", "direct"] : ["invoice", "direct"];
}

type Rates = { hourlyRateCents: number; hhtPerHourCents: number; lateCancellationPercent: number };

/** The cleaner's rate and the municipality's HHT (only when offered and the cleaner takes it). */
function ratesFor(providerId: number, municipalityCode: string, at: Date): Rates {
  const provider = sqlite()
    .prepare("SELECT hourly_rate_cents AS rate, accepts_hht AS hht FROM providers WHERE id = ?")
    .get(providerId) as { rate: number | null; hht: number | null } | undefined;
  const policy = getPolicyInForce(municipalityCode, at);
  return {
    hourlyRateCents: provider?.rate ?? 0,
    hhtPerHourCents: provider?.hht === 1 ? (policy?.hhtSubsidyPerHourCents ?? 0) : 0,
    lateCancellationPercent: policy?.lateCancellationPercent ?? 50,
  };
}

export type BookingPrice = VisitPrice & { minutes: number; hourlyRateCents: number; hhtPerHourCents: number };

/** The price of one visit of a booking (or a slot about to be booked), split citizen/municipality. */
export function priceOfVisit(
  providerId: number,
  municipalityCode: string,
  minutes: number,
  at = clock.now(),
): BookingPrice {
  const rates = ratesFor(providerId, municipalityCode, at);
  return {
    ...visitPrice(minutes, rates.hourlyRateCents, rates.hhtPerHourCents),
    minutes,
    hourlyRateCents: rates.hourlyRateCents,
    hhtPerHourCents: rates.hhtPerHourCents,
  };
}

type VisitRow = {
  slotId: number;
  requestId: number;
  startsAt: number;
  endsAt: number;
  providerId: number;
  citizenUserId: number;
  municipalityCode: string;
  method: PaymentMethod | null;
};

const VISIT_SELECT = `SELECT s.id AS slotId, r.id AS requestId, s.starts_at AS startsAt, s.ends_at AS endsAt,
  s.provider_id AS providerId, r.citizen_user_id AS citizenUserId, r.municipality_code AS municipalityCode,
  r.payment_method AS method
  FROM cleaner_slots s JOIN help_requests r ON r.id = s.request_id`;

function insertPayment(
  db: Database.Database,
  v: VisitRow,
  kind: "visit" | "late_cancellation",
  amountCents: number,
  municipalityCents: number,
  rates: Rates,
  now: Date,
): number {
  const { id } = db
    .prepare(
      `INSERT INTO payments (request_id, slot_id, kind, citizen_user_id, provider_id, municipality_code, visit_starts_at,
         visit_minutes, hourly_rate_cents, hht_per_hour_cents, amount_cents, municipality_cents, currency, method, status,
         created_at, updated_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'eur', ?, CASE WHEN ? = 0 THEN 'paid' ELSE 'open' END, ?, ?) RETURNING id`,
    )
    .get(
      v.requestId,
      v.slotId,
      kind,
      v.citizenUserId,
      v.providerId,
      v.municipalityCode,
      v.startsAt,
      Math.round((v.endsAt - v.startsAt) / 60_000),
      rates.hourlyRateCents,
      rates.hhtPerHourCents,
      amountCents,
      municipalityCents,
      v.method ?? defaultPaymentMethod(),
      amountCents, // nothing to pay (HHT covers it all): settled at once
      now.getTime(),
      now.getTime(),
    ) as { id: number };
  return id;
}

export type Actor = { role: "provider"; userId: number; providerId: number } | { role: "citizen"; userId: number };

export type VisitResult =
  | { ok: true; paymentId: number | null }
  | { ok: false; error: "not_found" | "not_yet" | "done" };

/**
 * After a visit's start: the cleaner says it took place or was missed, or the citizen confirms
 * it took place. A visit that took place becomes a payment of the citizen's part, once.
 */
export function recordVisit(actor: Actor, slotId: number, outcome: "done" | "missed", now = clock.now()): VisitResult {
  if (actor.role === "citizen" && outcome !== "done") return { ok: false, error: "not_found" };
  const db = sqlite();
  return db
    .transaction((): VisitResult => {
      const v = db
        .prepare(
          `${VISIT_SELECT} WHERE s.id = ? AND s.status = 'booked' AND r.kind = 'private_cleaner'
           AND ${actor.role === "provider" ? "s.provider_id" : "r.citizen_user_id"} = ?`,
        )
        .get(slotId, actor.role === "provider" ? actor.providerId : actor.userId) as VisitRow | undefined;
      if (!v) return { ok: false, error: "not_found" };
      // Only once the visit is over can anyone say it took place (or did not).
      if (v.endsAt > now.getTime()) return { ok: false, error: "not_yet" };
      const done = db.prepare("SELECT outcome FROM cleaner_slots WHERE id = ?").get(slotId) as {
        outcome: string | null;
      };
      if (done.outcome !== null) return { ok: false, error: "done" };
      db.prepare("UPDATE cleaner_slots SET outcome = ?, outcome_at = ?, outcome_by_user_id = ? WHERE id = ?").run(
        outcome,
        now.getTime(),
        actor.userId,
        slotId,
      );
      let paymentId: number | null = null;
      if (outcome === "done") {
        const rates = ratesFor(v.providerId, v.municipalityCode, new Date(v.startsAt));
        const price = visitPrice(
          Math.round((v.endsAt - v.startsAt) / 60_000),
          rates.hourlyRateCents,
          rates.hhtPerHourCents,
        );
        paymentId = insertPayment(db, v, "visit", price.citizenCents, price.municipalityCents, rates, now);
        // It took place after all (moved back after a late cancellation): no fee on top.
        db.prepare(
          "DELETE FROM payments WHERE request_id = ? AND slot_id = ? AND kind = 'late_cancellation' AND status = 'open' AND stripe_checkout_session_id IS NULL",
        ).run(v.requestId, slotId);
      }
      audit({
        actorUserId: actor.userId,
        action: `visit.${outcome}`,
        subjectType: "help_request",
        subjectId: v.requestId,
        municipalityCode: v.municipalityCode,
        detail: { slotId, paymentId },
      });
      return { ok: true, paymentId };
    })
    .immediate();
}

/**
 * Charges for booked visits of a request about to be cancelled within 24 hours of their start:
 * the policy's share of the citizen's part. Call inside the cancelling transaction, before the
 * slots are freed. `slotIds` limits it to some visits (cancelling one).
 */
export function chargeLateCancellations(
  db: Database.Database,
  requestId: number,
  now: Date,
  slotIds?: readonly number[],
): number {
  const visits = db
    .prepare(
      `${VISIT_SELECT} WHERE r.id = ? AND r.kind = 'private_cleaner' AND s.status = 'booked' AND s.starts_at > ?`,
    )
    .all(requestId, now.getTime()) as VisitRow[];
  let charged = 0;
  for (const v of visits) {
    if (slotIds && !slotIds.includes(v.slotId)) continue;
    if (!isLateCancellation(v.startsAt, now.getTime())) continue;
    const rates = ratesFor(v.providerId, v.municipalityCode, new Date(v.startsAt));
    const price = visitPrice(
      Math.round((v.endsAt - v.startsAt) / 60_000),
      rates.hourlyRateCents,
      rates.hhtPerHourCents,
    );
    const amount = cancellationChargeCents(
      v.startsAt,
      now.getTime(),
      price.citizenCents,
      rates.lateCancellationPercent,
    );
    // Charged once per visit of a booking, even if it was moved back and cancelled again.
    const already = db
      .prepare("SELECT 1 FROM payments WHERE request_id = ? AND slot_id = ? AND kind = 'late_cancellation'")
      .get(v.requestId, v.slotId);
    if (amount > 0 && !already) {
      insertPayment(db, v, "late_cancellation", amount, 0, rates, now);
      charged += 1;
    }
  }
  return charged;
}

export type CancelVisitResult =
  | { ok: true; chargedCents: number }
  | { ok: false; error: "not_found" | "started" }
  | { ok: false; error: "price_changed"; chargeCents: number };

/**
 * The citizen cancels one visit of a weekly booking: free more than 24 hours ahead. The citizen
 * saw a price (`quotedCents`); if cancelling now would cost more, nothing happens and the new
 * price is returned, so a charge is never made without being confirmed (WCAG 3.3.4).
 */
export function cancelVisit(
  citizenUserId: number,
  slotId: number,
  now = clock.now(),
  quotedCents = 0,
): CancelVisitResult {
  const db = sqlite();
  return db
    .transaction((): CancelVisitResult => {
      const v = db
        .prepare(`${VISIT_SELECT} WHERE s.id = ? AND s.status = 'booked' AND r.citizen_user_id = ?`)
        .get(slotId, citizenUserId) as VisitRow | undefined;
      if (!v) return { ok: false, error: "not_found" };
      if (v.startsAt <= now.getTime()) return { ok: false, error: "started" };
      const chargeCents = cancellationQuote(slotId, now);
      if (chargeCents > quotedCents) return { ok: false, error: "price_changed", chargeCents };
      chargeLateCancellations(db, v.requestId, now, [slotId]);
      const charged = db
        .prepare(
          "SELECT amount_cents AS a FROM payments WHERE request_id = ? AND slot_id = ? AND kind = 'late_cancellation'",
        )
        .get(v.requestId, slotId) as { a: number } | undefined;
      db.prepare(
        "UPDATE cleaner_slots SET status = 'free', request_id = NULL, hold_expires_at = NULL WHERE id = ?",
      ).run(slotId);
      audit({
        actorUserId: citizenUserId,
        action: "visit.cancelled",
        subjectType: "help_request",
        subjectId: v.requestId,
        municipalityCode: v.municipalityCode,
        detail: { slotId, chargedCents: charged?.a ?? 0 },
      });
      return { ok: true, chargedCents: charged?.a ?? 0 };
    })
    .immediate();
}

/** What a late cancellation of this visit would cost now (for the warning before cancelling). */
export function cancellationQuote(slotId: number, now = clock.now()): number {
  const v = sqlite().prepare(`${VISIT_SELECT} WHERE s.id = ?`).get(slotId) as VisitRow | undefined;
  if (!v) return 0;
  const rates = ratesFor(v.providerId, v.municipalityCode, new Date(v.startsAt));
  const price = visitPrice(Math.round((v.endsAt - v.startsAt) / 60_000), rates.hourlyRateCents, rates.hhtPerHourCents);
  return cancellationChargeCents(v.startsAt, now.getTime(), price.citizenCents, rates.lateCancellationPercent);
}

/** The citizen (or their consultant) chooses how a cleaner booking is paid. */
export function setPaymentMethod(
  requestId: number,
  method: PaymentMethod,
  scope: { citizenUserId: number } | { municipalityCode: string; actorUserId: number },
): boolean {
  if (!availablePaymentMethods().includes(method)) return false;
  const db = sqlite();
  const where = "citizenUserId" in scope ? "citizen_user_id = ?" : "municipality_code = ?";
  const value = "citizenUserId" in scope ? scope.citizenUserId : scope.municipalityCode;
  return db
    .transaction(() => {
      const row = db
        .prepare(
          `SELECT municipality_code AS m FROM help_requests WHERE id = ? AND kind = 'private_cleaner' AND ${where}
           AND status IN ('held', 'booked')`,
        )
        .get(requestId, value) as { m: string } | undefined;
      if (!row) return false;
      db.prepare("UPDATE help_requests SET payment_method = ? WHERE id = ?").run(method, requestId);
      // Payments still to be made follow the new choice, except those already handed to Stripe.
      db.prepare(
        `UPDATE payments SET method = ?, updated_at = ? WHERE request_id = ? AND status IN ('open', 'failed')
         AND stripe_checkout_session_id IS NULL`,
      ).run(method, clock.ms(), requestId);
      audit({
        actorUserId: "citizenUserId" in scope ? scope.citizenUserId : scope.actorUserId,
        action: "payment.method_set",
        subjectType: "help_request",
        subjectId: requestId,
        municipalityCode: row.m,
        detail: { method },
      });
      return true;
    })
    .immediate();
}

/** The instants a calendar month spans in Dutch time: [first moment, first moment of the next). */
function monthRange(month: string): [number, number] {
  const [y = 0, m = 1] = month.split("-").map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  return [fromAmsterdam(`${month}-01`, "00:00")?.getTime() ?? 0, fromAmsterdam(`${next}-01`, "00:00")?.getTime() ?? 0];
}

// ── Lists ─────────────────────────────────────────────────────────────────────────────────
export type PaymentRow = {
  id: number;
  requestId: number;
  slotId: number | null;
  kind: "visit" | "late_cancellation";
  providerName: string;
  visitStartsAt: number;
  visitMinutes: number;
  amountCents: number;
  municipalityCents: number;
  method: PaymentMethod;
  status: "open" | "paid" | "failed" | "refunded";
  paidAt: number | null;
  citizenName: string;
};

const PAYMENT_SELECT = `SELECT pa.id, pa.request_id AS requestId, pa.slot_id AS slotId, pa.kind, p.name AS providerName,
  pa.visit_starts_at AS visitStartsAt, pa.visit_minutes AS visitMinutes, pa.amount_cents AS amountCents,
  pa.municipality_cents AS municipalityCents, pa.method, pa.status, pa.paid_at AS paidAt,
  coalesce(r.acting_for_name, u.name) AS citizenName
  FROM payments pa JOIN providers p ON p.id = pa.provider_id JOIN help_requests r ON r.id = pa.request_id
  JOIN users u ON u.id = pa.citizen_user_id`;

export function paymentsOfRequest(citizenUserId: number, requestId: number): PaymentRow[] {
  return sqlite()
    .prepare(`${PAYMENT_SELECT} WHERE pa.request_id = ? AND pa.citizen_user_id = ? ORDER BY pa.visit_starts_at DESC`)
    .all(requestId, citizenUserId) as PaymentRow[];
}

/** A citizen's monthly invoices: their invoice-method payments per month of the visit. */
export function invoicesOf(citizenUserId: number) {
  const rows = sqlite()
    .prepare(`${PAYMENT_SELECT} WHERE pa.citizen_user_id = ? AND pa.method = 'invoice' ORDER BY pa.visit_starts_at`)
    .all(citizenUserId) as PaymentRow[];
  const months = new Map<string, { month: string; totalCents: number; openCents: number; lines: PaymentRow[] }>();
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
  return (
    sqlite()
      .prepare(
        `SELECT s.id AS slotId, r.id AS requestId, s.starts_at AS startsAt, s.ends_at AS endsAt,
           coalesce(r.acting_for_name, u.name) AS citizenName, r.answers
         FROM cleaner_slots s JOIN help_requests r ON r.id = s.request_id JOIN users u ON u.id = r.citizen_user_id
         WHERE s.provider_id = ? AND s.status = 'booked' AND s.outcome IS NULL AND s.starts_at <= ?
         ORDER BY s.starts_at LIMIT 200`,
      )
      .all(providerId, now.getTime()) as (Omit<ProviderVisit, "postcode"> & { answers: string })[]
  ).map(({ answers, ...v }) => ({ ...v, postcode: (JSON.parse(answers) as { postcode?: string }).postcode ?? "" }));
}

/** The cleaner's payments of a month (by visit date): received and outstanding, with totals. */
export function providerPayments(providerId: number, month: string) {
  const rows = sqlite()
    .prepare(
      `${PAYMENT_SELECT} WHERE pa.provider_id = ? AND pa.visit_starts_at >= ? AND pa.visit_starts_at < ?
       ORDER BY pa.visit_starts_at DESC`,
    )
    .all(providerId, ...monthRange(month)) as PaymentRow[];

  const sum = (f: (r: PaymentRow) => boolean, part: (r: PaymentRow) => number) =>
    rows.filter(f).reduce((total, r) => total + part(r), 0);
  return {
    rows,
    // From citizens: received and still to come; the HHT part comes from the municipality.
    receivedCents: sum(
      (r) => r.status === "paid",
      (r) => r.amountCents,
    ),
    outstandingCents: sum(
      (r) => r.status === "open" || r.status === "failed",
      (r) => r.amountCents,
    ),
    hhtCents: sum(
      (r) => r.status !== "refunded",
      (r) => r.municipalityCents,
    ),
  };
}

/** The cleaner received a direct or invoice payment (online ones are settled by Stripe). */
export function markReceived(staff: { id: number; providerId: number }, paymentId: number, now = clock.now()): boolean {
  const db = sqlite();
  return db
    .transaction(() => {
      const row = db
        .prepare(
          `SELECT request_id AS requestId, municipality_code AS m FROM payments
                      WHERE id = ? AND provider_id = ? AND status IN ('open', 'failed') AND stripe_checkout_session_id IS NULL
             AND (method IN ('direct', 'invoice') OR ? = 0)`,
        )
        // An online payment without a live Checkout can be settled by hand when online paying is off.
        .get(paymentId, staff.providerId, onlinePaymentsEnabled() ? 1 : 0) as
        | { requestId: number; m: string }
        | undefined;
      if (!row) return false;
      db.prepare("UPDATE payments SET paid_at = ?, status = 'paid', updated_at = ? WHERE id = ?").run(
        now.getTime(),
        now.getTime(),
        paymentId,
      );
      audit({
        actorUserId: staff.id,
        action: "payment.received",
        subjectType: "help_request",
        subjectId: row.requestId,
        municipalityCode: row.m,
        detail: { paymentId },
      });
      return true;
    })
    .immediate();
}

// ── The municipality's HHT statement ────────────────────────────────────────────────────────
export type HhtLine = {
  providerId: number;
  providerName: string;
  kvkNumber: string;
  visits: number;
  minutes: number;
  hhtCents: number;
};

/** Per provider: visits that took place in a month, their hours and the HHT the municipality owes. */
export function hhtStatement(municipalityCode: string, month: string): HhtLine[] {
  const rows = sqlite()
    .prepare(
      `SELECT pa.provider_id AS providerId, p.name AS providerName, p.kvk_number AS kvkNumber,
         pa.visit_starts_at AS startsAt, pa.visit_minutes AS minutes, pa.municipality_cents AS hht
              FROM payments pa JOIN providers p ON p.id = pa.provider_id
       WHERE pa.municipality_code = ? AND pa.kind = 'visit' AND pa.municipality_cents > 0
         AND pa.visit_starts_at >= ? AND pa.visit_starts_at < ?
       ORDER BY p.name`,
    )
    .all(municipalityCode, ...monthRange(month)) as {
    providerId: number;
    providerName: string;
    kvkNumber: string;
    startsAt: number;
    minutes: number;
    hht: number;
  }[];
  const lines = new Map<number, HhtLine>();
  for (const r of rows) {
    const line = lines.get(r.providerId) ?? {
      providerId: r.providerId,
      providerName: r.providerName,
      kvkNumber: r.kvkNumber,
      visits: 0,
      minutes: 0,
      hhtCents: 0,
    };
    line.visits += 1;
    line.minutes += r.minutes;
    line.hhtCents += r.hht;
    lines.set(r.providerId, line);
  }
  return [...lines.values()];
}

// ── Stripe Checkout and its webhook ─────────────────────────────────────────────────────────
export type CheckoutResult = { ok: true; url: string } | { ok: false; error: "not_found" | "unavailable" | "stripe" };

type CheckoutRow = {
  id: number;
  amount: number;
  currency: string;
  kind: string;
  startsAt: number;
  sessionId: string | null;
  attempt: number;
  requestId: number;
  providerName: string;
};

/**
 * Starts Stripe Checkout for an open online payment of this citizen, or returns to the session
 * already open for it (one payment, one live session: never two that could both be paid). The
 * amount comes from the payment row, computed on the server.
 */
export async function startCheckout(
  citizenUserId: number,
  paymentId: number,
  origin: string,
  locale: "nl" | "en",
): Promise<CheckoutResult> {
  const setup = stripeSetup();
  if (!setup) return { ok: false, error: "unavailable" };
  const row = sqlite()
    .prepare(
      `SELECT pa.id, pa.amount_cents AS amount, pa.currency, pa.kind, pa.visit_starts_at AS startsAt,
         pa.stripe_checkout_session_id AS sessionId, pa.checkout_attempt AS attempt, pa.request_id AS requestId,
         p.name AS providerName
       FROM payments pa JOIN providers p ON p.id = pa.provider_id
       WHERE pa.id = ? AND pa.citizen_user_id = ? AND pa.method = 'online' AND pa.status IN ('open', 'failed')
         AND pa.amount_cents > 0`,
    )
    .get(paymentId, citizenUserId) as CheckoutRow | undefined;
  if (!row) return { ok: false, error: "not_found" };
  try {
    if (row.sessionId) {
      const existing = await setup.client.checkout.sessions.retrieve(row.sessionId);
      if (existing.status === "open" && existing.url) return { ok: true, url: existing.url };
      // A session that is complete is being settled by its webhook: no second one.
      if (existing.status === "complete") return { ok: false, error: "not_found" };
    }
    const day = amsterdamDay(new Date(row.startsAt));
    const name =
      row.kind === "late_cancellation"
        ? `Afgezegd bezoek ${day} – ${row.providerName}`
        : `Schoonmaakbezoek ${day} – ${row.providerName}`;
    const session = await setup.client.checkout.sessions.create(
      {
        mode: "payment",
        allowed_payment_method_types: ["ideal", "card"],
        locale,
        client_reference_id: String(row.id),
        line_items: [
          { quantity: 1, price_data: { currency: row.currency, unit_amount: row.amount, product_data: { name } } },
        ],
        metadata: { paymentId: String(row.id), requestId: String(row.requestId) },
        payment_intent_data: { metadata: { paymentId: String(row.id) } },
        success_url: `${origin}/mijn/aanvragen/${row.requestId}?melding=paid`,
        cancel_url: `${origin}/mijn/aanvragen/${row.requestId}?melding=payment_cancelled`,
      },
      // One key per attempt: a double click is the same session; the next attempt a new one.
      { idempotencyKey: `checkout-${row.id}-${row.attempt}` },
    );
    sqlite()
      .prepare(
        `UPDATE payments SET stripe_checkout_session_id = ?, checkout_attempt = checkout_attempt + 1, updated_at = ?
         WHERE id = ? AND checkout_attempt = ?`,
      )
      .run(session.id, clock.ms(), row.id, row.attempt);
    if (!session.url) return { ok: false, error: "stripe" };
    return { ok: true, url: session.url };
  } catch (error) {
    console.error("stripe checkout failed", error instanceof Error ? error.message : error);
    return { ok: false, error: "stripe" };
  }
}

const stripeEventSchema = z.object({
  id: z.string().min(1).max(255),
  type: z.string().min(1).max(255),
  created: z.number().int().nonnegative(),
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
});

type StripeObject = {
  id?: unknown;
  metadata?: unknown;
  payment_intent?: unknown;
  payment_status?: unknown;
  amount?: unknown;
  amount_refunded?: unknown;
  refunded?: unknown;
};

export type WebhookOutcome = "processed" | "duplicate" | "ignored" | "malformed";

const str = (v: unknown) => (typeof v === "string" && v.length > 0 ? v : null);

function intentOf(type: string, o: StripeObject): string | null {
  if (type.startsWith("payment_intent.")) return str(o.id);
  if (typeof o.payment_intent === "object" && o.payment_intent !== null)
    return str((o.payment_intent as { id?: unknown }).id);
  return str(o.payment_intent);
}

/**
 * Applies one verified Stripe event, once. Events may arrive twice or out of order: each event id
 * is recorded (a replay is ignored), each kind of event sets its own time on the payment, and the
 * status is derived from all of them (app/domain/payments.ts). Every intent seen for a payment is
 * remembered; an event about an intent not yet known (a refund before the checkout completed) is
 * kept and applied as soon as the intent is linked to its payment.
 */
export function applyStripeEvent(raw: unknown): WebhookOutcome {
  const parsed = stripeEventSchema.safeParse(raw);
  if (!parsed.success) return "malformed";
  const event = parsed.data;
  const db = sqlite();
  return db
    .transaction((): WebhookOutcome => {
      if (db.prepare("SELECT 1 FROM stripe_events WHERE id = ?").get(event.id)) return "duplicate";
      const o = event.data.object as StripeObject;
      const at = event.created * 1000;
      const intent = intentOf(event.type, o);
      const metadata =
        typeof o.metadata === "object" && o.metadata !== null ? (o.metadata as Record<string, unknown>) : {};
      const byMetadata = Number(str(metadata.paymentId));
      let paymentId: number | null = null;
      if (
        Number.isInteger(byMetadata) &&
        byMetadata > 0 &&
        db.prepare("SELECT 1 FROM payments WHERE id = ?").get(byMetadata)
      )
        paymentId = byMetadata;
      if (paymentId === null && intent) {
        const known = db.prepare("SELECT payment_id AS id FROM payment_intents WHERE intent_id = ?").get(intent) as
          | { id: number }
          | undefined;
        paymentId = known?.id ?? null;
      }
      const changes = changesPayment(event.type, o);
      db.prepare(
        "INSERT INTO stripe_events (id, type, payment_id, intent_id, event_at, changes_payment, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      ).run(event.id, event.type, paymentId, intent, at, changes ? 1 : 0, clock.ms());
      if (paymentId === null) return changes ? "processed" : "ignored"; // kept until its intent is known
      if (intent)
        db.prepare("INSERT OR IGNORE INTO payment_intents (intent_id, payment_id) VALUES (?, ?)").run(
          intent,
          paymentId,
        );
      if (changes) applyToPayment(db, paymentId, event.type, at, intent, str(o.id));
      if (intent) {
        // Events that came before this intent was linked now find their payment.
        const waiting = db
          .prepare(
            "SELECT id, type, event_at AS at FROM stripe_events WHERE intent_id = ? AND payment_id IS NULL AND changes_payment = 1",
          )
          .all(intent) as { id: string; type: string; at: number }[];
        for (const w of waiting) {
          db.prepare("UPDATE stripe_events SET payment_id = ? WHERE id = ?").run(paymentId, w.id);
          applyToPayment(db, paymentId, w.type, w.at, intent, null);
        }
      }
      return changes ? "processed" : "ignored";
    })
    .immediate();
}

/** Whether an event moves a payment: a paid checkout, an expired one, a failure, a full refund. */
function changesPayment(type: string, o: StripeObject): boolean {
  switch (type) {
    case "checkout.session.completed":
      return o.payment_status === "paid";
    case "checkout.session.expired":
    case "payment_intent.payment_failed":
      return true;
    case "charge.refunded":
      return (
        o.refunded === true ||
        (typeof o.amount === "number" && typeof o.amount_refunded === "number" && o.amount_refunded >= o.amount)
      );
    default:
      return false;
  }
}

/** Sets the event's time on the payment (the event was checked by changesPayment) and derives the status. */
function applyToPayment(
  db: Database.Database,
  paymentId: number,
  type: string,
  at: number,
  intent: string | null,
  sessionId: string | null,
) {
  const p = db
    .prepare(
      `SELECT paid_at AS paidAt, refunded_at AS refundedAt, failed_at AS failedAt, expired_at AS expiredAt,
         request_id AS requestId, municipality_code AS m, stripe_checkout_session_id AS session,
         stripe_payment_intent_id AS paidIntent
       FROM payments WHERE id = ?`,
    )
    .get(paymentId) as {
    paidAt: number | null;
    refundedAt: number | null;
    failedAt: number | null;
    expiredAt: number | null;
    requestId: number;
    m: string;
    session: string | null;
    paidIntent: string | null;
  };
  const times = { paidAt: p.paidAt, refundedAt: p.refundedAt, failedAt: p.failedAt, expiredAt: p.expiredAt };
  let paidIntent = p.paidIntent;
  let session = p.session;
  if (type === "checkout.session.completed") {
    if (p.paidAt !== null && paidIntent && intent && paidIntent !== intent) {
      // Paid twice (should not happen: one live session per payment). Kept visible for a refund.
      audit({
        actorUserId: null,
        action: "payment.paid_twice",
        subjectType: "help_request",
        subjectId: p.requestId,
        municipalityCode: p.m,
        detail: { paymentId, intent },
      });
    }
    times.paidAt ??= at;
    paidIntent ??= intent;
  }
  // An expired session is only "the current one gone" when it is the session we know.
  if (type === "checkout.session.expired") {
    times.expiredAt = Math.max(times.expiredAt ?? 0, at);
    if (sessionId !== null && sessionId === session && p.paidAt === null) session = null;
  }
  if (type === "payment_intent.payment_failed") times.failedAt = Math.max(times.failedAt ?? 0, at);
  // A refund counts for the intent that paid (or when we do not know which one did yet).
  if (type === "charge.refunded" && (paidIntent === null || intent === null || intent === paidIntent))
    times.refundedAt ??= at;
  const status = paymentStatus(times);
  db.prepare(
    `UPDATE payments SET paid_at = ?, refunded_at = ?, failed_at = ?, expired_at = ?, status = ?,
       stripe_payment_intent_id = ?, stripe_checkout_session_id = ?, updated_at = ? WHERE id = ?`,
  ).run(
    times.paidAt,
    times.refundedAt,
    times.failedAt,
    times.expiredAt,
    status,
    paidIntent,
    session,
    clock.ms(),
    paymentId,
  );
  audit({
    actorUserId: null,
    action: `stripe.${type}`,
    subjectType: "help_request",
    subjectId: p.requestId,
    municipalityCode: p.m,
    detail: { paymentId, status },
  });
}

export type BillingVisit = {
  slotId: number;
  startsAt: number;
  endsAt: number;
  outcome: "done" | "missed" | null;
  past: boolean;
  /** What cancelling it now would cost (0 more than 24 hours ahead). */
  cancelCents: number;
};

/** Everything about paying for a cleaner booking, as the citizen sees it. */
export function cleanerBilling(citizenUserId: number, requestId: number, now = clock.now()) {
  const db = sqlite();
  const r = db
    .prepare(
      `SELECT provider_id AS providerId, municipality_code AS m, payment_method AS method, status FROM help_requests
       WHERE id = ? AND citizen_user_id = ? AND kind = 'private_cleaner'`,
    )
    .get(requestId, citizenUserId) as
    | { providerId: number; m: string; method: PaymentMethod | null; status: string }
    | undefined;
  if (!r) return null;
  const slots = db
    .prepare(
      `SELECT id AS slotId, starts_at AS startsAt, ends_at AS endsAt, outcome FROM cleaner_slots
              WHERE request_id = ? AND status IN ('held', 'booked') ORDER BY starts_at`,
    )
    .all(requestId) as { slotId: number; startsAt: number; endsAt: number; outcome: "done" | "missed" | null }[];
  const minutes = slots[0] ? Math.round((slots[0].endsAt - slots[0].startsAt) / 60_000) : 0;
  const rates = ratesFor(r.providerId, r.m, now);
  return {
    price: { ...visitPrice(minutes, rates.hourlyRateCents, rates.hhtPerHourCents), minutes },
    lateCancellationPercent: rates.lateCancellationPercent,
    method: r.method ?? defaultPaymentMethod(),
    methods: availablePaymentMethods(),
    online: onlinePaymentsEnabled(),
    canChange: r.status === "booked" || r.status === "held",
    visits: slots.map((s) => ({
      ...s,
      past: s.startsAt <= now.getTime(),
      cancelCents:
        s.startsAt > now.getTime()
          ? cancellationChargeCents(
              s.startsAt,
              now.getTime(),
              visitPrice(Math.round((s.endsAt - s.startsAt) / 60_000), rates.hourlyRateCents, rates.hhtPerHourCents)
                .citizenCents,
              rates.lateCancellationPercent,
            )
          : 0,
    })) satisfies BillingVisit[],
    payments: paymentsOfRequest(citizenUserId, requestId),
  };
}

export type CleanerBilling = NonNullable<ReturnType<typeof cleanerBilling>>;

/** The length of some slots in minutes (for showing a visit's price before booking). */
export function slotMinutes(slotIds: readonly number[]): Map<number, number> {
  if (slotIds.length === 0) return new Map();
  const rows = sqlite()
    .prepare(
      `SELECT id, (ends_at - starts_at) / 60000 AS minutes FROM cleaner_slots WHERE id IN (${slotIds.map(() => "?").join(",")})`,
    )
    .all(...slotIds) as { id: number; minutes: number }[];
  return new Map(rows.map((r) => [r.id, r.minutes]));
}
