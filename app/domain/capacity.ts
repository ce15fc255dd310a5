// Freshness of published capacity, and what a provider's published weeks add up to.
import { addDays } from "./time";

const DAY_MS = 86_400_000;

/** Stale when not confirmed or changed for longer than the policy's stale period. */
export function isStale(confirmedAt: Date, now: Date, staleAfterDays: number): boolean {
  return now.getTime() - confirmedAt.getTime() > staleAfterDays * DAY_MS;
}

/** Whole days since the capacity was last confirmed. */
export function ageInDays(confirmedAt: Date, now: Date): number {
  return Math.floor((now.getTime() - confirmedAt.getTime()) / DAY_MS);
}

/** A ZIN provider's room for new clients in one week, all its municipalities together. */
export type ZinWeekRoom = { weekStart: string; minutes: number; newClients: number };

/**
 * The weeks of room a ZIN provider's home page states, from the records its capacity page lists:
 * fresh ones only (matching ignores stale ones), from the week under way on (a week that started
 * still counts), summed per week over municipalities, in week order. Each is one week's own room;
 * adding the weeks up gives room over those weeks together, never an amount "per week".
 */
export function zinWeekRooms(
  records: readonly { weekStart: string; minutesPerWeek: number; newClients: number; stale: boolean }[],
  today: string,
): ZinWeekRoom[] {
  const from = addDays(today, -6);
  const byWeek = new Map<string, ZinWeekRoom>();
  for (const r of records) {
    if (r.stale || r.weekStart < from) continue;
    const week = byWeek.get(r.weekStart) ?? { weekStart: r.weekStart, minutes: 0, newClients: 0 };
    week.minutes += r.minutesPerWeek;
    week.newClients += r.newClients;
    byWeek.set(r.weekStart, week);
  }
  return [...byWeek.values()].sort((a, b) => a.weekStart.localeCompare(b.weekStart));
}
