// A private cleaner's bookable slots, materialised for 8 weeks from its windows and days off
// (ADR 005): re-derived in the transaction of every change to them, and rolled forward hourly.
import { clock } from "~/clock.server";
import { amsterdamDay } from "~/domain/policy";
import { deriveSlots } from "~/domain/slots";
import { weeklyKey } from "~/domain/time";
import { calledOffStarts, providerCalledOffStarts } from "~/models/cancelled-visits.server";
import {
  bookedSeriesOf,
  bookFreeSlot,
  daysOffOf,
  deleteSlot,
  freeSlotsAfter,
  freeSlotsOf,
  hasFreeOrphanSlots,
  insertFreeSlot,
  takenSlotsOf,
  windowsOf,
} from "~/models/cleaner-windows.server";
import { allCleanerIds } from "~/models/providers.server";
import { getDb } from "~db/client.server";

/**
 * Re-derives a cleaner's bookable slots for the coming weeks from its windows and days off.
 * Free slots that no longer fit are removed; held and booked slots are never touched. Runs inside
 * the caller's transaction.
 */
export function refreshCleanerSlots(providerId: number, now: Date): void {
  const scope = { providerId };
  // A time the cleaner called a booked visit off at stays unoffered: she is not there then.
  const calledOffByCleaner = providerCalledOffStarts(providerId, now.getTime());
  const wanted = deriveSlots(windowsOf(scope), daysOffOf(scope), amsterdamDay(now)).filter(
    (s) => s.startsAt > now && !calledOffByCleaner.has(s.startsAt.getTime()),
  );
  const wantedKey = new Set(wanted.map((s) => `${s.startsAt.getTime()}|${s.endsAt.getTime()}|${s.windowId}`));
  // A new free slot may never overlap a visit someone holds or booked (one cleaner, one place).
  // And a weekly time that would overlap one in any week is no weekly time (ADR 020): none of
  // its weeks is made, or a week left over (after a cancellation) would be sold as a whole series.
  // A taken slot that is that very week of the time (same window, start and end) is its own.
  const taken = takenSlotsOf(scope);
  const series = (windowId: number | null, startsAt: number) => `${windowId}|${weeklyKey(startsAt)}`;
  const blocked = new Set<string>();
  for (const s of wanted) {
    const startsAt = s.startsAt.getTime();
    const endsAt = s.endsAt.getTime();
    const own = (t: (typeof taken)[number]) => t.w === s.windowId && t.s === startsAt && t.e === endsAt;
    if (taken.some((t) => startsAt < t.e && t.s < endsAt && !own(t))) blocked.add(series(s.windowId ?? null, startsAt));
  }
  // Free slots that stay need no insert (it would be ignored): at national scale the hourly
  // refresh otherwise ran ~500,000 such no-op inserts, blocking the server for seconds.
  const kept = new Set<number>();
  for (const slot of freeSlotsOf(scope)) {
    if (
      slot.s <= now.getTime() ||
      !wantedKey.has(`${slot.s}|${slot.e}|${slot.w}`) ||
      blocked.has(series(slot.w, slot.s))
    )
      deleteSlot(scope, slot.id);
    else kept.add(slot.s);
  }
  for (const s of wanted) {
    const startsAt = s.startsAt.getTime();
    const endsAt = s.endsAt.getTime();
    if (kept.has(startsAt) || blocked.has(series(s.windowId ?? null, startsAt))) continue;
    if (taken.some((t) => startsAt < t.e && t.s < endsAt)) continue;
    insertFreeSlot(scope, { windowId: s.windowId ?? null, startsAt, endsAt });
  }
  // A weekly booking continues as the horizon moves: new slots at its weekday and time are its,
  // but not a week its citizen called off (its last visit, say): that stays off, fee and all.
  for (const b of bookedSeriesOf(scope)) {
    const key = weeklyKey(b.last);
    const later = freeSlotsAfter(scope, b.windowId, b.last).filter((slot) => weeklyKey(slot.s) === key);
    if (later.length === 0) continue;
    const calledOff = calledOffStarts(b.requestId);
    for (const slot of later) if (!calledOff.has(slot.s)) bookFreeSlot(scope, slot.id, b.requestId);
  }
}

/**
 * After a booking let visits go: those whose window the cleaner deleted meanwhile belong to no
 * window and are never offered, and they stand where a window published again would put its
 * slots. The refresh replaces them at once instead of at the next hourly run. In the caller's transaction.
 */
export function refreshAfterRelease(providerId: number, now: Date): void {
  if (hasFreeOrphanSlots({ providerId })) refreshCleanerSlots(providerId, now);
}

/** Moves every cleaner's 8-week slot horizon forward to `now` (run at start-up and hourly). */
export function refreshAllCleanerSlots(now = clock.now()): number {
  const ids = allCleanerIds();
  const sqlite = getDb().$client;
  // One short transaction per provider keeps the writer lock brief for concurrent bookings.
  for (const id of ids) sqlite.transaction(() => refreshCleanerSlots(id, now)).immediate();
  return ids.length;
}
