// The weekly time of a cleaner booking, as /mijn and the request page both state it.

/**
 * The time a weekly booking recurs at: that of its last visit. After a move, visits kept within 24
 * hours still have the old time, and they come first; the last visit always has the new one.
 */
export function weeklyTimeOf<T extends { startsAt: number; endsAt: number }>(
  visits: readonly T[],
): { startsAt: number; endsAt: number } | null {
  let last: T | null = null;
  for (const v of visits) if (last === null || v.startsAt > last.startsAt) last = v;
  return last ? { startsAt: last.startsAt, endsAt: last.endsAt } : null;
}
