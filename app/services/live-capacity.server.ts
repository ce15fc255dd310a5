// The capacity matching may use: only vetted providers serving the municipality, only records
// confirmed within the municipality's stale period. Each answer says until when it holds by time
// alone, so that matching can keep it (matching.server.ts) until then or until a write to the
// municipality's capacity (capacity_versions); a suspension or staleness takes effect at once.

import { clock } from "~/clock.server";
import { MAX_SLOTS_SHOWN } from "~/domain/matching";
import { amsterdamDay } from "~/domain/policy";
import { weeklyStarts } from "~/domain/slots";
import { addDays, fromAmsterdam } from "~/domain/time";
import { threeYearsBefore } from "~/domain/vetting";
import { USABLE_PROVIDER_SQL } from "~/models/providers.server";
import { type Aliased, getDb, prepared, type SqlRow } from "~db/client.server";
import type {
  cleanerSlots,
  cleanerWindows,
  mediatorCapacityMonths,
  mediatorPools,
  physioCohorts,
  providers,
  zinCapacityWeeks,
  zinWaitingLists,
} from "~db/schema";

const DAY_MS = 86_400_000;

export type Slot = { slotId: number; startsAt: Date; endsAt: Date };

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
    slots: Slot[];
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
  /**
   * Until when (ms) this answer stays true if nothing is written: the first record in it goes
   * stale, the first slot in it starts, a hold on one of these providers' slots ends, or the
   * Amsterdam day ends (VOG age, cohorts and ZIN weeks from today, the month of mediations).
   */
  validUntil: number;
};

// A slot counts when the window it came from is fresh; days off never make slots stale. Read in
// order only until the engine's number of weekly times is found (weeklyStarts); all are on or
// after the preferred start, so it keeps them all.
const SLOTS_SQL = `SELECT s.id AS slotId, s.window_id AS windowId, s.starts_at AS startsAt, s.ends_at AS endsAt,
    w.confirmed_at AS confirmedAt FROM cleaner_slots s
  JOIN cleaner_windows w ON w.id = s.window_id
  WHERE s.provider_id = ? AND s.starts_at > ? AND w.confirmed_at >= ?
    AND (s.status = 'free' OR (s.status = 'held' AND s.hold_expires_at <= ?))
  ORDER BY s.starts_at`;
// What someone holds or booked ahead: a weekly time taken in a later week is not offered.
const TAKEN_SQL = `SELECT window_id AS windowId, starts_at AS startsAt FROM cleaner_slots
  WHERE provider_id = ? AND starts_at > ? AND (status = 'booked' OR (status = 'held' AND hold_expires_at > ?))`;

/** A cleaner's first weekly times after `from` (ms), of fresh windows, as the engine shows them. */
function weeklySlots(providerId: number, from: number, freshSince: number, now: number): SlotRow[] {
  const sqlite = getDb().$client;
  const taken = prepared<TakenRow>(sqlite, TAKEN_SQL).all(providerId, now, now);
  const open = prepared<SlotRow>(sqlite, SLOTS_SQL).iterate(providerId, from, freshSince, now);
  return weeklyStarts(open, taken, MAX_SLOTS_SHOWN);
}

// Row types of the raw reads below, derived from the schema (ADR 013): `Aliased` names a row's
// fields as the SQL's `AS` does.
type Confirmed = { confirmedAt: SqlRow<typeof cleanerWindows.$inferSelect>["confirmedAt"] };
type SlotRow = Aliased<
  SqlRow<typeof cleanerSlots.$inferSelect>,
  { slotId: "id"; windowId: "windowId"; startsAt: "startsAt"; endsAt: "endsAt" }
> &
  Confirmed;
type TakenRow = Aliased<SqlRow<typeof cleanerSlots.$inferSelect>, { windowId: "windowId"; startsAt: "startsAt" }>;
type ProviderRow = Aliased<
  SqlRow<typeof providers.$inferSelect>,
  { id: "id"; name: "name"; rate: "hourlyRateCents"; hht: "acceptsHht"; pc4: "homePc4"; km: "maxTravelKm" }
