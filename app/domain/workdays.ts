// Working days in the Netherlands, for time limits such as "acknowledge an urgent signal within
// 2 working days". Not a working day: Saturday, Sunday and the generally recognised holidays of
// the Algemene termijnenwet (art. 3): New Year's Day, Easter Monday, King's Day, 5 May,
// Ascension Day, Whit Monday, Christmas Day and Boxing Day. Pure: days are YYYY-MM-DD strings.
import { addDays, isoWeekday } from "./time";

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const cache = new Map<number, ReadonlySet<string>>();

/** The holidays of the Algemene termijnenwet in a year (those on a weekend included). */
export function holidays(year: number): ReadonlySet<string> {
  const known = cache.get(year);
  if (known) return known;
  const easter = easterSunday(year);
  const y = String(year).padStart(4, "0");
  // King's Day is 27 April, or the 26th when the 27th is a Sunday.
  const kingsDay = isoWeekday(`${y}-04-27`) === 7 ? `${y}-04-26` : `${y}-04-27`;
  const days = new Set([
    `${y}-01-01`,
    addDays(easter, 1), // Easter Monday
    kingsDay,
    `${y}-05-05`,
    addDays(easter, 39), // Ascension Day
    addDays(easter, 50), // Whit Monday
    `${y}-12-25`,
    `${y}-12-26`,
  ]);
  cache.set(year, days);
  return days;
}

/** Whether a day (YYYY-MM-DD) is one of the year's holidays. */
export function isHoliday(day: string): boolean {
  return holidays(Number(day.slice(0, 4))).has(day);
}

export function isWorkingDay(day: string): boolean {
  return isoWeekday(day) <= 5 && !isHoliday(day);
}

/** The day n working days after (n > 0) or before (n < 0) a day; 0 gives the day itself. */
export function addWorkingDays(day: string, n: number): string {
  let current = day;
  let left = Math.abs(n);
  const step = n < 0 ? -1 : 1;
  while (left > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}

/** Working days after `from` up to and including `to` (0 when to ≤ from). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count += 1;
  return count;
}
