// A private cleaner's slots as a booking sees them: claimed for a hold, booked weekly, freed again.
// A slot is open when it is free or held by someone whose time has passed (an expired hold frees
// itself), and bookable only while its window's capacity is fresh and the cleaner vetted.
import { and, asc, eq, gt, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { getDb } from "~db/client.server";
import {
  cancelledVisits,
  cleanerSlots,
  cleanerWindows,
  helpRequests,
  providers,
  users,
  type VisitOutcome,
} from "~db/schema";
import type { Executor } from "./executor.server";
import type { CitizenScope } from "./help-requests.server";

const open = (now: Date) =>
  or(eq(cleanerSlots.status, "free"), and(eq(cleanerSlots.status, "held"), lte(cleanerSlots.holdExpiresAt, now)));

/** Windows confirmed since this moment are fresh. */
const freshWindows = (freshSince: Date) =>
  getDb().select({ id: cleanerWindows.id }).from(cleanerWindows).where(gte(cleanerWindows.confirmedAt, freshSince));

/**
 * Holds an open future slot of this cleaner for a request, in a fresh window. False when someone
 * else has it (or it does not exist): the caller's transaction then writes nothing.
 */
export function claimSlot(claim: {
  slotId: number;
  providerId: number;
  requestId: number;
  holdExpiresAt: Date;
  freshSince: Date;
  now: Date;
}): boolean {
  const changed = getDb()
    .update(cleanerSlots)
    .set({ status: "held", holdExpiresAt: claim.holdExpiresAt, requestId: claim.requestId })
    .where(
      and(
        eq(cleanerSlots.id, claim.slotId),
        eq(cleanerSlots.providerId, claim.providerId),
        gt(cleanerSlots.startsAt, claim.now),
        open(claim.now),
        inArray(cleanerSlots.windowId, freshWindows(claim.freshSince)),
      ),
    )
    .run().changes;
  return changed === 1;
}

/** The slot a request holds, if it still does. */
export function heldSlotOf(requestId: number) {
  return (
    getDb()
      .select({ id: cleanerSlots.id, windowId: cleanerSlots.windowId, startsAt: cleanerSlots.startsAt })
      .from(cleanerSlots)
      .where(and(eq(cleanerSlots.requestId, requestId), eq(cleanerSlots.status, "held")))
      // A weekly time is held whole: its first visit starts the series.
      .orderBy(asc(cleanerSlots.startsAt))
      .get()
  );
}

/** The cleaner's slots of one window after a slot's start, whatever their state (one weekly time is among them). */
export function windowSlotsAfter(providerId: number, first: SeriesStart) {
  return getDb()
    .select({
      id: cleanerSlots.id,
      windowId: cleanerSlots.windowId,
      startsAt: cleanerSlots.startsAt,
      status: cleanerSlots.status,
      requestId: cleanerSlots.requestId,
      holdExpiresAt: cleanerSlots.holdExpiresAt,
    })
    .from(cleanerSlots)
    .where(
      and(
        eq(cleanerSlots.providerId, providerId),
        first.windowId === null ? isNull(cleanerSlots.windowId) : eq(cleanerSlots.windowId, first.windowId),
        gt(cleanerSlots.startsAt, first.startsAt),
      ),
    )
    .orderBy(asc(cleanerSlots.startsAt))
    .all();
}

/** Holds a later visit of a weekly time for the request whose first visit it holds; false when not open. */
export function holdLaterSlot(slotId: number, requestId: number, holdExpiresAt: Date, now: Date): boolean {
  return (
    getDb()
      .update(cleanerSlots)
      .set({ status: "held", holdExpiresAt, requestId })
      .where(and(eq(cleanerSlots.id, slotId), open(now)))
      .run().changes === 1
  );
}

export type SeriesStart = NonNullable<ReturnType<typeof heldSlotOf>>;

export function bookSlot(slotId: number, requestId: number): void {
  getDb()
    .update(cleanerSlots)
    .set({ status: "booked", holdExpiresAt: null, requestId })
    .where(eq(cleanerSlots.id, slotId))
    .run();
}

/** Frees the slot a request still holds (its hold ended or it was cancelled). */
export function releaseHeldSlot(requestId: number): void {
  getDb()
    .update(cleanerSlots)
    .set({ status: "free", holdExpiresAt: null, requestId: null })
    .where(and(eq(cleanerSlots.requestId, requestId), eq(cleanerSlots.status, "held")))
    .run();
}

/** Frees a request's slots that are still ahead; visits that began stay with the request. */
export function releaseFutureSlots(requestId: number, now: Date): void {
  getDb()
    .update(cleanerSlots)
    .set({ status: "free", holdExpiresAt: null, requestId: null })
    .where(and(eq(cleanerSlots.requestId, requestId), gt(cleanerSlots.startsAt, now)))
    .run();
}

const bookable = (providerId: number, freshSince: Date, now: Date) =>
  and(
    eq(cleanerSlots.providerId, providerId),
    eq(providers.vettingStatus, "vetted"),
    inArray(cleanerSlots.windowId, freshWindows(freshSince)),
    gt(cleanerSlots.startsAt, now),
    open(now),
  );

/** The cleaner's next bookable slots, soonest first. */
export function bookableSlotsOf(providerId: number, freshSince: Date, now: Date, limit: number) {
  return getDb()
    .select({
      id: cleanerSlots.id,
      windowId: cleanerSlots.windowId,
      startsAt: cleanerSlots.startsAt,
      endsAt: cleanerSlots.endsAt,
    })
    .from(cleanerSlots)
    .innerJoin(providers, eq(providers.id, cleanerSlots.providerId))
    .where(bookable(providerId, freshSince, now))
    .orderBy(asc(cleanerSlots.startsAt))
    .limit(limit)
    .all();
}

/**
 * The cleaner's future slots someone booked or holds: a weekly time taken in a later week is no
 * weekly time (domain/slots weeklyStarts). The moving request's own visits count too, as they do
 * when the move is made (its own freed date is not a weekly time either).
 */
export function takenSlotsOf(providerId: number, now: Date) {
  return getDb()
    .select({ windowId: cleanerSlots.windowId, startsAt: cleanerSlots.startsAt })
    .from(cleanerSlots)
    .where(
      and(
        eq(cleanerSlots.providerId, providerId),
        gt(cleanerSlots.startsAt, now),
        or(
          eq(cleanerSlots.status, "booked"),
          and(eq(cleanerSlots.status, "held"), gt(cleanerSlots.holdExpiresAt, now)),
        ),
      ),
    )
    .all();
}

/** One bookable slot of the cleaner, or undefined when it is taken, gone or someone else's. */
export function findBookableSlot(providerId: number, slotId: number, freshSince: Date, now: Date) {
  return getDb()
    .select({
      id: cleanerSlots.id,
      windowId: cleanerSlots.windowId,
      startsAt: cleanerSlots.startsAt,
      endsAt: cleanerSlots.endsAt,
    })
    .from(cleanerSlots)
    .innerJoin(providers, eq(providers.id, cleanerSlots.providerId))
    .where(and(eq(cleanerSlots.id, slotId), bookable(providerId, freshSince, now)))
    .get();
}

/** The visits of one of the citizen's requests, in order (none for anyone else's). */
export function visitsOf({ citizenUserId }: CitizenScope, requestId: number) {
  return getDb()
    .select({
      id: cleanerSlots.id,
      startsAt: cleanerSlots.startsAt,
      endsAt: cleanerSlots.endsAt,
      status: cleanerSlots.status,
    })
    .from(cleanerSlots)
    .innerJoin(helpRequests, eq(helpRequests.id, cleanerSlots.requestId))
    .where(and(eq(cleanerSlots.requestId, requestId), eq(helpRequests.citizenUserId, citizenUserId)))
    .orderBy(asc(cleanerSlots.startsAt))
    .all();
}

/** The citizen's booked visits of bookings still running, with the cleaner's name and contact (calendar, next visit). */
export function bookedVisitsOf({ citizenUserId }: CitizenScope) {
  return getDb()
    .select({
      id: cleanerSlots.id,
      requestId: helpRequests.id,
      startsAt: cleanerSlots.startsAt,
      endsAt: cleanerSlots.endsAt,
      name: providers.name,
      phone: providers.contactPhone,
      email: providers.contactEmail,
    })
    .from(cleanerSlots)
    .innerJoin(helpRequests, eq(helpRequests.id, cleanerSlots.requestId))
    .innerJoin(providers, eq(providers.id, cleanerSlots.providerId))
    .where(
      and(
        eq(helpRequests.citizenUserId, citizenUserId),
        eq(helpRequests.status, "booked"),
        eq(cleanerSlots.status, "booked"),
      ),
    )
    .orderBy(asc(cleanerSlots.startsAt))
    .all();
}

// ── Visits as payments see them: a booked visit with its request, and what became of it ──
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
 * Whether a slot id is this cleaner's: a slot of hers now, or a visit of hers called off (its slot
 * may be gone). Another's, or none, is not found for her.
 */
export function isSlotOfProvider({ providerId }: { providerId: number }, slotId: number): boolean {
  const db = getDb();
  const slot = db
    .select({ id: cleanerSlots.id })
    .from(cleanerSlots)
    .where(and(eq(cleanerSlots.id, slotId), eq(cleanerSlots.providerId, providerId)))
    .get();
  if (slot) return true;
  const cancelled = db
    .select({ id: cancelledVisits.id })
    .from(cancelledVisits)
    .where(and(eq(cancelledVisits.slotId, slotId), eq(cancelledVisits.providerId, providerId)))
    .get();
  return cancelled !== undefined;
}

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
