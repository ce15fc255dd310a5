// The public directory of vetted providers (GET /api/v1/services): reads providers and their fresh
// capacity, the domain shapes them as HSDS. Same rules as matching: vetted (and a current VOG where
// one is needed), only records confirmed within the stale period, minus what requests took.

import { clock } from "~/clock.server";
import { hsdsPage, toHsdsService } from "~/domain/hsds";
import type { DirectoryEntry, HsdsPage, HsdsService } from "~/domain/hsds-types";
import { amsterdamDay } from "~/domain/policy";
import { SLOT_HORIZON_WEEKS } from "~/domain/slots";
import { addDays, isoWeekday } from "~/domain/time";
import { threeYearsBefore } from "~/domain/vetting";
import { mediationsTaken, seatsTaken } from "~/models/occupancy.server";
import type { ServicesQuery } from "~/schemas/services-query";
import { uuidV5 } from "~/utils/uuid.server";
import { getDb } from "~db/client.server";
import { staleAfterDaysFor } from "./capacity/staleness.server";
import { USABLE_PROVIDER_SQL } from "./live-capacity.server";
import { getPolicyInForce } from "./municipalities.server";

const DAY_MS = 86_400_000;
/** When a municipality has no policy in force: the default stale period (DESIGN.md). */
const DEFAULT_STALE_DAYS = 14;

export type DirectoryResult = { ok: true; page: HsdsPage<HsdsService> } | { ok: false; reason: "unknown_municipality" };

type ProviderRow = {
  id: number;
  kind: DirectoryEntry["provider"]["kind"];
  name: string;
  kvkNumber: string;
  contactName: string;
  contactEmail: string;
  address: string | null;
  languages: string;
  pc4: string | null;
  place: string | null;
  province: string | null;
};

/** One page of the directory, filtered by municipality (CBS code) and kind, ordered by name. */
export function listServiceDirectory(query: ServicesQuery, now = clock.now()): DirectoryResult {
  const sqlite = getDb().$client;
  if (query.municipality && !sqlite.prepare("SELECT 1 FROM municipalities WHERE code = ?").get(query.municipality)) {
    return { ok: false, reason: "unknown_municipality" };
  }
  const today = amsterdamDay(now);
  const where = `${USABLE_PROVIDER_SQL}
    AND (:kind IS NULL OR p.kind = :kind)
    AND (:municipality IS NULL OR EXISTS (
      SELECT 1 FROM provider_service_areas a WHERE a.provider_id = p.id AND a.municipality_code = :municipality))`;
  // USABLE_PROVIDER_SQL binds the VOG date positionally, the filters by name.
  const vogSince = threeYearsBefore(today);
  const filters = { kind: query.kind ?? null, municipality: query.municipality ?? null };
  const total = (
    sqlite.prepare(`SELECT count(*) AS n FROM providers p WHERE ${where}`).get(vogSince, filters) as { n: number }
  ).n;
  const rows = sqlite
    .prepare(
      `SELECT p.id, p.kind, p.name, p.kvk_number AS kvkNumber, p.contact_name AS contactName,
              p.contact_email AS contactEmail, p.address, p.languages, p.home_pc4 AS pc4,
              pa.place, m.province
       FROM providers p
       LEFT JOIN postcode_areas pa ON pa.pc4 = p.home_pc4
       LEFT JOIN municipalities m ON m.code = pa.municipality_code
       WHERE ${where}
       ORDER BY p.name, p.id LIMIT :limit OFFSET :offset`,
    )
    .all(vogSince, {
      ...filters,
      limit: query.per_page,
      offset: (query.page - 1) * query.per_page,
    }) as ProviderRow[];

  const staleDays = staleDaysByMunicipality(now);
  const contents = rows.map((row) => toHsdsService(loadEntry(row, now, staleDays), (name) => uuidV5(name), today));
  return { ok: true, page: hsdsPage(contents, total, query.page, query.per_page) };
}

/** The stale period of each municipality's policy in force, looked up once per request. */
function staleDaysByMunicipality(now: Date): (code: string) => number {
  const cache = new Map<string, number>();
  return (code) => {
    let days = cache.get(code);
    if (days === undefined) {
      days = getPolicyInForce(code, now)?.staleAfterDays ?? DEFAULT_STALE_DAYS;
      cache.set(code, days);
    }
    return days;
  };
}

