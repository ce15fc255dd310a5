// The cleaner calls a booked visit off (ill, prevented): the client pays nothing, the visit stays
// on both pages as cancelled by the cleaner, and the time is offered to nobody (ADR 033).
import { clock } from "~/clock.server";
import { recordCancelledVisit } from "~/models/cancelled-visits.server";
import { findVisitOf, type Visit } from "~/models/cleaner-slots.server";
import { deleteSlot } from "~/models/cleaner-windows.server";
import type { Executor } from "~/models/executor.server";
import { dropOpenLateCancellation, findLateCancellation } from "~/models/payments.server";
import { getDb } from "~db/client.server";
import type { ProviderCancelReason } from "~db/enums";
import { audit } from "../audit.server";
import { noticeVisitCalledOff } from "../notifications/request-notices.server";

export type ProviderCancelQuote =
  | { ok: true; visit: Visit; paidEarlierCents: number }
  | { ok: false; error: "not_found" | "started" };

/**
 * What calling this visit off would mean: the visit (one of this cleaner's, booked, ahead) and a
 * late fee the client already paid for it earlier (cancelled late, booked back). Nothing is
 * charged for it; a fee not yet paid is dropped. The one source of the confirmation page and the
 * cancellation itself.
 */
export function providerCancelQuote(
  providerId: number,
  slotId: number,
  now: Date,
  db: Executor = getDb(),
): ProviderCancelQuote {
  const v = findVisitOf({ providerId }, slotId, db);
  if (v?.status !== "booked" || v.requestKind !== "private_cleaner") return { ok: false, error: "not_found" };
  if (v.startsAt <= now.getTime()) return { ok: false, error: "started" };
  const earlier = findLateCancellation({ citizenUserId: v.citizenUserId }, v, db);
  return { ok: true, visit: v, paidEarlierCents: earlier?.status === "paid" ? earlier.amountCents : 0 };
}

/**
 * One booked visit called off by the cleaner, inside the caller's transaction: an unpaid late fee
 * for it is dropped, it is recorded as cancelled by her (the client pays nothing), and its slot is
 * removed, so it is neither offered as a weekly time nor made again by the refresh (ADR 033). The
 * single call-off and stopping a whole booking (ADR 041) both go through here.
 */
export function callOffBookedVisit(
  v: { requestId: number; slotId: number; providerId: number; startsAt: number; endsAt: number },
  staff: { id: number; providerId: number },
  reason: ProviderCancelReason | null,
  now: Date,
  tx: Executor,
): number {
  dropOpenLateCancellation(v, tx);
  const cancelledId = recordCancelledVisit(
    {
      requestId: v.requestId,
      slotId: v.slotId,
      providerId: v.providerId,
      startsAt: v.startsAt,
      endsAt: v.endsAt,
      cancelledAt: now.getTime(),
      chargedCents: 0,
      byUserId: staff.id,
      byProvider: true,
      reason,
    },
    tx,
  );
  deleteSlot({ providerId: staff.providerId }, v.slotId);
  return cancelledId;
}

export type ProviderCancelResult =
  | { ok: true; cancelledId: number; paidEarlierCents: number }
  | { ok: false; error: "not_found" | "started" };

/**
 * The cleaner's staff call one booked visit off. In one transaction: the visit is recorded as
 * cancelled by the cleaner (with her reason), an unpaid late fee for it is dropped, its slot is
 * removed (so it is not offered as a weekly time, nor made again by the refresh), and the client
 * hears of it with the money line.
 */
export function cancelVisitByProvider(
  staff: { id: number; providerId: number },
  slotId: number,
  reason: ProviderCancelReason,
  now = clock.now(),
): ProviderCancelResult {
  return getDb().transaction(
    (tx): ProviderCancelResult => {
      const quote = providerCancelQuote(staff.providerId, slotId, now, tx);
      if (!quote.ok) return quote;
      const v = quote.visit;
      const cancelledId = callOffBookedVisit(v, staff, reason, now, tx);
      noticeVisitCalledOff(
        { requestId: v.requestId, slotId, startsAt: v.startsAt, cancelledId, paidEarlierCents: quote.paidEarlierCents },
        now,
      );
      audit(
        {
          actorUserId: staff.id,
          action: "visit.cancelled_by_provider",
          subjectType: "help_request",
          subjectId: v.requestId,
          municipalityCode: v.municipalityCode,
          detail: { slotId, reason, paidEarlierCents: quote.paidEarlierCents },
        },
        tx,
      );
      return { ok: true, cancelledId, paidEarlierCents: quote.paidEarlierCents };
    },
    { behavior: "immediate" },
  );
}
