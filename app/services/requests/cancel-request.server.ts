// The citizen cancels a request that still takes capacity; the capacity is free again.
import { clock } from "~/clock.server";
import { nextRequestStatus, requestActions } from "~/domain/requests";
import { releaseFutureSlots, upcomingVisitsOfRequest } from "~/models/cleaner-slots.server";
import { findRequestStateOf, updateRequest } from "~/models/help-requests.server";
import { addRequestEvent } from "~/models/request-events.server";
import { chargeLateCancellations, lateCharges, recordCancelledVisits } from "~/services/payments/cancellations.server";
import { getDb } from "~db/client.server";
import { audit } from "../audit.server";
import { refreshAfterRelease } from "../capacity/slot-refresh.server";
import { noticeBookingCancelled, noticeRequestWithdrawn } from "../notifications/request-notices.server";

export type CancelRequestResult =
  | { ok: true; cancelledIds: number[]; chargedCents: number }
  | { ok: false; error: "not_possible" }
  | { ok: false; error: "price_changed"; chargeCents: number };

/**
 * Cancels a request of this citizen and frees its capacity (future visits become free again, and
 * stay on the citizen's page as cancelled). The citizen saw a price (`quotedCents`); when
 * cancelling now would cost more, nothing happens and the new price is returned, so nothing is
 * charged without being confirmed. Without a quote (erasure) the fees are charged as they are.
 * An erased account hears nothing more (its address is gone); the cleaner still does.
 */
export function cancelRequest(
  citizenUserId: number,
  requestId: number,
  now = clock.now(),
  quotedCents?: number,
  { erasing = false }: { erasing?: boolean } = {},
): CancelRequestResult {
  const db = getDb();
  return db.transaction(
    (tx): CancelRequestResult => {
      const request = findRequestStateOf({ citizenUserId }, requestId);
      if (!request || !requestActions(request.status, { ...request, now }).cancel)
        return { ok: false, error: "not_possible" };
      const cancelled = nextRequestStatus(request.kind, request.status, "cancel");
      if (!cancelled) return { ok: false, error: "not_possible" };
      const chargeCents = lateCharges(tx, requestId, now).reduce((sum, c) => sum + c.amountCents, 0);
      if (quotedCents !== undefined && chargeCents > quotedCents)
        return { ok: false, error: "price_changed", chargeCents };
      // Visits within 24 hours cost the policy's share; those further ahead are free.
      chargeLateCancellations(tx, requestId, now);
      const booked = upcomingVisitsOfRequest(requestId, now.getTime(), tx);
      const cancelledIds = recordCancelledVisits(tx, booked, { citizenUserId, now });
      releaseFutureSlots(requestId, now);
      updateRequest(requestId, { status: cancelled, holdExpiresAt: null, updatedAt: now });
      // A freed visit whose window was deleted meanwhile makes way for the window's new slots.
      if (request.kind === "private_cleaner" && request.providerId !== null)
        refreshAfterRelease(request.providerId, now);
      addRequestEvent({ requestId, status: cancelled, byUserId: citizenUserId, at: now });
      // A running cleaner booking stopped: the citizen and the cleaner hear of it (a hold ends on screen).
      if (request.kind === "private_cleaner" && request.status === "booked")
        noticeBookingCancelled(requestId, chargeCents, "citizen", now, { tellCitizen: !erasing });
      // A physio practice or mediator that had the request stops working on it (number only).
      noticeRequestWithdrawn(requestId, now);
      audit({
        actorUserId: citizenUserId,
        action: "request.cancelled",
        subjectType: "help_request",
        subjectId: requestId,
        municipalityCode: request.municipalityCode,
      });
      return { ok: true, cancelledIds, chargedCents: chargeCents };
    },
    { behavior: "immediate" },
  );
}
