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
import {
  cleanerVisitCounts,
  countDirectory,
  type DirectoryProvider,
  directoryPage,
  freshCohortsOf,
  freshWindowsOf,
  mediationMonthOf,
  municipalityExists,
  serviceAreasOf,
  zinWeeksFrom,
} from "~/models/directory.server";
import { mediationsTaken, seatsTaken } from "~/models/occupancy.server";
import type { ServicesQuery } from "~/schemas/services-query";
import { uuidV5 } from "~/utils/uuid.server";
import { staleAfterDaysFor } from "./capacity/staleness.server";
import { getPolicyInForce } from "./municipalities.server";

const DAY_MS = 86_400_000;
/** When a municipality has no policy in force: the default stale period (DESIGN.md). */
const DEFAULT_STALE_DAYS = 14;

export type DirectoryResult = { ok: true; page: HsdsPage<HsdsService> } | { ok: false; reason: "unknown_municipality" };

/** One page of the directory, filtered by municipality (CBS code) and kind, ordered by name. */
export function listServiceDirectory(query: ServicesQuery, now = clock.now()): DirectoryResult {
  if (query.municipality && !municipalityExists(query.municipality))
    return { ok: false, reason: "unknown_municipality" };
  const today = amsterdamDay(now);
  const vogSince = threeYearsBefore(today);
  const filters = { kind: query.kind ?? null, municipality: query.municipality ?? null };
  const total = countDirectory(vogSince, filters);
  const rows = directoryPage(vogSince, filters, { limit: query.per_page, offset: (query.page - 1) * query.per_page });
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

function loadEntry(row: DirectoryProvider, now: Date, staleDays: (code: string) => number): DirectoryEntry {
  const scope = { providerId: row.id };
  const today = amsterdamDay(now);
  const freshSince = (days: number) => new Date(now.getTime() - days * DAY_MS);
  // Records of the provider as a whole (windows, groups): the strictest stale period it serves under.
  const providerFreshSince = freshSince(staleAfterDaysFor(row.id, now));
  const serviceAreas = serviceAreasOf(scope);
  const served = new Set(serviceAreas.map((a) => a.code));
  // Per-municipality records count when fresh under that municipality's own stale period.
  const freshIn = (r: { municipalityCode: string; confirmedAt: Date }) =>
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
      languages: languagesOf(row.languages),
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
      return { ...entry, zinWeeks: zinWeeksFrom(scope, monday).filter(freshIn) };
    }
    case "private_cleaner": {
      const until = new Date(now.getTime() + SLOT_HORIZON_WEEKS * 7 * DAY_MS);
      return {
        ...entry,
        windows: freshWindowsOf(scope, providerFreshSince),
        cleanerVisits: cleanerVisitCounts(scope, now, until, providerFreshSince),
      };
    }
    case "pgb_mediator":
      return {
        ...entry,
        mediationMonths: mediationMonthOf(scope, today.slice(0, 7))
          .filter(freshIn)
          .map((m) => ({ ...m, taken: mediationsTaken(row.id, m.municipalityCode, now) })),
      };
    case "physio":
      return {
        ...entry,
        cohorts: freshCohortsOf(scope, providerFreshSince, today).map((c) => ({
          id: c.id,
          startDate: c.startDate,
          weeks: c.weeks,
          sessions: [
            { weekday: c.session1Weekday, time: c.session1Time },
            { weekday: c.session2Weekday, time: c.session2Time },
          ],
          seats: c.seats,
          taken: seatsTaken(c.id),
          location: c.location,
          confirmedAt: c.confirmedAt,
        })),
      };
  }
}

/** The provider's languages, stored as a JSON array of ISO 639-1 codes. */
function languagesOf(stored: string): string[] {
  const parsed: unknown = JSON.parse(stored);
  return Array.isArray(parsed) ? parsed.filter((l): l is string => typeof l === "string") : [];
}
