// Capacity (ADR 009): what providers serving an area published for a period, what was taken,
// and their records not confirmed lately.
import { and, count, eq, gte, inArray, lt, lte, sql } from "drizzle-orm";
import { type SQLiteColumn, unionAll } from "drizzle-orm/sqlite-core";
import { getDb } from "~db/client.server";
import {
  cleanerSlots,
  cleanerWindows,
  helpRequests,
  mediatorCapacityMonths,
  physioCohorts,
  providers,
  referralEvents,
  referrals,
  zinCapacityWeeks,
  zinWaitingLists,
} from "~db/schema";
import { type Area, areaCodes, type Days, type Instants, providersServing } from "./area.server";

/** ZIN places for new clients published for the weeks starting in the period. */
export function zinPlacesPublished(area: Area, period: Days): number {
  const row = getDb()
    .select({ n: sql<number | null>`sum(${zinCapacityWeeks.newClients})` })
    .from(zinCapacityWeeks)
    .where(
      and(
        inArray(zinCapacityWeeks.municipalityCode, areaCodes(area)),
        gte(zinCapacityWeeks.weekStart, period.from),
        lte(zinCapacityWeeks.weekStart, period.to),
      ),
    )
    .get();
  return row?.n ?? 0;
}

/** Referrals accepted by ZIN providers in the period. */
export function referralsAccepted(area: Area, period: Instants): number {
  const row = getDb()
    .select({ n: count() })
    .from(referralEvents)
    .innerJoin(referrals, eq(referrals.id, referralEvents.referralId))
    .where(
      and(
        inArray(referrals.municipalityCode, areaCodes(area)),
        eq(referralEvents.status, "accepted"),
        gte(referralEvents.at, period.from),
        lt(referralEvents.at, period.before),
      ),
    )
    .get();
  return row?.n ?? 0;
}

/** The slots of cleaners serving the area in the period, and how many of them are booked. */
export function cleanerSlotCounts(area: Area, period: Instants): { n: number; booked: number } {
  const row = getDb()
    .select({ n: count(), booked: sql<number | null>`sum(${cleanerSlots.status} = 'booked')` })
    .from(cleanerSlots)
    .where(
      and(
        inArray(cleanerSlots.providerId, providersServing(area)),
        gte(cleanerSlots.startsAt, period.from),
        lt(cleanerSlots.startsAt, period.before),
      ),
    )
    .get();
  return { n: row?.n ?? 0, booked: row?.booked ?? 0 };
}

/** New matches mediators published for these months (YYYY-MM). */
export function mediationMatchesPublished(area: Area, months: string[]): number {
  const row = getDb()
    .select({ n: sql<number | null>`sum(${mediatorCapacityMonths.newMatches})` })
    .from(mediatorCapacityMonths)
    .where(
      and(
        inArray(mediatorCapacityMonths.municipalityCode, areaCodes(area)),
        inArray(mediatorCapacityMonths.month, months),
      ),
    )
    .get();
  return row?.n ?? 0;
}

/** Informal-pgb requests matched with a helper in the period (the match is their last change). */
export function mediationsMatched(area: Area, period: Instants): number {
  const row = getDb()
    .select({ n: count() })
    .from(helpRequests)
    .where(
      and(
        inArray(helpRequests.municipalityCode, areaCodes(area)),
        eq(helpRequests.kind, "pgb_informal"),
        eq(helpRequests.status, "matched"),
        gte(helpRequests.updatedAt, period.from),
        lt(helpRequests.updatedAt, period.before),
      ),
    )
    .get();
  return row?.n ?? 0;
}

/**
 * Seats in the cohorts of practices serving the area that were open to join during the period —
 * starting on or after its first day, and published (last confirmed) before its end — and the
 * requests for them (intake asked or enrolled). A cohort published now for a start after the
 * period counts: its free places are on offer today.
 */
export function cohortSeats(area: Area, period: Days, instants: Instants): { seats: number; taken: number } {
  const db = getDb();
  const inPeriod = and(
    inArray(physioCohorts.providerId, providersServing(area)),
    gte(physioCohorts.startDate, period.from),
    lt(physioCohorts.confirmedAt, instants.before),
  );
  const seats = db
    .select({ n: sql<number>`coalesce(sum(${physioCohorts.seats}), 0)` })
    .from(physioCohorts)
    .where(inPeriod)
    .get();
  const taken = db
    .select({ n: count() })
    .from(helpRequests)
    .where(
      and(
        inArray(helpRequests.cohortId, db.select({ id: physioCohorts.id }).from(physioCohorts).where(inPeriod)),
        inArray(helpRequests.status, ["intake_requested", "enrolled"]),
      ),
    )
    .get();
  return { seats: seats?.n ?? 0, taken: taken?.n ?? 0 };
}

/** Capacity records of providers serving the area not confirmed since `before`, per provider name. */
export function staleRecordCounts(area: Area, before: Date) {
  const db = getDb();
  const staleIn = (table: { providerId: SQLiteColumn; confirmedAt: SQLiteColumn }) =>
    and(inArray(table.providerId, providersServing(area)), lt(table.confirmedAt, before));
  const records = unionAll(
    db.select({ providerId: zinCapacityWeeks.providerId }).from(zinCapacityWeeks).where(staleIn(zinCapacityWeeks)),
    db.select({ providerId: zinWaitingLists.providerId }).from(zinWaitingLists).where(staleIn(zinWaitingLists)),
    db.select({ providerId: cleanerWindows.providerId }).from(cleanerWindows).where(staleIn(cleanerWindows)),
    db
      .select({ providerId: mediatorCapacityMonths.providerId })
      .from(mediatorCapacityMonths)
      .where(staleIn(mediatorCapacityMonths)),
    db.select({ providerId: physioCohorts.providerId }).from(physioCohorts).where(staleIn(physioCohorts)),
  ).as("x");
  return db
    .select({ provider: providers.name, n: count() })
    .from(records)
    .innerJoin(providers, eq(providers.id, records.providerId))
    .groupBy(providers.name)
    .orderBy(providers.name)
    .all();
}
