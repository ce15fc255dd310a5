// Bookable visits of a private cleaner, derived from weekly windows minus days off.
import { addDays, fromAmsterdam, isoWeekday, minutesOfDay, timeOfDay } from "./time";

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
