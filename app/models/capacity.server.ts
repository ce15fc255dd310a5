// A provider's capacity records, one table per record type (ADR 005), and their history. Every
// function takes `{ providerId }` and only ever reads or writes that provider's rows. Runs on the
// process's one connection, so inside a service's transaction a call is part of it.
import { and, asc, desc, eq, gte, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { mediationsTaken, seatsTaken } from "~/models/occupancy.server";
import { getDb } from "~db/client.server";
import {
  CAPACITY_RECORD_TYPES,
  type CapacityRecordType,
  capacityChanges,
  cleanerExceptions,
  cleanerWindows,
  mediatorCapacityMonths,
  mediatorPools,
  physioCohorts,
  users,
  zinCapacityWeeks,
  zinWaitingLists,
} from "~db/schema";

type ProviderScope = { providerId: number };

const TABLES = {
  zin_week: zinCapacityWeeks,
  zin_waiting_list: zinWaitingLists,
  cleaner_window: cleanerWindows,
  cleaner_exception: cleanerExceptions,
  mediation_month: mediatorCapacityMonths,
  helper_pool: mediatorPools,
  cohort: physioCohorts,
} as const;
type Tables = typeof TABLES;

/** The columns every capacity table has (see capacityColumns in db/schema.ts). */
type Common = "id" | "providerId" | "externalRef" | "updatedAt" | "confirmedAt";

/** A stored record of one type, as its table returns it. */
export type CapacityRow<T extends CapacityRecordType> = Tables[T]["$inferSelect"];
/** What a record of one type holds besides the columns every capacity table has. */
export type CapacityValues<T extends CapacityRecordType> = Omit<Tables[T]["$inferInsert"], Common>;

// The seven tables share their capacity columns but not their types. The functions below touch
// only those shared columns (or columns named by the type's own values), so one table's type
// stands for all, and what they read is given back typed as the type's own row.
type Shared = typeof zinWaitingLists;
const table = (type: CapacityRecordType): Shared => TABLES[type] as Shared;
const column = (type: CapacityRecordType, name: string): SQLiteColumn => {
  const c = (TABLES[type] as unknown as Record<string, SQLiteColumn | undefined>)[name];
  if (!c) throw new Error(`${type} has no column ${name}`);
  return c;
};

export function findRecordByRef<T extends CapacityRecordType>(
  { providerId }: ProviderScope,
  type: T,
  externalRef: string,
): CapacityRow<T> | undefined {
  const t = table(type);
  const row = getDb()
    .select()
    .from(t)
    .where(and(eq(t.providerId, providerId), eq(t.externalRef, externalRef)))
    .get();
  return row as CapacityRow<T> | undefined;
}

/**
 * The reference of the provider's record of this type whose `fields` hold these values (a second
 * identity besides externalRef, such as municipality and week), if there is one.
 */
export function findRefByKey<T extends CapacityRecordType>(
  { providerId }: ProviderScope,
  type: T,
  key: Partial<CapacityValues<T>>,
): string | undefined {
  const t = table(type);
  const conditions = Object.entries(key).map(([name, value]) => eq(column(type, name), value));
  return getDb()
    .select({ ref: t.externalRef })
    .from(t)
    .where(and(eq(t.providerId, providerId), ...conditions))
    .get()?.ref;
}

/** The provider's records of one type, by reference. */
export function recordsOf<T extends CapacityRecordType>({ providerId }: ProviderScope, type: T): CapacityRow<T>[] {
  const t = table(type);
  const rows = getDb().select().from(t).where(eq(t.providerId, providerId)).orderBy(asc(t.externalRef)).all();
  return rows as CapacityRow<T>[];
}

export function insertRecord<T extends CapacityRecordType>(
  { providerId }: ProviderScope,
  type: T,
  externalRef: string,
  values: CapacityValues<T>,
  at: Date,
): void {
  getDb()
    .insert(table(type))
    .values({ ...values, providerId, externalRef, updatedAt: at, confirmedAt: at } as Shared["$inferInsert"])
    .run();
}

/** Changes a record's values: updated and confirmed now. */
export function updateRecord<T extends CapacityRecordType>(
  { providerId }: ProviderScope,
  type: T,
  id: number,
  values: CapacityValues<T>,
  at: Date,
): void {
  const t = table(type);
  getDb()
    .update(t)
    .set({ ...values, updatedAt: at, confirmedAt: at })
    .where(and(eq(t.id, id), eq(t.providerId, providerId)))
    .run();
}

/** The provider says a record is still right: fresh again, its data and updatedAt untouched. */
export function confirmRecord({ providerId }: ProviderScope, type: CapacityRecordType, id: number, at: Date): void {
  const t = table(type);
  getDb()
    .update(t)
    .set({ confirmedAt: at })
    .where(and(eq(t.id, id), eq(t.providerId, providerId)))
    .run();
}

export function deleteRecord({ providerId }: ProviderScope, type: CapacityRecordType, id: number): void {
  const t = table(type);
  getDb()
    .delete(t)
    .where(and(eq(t.id, id), eq(t.providerId, providerId)))
    .run();
}

/** Confirms every record of the provider, of every type; returns how many. */
export function confirmAllRecords({ providerId }: ProviderScope, at: Date): number {
  let confirmed = 0;
  for (const type of CAPACITY_RECORD_TYPES) {
    const t = table(type);
    confirmed += getDb().update(t).set({ confirmedAt: at }).where(eq(t.providerId, providerId)).run().changes;
  }
  return confirmed;
}

export type CapacityChange = Omit<typeof capacityChanges.$inferInsert, "id" | "providerId">;

/** One entry in the provider's capacity history. */
export function insertCapacityChange({ providerId }: ProviderScope, change: CapacityChange): void {
  getDb()
    .insert(capacityChanges)
    .values({ providerId, ...change })
    .run();
}

/** The provider's latest capacity changes, newest first, with the name of who made them. */
export function capacityChangesOf({ providerId }: ProviderScope, limit: number) {
  return getDb()
    .select({
      id: capacityChanges.id,
      recordType: capacityChanges.recordType,
      externalRef: capacityChanges.externalRef,
      action: capacityChanges.action,
      before: capacityChanges.before,
      after: capacityChanges.after,
      at: capacityChanges.at,
      byName: users.name,
      apiKeyId: capacityChanges.apiKeyId,
    })
    .from(capacityChanges)
    .leftJoin(users, eq(users.id, capacityChanges.changedByUserId))
    .where(eq(capacityChanges.providerId, providerId))
    .orderBy(desc(capacityChanges.at), desc(capacityChanges.id))
    .limit(limit)
    .all();
}

/**
 * Totals of the provider's records confirmed since `freshSince` (stale ones do not count, as
 * matching ignores them): waiting lists, mediations of `month` and seats in cohorts from `day` left
 * after what requests took, helpers. A ZIN
 * provider's weeks are stated week by week (domain/capacity zinWeekRooms), not summed here.
 */
export function freshTotalsOf(
  { providerId }: ProviderScope,
  at: { freshSince: Date; month: string; day: string; now: Date },
) {
  const db = getDb();
  const total = (c: SQLiteColumn) => sql<number>`coalesce(sum(${c}), 0)`;
  const fresh = (t: { providerId: SQLiteColumn; confirmedAt: SQLiteColumn }) =>
    and(eq(t.providerId, providerId), gte(t.confirmedAt, at.freshSince));
  const waiting = db
    .select({ n: total(zinWaitingLists.length) })
    .from(zinWaitingLists)
    .where(fresh(zinWaitingLists))
    .get();
  // What requests took is not free (as matching counts it, per municipality and cohort), so the
  // provider's home page and the options page give one figure.
  const mediations = db
    .select({
      municipalityCode: mediatorCapacityMonths.municipalityCode,
      newMatches: mediatorCapacityMonths.newMatches,
    })
    .from(mediatorCapacityMonths)
    .where(and(fresh(mediatorCapacityMonths), eq(mediatorCapacityMonths.month, at.month)))
    .all()
    .reduce((n, m) => n + Math.max(0, m.newMatches - mediationsTaken(providerId, m.municipalityCode, at.now)), 0);
  const helpers = db
    .select({ n: total(mediatorPools.helpers) })
    .from(mediatorPools)
    .where(fresh(mediatorPools))
    .get();
  const seats = db
    .select({ id: physioCohorts.id, seats: physioCohorts.seats })
    .from(physioCohorts)
    .where(and(fresh(physioCohorts), gte(physioCohorts.startDate, at.day)))
    .all()
    .reduce((n, c) => n + Math.max(0, c.seats - seatsTaken(c.id)), 0);
  return {
    waitingList: waiting?.n ?? 0,
    mediationsThisMonth: mediations,
    helpers: helpers?.n ?? 0,
    cohortSeats: seats,
  };
}
