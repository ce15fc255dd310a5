// What a provider's own workspace shows: upcoming slots, change history, reminders.

import { clock } from "~/clock.server";
import { type ZinWeekRoom, zinWeekRooms } from "~/domain/capacity";
import { amsterdamDay } from "~/domain/policy";
import { capacityChangesOf, freshTotalsOf } from "~/models/capacity.server";
import { upcomingSlotsOf } from "~/models/cleaner-windows.server";
import {
  insertNotificationOnce,
  markNotificationsRead as markRead,
  unreadNotificationsOf,
} from "~/models/providers.server";
import type { PublishedRecord } from "./capacity/list.server";

export function upcomingSlots(providerId: number, now = clock.now()) {
  return upcomingSlotsOf({ providerId }, now);
}

export function capacityHistory(providerId: number, limit = 100) {
  return capacityChangesOf({ providerId }, limit);
}

/**
 * Makes sure every stale record has a reminder in the provider's notification list (once per
 * time it goes stale: the key includes when it was last confirmed), and returns the unread ones.
 */
export function staleReminders(providerId: number, records: readonly PublishedRecord[]) {
  const scope = { providerId };
  for (const r of records.filter((x) => x.stale)) {
    insertNotificationOnce(scope, {
      kind: "capacity_stale",
      dedupeKey: `stale:${r.type}:${r.externalRef}:${r.confirmedAt}`,
      params: { type: r.type, externalRef: r.externalRef, days: r.ageDays },
    });
  }
  return unreadNotificationsOf(scope);
}

export function markNotificationsRead(providerId: number, now = clock.now()) {
  markRead({ providerId }, now);
}

/** A ZIN provider's room per week, from the records its capacity page lists (zinWeekRooms). */
export function zinWeeksFree(records: readonly PublishedRecord[], now = clock.now()): ZinWeekRoom[] {
  const weeks = records
    .filter((r) => r.type === "zin_week")
    .map((r) => ({
      weekStart: String(r.weekStart),
      // The page shows hours; the sum is kept in whole minutes, as stored.
      minutesPerWeek: Math.round(Number(r.hoursPerWeek) * 60),
      newClients: Number(r.newClients),
      stale: r.stale,
    }));
  return zinWeekRooms(weeks, amsterdamDay(now));
}

/**
 * What a provider has free right now, from its fresh records only (stale ones do not count,
 * as matching ignores them), less the places requests took, as matching counts them.
 */
export function freeCapacity(providerId: number, staleAfterDays: number, now = clock.now()) {
  const today = amsterdamDay(now);
  const totals = freshTotalsOf(
    { providerId },
    {
      freshSince: new Date(now.getTime() - staleAfterDays * 86_400_000),
      month: today.slice(0, 7),
      day: today,
      now,
    },
  );
  return {
    waitingList: totals.waitingList,
    mediationsThisMonth: totals.mediationsThisMonth,
    helpers: totals.helpers,
    cohortSeats: totals.cohortSeats,
  };
}
