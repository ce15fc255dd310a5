// The dashboard's figures computed once per (area, period, day, data version) and kept a minute,
// so a burst of downloads (or a page view and its eight CSVs) is one computation, not one each:
// each is 0.2–0.5 s of synchronous work, and forty in a row kept even /healthz waiting for seconds.
// The figures never go stale wrongly: any write to the database changes the data version, and a
// changed version is a miss. Downloads that miss are capped per person (ADR 009).
import { clock } from "~/clock.server";
import type { Period } from "~/domain/metrics";
import { amsterdamDay } from "~/domain/policy";
import { dataVersion } from "~/models/data-version.server";
import { buildDashboard, type Dashboard, type Scope } from "./build.server";

/** How long figures are reused for the same data (they also depend on "now", in days). */
export const DASHBOARD_CACHE_MS = 60_000;
const MAX_ENTRIES = 32;
/** At most this many downloads per person per minute that need a fresh computation. */
export const DOWNLOAD_BUILDS_PER_MINUTE = 6;

type Entry = { version: string; at: number; dashboard: Dashboard };
const entries = new Map<string, Entry>();
const downloadBuilds = new Map<number, number[]>();

function keyOf(scope: Scope, period: Period, now: Date): string {
  return `${[...scope.codes].sort().join(",")}|${period.from}|${period.to}|${amsterdamDay(now)}`;
}

export type CachedDashboard = { dashboard: Dashboard; version: string } | { busy: true };

/**
 * The dashboard for the scope and period: from the cache when the data has not changed since,
 * else computed now. A download (`forUserId`) that would compute is refused as busy once that
 * person has had DOWNLOAD_BUILDS_PER_MINUTE of them in the last minute.
 */
export function cachedDashboard(
  scope: Scope,
  period: Period,
  { now = clock.now(), forUserId }: { now?: Date; forUserId?: number } = {},
): CachedDashboard {
  const key = keyOf(scope, period, now);
  const version = dataVersion();
  const hit = entries.get(key);
  if (hit && hit.version === version && now.getTime() - hit.at < DASHBOARD_CACHE_MS) {
    return { dashboard: hit.dashboard, version };
  }
  if (forUserId !== undefined) {
    const recent = (downloadBuilds.get(forUserId) ?? []).filter((t) => now.getTime() - t < 60_000);
    if (recent.length >= DOWNLOAD_BUILDS_PER_MINUTE) {
      downloadBuilds.set(forUserId, recent);
      return { busy: true };
    }
    downloadBuilds.set(forUserId, [...recent, now.getTime()]);
  }
  const dashboard = buildDashboard(scope, period, now);
  entries.delete(key);
  entries.set(key, { version, at: now.getTime(), dashboard });
  // The oldest entry goes first (a Map keeps insertion order).
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  return { dashboard, version };
}

/**
 * The entries made at `before` stay valid over a write that changed nothing they count: the
 * caller's own audit row for viewing them, recorded between `before` and `after` with nothing else.
 */
export function keepOverOwnWrite(before: string, after: string): void {
  if (before === after) return;
  for (const entry of entries.values()) if (entry.version === before) entry.version = after;
}

/** Forgets everything (tests in one process). */
export function clearDashboardCache(): void {
  entries.clear();
  downloadBuilds.clear();
}
