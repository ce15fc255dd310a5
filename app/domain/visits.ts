// When help comes: a booking's next visit and a programme's sessions, the same wherever a page shows them.
import { addDays, fromAmsterdam, isoWeekday } from "./time";

/** The first visit that has not begun at `now` (visits in any order), or null when none is ahead. */
export function nextVisit<T extends { startsAt: number }>(visits: readonly T[], now: number): T | null {
  let next: T | null = null;
  for (const v of visits) if (v.startsAt > now && (next === null || v.startsAt < next.startsAt)) next = v;
  return next;
}

/** A Powerful Ageing cohort's timetable: two sessions a week for its weeks, from its start date. */
export type CohortTimetable = { startDate: string; weeks: number; w1: number; t1: string; w2: number; t2: string };

/** Each session of a cohort: its day, wall time (Amsterdam) and start instant. */
export function cohortSessions(c: CohortTimetable): { date: string; time: string; start: Date }[] {
  const sessions: { date: string; time: string; start: Date }[] = [];
  for (let day = 0; day < c.weeks * 7; day++) {
    const date = addDays(c.startDate, day);
    for (const [weekday, time] of [
      [c.w1, c.t1],
      [c.w2, c.t2],
    ] as const) {
      if (isoWeekday(date) !== weekday) continue;
      const start = fromAmsterdam(date, time);
      if (start) sessions.push({ date, time, start });
    }
  }
  return sessions;
}

/** The provider's agenda on one day (YYYY-MM-DD): where a notice or a request card sends staff to a visit. */
export function agendaDayPath(day: string): string {
  return `/aanbieder/agenda?dag=${day}&weergave=dag`;
}
