// Wall-clock time in Europe/Amsterdam ↔ UTC instants, without a date library.
// Slots and cohorts are published in Dutch local time; the database stores UTC.

export const ZONE = "Europe/Amsterdam";
const DAY_MS = 86_400_000;

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** The Amsterdam wall-clock reading of an instant. */
export function amsterdamParts(instant: Date) {
  const p = Object.fromEntries(partsFormat.formatToParts(instant).map((x) => [x.type, x.value]));
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour),
    minute: Number(p.minute),
    second: Number(p.second),
  };
}

const instants = new Map<string, number | null>();
const MAX_REMEMBERED = 20_000;

/**
 * The UTC instant of an Amsterdam wall-clock time, or null when that time does not exist
 * (the hour skipped when summer time starts). An hour that occurs twice (when summer time
 * ends) resolves to its first, summer-time occurrence.
 */
export function fromAmsterdam(day: string, time: string): Date | null {
  // The answer never changes for the same day and time, and slot derivation asks for the same
  // few thousand again and again (every cleaner, every hour): remembered, with a bound on size.
  const key = `${day} ${time}`;
  const known = instants.get(key);
  if (known !== undefined) return known === null ? null : new Date(known);
  const found = computeFromAmsterdam(day, time);
  if (instants.size >= MAX_REMEMBERED) instants.clear();
  instants.set(key, found === null ? null : found.getTime());
  return found;
}

function computeFromAmsterdam(day: string, time: string): Date | null {
  const [y, mo, d] = day.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined) return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Try both offsets the zone uses; keep those that read back as the same wall time.
  const candidates = [120, 60]
    .map((offset) => new Date(wall - offset * 60_000))
    .filter((instant) => {
      const p = amsterdamParts(instant);
      return p.year === y && p.month === mo && p.day === d && p.hour === h && p.minute === mi;
    });
  return candidates[0] ?? null;
}

/** ISO weekday of a YYYY-MM-DD day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  const w = new Date(`${day}T00:00:00Z`).getUTCDay();
  return w === 0 ? 7 : w;
}

export function addDays(day: string, days: number): string {
  const n = epochDay(day);
  if (n === null || !Number.isInteger(days)) {
    return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
  }
  return dayOfEpoch(n + days);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  const x = epochDay(a);
  const y = epochDay(b);
  if (x === null || y === null) {
    return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
  }
  return y - x;
}

// Day arithmetic by the civil-calendar formulas (proleptic Gregorian, days since 1970-01-01),
// not through Date: matching does it for every option of every request, and parsing and
// printing a Date each time was a few percent of the options API (ADR 011).

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9] as const;

/** Days since 1970-01-01 of a YYYY-MM-DD day with years 1000–9999, else null. */
export function epochDay(day: string): number | null {
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return null;
  for (const i of DIGITS) if (!(day.charCodeAt(i) >= 48 && day.charCodeAt(i) <= 57)) return null;
  let y = digit(day, 0) * 1000 + digit(day, 1) * 100 + digit(day, 2) * 10 + digit(day, 3);
  const m = digit(day, 5) * 10 + digit(day, 6);
  const d = digit(day, 8) * 10 + digit(day, 9);
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The YYYY-MM-DD day a number of days after 1970-01-01. */
export function dayOfEpoch(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 1000 || y > 9999) return new Date(days * DAY_MS).toISOString().slice(0, 10);
  return `${y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

export function isValidDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === day;
}

export function isValidTime(time: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
}

export function minutesOfDay(time: string): number {
  const [h = 0, m = 0] = time.split(":").map(Number);
  return h * 60 + m;
}

export function timeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** The later of two YYYY-MM-DD days (ISO days compare as strings). */
export function laterDay(a: string, b: string): string {
  return a > b ? a : b;
}

const weeklyFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: ZONE,
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The Amsterdam weekday and wall time of an instant ("Tue 09:00"): one weekly visit's identity. */
export function weeklyKey(instant: number | Date): string {
  return weeklyFormat.format(instant);
}
