// Freshness of published capacity.

const DAY_MS = 86_400_000;

/** Stale when not confirmed or changed for longer than the policy's stale period. */
export function isStale(confirmedAt: Date, now: Date, staleAfterDays: number): boolean {
  return now.getTime() - confirmedAt.getTime() > staleAfterDays * DAY_MS;
}

/** Whole days since the capacity was last confirmed. */
export function ageInDays(confirmedAt: Date, now: Date): number {
  return Math.floor((now.getTime() - confirmedAt.getTime()) / DAY_MS);
}
