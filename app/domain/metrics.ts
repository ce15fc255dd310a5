// The dashboard's arithmetic, pure: medians and percentiles (nearest rank), rates per 100,
// weeks, and how many items were waiting at a moment. Every metric has a hand-computed test.

/** The p-th percentile (0 < p ≤ 100) by the nearest-rank method: an actual observed value. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}

/** The median: the middle value, or the mean of the two middle values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Count per 100 of a base, one decimal; null when there is no base to compare with. */
export function per100(count: number, base: number): number | null {
  if (base <= 0) return null;
  return Math.round((count * 1000) / base) / 10;
}

/** A share in whole percent (rounded half up); null without a base. */
export function sharePercent(count: number, base: number): number | null {
  if (base <= 0) return null;
  return Math.round((count * 100) / base);
}

const DAY = 86_400_000;

/** Days between two instants, one decimal. */
export function daysBetweenInstants(from: number, to: number): number {
  return Math.round((to - from) / (DAY / 10)) / 10;
}

/** The Mondays (YYYY-MM-DD) of the weeks that overlap [from, to]. */
export function weekStarts(from: string, to: string): string[] {
  const start = new Date(`${from}T00:00:00Z`);
  const weekday = (start.getUTCDay() + 6) % 7; // 0 = Monday
  let t = start.getTime() - weekday * DAY;
  const end = new Date(`${to}T00:00:00Z`).getTime();
  const weeks: string[] = [];
  while (t <= end) {
    weeks.push(new Date(t).toISOString().slice(0, 10));
    t += 7 * DAY;
  }
  return weeks;
}

/** How many items were waiting at an instant: started at or before it, not yet ended. */
export function waitingAt(items: readonly { from: number; until: number | null }[], instant: number): number {
  return items.filter((i) => i.from <= instant && (i.until === null || i.until > instant)).length;
}
