// Cleaner slots as a payment needs them: a booked visit with its request, and what became of it.
import { and, asc, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { cleanerSlots, helpRequests, users, type VisitOutcome } from "~db/schema";
import type { Executor } from "./executor.server";

/** Whose visits: the citizen who booked them, or the cleaner who makes them. */
export type VisitScope = { citizenUserId: number } | { providerId: number };

const visitColumns = {
  slotId: cleanerSlots.id,
  requestId: helpRequests.id,
  startsAt: cleanerSlots.startsAt,
  endsAt: cleanerSlots.endsAt,
  status: cleanerSlots.status,
  outcome: cleanerSlots.outcome,
  providerId: cleanerSlots.providerId,
  citizenUserId: helpRequests.citizenUserId,
  municipalityCode: helpRequests.municipalityCode,
  requestKind: helpRequests.kind,
  method: helpRequests.paymentMethod,
};

/** Times as epoch milliseconds: the money rules (app/domain/payments.ts) compute with numbers. */
function inMs<T extends { startsAt: Date; endsAt: Date }>(row: T): Omit<T, "startsAt" | "endsAt"> & Times {
  return { ...row, startsAt: row.startsAt.getTime(), endsAt: row.endsAt.getTime() };
}
type Times = { startsAt: number; endsAt: number };

function inScope(scope: VisitScope) {
  return "providerId" in scope
    ? eq(cleanerSlots.providerId, scope.providerId)
    : eq(helpRequests.citizenUserId, scope.citizenUserId);
}

/** One visit of this citizen or cleaner, whatever its state; another's is simply not found. */
export function findVisitOf(scope: VisitScope, slotId: number, db: Executor = getDb()) {
  const row = db
    .select(visitColumns)
    .from(cleanerSlots)
    .innerJoin(helpRequests, eq(helpRequests.id, cleanerSlots.requestId))
    .where(and(eq(cleanerSlots.id, slotId), inScope(scope)))
    .get();
  return row ? inMs(row) : undefined;
}

export type Visit = NonNullable<ReturnType<typeof findVisitOf>>;

/**
 * The booked visits of a cleaner booking that start after `after`. No scope of its own: it runs
 * inside a transaction that has just checked the request is the citizen's.
 */
export function upcomingVisitsOfRequest(requestId: number, after: number, db: Executor = getDb()): Visit[] {
  return db
    .select(visitColumns)
    .from(cleanerSlots)
    .innerJoin(helpRequests, eq(helpRequests.id, cleanerSlots.requestId))
    .where(
      and(
        eq(helpRequests.id, requestId),
        eq(helpRequests.kind, "private_cleaner"),
        eq(cleanerSlots.status, "booked"),
        gt(cleanerSlots.startsAt, new Date(after)),
      ),
    )
    .all()
    .map(inMs);
}

/** The held and booked visits of a citizen's booking, earliest first. */
export function visitsOfBooking(scope: { citizenUserId: number }, requestId: number, db: Executor = getDb()) {
  return db
    .select({
      slotId: cleanerSlots.id,
      startsAt: cleanerSlots.startsAt,
      endsAt: cleanerSlots.endsAt,
      outcome: cleanerSlots.outcome,
    })
    .from(cleanerSlots)
    .innerJoin(helpRequests, eq(helpRequests.id, cleanerSlots.requestId))
    .where(
      and(
        eq(cleanerSlots.requestId, requestId),
        eq(helpRequests.citizenUserId, scope.citizenUserId),
        inArray(cleanerSlots.status, ["held", "booked"]),
      ),
    )
    .orderBy(asc(cleanerSlots.startsAt))
    .all()
    .map(inMs);
}

/** A cleaner's booked visits that have begun by `until` and that nobody has marked yet (200 at most). */
export function visitsAwaitingOutcome(scope: { providerId: number }, until: number) {
  return getDb()
    .select({
      slotId: cleanerSlots.id,
      requestId: helpRequests.id,
      startsAt: cleanerSlots.startsAt,
      endsAt: cleanerSlots.endsAt,
      citizenName: sql<string>`coalesce(${helpRequests.actingForName}, ${users.name})`,
      answers: helpRequests.answers,
    })
    .from(cleanerSlots)
    .innerJoin(helpRequests, eq(helpRequests.id, cleanerSlots.requestId))
    .innerJoin(users, eq(users.id, helpRequests.citizenUserId))
    .where(
      and(
        eq(cleanerSlots.providerId, scope.providerId),
        eq(cleanerSlots.status, "booked"),
        isNull(cleanerSlots.outcome),
        lte(cleanerSlots.startsAt, new Date(until)),
      ),
    )
    .orderBy(asc(cleanerSlots.startsAt))
    .limit(200)
    .all()
    .map(inMs);
}

/** The length in minutes of some slots (free ones too: for a price before booking). */
export function slotLengths(slotIds: readonly number[]) {
  if (slotIds.length === 0) return [];
  return getDb()
    .select({
      id: cleanerSlots.id,
      // Integer division in SQLite: whole minutes.
      minutes: sql<number>`(${cleanerSlots.endsAt} - ${cleanerSlots.startsAt}) / 60000`,
    })
    .from(cleanerSlots)
    .where(inArray(cleanerSlots.id, [...slotIds]))
    .all();
}

export function recordVisitOutcome(
  slotId: number,
  outcome: VisitOutcome,
  by: { userId: number; at: Date },
  db: Executor = getDb(),
): void {
  db.update(cleanerSlots)
    .set({ outcome, outcomeAt: by.at, outcomeByUserId: by.userId })
    .where(eq(cleanerSlots.id, slotId))
    .run();
}

/** A cancelled visit's slot is free for someone else again. */
export function releaseVisit(slotId: number, db: Executor = getDb()): void {
  db.update(cleanerSlots)
    .set({ status: "free", requestId: null, holdExpiresAt: null })
    .where(eq(cleanerSlots.id, slotId))
    .run();
}
