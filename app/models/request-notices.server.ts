// What the notices of a request's steps need to know (issue 16): whose request, which provider,
// who works there, and the visits and sessions to remind people of. Names and times only: the
// answers (situation, limitations, income) are never read here.
import { and, asc, eq, gt, gte, inArray, isNull, like, lt, lte, or, sql } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { cleanerSlots, helpRequests, notifications, physioCohorts, providers, users } from "~db/schema";

/** A request as its notices see it. */
export function requestForNotice(requestId: number) {
  return getDb()
    .select({
      id: helpRequests.id,
      kind: helpRequests.kind,
      status: helpRequests.status,
      citizenUserId: helpRequests.citizenUserId,
      citizenName: users.name,
      actingForName: helpRequests.actingForName,
      providerId: helpRequests.providerId,
      municipalityCode: helpRequests.municipalityCode,
      cohortId: helpRequests.cohortId,
      holdExpiresAt: helpRequests.holdExpiresAt,
      createdAt: helpRequests.createdAt,
      providerName: providers.name,
      providerPhone: providers.contactPhone,
      providerEmail: providers.contactEmail,
      cohortStartDate: physioCohorts.startDate,
    })
    .from(helpRequests)
    .innerJoin(users, eq(users.id, helpRequests.citizenUserId))
    .leftJoin(providers, eq(providers.id, helpRequests.providerId))
    .leftJoin(physioCohorts, eq(physioCohorts.id, helpRequests.cohortId))
    .where(eq(helpRequests.id, requestId))
    .get();
}

export type RequestForNotice = NonNullable<ReturnType<typeof requestForNotice>>;

/** The active staff accounts of a provider: all of them hear of its bookings and requests. */
export function providerStaffIds(providerId: number): number[] {
  return getDb()
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.providerId, providerId), eq(users.role, "provider_staff"), isNull(users.deactivatedAt)))
    .all()
    .map((r) => r.id);
}

/** The booked visits of a request from `after` on, earliest first (the booking's series). */
export function bookedVisitsOfRequest(requestId: number, after: Date) {
  return getDb()
    .select({ slotId: cleanerSlots.id, startsAt: cleanerSlots.startsAt, endsAt: cleanerSlots.endsAt })
    .from(cleanerSlots)
    .where(
      and(eq(cleanerSlots.requestId, requestId), eq(cleanerSlots.status, "booked"), gt(cleanerSlots.startsAt, after)),
    )
    .orderBy(asc(cleanerSlots.startsAt))
    .all();
}

/** Booked visits of running bookings that start in [from, to): those to remind of. */
export function bookedVisitsBetween(from: Date, to: Date) {
  return getDb()
    .select({
      slotId: cleanerSlots.id,
      requestId: helpRequests.id,
      startsAt: cleanerSlots.startsAt,
      citizenUserId: helpRequests.citizenUserId,
      municipalityCode: helpRequests.municipalityCode,
      providerName: providers.name,
    })
    .from(cleanerSlots)
    .innerJoin(helpRequests, eq(helpRequests.id, cleanerSlots.requestId))
    .innerJoin(providers, eq(providers.id, cleanerSlots.providerId))
    .where(
      and(
        eq(cleanerSlots.status, "booked"),
        gte(cleanerSlots.startsAt, from),
        lt(cleanerSlots.startsAt, to),
        eq(helpRequests.status, "booked"),
        eq(helpRequests.kind, "private_cleaner"),
      ),
    )
    .all();
}

/** Enrolled Powerful Ageing participants whose cohort may have a session on `day` (YYYY-MM-DD). */
export function enrolledParticipantsOn(day: string) {
  return getDb()
    .select({
      requestId: helpRequests.id,
      citizenUserId: helpRequests.citizenUserId,
      municipalityCode: helpRequests.municipalityCode,
      providerName: providers.name,
      startDate: physioCohorts.startDate,
      weeks: physioCohorts.weeks,
      w1: physioCohorts.session1Weekday,
      t1: physioCohorts.session1Time,
      w2: physioCohorts.session2Weekday,
      t2: physioCohorts.session2Time,
    })
    .from(helpRequests)
    .innerJoin(physioCohorts, eq(physioCohorts.id, helpRequests.cohortId))
    .innerJoin(providers, eq(providers.id, helpRequests.providerId))
    .where(
      and(
        eq(helpRequests.status, "enrolled"),
        eq(helpRequests.kind, "powerful_ageing"),
        lte(physioCohorts.startDate, day),
      ),
    )
    .all();
}

/** Unconfirmed holds that end in (from, to]: their holders are warned once. */
export function holdsEndingBetween(from: Date, to: Date): number[] {
  return getDb()
    .select({ id: helpRequests.id })
    .from(helpRequests)
    .where(
      and(
        eq(helpRequests.status, "held"),
        gt(helpRequests.holdExpiresAt, from),
        lte(helpRequests.holdExpiresAt, to),
        inArray(helpRequests.kind, ["private_cleaner"]),
      ),
    )
    .all()
    .map((r) => r.id);
}

/**
 * Erasure: the notices about these requests no longer name the person (`who`, the short name
 * staff messages carry). Their eventKeys start with the request's id (request:12:…, visit:12:…).
 */
export function eraseNamesInNotices(requestIds: readonly number[], replacement: string): number {
  let changed = 0;
  for (const id of requestIds) {
    changed += getDb()
      .update(notifications)
      .set({ params: sql`json_set(${notifications.params}, '$.who', ${replacement})` })
      .where(
        and(
          or(like(notifications.eventKey, `request:${id}:%`), like(notifications.eventKey, `visit:${id}:%`)),
          sql`json_extract(${notifications.params}, '$.who') IS NOT NULL`,
        ),
      )
      .run().changes;
  }
  return changed;
}
