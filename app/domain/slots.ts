// Bookable visits of a private cleaner, derived from weekly windows minus days off.
import { amsterdamDay } from "./policy";
import { addDays, fromAmsterdam, isoWeekday, minutesOfDay, timeOfDay, weeklyKey } from "./time";
import { isHoliday } from "./workdays";

export type Window = {
  id?: number;
  weekday: number; // ISO 1..7
  startTime: string; // HH:MM, Amsterdam
  endTime: string;
  visitMinutes: number;
};

export type DaysOff = { fromDate: string; toDate: string }; // inclusive

export type DerivedSlot = {
  windowId?: number;
  day: string; // Amsterdam calendar day
  time: string; // Amsterdam wall time, HH:MM
  startsAt: Date; // UTC
  endsAt: Date;
};

export const SLOT_HORIZON_WEEKS = 8;

/**
 * Every visit that fits whole in a window, back to back, on each matching day from
 * `fromDay` for `weeks` weeks, skipping days off and wall times that do not exist
 * (the skipped hour when summer time starts). Sorted by start, never overlapping.
 */
export function deriveSlots(
  windows: readonly Window[],
  daysOff: readonly DaysOff[],
  fromDay: string,
  weeks = SLOT_HORIZON_WEEKS,
): DerivedSlot[] {
  const slots: DerivedSlot[] = [];
  for (let i = 0; i < weeks * 7; i++) {
    const day = addDays(fromDay, i);
    if (daysOff.some((off) => off.fromDate <= day && day <= off.toDate)) continue;
    const weekday = isoWeekday(day);
    for (const w of windows) {
      if (w.weekday !== weekday || w.visitMinutes <= 0) continue;
      const end = minutesOfDay(w.endTime);
      for (let start = minutesOfDay(w.startTime); start + w.visitMinutes <= end; start += w.visitMinutes) {
        const time = timeOfDay(start);
        const startsAt = fromAmsterdam(day, time);
        if (!startsAt) continue;
        slots.push({
          windowId: w.id,
          day,
          time,
          startsAt,
          // Duration is real elapsed time, so a visit across a clock change still lasts visitMinutes.
          endsAt: new Date(startsAt.getTime() + w.visitMinutes * 60_000),
        });
      }
    }
  }
  // One cleaner is in one place: drop any visit that overlaps an earlier one (overlapping
  // windows, or wall-clock steps across the spring clock change).
  slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const kept: DerivedSlot[] = [];
  for (const slot of slots) {
    const last = kept.at(-1);
    if (!last || slot.startsAt.getTime() >= last.endsAt.getTime()) kept.push(slot);
  }
  return kept;
}

/** A slot as a weekly time sees it: its window and its start (ms or Date). */
export type SeriesSlot = { windowId: number | null; startsAt: number | Date };

const seriesKey = (s: SeriesSlot) => `${s.windowId}|${weeklyKey(s.startsAt)}`;
const ms = (at: number | Date) => (typeof at === "number" ? at : at.getTime());

/**
 * Weekly times: of open slots (soonest first), the first of each weekly time (window, weekday and
 * wall time) that no one holds or booked in any later week. A time taken in a later week would
 * be one visit, not a week: it is not offered. At most `limit`; `open` is read only as far as needed.
 */
export function weeklyStarts<T extends SeriesSlot>(open: Iterable<T>, taken: Iterable<SeriesSlot>, limit: number): T[] {
  const lastTaken = new Map<string, number>();
  for (const t of taken) {
    const key = seriesKey(t);
    lastTaken.set(key, Math.max(lastTaken.get(key) ?? 0, ms(t.startsAt)));
  }
  const offered = new Set<string>();
  const starts: T[] = [];
  if (limit <= 0) return starts;
  for (const slot of open) {
    const key = seriesKey(slot);
    if (offered.has(key) || (lastTaken.get(key) ?? 0) > ms(slot.startsAt)) continue;
    offered.add(key);
    starts.push(slot);
    if (starts.length >= limit) break;
  }
  return starts;
}

/** Whether two slots are the same weekly time (same window, weekday and wall time). */
export function sameWeeklyTime(a: SeriesSlot, b: SeriesSlot): boolean {
  return seriesKey(a) === seriesKey(b);
}

/**
 * A weekly booking as its confirmation states it: first and last visit, how many, the weeks the
 * cleaner is off (`skipped`), the visits the citizen called off herself (`cancelled`) and those the
 * cleaner called off (`calledOff`), days apart.
 */
export type SeriesSummary = {
  first: number;
  last: number;
  count: number;
  skipped: string[];
  cancelled: string[];
  calledOff: string[];
  /** Visits that fall on a public holiday (Algemene termijnenwet): named, the cleaner may not come. */
  holidays: string[];
};

/**
 * From a booking's visits (start instants, ms), the visits the citizen cancelled and those the
 * cleaner called off: the first and last visit, their number, the days between on the same weekday
 * without a visit that nobody called off (the cleaner's days off), and the days called off, by
 * whom. Null without visits.
 */
export function seriesSummary(
  starts: readonly number[],
  cancelledStarts: readonly number[] = [],
  calledOffStarts: readonly number[] = [],
): SeriesSummary | null {
  if (starts.length === 0) return null;
  const sorted = [...starts].sort((a, b) => a - b);
  const first = sorted[0] as number;
  const last = sorted.at(-1) as number;
  const days = new Set(sorted.map((s) => amsterdamDay(new Date(s))));
  // A day called off is not the cleaner's day off: said apart, with who called it off.
  const daysOf = (list: readonly number[]) =>
    [...new Set(list.map((s) => amsterdamDay(new Date(s))))].filter((day) => !days.has(day)).sort();
  const cancelled = daysOf(cancelledStarts);
  const calledOff = daysOf(calledOffStarts);
  const lastDay = amsterdamDay(new Date(last));
  const skipped: string[] = [];
  for (let day = addDays(amsterdamDay(new Date(first)), 7); day < lastDay; day = addDays(day, 7)) {
    if (!days.has(day) && !cancelled.includes(day) && !calledOff.includes(day)) skipped.push(day);
  }
  const holidays = [...days].filter((day) => isHoliday(day)).sort();
  return { first, last, count: sorted.length, skipped, cancelled, calledOff, holidays };
}
