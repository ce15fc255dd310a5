// The dashboard's requests (ADR 009): every request of an area with its course, the waiting
// lists providers publish, and the consultants' steering reasons. Correlated subqueries go
// through drizzle's `sql<T>`.
import { and, count, desc, eq, gte, inArray, lt, max, ne, notInArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "~db/client.server";
import {
  caseDecisions,
  cases,
  cleanerSlots,
  helpRequests,
  type OptionKind,
  payments,
  physioCohorts,
  providers,
  type RequestStatus,
  referrals,
  requestEvents,
  zinWaitingLists,
} from "~db/schema";
import { type Area, areaCodes, type Instants } from "./area.server";

/** Statuses that end the wait for a decision, per request kind. */
const DECIDED: RequestStatus[] = [
  "steered",
  "indicated",
  "booked",
  "enrolled",
  "matched",
  "declined",
  "care_started",
  "care_ended",
];

/** When a request first reached one of these statuses (ms), or null. */
const firstEventAt = (statuses: RequestStatus[]) =>
  sql<number | null>`(SELECT min(${requestEvents.at}) FROM ${requestEvents}
    WHERE ${requestEvents.requestId} = ${helpRequests.id} AND ${inArray(requestEvents.status, statuses)})`;

const everReached = (statuses: RequestStatus[]) =>
  sql`EXISTS (SELECT 1 FROM ${requestEvents}
    WHERE ${requestEvents.requestId} = ${helpRequests.id} AND ${inArray(requestEvents.status, statuses)})`.mapWith(
    Boolean,
  );

/**
 * Every request of the area (holds and expired holds aside) with what the figures are made of:
 * its provider (the one referred to, for ZIN), when it was decided, started or cancelled, and
 * what it ended in. History included: the figures pick their period from it.
 */
export function requestFactRows(area: Area) {
  const referral = alias(referrals, "f");
  const other = alias(referrals, "g");
  const referredTo = alias(providers, "pf");
  const db = getDb();
  const latestReferral = db
    .select({ id: max(other.id) })
    .from(other)
    .where(and(eq(other.caseId, helpRequests.caseId), ne(other.status, "withdrawn")));
  return db
    .select({
      id: helpRequests.id,
      kind: helpRequests.kind,
      status: helpRequests.status,
      municipalityCode: helpRequests.municipalityCode,
      requestedAt: helpRequests.createdAt,
      answers: helpRequests.answers,
      municipalityCostCents: helpRequests.municipalityCostPerMonthCents,
      providerId: sql<number | null>`coalesce(${referral.providerId}, ${helpRequests.providerId})`,
      providerName: sql<string | null>`coalesce(${referredTo.name}, ${providers.name})`,
      decidedAt: firstEventAt(DECIDED),
      cancelledAt: firstEventAt(["cancelled", "expired"]),
      careStartedAt: firstEventAt(["care_started"]),
      firstVisit: sql<number | null>`(SELECT min(${cleanerSlots.startsAt}) FROM ${cleanerSlots}
        WHERE ${cleanerSlots.requestId} = ${helpRequests.id})`,
      firstPaidVisit: sql<number | null>`(SELECT min(${payments.visitStartsAt}) FROM ${payments}
        WHERE ${payments.requestId} = ${helpRequests.id})`,
      cohortStart: physioCohorts.startDate,
      helperStart: helpRequests.helperStartDate,
      decisionKind: sql<OptionKind | null>`(SELECT ${caseDecisions.kind} FROM ${caseDecisions}
        WHERE ${caseDecisions.requestId} = ${helpRequests.id} ORDER BY ${caseDecisions.id} DESC LIMIT 1)`,
      took: everReached(["booked", "enrolled", "matched"]),
      tookAt: firstEventAt(["booked", "enrolled", "matched"]),
      indicated: everReached(["indicated"]),
    })
    .from(helpRequests)
    .leftJoin(providers, eq(providers.id, helpRequests.providerId))
    .leftJoin(physioCohorts, eq(physioCohorts.id, helpRequests.cohortId))
    .leftJoin(referral, eq(referral.id, sql`(${latestReferral})`))
    .leftJoin(referredTo, eq(referredTo.id, referral.providerId))
    .where(
      and(
        inArray(helpRequests.municipalityCode, areaCodes(area)),
        notInArray(helpRequests.status, ["held", "expired"]),
      ),
    )
    .all();
}

export type RequestFactRow = ReturnType<typeof requestFactRows>[number];

/** The ZIN waiting lists providers publish, summed per provider. */
export function publishedWaitingLists(area: Area) {
  return getDb()
    .select({ provider: providers.name, n: sql<number>`sum(${zinWaitingLists.length})` })
    .from(zinWaitingLists)
    .innerJoin(providers, eq(providers.id, zinWaitingLists.providerId))
    .where(inArray(zinWaitingLists.municipalityCode, areaCodes(area)))
    .groupBy(providers.name)
    .orderBy(providers.name)
    .all();
}

/** The consultants' reasons for their steering decisions in the period, most frequent first. */
export function steeringReasons(area: Area, period: Instants) {
  return getDb()
    .select({ reason: caseDecisions.reason, n: count() })
    .from(caseDecisions)
    .innerJoin(cases, eq(cases.id, caseDecisions.caseId))
    .where(
      and(
        inArray(cases.municipalityCode, areaCodes(area)),
        gte(caseDecisions.decidedAt, period.from),
        lt(caseDecisions.decidedAt, period.before),
      ),
    )
    .groupBy(caseDecisions.reason)
    .orderBy(desc(count()), caseDecisions.reason)
    .all();
}