>;
type WeekRow = Pick<
  SqlRow<typeof zinCapacityWeeks.$inferSelect>,
  "weekStart" | "minutesPerWeek" | "newClients" | "earliestStart" | "confirmedAt"
>;
type WaitingRow = Pick<SqlRow<typeof zinWaitingLists.$inferSelect>, "length" | "confirmedAt">;
type HoldEndRow = Aliased<SqlRow<typeof cleanerSlots.$inferSelect>, { at: "holdExpiresAt" }>;
type MonthRow = Aliased<
  SqlRow<typeof mediatorCapacityMonths.$inferSelect>,
  { n: "newMatches"; confirmedAt: "confirmedAt" }
>;
type PoolRow = Pick<SqlRow<typeof mediatorPools.$inferSelect>, "helpers" | "confirmedAt">;
type CohortRow = Aliased<
  SqlRow<typeof physioCohorts.$inferSelect>,
  { cohortId: "id"; startDate: "startDate"; seats: "seats"; locationPc4: "locationPc4"; confirmedAt: "confirmedAt" }
>;

/**
 * A cleaner's next free slots (at most as many as the engine shows) after `from`, of fresh windows
 * only, and the moment the first of their windows goes stale (Infinity when there are none).
 */
export function freeSlots(
  providerId: number,
  from: number,
  staleAfterDays: number,
  now: Date,
): { slots: Slot[]; staleAt: number } {
  const staleMs = staleAfterDays * DAY_MS;
  const rows = weeklySlots(providerId, Math.max(now.getTime(), from), now.getTime() - staleMs, now.getTime());
  let staleAt = Number.POSITIVE_INFINITY;
  for (const s of rows) staleAt = Math.min(staleAt, s.confirmedAt + staleMs);
  return {
    slots: rows.map((s) => ({ slotId: s.slotId, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) })),
    staleAt,
  };
}

