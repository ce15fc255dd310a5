// Booked visits that the cleaner's capacity no longer covers: a window changed or removed, or days
// off added over them. Saving capacity never cancels a booked visit (the client counts on it);
// the capacity page lists these instead, each with its way to call it off (the client is told).
import { amsterdamDay } from "~/domain/policy";
import { deriveSlots, SLOT_HORIZON_WEEKS } from "~/domain/slots";
import { addDays, fromAmsterdam } from "~/domain/time";
import { daysOffOf, windowsOf } from "~/models/cleaner-windows.server";
import { bookedVisitsOfProvider } from "~/models/provider-agenda.server";

export type OutsideVisit = { slotId: number; requestId: number; startsAt: number; endsAt: number; name: string };

/** The cleaner's booked visits ahead (within the slot horizon) that no window covers any more. */
export function visitsOutsideCapacity(providerId: number, now: Date): OutsideVisit[] {
  const scope = { providerId };
  const today = amsterdamDay(now);
  const until = fromAmsterdam(addDays(today, SLOT_HORIZON_WEEKS * 7 + 1), "00:00")?.getTime() ?? now.getTime();
  // The windows' time on each day, as ranges: back-to-back slots merged, so a visit of another
  // length than the window's slots (the window was edited) still counts as covered.
  const covered: [number, number][] = [];
  for (const s of deriveSlots(windowsOf(scope), daysOffOf(scope), today, SLOT_HORIZON_WEEKS + 1)) {
    const last = covered.at(-1);
    if (last && last[1] === s.startsAt.getTime()) last[1] = s.endsAt.getTime();
    else covered.push([s.startsAt.getTime(), s.endsAt.getTime()]);
  }
  return bookedVisitsOfProvider(scope, now.getTime() + 1, until)
    .filter((v) => !covered.some(([s, e]) => s <= v.startsAt && v.endsAt <= e))
    .map((v) => ({ slotId: v.slotId, requestId: v.requestId, startsAt: v.startsAt, endsAt: v.endsAt, name: v.name }));
}
