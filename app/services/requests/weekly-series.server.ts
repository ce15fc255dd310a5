// A cleaner booking is weekly: the first visit and the same time in every coming week. A time is
// offered only when it is free in all of them (domain/slots weeklyStarts), held whole for the 15
// minutes before confirming, and booked whole.

import { sameWeeklyTime } from "~/domain/slots";
import { calledOffStarts } from "~/models/cancelled-visits.server";
import { bookSlot, holdLaterSlot, type SeriesStart, windowSlotsAfter } from "~/models/cleaner-slots.server";

/**
 * The later visits of a weekly time: those open to this request (free, a hold that ended, or its
 * own hold), and whether all are (someone else holding or having booked one breaks the week).
 */
function laterWeeks(providerId: number, first: SeriesStart, requestId: number, now: Date) {
  const weeks = windowSlotsAfter(providerId, first).filter((s) => sameWeeklyTime(s, first));
  const openTo = (s: (typeof weeks)[number]) =>
    s.status === "free" ||
    (s.status === "held" && (s.requestId === requestId || (s.holdExpiresAt?.getTime() ?? 0) <= now.getTime()));
  const open = weeks.filter(openTo);
  return { ids: open.map((s) => s.id), starts: open.map((s) => s.startsAt.getTime()), unbroken: weeks.every(openTo) };
}

/**
 * Holds the later weeks of a weekly time whose first visit the request just claimed. False (and
 * the caller's transaction writes nothing) when one of them is someone else's: that time is no
 * longer free every week.
 */
export function holdWeeklySeries(
  requestId: number,
  providerId: number,
  first: SeriesStart,
  holdExpiresAt: Date,
  now: Date,
): boolean {
  const later = laterWeeks(providerId, first, requestId, now);
  if (!later.unbroken) return false;
  return later.ids.every((id) => holdLaterSlot(id, requestId, holdExpiresAt, now));
}

/** Whether a slot starts a weekly time free in every later week (for moving a booking to it). */
export function isWeeklyTime(providerId: number, first: SeriesStart, requestId: number, now: Date): boolean {
  return laterWeeks(providerId, first, requestId, now).unbroken;
}

/**
 * Books a slot and the same weekly visit (same window, local weekday and time) in the coming
 * weeks, as far as they are open to the request. Call inside the caller's transaction; returns the visits.
 */
export function bookWeeklySeries(requestId: number, providerId: number, first: SeriesStart, now: Date): number {
  bookSlot(first.id, requestId);
  // A week the citizen called off stays off when the booking moves back to its time.
  const calledOff = calledOffStarts(requestId);
  const weeks = laterWeeks(providerId, first, requestId, now);
  const later = weeks.ids.filter((_, i) => !calledOff.has(weeks.starts[i] as number));
  for (const id of later) bookSlot(id, requestId);
  return 1 + later.length;
}
