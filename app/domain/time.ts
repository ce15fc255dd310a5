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
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
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
