// A provider's agenda: a cleaner's booked and cancelled visits in a period, a physio practice's
// group sessions with their participants, and the staff member's secret calendar token. Scoped to
// the provider in every query. Times leave this module as epoch milliseconds.
import { and, asc, eq, gte, isNull, lt, sql } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { cancelledVisits, cleanerSlots, helpRequests, physioCohorts, users } from "~db/schema";

type ProviderScope = { providerId: number };

const clientName = sql<string>`coalesce(${helpRequests.actingForName}, ${users.name})`;

/**
 * The provider's booked visits that start in [from, to), earliest first (1000 at most); with a
 * request, that booking's only (what stopping it calls off, ADR 041).
 */
export function bookedVisitsOfProvider(
  { providerId }: ProviderScope,
  from: number,
  to: number,
  only: { requestId?: number } = {},
) {
  return getDb()
    .select({
      slotId: cleanerSlots.id,
      requestId: helpRequests.id,
      startsAt: cleanerSlots.startsAt,
      endsAt: cleanerSlots.endsAt,
      status: helpRequests.status,
      name: clientName,
      email: users.email,
      answers: helpRequests.answers,
      // Someone acting for the client is the one to call: the account holder and the relation.
      actingForName: helpRequests.actingForName,
      accountName: users.name,
      actingRelation: helpRequests.actingRelation,
      noteForProvider: helpRequests.noteForProvider,
    })
    .from(cleanerSlots)
    .innerJoin(helpRequests, eq(helpRequests.id, cleanerSlots.requestId))
    .innerJoin(users, eq(users.id, helpRequests.citizenUserId))
    .where(
      and(
        eq(cleanerSlots.providerId, providerId),
        eq(cleanerSlots.status, "booked"),
        eq(helpRequests.providerId, providerId),
        only.requestId === undefined ? undefined : eq(helpRequests.id, only.requestId),
        gte(cleanerSlots.startsAt, new Date(from)),
        lt(cleanerSlots.startsAt, new Date(to)),
      ),
    )
    .orderBy(asc(cleanerSlots.startsAt))
    .limit(1000)
    .all()
    .map((r) => ({ ...r, startsAt: r.startsAt.getTime(), endsAt: r.endsAt.getTime() }));
}

/** A cancelled visit the same request did not book back. */
const notBookedAgain = sql`NOT EXISTS (SELECT 1 FROM ${cleanerSlots} WHERE ${cleanerSlots.id} = ${cancelledVisits.slotId}
  AND ${cleanerSlots.requestId} = ${cancelledVisits.requestId} AND ${cleanerSlots.status} IN ('held', 'booked'))`;

/** The provider's cancelled visits that would have started in [from, to): marked in the agenda. */
export function cancelledVisitsOfProvider({ providerId }: ProviderScope, from: number, to: number) {
  return getDb()
    .select({
      slotId: cancelledVisits.slotId,
      requestId: cancelledVisits.requestId,
      startsAt: cancelledVisits.startsAt,
      endsAt: cancelledVisits.endsAt,
      name: clientName,
      byProvider: cancelledVisits.byProvider,
      chargedCents: cancelledVisits.chargedCents,
    })
    .from(cancelledVisits)
    .innerJoin(helpRequests, eq(helpRequests.id, cancelledVisits.requestId))
    .innerJoin(users, eq(users.id, helpRequests.citizenUserId))
    .where(
      and(
        eq(cancelledVisits.providerId, providerId),
        gte(cancelledVisits.startsAt, new Date(from)),
        lt(cancelledVisits.startsAt, new Date(to)),
        notBookedAgain,
      ),
    )
    .orderBy(asc(cancelledVisits.startsAt))
    .limit(1000)
    .all()
    .map((r) => ({ ...r, startsAt: r.startsAt.getTime(), endsAt: r.endsAt.getTime() }));
}

/** The practice's cohorts (their timetables), newest start first; 200 at most. */
export function cohortsOfProvider({ providerId }: ProviderScope) {
  return getDb()
    .select({
      id: physioCohorts.id,
      startDate: physioCohorts.startDate,
      weeks: physioCohorts.weeks,
      w1: physioCohorts.session1Weekday,
      t1: physioCohorts.session1Time,
      w2: physioCohorts.session2Weekday,
      t2: physioCohorts.session2Time,
      location: physioCohorts.location,
    })
    .from(physioCohorts)
    .where(eq(physioCohorts.providerId, providerId))
    .orderBy(sql`${physioCohorts.startDate} DESC`)
    .limit(200)
    .all();
}

/** The participants enrolled in the practice's cohorts (accepted: their contact may be shown). */
export function enrolledParticipantsOfProvider({ providerId }: ProviderScope) {
  return getDb()
    .select({ requestId: helpRequests.id, cohortId: helpRequests.cohortId, name: clientName })
    .from(helpRequests)
    .innerJoin(users, eq(users.id, helpRequests.citizenUserId))
    .where(and(eq(helpRequests.providerId, providerId), eq(helpRequests.status, "enrolled")))
    .orderBy(asc(clientName))
    .all();
}

export function staffCalendarTokenOf({ userId }: { userId: number }): string | null {
  return getDb().select({ token: users.calendarToken }).from(users).where(eq(users.id, userId)).get()?.token ?? null;
}

export function setStaffCalendarToken({ userId }: { userId: number }, token: string): void {
  getDb().update(users).set({ calendarToken: token }).where(eq(users.id, userId)).run();
}

/** The provider staff member a calendar token belongs to (a citizen's token is not theirs). */
export function staffOfCalendarToken(token: string): { id: number; providerId: number } | null {
  const row = getDb()
    .select({ id: users.id, providerId: users.providerId })
    .from(users)
    .where(and(eq(users.calendarToken, token), eq(users.role, "provider_staff"), isNull(users.deactivatedAt)))
    .get();
  return row?.providerId ? { id: row.id, providerId: row.providerId } : null;
}
