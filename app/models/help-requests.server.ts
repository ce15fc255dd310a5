// Help requests as their citizen and their provider see them. Every query that fetches a request
// takes the scope it is read in (the citizen, the provider) and adds it to the WHERE itself, so a
// request of someone else is simply not found. Writes are by id: the caller found it in scope.
import { and, asc, count, desc, eq, inArray, isNull, lt, lte, ne, notInArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { TAKE_ON_REQUEST } from "~/domain/contact";
import { REQUEST_STATUSES_FOLLOWING_CARE } from "~/domain/referral";
import { type Db, getDb } from "~db/client.server";
import type { RequestStatus } from "~db/enums";
import { helpRequests, providers, requestEvents, users } from "~db/schema";

export type CitizenScope = { citizenUserId: number };
export type ProviderScope = { providerId: number };

type HelpRequest = typeof helpRequests.$inferSelect;
export type NewHelpRequest = typeof helpRequests.$inferInsert;

/** The columns the citizen's pages show, with the provider's name. */
const citizenColumns = {
  id: helpRequests.id,
  kind: helpRequests.kind,
  offerId: helpRequests.offerId,
  status: helpRequests.status,
  providerId: helpRequests.providerId,
  providerName: providers.name,
  municipalityCode: helpRequests.municipalityCode,
  citizenCostPerMonthCents: helpRequests.citizenCostPerMonthCents,
  holdExpiresAt: helpRequests.holdExpiresAt,
  createdAt: helpRequests.createdAt,
  actingForName: helpRequests.actingForName,
  actingRelation: helpRequests.actingRelation,
  waitDaysAtRequest: helpRequests.waitDaysAtRequest,
  helperFirstName: helpRequests.helperFirstName,
  helperStartDate: helpRequests.helperStartDate,
  declineReason: helpRequests.declineReason,
  answers: helpRequests.answers,
  takenOnAt: helpRequests.takenOnAt,
  // When the cleaner stopped the booking (ADR 041); her reason is not the citizen's to read.
  endedByProviderAt: helpRequests.endedByProviderAt,
  providerPhone: providers.contactPhone,
  noteForProvider: helpRequests.noteForProvider,
};

const ofCitizen = ({ citizenUserId }: CitizenScope, requestId: number) =>
  and(eq(helpRequests.id, requestId), eq(helpRequests.citizenUserId, citizenUserId));

/** One request of this citizen, or undefined for anyone else's. */
export function findRequestOf(scope: CitizenScope, requestId: number) {
  return getDb()
    .select(citizenColumns)
    .from(helpRequests)
    .leftJoin(providers, eq(providers.id, helpRequests.providerId))
    .where(ofCitizen(scope, requestId))
    .get();
}

export type CitizenRequestRow = NonNullable<ReturnType<typeof findRequestOf>>;

/** The citizen's requests, newest first. */
export function listRequestsOf({ citizenUserId }: CitizenScope) {
  return getDb()
    .select(citizenColumns)
    .from(helpRequests)
    .leftJoin(providers, eq(providers.id, helpRequests.providerId))
    .where(eq(helpRequests.citizenUserId, citizenUserId))
    .orderBy(desc(helpRequests.createdAt), desc(helpRequests.id))
    .all();
}

/** What a use case needs to decide on one of the citizen's requests (no provider join). */
export function findRequestStateOf(scope: CitizenScope, requestId: number) {
  return getDb()
    .select({
      id: helpRequests.id,
      kind: helpRequests.kind,
      status: helpRequests.status,
      holdExpiresAt: helpRequests.holdExpiresAt,
      providerId: helpRequests.providerId,
      municipalityCode: helpRequests.municipalityCode,
      paymentMethod: helpRequests.paymentMethod,
      noteForProvider: helpRequests.noteForProvider,
    })
    .from(helpRequests)
    .where(ofCitizen(scope, requestId))
    .get();
}

/** Whether this citizen has this request. */
export function isRequestOf(scope: CitizenScope, requestId: number): boolean {
  return (
    getDb().select({ id: helpRequests.id }).from(helpRequests).where(ofCitizen(scope, requestId)).get() !== undefined
  );
}

/**
 * The account's requests in one of these statuses, with what fair share weighs (app/domain/fair-share):
 * who each is for, its kind, and a hold's end. Read inside the transaction that writes the next one.
 */
export function requestsOfAccount({ citizenUserId }: CitizenScope, statuses: readonly RequestStatus[]) {
  return getDb()
    .select({
      kind: helpRequests.kind,
      actingForName: helpRequests.actingForName,
      status: helpRequests.status,
      holdExpiresAt: helpRequests.holdExpiresAt,
      municipalityCode: helpRequests.municipalityCode,
    })
    .from(helpRequests)
    .where(and(eq(helpRequests.citizenUserId, citizenUserId), inArray(helpRequests.status, [...statuses])))
    .all();
}

export function insertRequest(values: NewHelpRequest): number {
  return getDb().insert(helpRequests).values(values).returning({ id: helpRequests.id }).get().id;
}

/** Changes a request's own columns (status, hold, payment method, case …) and its updated time. */
export function updateRequest(
  requestId: number,
  changes: Partial<
    Pick<
      HelpRequest,
      | "status"
      | "holdExpiresAt"
      | "paymentMethod"
      | "caseId"
      | "updatedAt"
      | "citizenCostPerMonthCents"
      | "municipalityCostPerMonthCents"
      | "noteForProvider"
      | "endedByProviderAt"
      | "providerEndReason"
    >
  >,
): void {
  getDb().update(helpRequests).set(changes).where(eq(helpRequests.id, requestId)).run();
}

/** Moves a held request to expired; false when it was no longer held (someone else did it first). */
export function expireHeldRequest(requestId: number, now: Date): boolean {
  return (
    getDb()
      .update(helpRequests)
      .set({ status: "expired", holdExpiresAt: null, updatedAt: now })
      .where(and(eq(helpRequests.id, requestId), eq(helpRequests.status, "held")))
      .run().changes > 0
  );
}

/** Held requests whose time has passed (the hourly upkeep's work; not scoped: it is everyone's). */
export function listExpiredHoldIds(now: Date): number[] {
  return getDb()
    .select({ id: helpRequests.id })
    .from(helpRequests)
    .where(and(eq(helpRequests.status, "held"), lte(helpRequests.holdExpiresAt, now)))
    .all()
    .map((r) => r.id);
}

/**
 * For a ZIN request waiting for the consultant: its place in the municipality's line (1 = next),
 * counting the submitted ZIN requests made before it.
 */
export function placeInLine(scope: CitizenScope, requestId: number): number {
  const me = alias(helpRequests, "me");
  const row = getDb()
    .select({ n: count() })
    .from(helpRequests)
    .innerJoin(me, and(eq(me.id, requestId), eq(me.citizenUserId, scope.citizenUserId)))
    .where(
      and(
        eq(helpRequests.kind, "zin"),
        eq(helpRequests.status, "submitted"),
        eq(helpRequests.municipalityCode, me.municipalityCode),
        or(
          lt(helpRequests.createdAt, me.createdAt),
          and(eq(helpRequests.createdAt, me.createdAt), lt(helpRequests.id, me.id)),
        ),
      ),
    )
    .get();
  return (row?.n ?? 0) + 1;
}

// ── The provider's side ──────────────────────────────────────────────────────────────────────

/**
 * The provider's requests as its staff work on them, newest first: not holds (a cleaner's are
 * bookings) and not ZIN (those come as referrals, after the consultant).
 */
export function listRequestsOfProvider({ providerId }: ProviderScope) {
  return getDb()
    .select({
      id: helpRequests.id,
      kind: helpRequests.kind,
      status: helpRequests.status,
      createdAt: helpRequests.createdAt,
      citizenUserId: helpRequests.citizenUserId,
      citizenName: users.name,
      citizenEmail: users.email,
      actingForName: helpRequests.actingForName,
      actingRelation: helpRequests.actingRelation,
      answers: helpRequests.answers,
      helperFirstName: helpRequests.helperFirstName,
      helperStartDate: helpRequests.helperStartDate,
      declineReason: helpRequests.declineReason,
      takenOnAt: helpRequests.takenOnAt,
      noteForProvider: helpRequests.noteForProvider,
      municipalityCode: helpRequests.municipalityCode,
    })
    .from(helpRequests)
    .innerJoin(users, eq(users.id, helpRequests.citizenUserId))
    .where(
      and(
        eq(helpRequests.providerId, providerId),
        notInArray(helpRequests.status, ["held", "expired"]),
        ne(helpRequests.kind, "zin"),
      ),
    )
    .orderBy(desc(helpRequests.createdAt))
    .limit(200)
    .all();
}

/** One of the provider's requests, for deciding on it. */
export function findRequestOfProvider({ providerId }: ProviderScope, requestId: number) {
  return getDb()
    .select({
      id: helpRequests.id,
      kind: helpRequests.kind,
      status: helpRequests.status,
      takenOnAt: helpRequests.takenOnAt,
      citizenUserId: helpRequests.citizenUserId,
      municipalityCode: helpRequests.municipalityCode,
    })
    .from(helpRequests)
    .where(and(eq(helpRequests.id, requestId), eq(helpRequests.providerId, providerId)))
    .get();
}

/**
 * Marks a request taken on by this staff member, only while it is still waiting and nobody took it
 * on: the WHERE re-checks, so of two posts at once one writes. Whether this one wrote.
 */
export function recordTakenOn(requestId: number, byUserId: number, now: Date): boolean {
  const result = getDb()
    .update(helpRequests)
    .set({ takenOnAt: now, takenOnBy: byUserId, updatedAt: now })
    .where(
      and(
        eq(helpRequests.id, requestId),
        isNull(helpRequests.takenOnAt),
        inArray(helpRequests.status, [...TAKE_ON_REQUEST]),
      ),
    )
    .run();
  return result.changes === 1;
}

/** The provider's decision on a request: its status, and the match or the reason for declining. */
export function recordProviderDecision(
  requestId: number,
  decision: Pick<HelpRequest, "status" | "helperFirstName" | "helperStartDate" | "declineReason">,
  now: Date,
): void {
  getDb()
    .update(helpRequests)
    .set({ ...decision, updatedAt: now })
    .where(eq(helpRequests.id, requestId))
    .run();
}

// ── The referral loop's side: the clients a provider serves, the requests that follow care ──
/** A provider serves the client of a booked, enrolled or matched request. */
const SERVED_REQUEST_STATUSES = ["booked", "enrolled", "matched"] as const satisfies readonly RequestStatus[];

/** The requests under which the provider serves a client now, by the client's name. */
export function requestsServedByProvider({ providerId }: ProviderScope, db: Pick<Db, "select"> = getDb()) {
  const name = sql<string>`coalesce(${helpRequests.actingForName}, ${users.name})`;
  return db
    .select({
      id: helpRequests.id,
      kind: helpRequests.kind,
      municipalityCode: helpRequests.municipalityCode,
      citizenUserId: helpRequests.citizenUserId,
      actingForName: helpRequests.actingForName,
      name,
      answers: helpRequests.answers,
    })
    .from(helpRequests)
    .innerJoin(users, eq(users.id, helpRequests.citizenUserId))
    .where(and(eq(helpRequests.providerId, providerId), inArray(helpRequests.status, SERVED_REQUEST_STATUSES)))
    .orderBy(asc(name))
    .all();
}

/** The citizen's requests on a case that follow the provider's care (granted, or in care). */
export function requestsFollowingCareOfCase(caseId: number, db: Pick<Db, "select"> = getDb()) {
  return db
    .select({ id: helpRequests.id, status: helpRequests.status })
    .from(helpRequests)
    .where(and(eq(helpRequests.caseId, caseId), inArray(helpRequests.status, REQUEST_STATUSES_FOLLOWING_CARE)))
    .all();
}

/** Moves a request to its next status and writes the step on its timeline. */
export function moveRequest(
  requestId: number,
  step: { status: RequestStatus; note: string | null; byUserId: number | null; at: Date },
  db: Pick<Db, "update" | "insert"> = getDb(),
): void {
  db.update(helpRequests).set({ status: step.status, updatedAt: step.at }).where(eq(helpRequests.id, requestId)).run();
  db.insert(requestEvents)
    .values({ requestId, ...step })
    .run();
}

/** The relation given with the citizen's latest request for this person (the name as stored), if any. */
export function lastRelationFor({ citizenUserId }: { citizenUserId: number }, actingForName: string): string | null {
  const row = getDb()
    .select({ relation: helpRequests.actingRelation })
    .from(helpRequests)
    .where(and(eq(helpRequests.citizenUserId, citizenUserId), eq(helpRequests.actingForName, actingForName)))
    .orderBy(desc(helpRequests.createdAt), desc(helpRequests.id))
    .limit(1)
    .get();
  return row?.relation ?? null;
}
