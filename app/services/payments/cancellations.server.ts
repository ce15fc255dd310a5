// Cancelling visits of a cleaner booking: free more than 24 hours ahead; later, the citizen pays
// the policy's share of their own part (ADR 008). A charge is never made without being confirmed.
import type Database from "better-sqlite3";
import { clock } from "~/clock.server";
import { cancellationChargeCents, isLateCancellation, visitMinutes } from "~/domain/payments";
import { recordCancelledVisit } from "~/models/cancelled-visits.server";
import { findVisitOf, releaseVisit, upcomingVisitsOfRequest, type Visit } from "~/models/cleaner-slots.server";
import type { Executor } from "~/models/executor.server";
import { findLateCancellation } from "~/models/payments.server";
import { getDb } from "~db/client.server";
import { audit } from "../audit.server";
import { noticeVisitCancelled } from "../notifications/request-notices.server";
import { priceWith, type Rates, ratesFor } from "./pricing.server";
import { chargeVisit } from "./visit-payment.server";

/** What cancelling a visit at `now` costs the citizen (0 more than 24 hours ahead). */
export function lateCancellationCents(visit: { startsAt: number; endsAt: number }, rates: Rates, now: number): number {
  const { citizenCents } = priceWith(rates, visitMinutes(visit.startsAt, visit.endsAt));
  return cancellationChargeCents(visit.startsAt, now, citizenCents, rates.lateCancellationPercent);
}

/** A visit as cancelling needs it: whose, which, when, and whose rates. */
export type CancellableVisit = Pick<
  Visit,
  "requestId" | "slotId" | "startsAt" | "endsAt" | "providerId" | "municipalityCode" | "citizenUserId"
>;

/** What cancelling one visit now would charge (`amountCents`), and a fee its earlier cancellation already charged. */
export type VisitCancellationCost = { amountCents: number; earlierCents: number; rates: Rates | null };

/**
 * What cancelling one booked visit at `now` would charge: within 24 hours of its start the
 * policy's share of the citizen's part, at the rates of the visit's day; nothing more than 24
 * hours ahead, and nothing more when this visit's late fee was charged before (cancelled late,
 * booked back, cancelled again: one fee per visit, ADR 021). The one source of the amount: the
 * visit list, the confirmation, the check before charging and the charge itself.
 */
export function visitCancellationCost(db: Executor, v: CancellableVisit, now: Date): VisitCancellationCost {
  // An earlier fee implies a late visit: time only moves on, so look it up only then.
  if (v.startsAt <= now.getTime() || !isLateCancellation(v.startsAt, now.getTime()))
    return { amountCents: 0, earlierCents: 0, rates: null };
  const earlierCents = findLateCancellation({ citizenUserId: v.citizenUserId }, v, db)?.amountCents ?? 0;
  if (earlierCents > 0) return { amountCents: 0, earlierCents, rates: null };
  const rates = ratesFor(v.providerId, v.municipalityCode, new Date(v.startsAt), db);
  return { amountCents: lateCancellationCents(v, rates, now.getTime()), earlierCents: 0, rates };
}

/** A fee cancelling a visit now would charge: the visit, its rates and the amount (never 0). */
export type LateCharge = { visit: Visit; rates: Rates; amountCents: number };

/**
 * The fees cancelling booked visits of a request at `now` would charge (visitCancellationCost),
 * those that cost something. `slotIds` limits it to some visits (cancelling one).
 */
export function lateCharges(db: Executor, requestId: number, now: Date, slotIds?: readonly number[]): LateCharge[] {
  const charges: LateCharge[] = [];
  for (const v of upcomingVisitsOfRequest(requestId, now.getTime(), db)) {
    if (slotIds && !slotIds.includes(v.slotId)) continue;
    const { amountCents, rates } = visitCancellationCost(db, v, now);
    if (amountCents > 0 && rates) charges.push({ visit: v, rates, amountCents });
  }
  return charges;
}

/**
 * Charges for booked visits of a request about to be cancelled within 24 hours of their start
 * (lateCharges). Call inside the cancelling transaction, after checking the request is the
 * citizen's and before the slots are freed. Callers still on raw SQL pass the connection itself:
 * the queries run on it.
 */
