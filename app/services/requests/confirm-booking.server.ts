// The citizen confirms a held cleaner slot within its 15 minutes: the weekly visits are booked.
import { clock } from "~/clock.server";
import { nextRequestStatus, requestActions } from "~/domain/requests";
import { heldSlotOf } from "~/models/cleaner-slots.server";
import { findRequestStateOf, updateRequest } from "~/models/help-requests.server";
import { addRequestEvent } from "~/models/request-events.server";
import { availablePaymentMethods, defaultPaymentMethod } from "~/services/payments/payment-method.server";
import { getDb } from "~db/client.server";
import type { PaymentMethod } from "~db/enums";
import { audit } from "../audit.server";
import { noticeBookingConfirmed } from "../notifications/request-notices.server";
import { bookingFacts } from "./booking-series.server";
import { expireHold } from "./holds.server";
import { bookWeeklySeries } from "./weekly-series.server";

export type ConfirmResult =
  | { ok: true; visits: number }
  | { ok: false; error: "not_found" | "hold_expired" | "not_held" | "method_unavailable" };

/**
 * Books the held visit and the same weekly time in the coming weeks, as far as they are still free,
 * paid the way the citizen chose on the page (`method`; without one, as saved before or the default).
 */
export function confirmBooking(
  citizenUserId: number,
  requestId: number,
  now = clock.now(),
  method?: PaymentMethod,
): ConfirmResult {
  const scope = { citizenUserId };
  // A method not on offer (online paying switched off meanwhile) does not book: she chose it.
  if (method !== undefined && !availablePaymentMethods().includes(method))
    return { ok: false, error: "method_unavailable" };
  return getDb().transaction(
    (): ConfirmResult => {
      const request = findRequestStateOf(scope, requestId);
      if (!request) return { ok: false, error: "not_found" };
      const booked = nextRequestStatus(request.kind, request.status, "confirm");
      if (!booked || request.providerId === null) return { ok: false, error: "not_held" };
      const held = heldSlotOf(requestId);
      // Held, but its time has passed (or its slot is gone): it expires now, as the upkeep would.
      if (!held || !requestActions(request.status, { ...request, now }).confirm) {
        expireHold(requestId, now);
        return { ok: false, error: "hold_expired" };
      }
      const visits = bookWeeklySeries(requestId, request.providerId, held, now);
      updateRequest(requestId, {
        status: booked,
        holdExpiresAt: null,
        updatedAt: now,
        paymentMethod: method ?? request.paymentMethod ?? defaultPaymentMethod(),
      });
      addRequestEvent({ requestId, status: booked, byUserId: citizenUserId, at: now, note: `${visits}` });
      // The mail states the series, price and terms the request page shows now.
      noticeBookingConfirmed(requestId, now, bookingFacts(citizenUserId, requestId, now));
      audit({
        actorUserId: citizenUserId,
        action: "request.booked",
        subjectType: "help_request",
        subjectId: requestId,
      });
      return { ok: true, visits };
    },
    { behavior: "immediate" },
  );
}