function loadEntry(row: ProviderRow, now: Date, staleDays: (code: string) => number): DirectoryEntry {
  const sqlite = getDb().$client;
  const today = amsterdamDay(now);
  const freshSince = (days: number) => now.getTime() - days * DAY_MS;
  // Records of the provider as a whole (windows, groups): the strictest stale period it serves under.
  const providerFreshSince = freshSince(staleAfterDaysFor(row.id, now));
  const serviceAreas = sqlite
    .prepare(
      `SELECT m.code, m.name FROM provider_service_areas a JOIN municipalities m ON m.code = a.municipality_code
       WHERE a.provider_id = ? ORDER BY m.name`,
    )
    .all(row.id) as { code: string; name: string }[];
  const served = new Set(serviceAreas.map((a) => a.code));
  // Per-municipality records count when fresh under that municipality's own stale period.
  const freshIn = (r: { municipalityCode: string; confirmedAt: number }) =>
    served.has(r.municipalityCode) && r.confirmedAt >= freshSince(staleDays(r.municipalityCode));

  const entry: DirectoryEntry = {
    provider: {
      id: row.id,
      kind: row.kind,
      name: row.name,
      kvkNumber: row.kvkNumber,
      contactName: row.contactName,
      contactEmail: row.contactEmail,
      address: row.address,
      languages: JSON.parse(row.languages) as string[],
      home: row.pc4 && row.place && row.province ? { pc4: row.pc4, place: row.place, province: row.province } : null,
    },
    serviceAreas,
    windows: [],
    cleanerVisits: null,
    zinWeeks: [],
    mediationMonths: [],
    cohorts: [],
  };

  switch (row.kind) {
    case "zin": {
      const monday = addDays(today, 1 - isoWeekday(today));
      const weeks = sqlite
        .prepare(
          `SELECT municipality_code AS municipalityCode, week_start AS weekStart, new_clients AS newClients,
                  confirmed_at AS confirmedAt
           FROM zin_capacity_weeks WHERE provider_id = ? AND week_start >= ?`,
        )
        .all(row.id, monday) as {
        municipalityCode: string;
        weekStart: string;
        newClients: number;
        confirmedAt: number;
      }[];
      return { ...entry, zinWeeks: weeks.filter(freshIn).map((w) => ({ ...w, confirmedAt: new Date(w.confirmedAt) })) };
    }
    case "private_cleaner": {
      const windows = sqlite
        .prepare(
          `SELECT id, weekday, start_time AS startTime, end_time AS endTime, visit_minutes AS visitMinutes,
                  confirmed_at AS confirmedAt
           FROM cleaner_windows WHERE provider_id = ? AND confirmed_at >= ?`,
        )
        .all(row.id, providerFreshSince) as {
        id: number;
        weekday: number;
        startTime: string;
        endTime: string;
        visitMinutes: number;
        confirmedAt: number;
      }[];
      // Visits from fresh windows in the slot horizon; an expired hold counts as free, as in matching.
      const visits = sqlite
        .prepare(
          `SELECT count(*) AS total,
                  coalesce(sum(s.status = 'free' OR (s.status = 'held' AND s.hold_expires_at <= :now)), 0) AS free
           FROM cleaner_slots s JOIN cleaner_windows w ON w.id = s.window_id
           WHERE s.provider_id = :provider AND s.starts_at > :now AND s.starts_at <= :until
             AND w.confirmed_at >= :freshSince`,
        )
        .get({
          provider: row.id,
          now: now.getTime(),
          until: now.getTime() + SLOT_HORIZON_WEEKS * 7 * DAY_MS,
          freshSince: providerFreshSince,
        }) as { total: number; free: number };
      return {
        ...entry,
        windows: windows.map((w) => ({ ...w, confirmedAt: new Date(w.confirmedAt) })),
        cleanerVisits: visits,
      };
    }
    case "pgb_mediator": {
      const months = sqlite
        .prepare(
          `SELECT municipality_code AS municipalityCode, month, new_matches AS newMatches, confirmed_at AS confirmedAt
           FROM mediator_capacity_months WHERE provider_id = ? AND month = ?`,
        )
        .all(row.id, today.slice(0, 7)) as {
        municipalityCode: string;
        month: string;
        newMatches: number;
        confirmedAt: number;
      }[];
      return {
        ...entry,
        mediationMonths: months.filter(freshIn).map((m) => ({
          ...m,
          taken: mediationsTaken(row.id, m.municipalityCode, now),
          confirmedAt: new Date(m.confirmedAt),
        })),
      };
    }
    case "physio": {
      const cohorts = sqlite
        .prepare(
          `SELECT id, start_date AS startDate, weeks, session1_weekday AS w1, session1_time AS t1,
                  session2_weekday AS w2, session2_time AS t2, seats, location, confirmed_at AS confirmedAt
           FROM physio_cohorts WHERE provider_id = ? AND confirmed_at >= ? AND start_date >= ?`,
        )
        .all(row.id, providerFreshSince, today) as {
        id: number;
        startDate: string;
        weeks: number;
        w1: number;
        t1: string;
        w2: number;
        t2: string;
        seats: number;
        location: string;
        confirmedAt: number;
      }[];
      return {
        ...entry,
        cohorts: cohorts.map((c) => ({
          id: c.id,
          startDate: c.startDate,
          weeks: c.weeks,
          sessions: [
            { weekday: c.w1, time: c.t1 },
            { weekday: c.w2, time: c.t2 },
          ],
          seats: c.seats,
          taken: seatsTaken(c.id),
          location: c.location,
          confirmedAt: new Date(c.confirmedAt),
        })),
      };
    }
  }
}
