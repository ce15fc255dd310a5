// When help comes: a booking's next visit, the same wherever a page shows it.

/** The first visit that has not begun at `now` (visits in any order), or null when none is ahead. */
export function nextVisit<T extends { startsAt: number }>(visits: readonly T[], now: number): T | null {
  let next: T | null = null;
  for (const v of visits) if (v.startsAt > now && (next === null || v.startsAt < next.startsAt)) next = v;
  return next;
}
