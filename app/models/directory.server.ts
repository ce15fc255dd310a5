// The public directory's reads (GET /api/v1/services): usable providers by page, and each
// provider's service areas and capacity records. The page query shares matching's rule for a
// usable provider (USABLE_PROVIDER_SQL), so both say the same about who may be shown.
import { and, asc, count, eq, gt, gte, lte, sql } from "drizzle-orm";
import { type Aliased, getDb, prepared, type SqlRow } from "~db/client.server";
import type { ProviderKind } from "~db/enums";
import {
  cleanerSlots,
  cleanerWindows,
  mediatorCapacityMonths,
  municipalities,
  physioCohorts,
  type postcodeAreas,
  providerServiceAreas,
  type providers,
  zinCapacityWeeks,
} from "~db/schema";
import { USABLE_PROVIDER_SQL } from "./providers.server";

type ProviderScope = { providerId: number };

export type DirectoryFilters = { kind: ProviderKind | null; municipality: string | null };

type Provider = SqlRow<typeof providers.$inferSelect>;
export type DirectoryProvider = Pick<Provider, "id" | "kind" | "name" | "address" | "languages"> &
  Aliased<
    Provider,
    { kvkNumber: "kvkNumber"; contactName: "contactName"; contactEmail: "contactEmail"; pc4: "homePc4" }
  > &
  Aliased<SqlRow<typeof postcodeAreas.$inferSelect>, { place: "place" }> & {
    province: SqlRow<typeof municipalities.$inferSelect>["province"] | null;
  };

// USABLE_PROVIDER_SQL binds the VOG date positionally, the filters by name.
const WHERE = `${USABLE_PROVIDER_SQL}
  AND (:kind IS NULL OR p.kind = :kind)
  AND (:municipality IS NULL OR EXISTS (
    SELECT 1 FROM provider_service_areas a WHERE a.provider_id = p.id AND a.municipality_code = :municipality))`;

export function municipalityExists(code: string): boolean {
  const found = getDb().select({ code: municipalities.code }).from(municipalities).where(eq(municipalities.code, code));
  return found.get() !== undefined;
}

/** How many providers the directory shows for these filters. */
export function countDirectory(vogSince: string, filters: DirectoryFilters): number {
  const db = getDb().$client;
  return (
    prepared<{ n: number }>(db, `SELECT count(*) AS n FROM providers p WHERE ${WHERE}`).get(vogSince, filters)?.n ?? 0
  );
}

/** One page of usable providers, by name, with the place and province of their home PC4. */
export function directoryPage(
  vogSince: string,
  filters: DirectoryFilters,
  page: { limit: number; offset: number },
): DirectoryProvider[] {
  const db = getDb().$client;
  return prepared<DirectoryProvider>(
    db,
    `SELECT p.id, p.kind, p.name, p.kvk_number AS kvkNumber, p.contact_name AS contactName,
            p.contact_email AS contactEmail, p.address, p.languages, p.home_pc4 AS pc4,
            pa.place, m.province
     FROM providers p
     LEFT JOIN postcode_areas pa ON pa.pc4 = p.home_pc4
     LEFT JOIN municipalities m ON m.code = pa.municipality_code
     WHERE ${WHERE}
     ORDER BY p.name, p.id LIMIT :limit OFFSET :offset`,
  ).all(vogSince, { ...filters, ...page });
}

/** The municipalities a provider serves, by name. */
export function serviceAreasOf({ providerId }: ProviderScope) {
  return getDb()
    .select({ code: municipalities.code, name: municipalities.name })
    .from(providerServiceAreas)
    .innerJoin(municipalities, eq(municipalities.code, providerServiceAreas.municipalityCode))
    .where(eq(providerServiceAreas.providerId, providerId))
    .orderBy(asc(municipalities.name))
    .all();
}

/** A ZIN provider's weeks from `monday` on, in every municipality. */
export function zinWeeksFrom({ providerId }: ProviderScope, monday: string) {
  return getDb()
    .select({
      municipalityCode: zinCapacityWeeks.municipalityCode,
      weekStart: zinCapacityWeeks.weekStart,
      newClients: zinCapacityWeeks.newClients,
      confirmedAt: zinCapacityWeeks.confirmedAt,
    })
    .from(zinCapacityWeeks)
    .where(and(eq(zinCapacityWeeks.providerId, providerId), gte(zinCapacityWeeks.weekStart, monday)))
    .all();
}

/** A cleaner's windows confirmed since `freshSince`. */
export function freshWindowsOf({ providerId }: ProviderScope, freshSince: Date) {
  return getDb()
    .select({
      id: cleanerWindows.id,
      weekday: cleanerWindows.weekday,
      startTime: cleanerWindows.startTime,
      endTime: cleanerWindows.endTime,
      visitMinutes: cleanerWindows.visitMinutes,
      confirmedAt: cleanerWindows.confirmedAt,
    })
    .from(cleanerWindows)
    .where(and(eq(cleanerWindows.providerId, providerId), gte(cleanerWindows.confirmedAt, freshSince)))
    .all();
}

/**
 * A cleaner's visits from fresh windows between now and `until`: all, and those free (an expired
 * hold counts as free, as in matching).
 */
export function cleanerVisitCounts({ providerId }: ProviderScope, now: Date, until: Date, freshSince: Date) {
  const row = getDb()
    .select({
      total: count(),
      free: sql<number>`coalesce(sum(${cleanerSlots.status} = 'free' OR (${cleanerSlots.status} = 'held' AND ${cleanerSlots.holdExpiresAt} <= ${now.getTime()})), 0)`,
    })
    .from(cleanerSlots)
    .innerJoin(cleanerWindows, eq(cleanerWindows.id, cleanerSlots.windowId))
    .where(
      and(
        eq(cleanerSlots.providerId, providerId),
        gt(cleanerSlots.startsAt, now),
        lte(cleanerSlots.startsAt, until),
        gte(cleanerWindows.confirmedAt, freshSince),
      ),
    )
    .get();
  return { total: row?.total ?? 0, free: row?.free ?? 0 };
}

/** A mediator's matches for one month, per municipality. */
export function mediationMonthOf({ providerId }: ProviderScope, month: string) {
  return getDb()
    .select({
      municipalityCode: mediatorCapacityMonths.municipalityCode,
      month: mediatorCapacityMonths.month,
      newMatches: mediatorCapacityMonths.newMatches,
      confirmedAt: mediatorCapacityMonths.confirmedAt,
    })
    .from(mediatorCapacityMonths)
    .where(and(eq(mediatorCapacityMonths.providerId, providerId), eq(mediatorCapacityMonths.month, month)))
    .all();
}

/** A practice's cohorts confirmed since `freshSince` that start on or after `from`. */
export function freshCohortsOf({ providerId }: ProviderScope, freshSince: Date, from: string) {
  return getDb()
    .select()
    .from(physioCohorts)
    .where(
      and(
        eq(physioCohorts.providerId, providerId),
        gte(physioCohorts.confirmedAt, freshSince),
        gte(physioCohorts.startDate, from),
      ),
    )
    .all();
}
