// Moving a booked weekly visit to another free time of the same cleaner.
import { clock } from "~/clock.server";
import { pricedSlot } from "~/domain/options/private-cleaner";
import { FREE_CANCELLATION_MS, slotPrice, visitMinutes } from "~/domain/payments";
import { amsterdamDay } from "~/domain/policy";
import { nextRequestStatus, requestActions } from "~/domain/requests";
import { weeklyStarts } from "~/domain/slots";
import { addDays, isoWeekday } from "~/domain/time";
import { calledOffStarts } from "~/models/cancelled-visits.server";
import {
  bookableSlotsOf,
  findBookableSlot,
  releaseFutureSlots,
  takenSlotsOf,
  upcomingVisitsOfRequest,
} from "~/models/cleaner-slots.server";
import { findRequestStateOf, updateRequest } from "~/models/help-requests.server";
import { addRequestEvent } from "~/models/request-events.server";
import { ratesFor } from "~/services/payments/pricing.server";
import { getDb } from "~db/client.server";
import { audit } from "../audit.server";
import { refreshAfterRelease } from "../capacity/slot-refresh.server";
import { getPolicyInForce } from "../municipalities.server";
import { noticeSlotChanged } from "../notifications/request-notices.server";
import { bookWeeklySeries, isWeeklyTime } from "./weekly-series.server";

const ALTERNATIVES = 10;
/** Free visits looked at to find them: eight weeks of a cleaner's free times are fewer than this. */
const CANDIDATES = 400;

/** Windows confirmed since this moment are fresh, by the stale period of the request's municipality. */
function freshSince(municipalityCode: string, now: Date): Date {
  const days = getPolicyInForce(municipalityCode, now)?.staleAfterDays ?? 14;
  return new Date(now.getTime() - days * 86_400_000);
}

type Movable = { providerId: number | null; municipalityCode: string };

/**
 * The first day a moved booking's new time may begin: the Monday after the last visit that stays
 * (within 24 hours, see changeSlot), so no week gets a visit at the old time and one at the new.
 * Null when no visit stays.
 */
function newTimeFrom(requestId: number, now: Date): string | null {
  const staying = upcomingVisitsOfRequest(requestId, now.getTime()).filter(
    (v) => v.startsAt <= now.getTime() + FREE_CANCELLATION_MS,
  );
  if (staying.length === 0) return null;
  const last = amsterdamDay(new Date(Math.max(...staying.map((v) => v.startsAt))));
  return addDays(last, 8 - isoWeekday(last));
}

/** The cleaner's weekly times a booking found in scope can move to (none unless it can move). */
export function alternativesFor(request: Movable & { id: number }, canMove: boolean, now: Date) {
  const providerId = request.providerId;
  if (!canMove || providerId === null) return [];
  // The first free visit of each weekly time that is free every week (a freed single date is
  // not), by the same rule the options use; one read of what others took.
  // A visit the citizen called off is not theirs to book back: the time starts the week after.
  const calledOff = calledOffStarts(request.id);
  const from = newTimeFrom(request.id, now);
  const open = bookableSlotsOf(providerId, freshSince(request.municipalityCode, now), now, CANDIDATES).filter(
    (s) => !calledOff.has(s.startsAt.getTime()) && (from === null || amsterdamDay(s.startsAt) >= from),
  );
  const rates = ratesFor(providerId, request.municipalityCode, now);
  // Each with its own length and price, as the options and the booking page show a time.
  return weeklyStarts(open, takenSlotsOf(providerId, now), ALTERNATIVES).map((s) =>
    pricedSlot(
      {
        slotId: s.id,
        start: s.startsAt.toISOString(),
        end: s.endsAt.toISOString(),
        startsAt: s.startsAt,
        endsAt: s.endsAt,
      },
      rates.hourlyRateCents,
      rates.hhtPerHourCents,
    ),
  );
}

/** Free times of the cleaner of a booked request, to move the weekly visit to. */
export function alternativeSlots(citizenUserId: number, requestId: number, now = clock.now()) {
  const request = findRequestStateOf({ citizenUserId }, requestId);
  if (!request) return [];
  return alternativesFor(request, requestActions(request.status, { ...request, now }).changeSlot, now);
}

/**
 * Moves a booked weekly visit to another free time of the same cleaner, in one transaction:
 * the old future visits are freed and the new weekly series booked, or nothing changes.
 */
export function changeSlot(citizenUserId: number, requestId: number, slotId: number, now = clock.now()): boolean {
  const db = getDb();
  return db.transaction(
    () => {
      const request = findRequestStateOf({ citizenUserId }, requestId);
      if (!request || request.providerId === null) return false;
      const booked = nextRequestStatus(request.kind, request.status, "moveSlot");
      if (!booked || !requestActions(request.status, { ...request, now }).changeSlot) return false;
      const slot = findBookableSlot(request.providerId, slotId, freshSince(request.municipalityCode, now), now);
      // Only to a time free every week: a single freed date is not a weekly time. Nor to a visit
      // this booking called off: that would undo the cancellation but leave its fee charged.
      const from = newTimeFrom(requestId, now);
      if (
        !slot ||
        calledOffStarts(requestId).has(slot.startsAt.getTime()) ||
        (from !== null && amsterdamDay(slot.startsAt) < from) ||
        !isWeeklyTime(request.providerId, slot, requestId, now)
      )
        return false;
      // Visits within the next 24 hours stay as they are: freeing one would be a late
      // cancellation with a fee the move form never quoted. The new time applies after them.
      releaseFutureSlots(requestId, new Date(now.getTime() + FREE_CANCELLATION_MS));
      const visits = bookWeeklySeries(requestId, request.providerId, slot, now);
      // A freed visit whose window was deleted meanwhile makes way for the window's new slots.
      refreshAfterRelease(request.providerId, now);
      // The new time has its own length, so its own monthly price (the one the options showed).
      const minutes = visitMinutes(slot.startsAt.getTime(), slot.endsAt.getTime());
      const rates = ratesFor(request.providerId, request.municipalityCode, now);
      const price = slotPrice(minutes, rates.hourlyRateCents, rates.hhtPerHourCents);
      updateRequest(requestId, {
        status: booked,
        updatedAt: now,
        citizenCostPerMonthCents: price.perMonth.citizenCents,
        municipalityCostPerMonthCents: price.perMonth.municipalityCents,
      });
      addRequestEvent({ requestId, status: booked, byUserId: citizenUserId, at: now, note: `moved:${visits}` });
      noticeSlotChanged(requestId, slot.startsAt, now);
      audit({
        actorUserId: citizenUserId,
        action: "request.slot_changed",
        subjectType: "help_request",
        subjectId: requestId,
      });
      return true;
    },
    { behavior: "immediate" },
  );
}
