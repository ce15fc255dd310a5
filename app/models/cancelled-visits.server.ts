// Visits called off: the slot is free for others again, but the citizen still sees the visit as
// cancelled (on the request page and in the calendar). Times leave this module as epoch milliseconds.
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import { getDb } from "~db/client.server";
import type { ProviderCancelReason } from "~db/enums";
import { cancelledVisits, cleanerSlots, helpRequests, providers } from "~db/schema";
import type { Executor } from "./executor.server";
import type { CitizenScope } from "./help-requests.server";

export type CancelledVisitRecord = {
  requestId: number;
  slotId: number;
  providerId: number;
  startsAt: number;
  endsAt: number;
  cancelledAt: number;
  chargedCents: number;
  byUserId: number | null;
  /** The cleaner called it off, with her reason (kept from the mail: it may be about her health). */
  byProvider?: boolean;
  reason?: ProviderCancelReason | null;
};

/**
 * Records a cancelled visit (inside the cancelling transaction, before its slot is freed). A visit
 * of a booking cancelled again after it was booked back keeps one row: the latest cancellation.
 */
export function recordCancelledVisit(visit: CancelledVisitRecord, db: Executor = getDb()): number {
  const values = {
    ...visit,
    startsAt: new Date(visit.startsAt),
    endsAt: new Date(visit.endsAt),
    cancelledAt: new Date(visit.cancelledAt),
  };
  const row = db
    .insert(cancelledVisits)
    .values(values)
    .onConflictDoUpdate({
      target: [cancelledVisits.requestId, cancelledVisits.slotId],
      set: {
        startsAt: values.startsAt,
        endsAt: values.endsAt,
        cancelledAt: values.cancelledAt,
        chargedCents: values.chargedCents,
        byUserId: values.byUserId,
        byProvider: values.byProvider ?? false,
        reason: values.reason ?? null,
      },
    })
    .returning({ id: cancelledVisits.id })
    .get();
  return row.id;
}

const columns = {
  id: cancelledVisits.id,
  requestId: cancelledVisits.requestId,
  slotId: cancelledVisits.slotId,
  startsAt: cancelledVisits.startsAt,
  endsAt: cancelledVisits.endsAt,
  cancelledAt: cancelledVisits.cancelledAt,
  chargedCents: cancelledVisits.chargedCents,
  byProvider: cancelledVisits.byProvider,
};

// A visit booked again by the same request (moved back onto it) is no longer cancelled.
const notBookedAgain = sql`NOT EXISTS (SELECT 1 FROM ${cleanerSlots} WHERE ${cleanerSlots.id} = ${cancelledVisits.slotId}
  AND ${cleanerSlots.requestId} = ${cancelledVisits.requestId} AND ${cleanerSlots.status} IN ('held', 'booked'))`;

function inMs<T extends { startsAt: Date; endsAt: Date; cancelledAt: Date }>(row: T) {
  return {
    ...row,
    startsAt: row.startsAt.getTime(),
    endsAt: row.endsAt.getTime(),
    cancelledAt: row.cancelledAt.getTime(),
  };
}

/** The cancelled visits of one of the citizen's requests, earliest first (none for anyone else's). */
/**
 * When the visits a request's citizen called off began (ms): a move never books a visit at such a
 * moment back, so its fee, if any, stays right. By the moment, not the slot: a window deleted and
 * published again gives the same times new slots (outside attack). Inside the move's transaction.
 */
export function calledOffStarts(requestId: number, db: Executor = getDb()): Set<number> {
  return new Set(
    db
      .select({ startsAt: cancelledVisits.startsAt })
      .from(cancelledVisits)
      .where(eq(cancelledVisits.requestId, requestId))
      .all()
      .map((r) => r.startsAt.getTime()),
  );
}

/**
 * When the visits this cleaner called off begin (ms), those still ahead: her time then is not
 * hers to sell (she is ill or prevented), so the slot refresh makes no free slot there.
 */
