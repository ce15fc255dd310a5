// Cancelling visits of a cleaner booking: free more than 24 hours ahead; later, the citizen pays
// the policy's share of their own part (ADR 008). A charge is never made without being confirmed.
import type Database from "better-sqlite3";
import { clock } from "~/clock.server";
import { cancellationChargeCents, isLateCancellation, visitMinutes } from "~/domain/payments";
import { findVisitOf, releaseVisit, upcomingVisitsOfRequest } from "~/models/cleaner-slots.server";
import type { Executor } from "~/models/executor.server";
import { findLateCancellation } from "~/models/payments.server";
import { getDb } from "~db/client.server";
import { audit } from "../audit.server";
import { priceWith, type Rates, ratesFor } from "./pricing.server";
import { chargeVisit } from "./visit-payment.server";

/** What cancelling a visit at `now` costs the citizen (0 more than 24 hours ahead). */
export function lateCancellationCents(visit: { startsAt: number; endsAt: number }, rates: Rates, now: number): number {
  const { citizenCents } = priceWith(rates, visitMinutes(visit.startsAt, visit.endsAt));
  return cancellationChargeCents(visit.startsAt, now, citizenCents, rates.lateCancellationPercent);
}

/**
 * Charges for booked visits of a request about to be cancelled within 24 hours of their start:
 * the policy's share of the citizen's part. Call inside the cancelling transaction, after checking
 * the request is the citizen's and before the slots are freed. `slotIds` limits it to some visits
 * (cancelling one). Callers still on raw SQL pass the connection itself: the queries run on it.
 */
export function chargeLateCancellations(
  db: Executor | Database.Database,
  requestId: number,
  now: Date,
  slotIds?: readonly number[],
): number {
  const tx = "select" in db ? db : getDb();
  let charged = 0;
  for (const v of upcomingVisitsOfRequest(requestId, now.getTime(), tx)) {
    if (slotIds && !slotIds.includes(v.slotId)) continue;
    if (!isLateCancellation(v.startsAt, now.getTime())) continue;
    const rates = ratesFor(v.providerId, v.municipalityCode, new Date(v.startsAt), tx);
    const amountCents = lateCancellationCents(v, rates, now.getTime());
    // Charged once per visit of a booking, even if it was moved back and cancelled again.
    if (amountCents > 0 && !findLateCancellation({ citizenUserId: v.citizenUserId }, v, tx)) {
      chargeVisit(v, { kind: "late_cancellation", amountCents, municipalityCents: 0, rates }, now, tx);
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
  const scope = { citizenUserId };
  return getDb().transaction(
    (tx): CancelVisitResult => {
      const v = findVisitOf(scope, slotId, tx);
      if (v?.status !== "booked") return { ok: false, error: "not_found" };
      if (v.startsAt <= now.getTime()) return { ok: false, error: "started" };
      const rates = ratesFor(v.providerId, v.municipalityCode, new Date(v.startsAt), tx);
      const chargeCents = lateCancellationCents(v, rates, now.getTime());
      if (chargeCents > quotedCents) return { ok: false, error: "price_changed", chargeCents };
      chargeLateCancellations(tx, v.requestId, now, [slotId]);
      const chargedCents = findLateCancellation(scope, v, tx)?.amountCents ?? 0;
      releaseVisit(slotId, tx);
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
      return { ok: true, chargedCents };
    },
    { behavior: "immediate" },
  );
}

/** What a late cancellation of this citizen's visit would cost now (for the warning before cancelling). */
export function cancellationQuote(scope: { citizenUserId: number }, slotId: number, now = clock.now()): number {
  const v = findVisitOf(scope, slotId);
  if (!v) return 0;
  return lateCancellationCents(v, ratesFor(v.providerId, v.municipalityCode, new Date(v.startsAt)), now.getTime());
}
