// The citizen cancels a request that still takes capacity; the capacity is free again.
import { clock } from "~/clock.server";
import { nextRequestStatus, requestActions } from "~/domain/requests";
import { releaseFutureSlots } from "~/models/cleaner-slots.server";
import { findRequestStateOf, updateRequest } from "~/models/help-requests.server";
import { addRequestEvent } from "~/models/request-events.server";
import { chargeLateCancellations } from "~/services/payments/cancellations.server";
import { getDb } from "~db/client.server";
import { audit } from "../audit.server";

/** Cancels a request of this citizen and frees its capacity (future visits become free again). */
export function cancelRequest(citizenUserId: number, requestId: number, now = clock.now()): boolean {
  const db = getDb();
  return db.transaction(
    () => {
      const request = findRequestStateOf({ citizenUserId }, requestId);
      if (!request || !requestActions(request.status, { ...request, now }).cancel) return false;
      const cancelled = nextRequestStatus(request.kind, request.status, "cancel");
      if (!cancelled) return false;
      // Visits within 24 hours cost the policy's share; those further ahead are free.
      chargeLateCancellations(db.$client, requestId, now);
      releaseFutureSlots(requestId, now);
      updateRequest(requestId, { status: cancelled, holdExpiresAt: null, updatedAt: now });
      addRequestEvent({ requestId, status: cancelled, byUserId: citizenUserId, at: now });
      audit({
        actorUserId: citizenUserId,
        action: "request.cancelled",
        subjectType: "help_request",
        subjectId: requestId,
        municipalityCode: request.municipalityCode,
      });
      return true;
    },
    { behavior: "immediate" },
  );
}