/** Live capacity in a municipality at a moment, for the matching engine. */
export function liveCapacity(
  municipalityCode: string,
  staleAfterDays: number,
  now = clock.now(),
  /** Cleaner slots from this moment on (the preferred start); never before now. */
  slotsFrom: Date = now,
): LiveCapacity {
  const sqlite = getDb().$client;
  const stmt = <Row>(sql: string) => prepared<Row>(sqlite, sql);
  const staleMs = staleAfterDays * DAY_MS;
  const freshSince = now.getTime() - staleMs;
  const today = amsterdamDay(now);
  const month = today.slice(0, 7);
  // The earliest moment time alone changes the answer (see validUntil).
  let validUntil = fromAmsterdam(addDays(today, 1), "00:00")?.getTime() ?? now.getTime();
  const confirmed = (at: number) => {
    validUntil = Math.min(validUntil, at + staleMs);
  };
  // People who enter homes need a VOG not older than three years: the latest one recorded.
  const vogSince = threeYearsBefore(today);
  // From the municipality's service areas to the providers (CROSS JOIN fixes that order in
  // SQLite): otherwise the planner walks every provider of the kind in the country, VOG subquery
  // and all, before it looks at the area (10 ms for the 2,500 cleaners of the bench dataset).
  const providersOf = (kind: string) =>
    stmt<ProviderRow>(
      `SELECT p.id, p.name, p.hourly_rate_cents AS rate, p.accepts_hht AS hht, p.home_pc4 AS pc4, p.max_travel_km AS km
         FROM provider_service_areas a CROSS JOIN providers p ON p.id = a.provider_id
         WHERE a.municipality_code = ? AND p.kind = ? AND ${USABLE_PROVIDER_SQL}
         ORDER BY p.name`,
    ).all(municipalityCode, kind, vogSince);

  const weeksStmt = stmt<WeekRow>(
    `SELECT week_start AS weekStart, minutes_per_week AS minutesPerWeek, new_clients AS newClients,
       earliest_start AS earliestStart, confirmed_at AS confirmedAt
     FROM zin_capacity_weeks
     WHERE provider_id = ? AND municipality_code = ? AND confirmed_at >= ? AND week_start >= ?
     ORDER BY week_start`,
  );
  const waitingStmt = stmt<WaitingRow>(
    `SELECT length, confirmed_at AS confirmedAt FROM zin_waiting_lists
     WHERE provider_id = ? AND municipality_code = ? AND confirmed_at >= ?`,
  );
  const zin = providersOf("zin").map((p) => {
    // Weeks from the Monday of this week on (a week that started is still bookable).
    const weeks = weeksStmt.all(p.id, municipalityCode, freshSince, addDays(today, -6)).map((w) => {
      confirmed(w.confirmedAt);
      return {
        weekStart: w.weekStart,
        minutesPerWeek: w.minutesPerWeek,
        newClients: w.newClients,
        earliestStart: w.earliestStart,
      };
    });
    const waiting = waitingStmt.get(p.id, municipalityCode, freshSince);
    if (waiting) confirmed(waiting.confirmedAt);
    return { providerId: p.id, providerName: p.name, weeks, waitingList: waiting?.length ?? null };
  });

  const cleaners = providersOf("private_cleaner").map((p) => {
    const rows = weeklySlots(p.id, Math.max(now.getTime(), slotsFrom.getTime()), freshSince, now.getTime());
    for (const s of rows) confirmed(s.confirmedAt);
    // Once the first of these starts, it is no longer bookable.
    if (rows[0]) validUntil = Math.min(validUntil, rows[0].startsAt);
    return {
      providerId: p.id,
      providerName: p.name,
      hourlyRateCents: p.rate,
      acceptsHht: p.hht === 1,
      homePc4: p.pc4,
      maxTravelKm: p.km,
      slots: rows.map((s) => ({ slotId: s.slotId, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) })),
    };
  });
  // A slot held now is free again when its 15 minutes end, without anything being written.
  const holdEnds = stmt<HoldEndRow>(
    `SELECT min(hold_expires_at) AS at FROM cleaner_slots
     WHERE status = 'held' AND hold_expires_at > ?
       AND provider_id IN (SELECT provider_id FROM provider_service_areas WHERE municipality_code = ?)`,
  ).get(now.getTime(), municipalityCode);
  // An aggregate without GROUP BY always gives one row.
  if (holdEnds && holdEnds.at !== null) validUntil = Math.min(validUntil, holdEnds.at);

  const monthStmt = stmt<MonthRow>(
    `SELECT new_matches AS n, confirmed_at AS confirmedAt FROM mediator_capacity_months
     WHERE provider_id = ? AND municipality_code = ? AND month = ? AND confirmed_at >= ?`,
  );
  const poolStmt = stmt<PoolRow>(
    "SELECT helpers, confirmed_at AS confirmedAt FROM mediator_pools WHERE provider_id = ? AND confirmed_at >= ?",
  );
  const mediators = providersOf("pgb_mediator").map((p) => {
    const thisMonth = monthStmt.get(p.id, municipalityCode, month, freshSince);
    const pool = poolStmt.get(p.id, freshSince);
    if (thisMonth) confirmed(thisMonth.confirmedAt);
    if (pool) confirmed(pool.confirmedAt);
    return {
      providerId: p.id,
      providerName: p.name,
      newMatchesThisMonth: thisMonth?.n ?? 0,
      helpers: pool?.helpers ?? null,
    };
  });

  const cohortStmt = stmt<CohortRow>(
    `SELECT id AS cohortId, start_date AS startDate, seats, location_pc4 AS locationPc4, confirmed_at AS confirmedAt
     FROM physio_cohorts WHERE provider_id = ? AND confirmed_at >= ? AND start_date >= ? ORDER BY start_date`,
  );
  const cohorts = providersOf("physio").flatMap((p) =>
    cohortStmt.all(p.id, freshSince, today).map((c) => {
      confirmed(c.confirmedAt);
      return {
        providerId: p.id,
        providerName: p.name,
        cohortId: c.cohortId,
        startDate: c.startDate,
        seats: c.seats,
        locationPc4: c.locationPc4,
      };
    }),
  );

  return { zin, cleaners, mediators, cohorts, validUntil };
}
