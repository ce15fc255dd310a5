// The capacity matching may use: only vetted providers serving the municipality, only records
// confirmed within the municipality's stale period. A suspension or staleness takes effect at
// the next query, since nothing here is cached.

import { MAX_SLOTS_SHOWN } from "~/domain/matching";
import { amsterdamDay } from "~/domain/policy";
import { addDays } from "~/domain/time";
import { threeYearsBefore } from "~/domain/vetting";
import { getDb, prepared } from "~db/client.server";

const DAY_MS = 86_400_000;

/**
 * Providers `p` whose capacity may be shown: vetted, and for those who enter homes (cleaners,
 * mediators' helpers) a latest recorded VOG from `?` (threeYearsBefore(today)) on. One rule for
 * matching and the public directory, so a suspension or an expired VOG takes effect in both.
 */
export const USABLE_PROVIDER_SQL = `p.vetting_status = 'vetted'
  AND (p.kind NOT IN ('private_cleaner', 'pgb_mediator') OR (
    SELECT c.ok = 1 AND c.vog_date >= ? FROM provider_vetting_checks c
    WHERE c.provider_id = p.id AND c.item = 'vog' ORDER BY c.id DESC LIMIT 1))`;

export type LiveCapacity = {
  zin: {
    providerId: number;
    providerName: string;
    weeks: { weekStart: string; minutesPerWeek: number; newClients: number; earliestStart: string }[];
    waitingList: number | null;
  }[];
  cleaners: {
    providerId: number;
    providerName: string;
    hourlyRateCents: number | null;
    acceptsHht: boolean;
    homePc4: string | null;
    maxTravelKm: number | null;
    slots: { slotId: number; startsAt: Date }[];
  }[];
  mediators: { providerId: number; providerName: string; newMatchesThisMonth: number; helpers: number | null }[];
  cohorts: {
    providerId: number;
    providerName: string;
    cohortId: number;
    startDate: string;
    seats: number;
    locationPc4: string;
  }[];
};

/** Live capacity in a municipality at a moment, for the matching engine. */
export function liveCapacity(
  municipalityCode: string,
  staleAfterDays: number,
  now = new Date(),
  /** Cleaner slots from this moment on (the preferred start); never before now. */
  slotsFrom: Date = now,
): LiveCapacity {
  const sqlite = getDb().$client;
  const stmt = (sql: string) => prepared(sqlite, sql);
  const freshSince = now.getTime() - staleAfterDays * DAY_MS;
  const today = amsterdamDay(now);
  const month = today.slice(0, 7);
  // People who enter homes need a VOG not older than three years: the latest one recorded.
  const vogSince = threeYearsBefore(today);
  // From the municipality's service areas to the providers (CROSS JOIN fixes that order in
  // SQLite): otherwise the planner walks every provider of the kind in the country, VOG subquery
  // and all, before it looks at the area (10 ms for the 2,500 cleaners of the bench dataset).
  const providersOf = (kind: string) =>
    stmt(
      `SELECT p.id, p.name, p.hourly_rate_cents AS rate, p.accepts_hht AS hht, p.home_pc4 AS pc4, p.max_travel_km AS km
         FROM provider_service_areas a CROSS JOIN providers p ON p.id = a.provider_id
         WHERE a.municipality_code = ? AND p.kind = ? AND ${USABLE_PROVIDER_SQL}
         ORDER BY p.name`,
    )
      .all(municipalityCode, kind, vogSince) as {
      id: number;
      name: string;
      rate: number | null;
      hht: number | null;
      pc4: string | null;
      km: number | null;
    }[];

  const weeksStmt = stmt(
    `SELECT week_start AS weekStart, minutes_per_week AS minutesPerWeek, new_clients AS newClients, earliest_start AS earliestStart
     FROM zin_capacity_weeks
     WHERE provider_id = ? AND municipality_code = ? AND confirmed_at >= ? AND week_start >= ?
     ORDER BY week_start`,
  );
  const waitingStmt = stmt(
    "SELECT length FROM zin_waiting_lists WHERE provider_id = ? AND municipality_code = ? AND confirmed_at >= ?",
  );
  const zin = providersOf("zin").map((p) => ({
    providerId: p.id,
    providerName: p.name,
    // Weeks from the Monday of this week on (a week that started is still bookable).
    weeks: weeksStmt.all(
      p.id,
      municipalityCode,
      freshSince,
      addDays(today, -6),
    ) as LiveCapacity["zin"][number]["weeks"],
    waitingList:
      (waitingStmt.get(p.id, municipalityCode, freshSince) as { length: number } | undefined)?.length ?? null,
  }));

  // A slot counts when the window it came from is fresh; days off never make slots stale. Only
  // as many as the engine shows: all are on or after the preferred start, so it keeps them all.
  const slotsStmt = stmt(
    `SELECT s.id AS slotId, s.starts_at AS startsAt FROM cleaner_slots s
     JOIN cleaner_windows w ON w.id = s.window_id
     WHERE s.provider_id = ? AND s.starts_at > ? AND w.confirmed_at >= ?
       AND (s.status = 'free' OR (s.status = 'held' AND s.hold_expires_at <= ?))
     ORDER BY s.starts_at LIMIT ${MAX_SLOTS_SHOWN}`,
  );
  const cleaners = providersOf("private_cleaner").map((p) => ({
    providerId: p.id,
    providerName: p.name,
    hourlyRateCents: p.rate,
    acceptsHht: p.hht === 1,
    homePc4: p.pc4,
    maxTravelKm: p.km,
    slots: (
      slotsStmt.all(p.id, Math.max(now.getTime(), slotsFrom.getTime()), freshSince, now.getTime()) as {
        slotId: number;
        startsAt: number;
      }[]
    ).map((s) => ({
      slotId: s.slotId,
      startsAt: new Date(s.startsAt),
    })),
  }));

  const monthStmt = stmt(
    `SELECT new_matches AS n FROM mediator_capacity_months
     WHERE provider_id = ? AND municipality_code = ? AND month = ? AND confirmed_at >= ?`,
  );
  const poolStmt = stmt("SELECT helpers FROM mediator_pools WHERE provider_id = ? AND confirmed_at >= ?");
  const mediators = providersOf("pgb_mediator").map((p) => ({
    providerId: p.id,
    providerName: p.name,
    newMatchesThisMonth:
      (monthStmt.get(p.id, municipalityCode, month, freshSince) as { n: number } | undefined)?.n ?? 0,
    helpers: (poolStmt.get(p.id, freshSince) as { helpers: number } | undefined)?.helpers ?? null,
  }));

  const cohortStmt = stmt(
    `SELECT id AS cohortId, start_date AS startDate, seats, location_pc4 AS locationPc4 FROM physio_cohorts
     WHERE provider_id = ? AND confirmed_at >= ? AND start_date >= ? ORDER BY start_date`,
  );
  const cohorts = providersOf("physio").flatMap((p) =>
    (
      cohortStmt.all(p.id, freshSince, today) as Omit<LiveCapacity["cohorts"][number], "providerId" | "providerName">[]
    ).map((c) => ({ providerId: p.id, providerName: p.name, ...c })),
  );

  return { zin, cleaners, mediators, cohorts };
}
