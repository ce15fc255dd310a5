// The cleaner stops a whole booking (she stops with this client, moves away, is ill for long):
// every visit ahead is called off as by her (no fee, the time offered to nobody), the request
// ends, and the citizen hears who stopped, from when, and where to find another cleaner (ADR 041).
import { clock } from "~/clock.server";
import { nextRequestStatus, providerCanEndBooking } from "~/domain/requests";
import { shortName } from "~/domain/short-name";
import type { Executor } from "~/models/executor.server";
import { findRequestOfProvider, updateRequest } from "~/models/help-requests.server";
import { findLateCancellation } from "~/models/payments.server";
import { bookedVisitsOfProvider } from "~/models/provider-agenda.server";
import { addRequestEvent } from "~/models/request-events.server";
import { requestForNotice } from "~/models/request-notices.server";
import { getDb } from "~db/client.server";
import type { ProviderEndReason } from "~db/enums";
import { audit } from "../audit.server";
import { noticeBookingEndedByCleaner } from "../notifications/request-notices.server";
import { callOffBookedVisit } from "../payments/provider-cancel.server";

type Staff = { id: number; providerId: number };

/** Later than any slot (they are made eight weeks ahead): "every visit from now on". */
const END_OF_TIME = Date.UTC(9999, 0, 1);

export type ProviderEndQuote =
  | {
      ok: true;
      requestId: number;
      client: string;
      /** The visits that stop: booked, not begun, earliest first (the agenda's own query). */
      visits: { slotId: number; startsAt: number; endsAt: number }[];
      /** Late fees the client paid earlier for those visits (cancelled late, booked back): not refunded by the app. */
      paidEarlierCents: number;
    }
  | { ok: false; error: "not_found" | "not_active" };

/**
 * What stopping this booking would mean, for the confirmation page and inside the stop itself
 * (one source, so the page lists exactly what is called off). Another provider's request, or one
 * that is no cleaner booking, is not found; one of hers that no longer runs is not active.
 */
export function providerEndQuote(
  providerId: number,
  requestId: number,
  now: Date,
  db: Executor = getDb(),
): ProviderEndQuote {
  const request = findRequestOfProvider({ providerId }, requestId);
  if (request?.kind !== "private_cleaner") return { ok: false, error: "not_found" };
  if (!providerCanEndBooking(request.kind, request.status)) return { ok: false, error: "not_active" };
  // Strictly after now, as the citizen's cancel takes them: a visit under way stays as it is.
  const visits = bookedVisitsOfProvider({ providerId }, now.getTime() + 1, END_OF_TIME, { requestId }).map((v) => ({
    slotId: v.slotId,
    startsAt: v.startsAt,
    endsAt: v.endsAt,
  }));
  let paidEarlierCents = 0;
  for (const v of visits) {
    const earlier = findLateCancellation({ citizenUserId: request.citizenUserId }, { requestId, slotId: v.slotId }, db);
    if (earlier?.status === "paid") paidEarlierCents += earlier.amountCents;
  }
  const r = requestForNotice(requestId);
  return {
    ok: true,
    requestId,
    client: r ? shortName(r.actingForName ?? r.citizenName) : "",
    visits,
    paidEarlierCents,
  };
}

export type ProviderEndResult =
  | { ok: true; cancelledIds: number[]; paidEarlierCents: number }
  | { ok: false; error: "not_found" | "not_active" };

/**
 * The cleaner's staff stop the booking. One transaction, taken at once (immediate), that re-checks
 * it is still hers and running: of two confirms (a double click, two colleagues) the second finds
 * it ended and changes nothing, and no one is told twice.
 */
export function endBookingByProvider(
  staff: Staff,
  requestId: number,
  reason: ProviderEndReason,
  now = clock.now(),
): ProviderEndResult {
  return getDb().transaction(
    (tx): ProviderEndResult => {
      const quote = providerEndQuote(staff.providerId, requestId, now, tx);
      if (!quote.ok) return quote;
      const request = findRequestOfProvider(staff, requestId);
      const ended = request ? nextRequestStatus(request.kind, request.status, "endByProvider") : null;
      if (!request || !ended) return { ok: false, error: "not_active" };
      // Each visit ahead as when she calls one off: no fee, an unpaid late fee dropped, its slot
      // removed (not offered again). Her reason stays on the request; the visits carry none.
      const cancelledIds = quote.visits.map((v) =>
        callOffBookedVisit({ ...v, requestId, providerId: staff.providerId }, staff, null, now, tx),
      );
      updateRequest(requestId, {
        status: ended,
        holdExpiresAt: null,
        endedByProviderAt: now,
        providerEndReason: reason,
        updatedAt: now,
      });
      addRequestEvent({ requestId, status: ended, byUserId: staff.id, at: now });
      noticeBookingEndedByCleaner(
        { requestId, fromAt: quote.visits[0]?.startsAt ?? now.getTime(), paidEarlierCents: quote.paidEarlierCents },
        now,
      );
      audit(
        {
          actorUserId: staff.id,
          action: "booking.ended_by_provider",
          subjectType: "help_request",
          subjectId: requestId,
          municipalityCode: request.municipalityCode,
          detail: { reason, visits: cancelledIds.length, paidEarlierCents: quote.paidEarlierCents },
        },
        tx,
      );
      return { ok: true, cancelledIds, paidEarlierCents: quote.paidEarlierCents };
    },
    { behavior: "immediate" },
  );
}