export function chargeLateCancellations(
  db: Executor | Database.Database,
  requestId: number,
  now: Date,
  slotIds?: readonly number[],
): number {
  const tx = "select" in db ? db : getDb();
  const charges = lateCharges(tx, requestId, now, slotIds);
  for (const { visit, rates, amountCents } of charges)
    chargeVisit(visit, { kind: "late_cancellation", amountCents, municipalityCents: 0, rates }, now, tx);
  return charges.length;
}

/**
 * Keeps the booked visits of a request that are about to be freed as cancelled visits, each with
 * the late-cancellation fee its payment row holds (0 when free). Call after charging and before
 * freeing, inside the same transaction. Returns the records' ids.
 */
export function recordCancelledVisits(
  db: Executor,
  visits: readonly Visit[],
  by: { citizenUserId: number; now: Date },
): number[] {
  return visits.map((v) =>
    recordCancelledVisit(
      {
        requestId: v.requestId,
        slotId: v.slotId,
        providerId: v.providerId,
        startsAt: v.startsAt,
        endsAt: v.endsAt,
        cancelledAt: by.now.getTime(),
        chargedCents: findLateCancellation({ citizenUserId: v.citizenUserId }, v, db)?.amountCents ?? 0,
        byUserId: by.citizenUserId,
      },
      db,
    ),
  );
}

/** What cancelling a whole request now would cost, and which booked visits it calls off. */
export function requestCancellationQuote(citizenUserId: number, requestId: number, now = clock.now()) {
  const db = getDb();
  const visits = upcomingVisitsOfRequest(requestId, now.getTime(), db).filter((v) => v.citizenUserId === citizenUserId);
  const charges = visits.length > 0 ? lateCharges(db, requestId, now) : [];
  return {
    visits: visits.map((v) => ({ slotId: v.slotId, startsAt: v.startsAt })),
    // Visits booked back after a late cancellation: their fee stands, cancelling adds nothing.
    earlierFees: visits.flatMap((v) => {
      const { earlierCents } = visitCancellationCost(db, v, now);
      return earlierCents > 0 ? [{ slotId: v.slotId, startsAt: v.startsAt, amountCents: earlierCents }] : [];
    }),
    charges: charges.map((c) => ({ slotId: c.visit.slotId, startsAt: c.visit.startsAt, amountCents: c.amountCents })),
    totalCents: charges.reduce((sum, c) => sum + c.amountCents, 0),
  };
}

export type CancelVisitResult =
  | { ok: true; chargedCents: number; cancelledId: number }
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
  const scope = { citizenUserId };
  return getDb().transaction(
    (tx): CancelVisitResult => {
      const v = findVisitOf(scope, slotId, tx);
      if (v?.status !== "booked") return { ok: false, error: "not_found" };
      if (v.startsAt <= now.getTime()) return { ok: false, error: "started" };
      const chargeCents = visitCancellationCost(tx, v, now).amountCents;
      if (chargeCents > quotedCents) return { ok: false, error: "price_changed", chargeCents };
      chargeLateCancellations(tx, v.requestId, now, [slotId]);
      const chargedCents = findLateCancellation(scope, v, tx)?.amountCents ?? 0;
      // The visit stays on the citizen's page as cancelled; its slot is free for others.
      const [cancelledId = 0] = recordCancelledVisits(tx, [v], { citizenUserId, now });
      releaseVisit(slotId, tx);
      noticeVisitCancelled(
        { requestId: v.requestId, slotId, startsAt: v.startsAt, cancelledId, feeCents: chargedCents },
        "citizen",
        now,
      );
      audit(
        {
          actorUserId: citizenUserId,
          action: "visit.cancelled",
          subjectType: "help_request",
          subjectId: v.requestId,
          municipalityCode: v.municipalityCode,
          detail: { slotId, chargedCents },
        },
        tx,
      );
      return { ok: true, chargedCents, cancelledId };
    },
    { behavior: "immediate" },
  );
}
