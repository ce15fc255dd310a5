// A cleaner booking is weekly: the first visit and the same time in the coming weeks.

import { weeklyKey } from "~/domain/time";
import { bookSlot, openSlotsAfter, type SeriesStart } from "~/models/cleaner-slots.server";

/**
 * Books a slot and the same weekly visit (same window, local weekday and time) in the coming
 * weeks, as far as they are still open. Call inside the caller's transaction; returns the visits.
 */
export function bookWeeklySeries(requestId: number, providerId: number, first: SeriesStart, now: Date): number {
  bookSlot(first.id, requestId);
  const key = weeklyKey(first.startsAt);
  let visits = 1;
  for (const slot of openSlotsAfter(providerId, first, now)) {
    if (weeklyKey(slot.startsAt) !== key) continue;
    bookSlot(slot.id, requestId);
    visits++;
  }
  return visits;
}
