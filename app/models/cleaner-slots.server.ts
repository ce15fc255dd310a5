// A private cleaner's slots as a booking sees them: claimed for a hold, booked weekly, freed again.
// A slot is open when it is free or held by someone whose time has passed (an expired hold frees
// itself), and bookable only while its window's capacity is fresh and the cleaner vetted.
import { and, asc, eq, gt, gte, inArray, isNull, lte, or } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { cleanerSlots, cleanerWindows, helpRequests, providers } from "~db/schema";
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
  return getDb()
    .select({ id: cleanerSlots.id, windowId: cleanerSlots.windowId, startsAt: cleanerSlots.startsAt })
    .from(cleanerSlots)
    .where(and(eq(cleanerSlots.requestId, requestId), eq(cleanerSlots.status, "held")))
    .get();
}

export type SeriesStart = NonNullable<ReturnType<typeof heldSlotOf>>;

export function bookSlot(slotId: number, requestId: number): void {
  getDb()
    .update(cleanerSlots)
    .set({ status: "booked", holdExpiresAt: null, requestId })
    .where(eq(cleanerSlots.id, slotId))
    .run();
}

/** Open slots of the same window after a first one (for the weekly series to pick its weeks from). */
export function openSlotsAfter(providerId: number, first: SeriesStart, now: Date) {
  return getDb()
    .select({ id: cleanerSlots.id, startsAt: cleanerSlots.startsAt })
    .from(cleanerSlots)
    .where(
      and(
        eq(cleanerSlots.providerId, providerId),
        first.windowId === null ? isNull(cleanerSlots.windowId) : eq(cleanerSlots.windowId, first.windowId),
        gt(cleanerSlots.startsAt, first.startsAt),
        open(now),
      ),
    )
    .all();
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
    .select({ id: cleanerSlots.id, startsAt: cleanerSlots.startsAt })
    .from(cleanerSlots)
    .innerJoin(providers, eq(providers.id, cleanerSlots.providerId))
    .where(bookable(providerId, freshSince, now))
    .orderBy(asc(cleanerSlots.startsAt))
    .limit(limit)
    .all();
}

/** One bookable slot of the cleaner, or undefined when it is taken, gone or someone else's. */
export function findBookableSlot(providerId: number, slotId: number, freshSince: Date, now: Date) {
  return getDb()
    .select({ id: cleanerSlots.id, windowId: cleanerSlots.windowId, startsAt: cleanerSlots.startsAt })
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

/** The citizen's booked visits of bookings still running, with the cleaner's name (for the calendar). */
export function bookedVisitsOf({ citizenUserId }: CitizenScope) {
  return getDb()
    .select({
      id: cleanerSlots.id,
      startsAt: cleanerSlots.startsAt,
      endsAt: cleanerSlots.endsAt,
      name: providers.name,
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
