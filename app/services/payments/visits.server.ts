// After a visit's time: the cleaner says it took place or was missed, or the citizen confirms it
// took place. Only a visit that took place is something to pay for (ADR 008).
import { clock } from "~/clock.server";
import { visitMinutes } from "~/domain/payments";
import { findVisitOf, recordVisitOutcome } from "~/models/cleaner-slots.server";
import { dropOpenLateCancellation } from "~/models/payments.server";
import { getDb } from "~db/client.server";
import type { VisitOutcome } from "~db/enums";
import { audit } from "../audit.server";
import { priceWith, ratesFor } from "./pricing.server";
import { chargeVisit } from "./visit-payment.server";

export type Actor = { role: "provider"; userId: number; providerId: number } | { role: "citizen"; userId: number };

export type VisitResult =
  | { ok: true; paymentId: number | null }
  | { ok: false; error: "not_found" | "not_yet" | "done" };

/**
 * After a visit's start: the cleaner says it took place or was missed, or the citizen confirms
 * it took place. A visit that took place becomes a payment of the citizen's part, once.
 */
export function recordVisit(actor: Actor, slotId: number, outcome: VisitOutcome, now = clock.now()): VisitResult {
  if (actor.role === "citizen" && outcome !== "done") return { ok: false, error: "not_found" };
  const scope = actor.role === "provider" ? { providerId: actor.providerId } : { citizenUserId: actor.userId };
  return getDb().transaction(
    (tx): VisitResult => {
      const v = findVisitOf(scope, slotId, tx);
      if (v?.status !== "booked" || v.requestKind !== "private_cleaner") return { ok: false, error: "not_found" };
      // Only once the visit is over can anyone say it took place (or did not).
      if (v.endsAt > now.getTime()) return { ok: false, error: "not_yet" };
      if (v.outcome !== null) return { ok: false, error: "done" };
      recordVisitOutcome(slotId, outcome, { userId: actor.userId, at: now }, tx);
      let paymentId: number | null = null;
      if (outcome === "done") {
        const rates = ratesFor(v.providerId, v.municipalityCode, new Date(v.startsAt), tx);
        const price = priceWith(rates, visitMinutes(v.startsAt, v.endsAt));
        paymentId = chargeVisit(
          v,
          { kind: "visit", amountCents: price.citizenCents, municipalityCents: price.municipalityCents, rates },
          now,
          tx,
        );
        // It took place after all (moved back after a late cancellation): no fee on top.
        dropOpenLateCancellation(v, tx);
      }
      audit(
        {
          actorUserId: actor.userId,
          action: `visit.${outcome}`,
          subjectType: "help_request",
          subjectId: v.requestId,
          municipalityCode: v.municipalityCode,
          detail: { slotId, paymentId },
        },
        tx,
      );
      return { ok: true, paymentId };
    },
    { behavior: "immediate" },
  );
}