export function providerCalledOffStarts(providerId: number, after: number, db: Executor = getDb()): Set<number> {
  return new Set(
    db
      .select({ startsAt: cancelledVisits.startsAt })
      .from(cancelledVisits)
      .where(
        and(
          eq(cancelledVisits.providerId, providerId),
          eq(cancelledVisits.byProvider, true),
          gt(cancelledVisits.startsAt, new Date(after)),
        ),
      )
      .all()
      .map((r) => r.startsAt.getTime()),
  );
}

export function cancelledVisitsOf({ citizenUserId }: CitizenScope, requestId: number) {
  return getDb()
    .select(columns)
    .from(cancelledVisits)
    .innerJoin(helpRequests, eq(helpRequests.id, cancelledVisits.requestId))
    .where(and(eq(cancelledVisits.requestId, requestId), eq(helpRequests.citizenUserId, citizenUserId), notBookedAgain))
    .orderBy(asc(cancelledVisits.startsAt))
    .all()
    .map(inMs);
}

/**
 * Every cancellation of one of the citizen's requests, earliest first, also of a visit booked back
 * since (for the request's history: it was called off then, and a fee stands).
 */
export function cancellationsOf({ citizenUserId }: CitizenScope, requestId: number) {
  return getDb()
    .select(columns)
    .from(cancelledVisits)
    .innerJoin(helpRequests, eq(helpRequests.id, cancelledVisits.requestId))
    .where(and(eq(cancelledVisits.requestId, requestId), eq(helpRequests.citizenUserId, citizenUserId)))
    .orderBy(asc(cancelledVisits.cancelledAt), asc(cancelledVisits.startsAt))
    .all()
    .map(inMs);
}

/** Cancelled visits of one of the citizen's requests by id (for the notice after cancelling). */
export function findCancelledVisitsOf({ citizenUserId }: CitizenScope, requestId: number, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return getDb()
    .select(columns)
    .from(cancelledVisits)
    .innerJoin(helpRequests, eq(helpRequests.id, cancelledVisits.requestId))
    .where(
      and(
        eq(cancelledVisits.requestId, requestId),
        eq(helpRequests.citizenUserId, citizenUserId),
        inArray(cancelledVisits.id, [...ids]),
      ),
    )
    .orderBy(asc(cancelledVisits.startsAt))
    .all()
    .map(inMs);
}

/** All the citizen's cancelled visits with the cleaner's name and phone (for the calendar), at most 500. */
export function cancelledVisitsForCalendar({ citizenUserId }: CitizenScope) {
  return getDb()
    .select({
      ...columns,
      name: providers.name,
      phone: providers.contactPhone,
      email: providers.contactEmail,
    })
    .from(cancelledVisits)
    .innerJoin(helpRequests, eq(helpRequests.id, cancelledVisits.requestId))
    .innerJoin(providers, eq(providers.id, cancelledVisits.providerId))
    .where(and(eq(helpRequests.citizenUserId, citizenUserId), notBookedAgain))
    .orderBy(asc(cancelledVisits.startsAt))
    .limit(500)
    .all()
    .map(inMs);
}

/**
 * The visits one cancellation called off, for its message's calendar attachment: one visit
 * (`slotId`) or all that a stopped booking called off at `cancelledAt`. A visit booked back
 * since is left out: the calendar should keep it.
 */
export function cancelledVisitsForNotice(requestId: number, which: { slotId: number } | { cancelledAt: Date }) {
  return getDb()
    .select({ ...columns, name: providers.name, phone: providers.contactPhone, email: providers.contactEmail })
    .from(cancelledVisits)
    .innerJoin(providers, eq(providers.id, cancelledVisits.providerId))
    .where(
      and(
        eq(cancelledVisits.requestId, requestId),
        "slotId" in which
          ? eq(cancelledVisits.slotId, which.slotId)
          : eq(cancelledVisits.cancelledAt, which.cancelledAt),
        notBookedAgain,
      ),
    )
    .orderBy(asc(cancelledVisits.startsAt))
    .all()
    .map(inMs);
}
