// Referrals as the municipality's consultant sees and sends them: the indication sent to a
// provider, its status timeline, and the referrals that wait for the consultant. Scoped to the
// municipality the referral belongs to.
// Referrals as one provider sees them: every query takes the provider and adds it to the WHERE,
// so another provider's referral is simply not found.
import { and, asc, desc, eq, exists, gt, inArray, lte, notExists, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { ACTIVE_REFERRAL_STATUSES, SERVING_REFERRAL_STATUSES } from "~/domain/referral";
import { type Db, getDb } from "~db/client.server";
import type { ReferralStatus } from "~db/enums";
import {
  caseDecisions,
  cases,
  evaluations,
  indications,
  municipalities,
  providers,
  referralEvents,
  referrals,
  users,
} from "~db/schema";

type Scope = { municipalityCode: string };

const inScope = (scope: Scope) => eq(referrals.municipalityCode, scope.municipalityCode);

/** The case's referrals, newest first, with the provider's name. */
export function listReferralsOfCase(scope: Scope, caseId: number) {
  return getDb()
    .select({
      id: referrals.id,
      indicationId: referrals.indicationId,
      providerId: referrals.providerId,
      providerName: providers.name,
      status: referrals.status,
      startDate: referrals.startDate,
      declineReason: referrals.declineReason,
      endReason: referrals.endReason,
    })
    .from(referrals)
    .innerJoin(providers, eq(providers.id, referrals.providerId))
    .where(and(eq(referrals.caseId, caseId), inScope(scope)))
    .orderBy(desc(referrals.id))
    .all();
}

/** Every step of the case's referrals, in order, with who took it. */
export function listReferralEventsOfCase(scope: Scope, caseId: number) {
  return getDb()
    .select({
      id: referralEvents.id,
      referralId: referralEvents.referralId,
      status: referralEvents.status,
      note: referralEvents.note,
      at: referralEvents.at,
      by: users.name,
    })
    .from(referralEvents)
    .innerJoin(referrals, eq(referrals.id, referralEvents.referralId))
    .leftJoin(users, eq(users.id, referralEvents.byUserId))
    .where(and(eq(referrals.caseId, caseId), inScope(scope)))
    .orderBy(asc(referralEvents.id))
    .all();
}

/** One referral of the case (another case's id is not found here). */
export function findReferralOnCase(scope: Scope, caseId: number, referralId: number) {
  return getDb()
    .select({ id: referrals.id, indicationId: referrals.indicationId, status: referrals.status })
    .from(referrals)
    .where(and(eq(referrals.id, referralId), eq(referrals.caseId, caseId), inScope(scope)))
    .get();
}

/** The newest referral of an indication, with its provider as an assignment names it. */
export function latestReferralOfIndication(scope: Scope, indicationId: number) {
  return getDb()
    .select({
      id: referrals.id,
      status: referrals.status,
      startDate: referrals.startDate,
      intake: referrals.intake,
      providerName: providers.name,
      kvkNumber: providers.kvkNumber,
    })
    .from(referrals)
    .innerJoin(providers, eq(providers.id, referrals.providerId))
    .where(and(eq(referrals.indicationId, indicationId), inScope(scope)))
    .orderBy(desc(referrals.id))
    .limit(1)
    .get();
}

/** Whether a referral of the case is under way (sent, accepted or started). */
export function hasReferralUnderWay(scope: Scope, caseId: number): boolean {
  const row = getDb()
    .select({ id: referrals.id })
    .from(referrals)
    .where(
      and(eq(referrals.caseId, caseId), inScope(scope), inArray(referrals.status, ["sent", "accepted", "started"])),
    )
    .limit(1)
    .get();
  return row !== undefined;
}

export type NewReferral = Pick<
  typeof referrals.$inferInsert,
  "indicationId" | "caseId" | "providerId" | "municipalityCode" | "intake"
>;

/** A referral sent now, with the first step of its timeline. */
export function insertSentReferral(values: NewReferral, byUserId: number, now: Date): number {
  const db = getDb();
  const { id } = db
    .insert(referrals)
    .values({ ...values, status: "sent", createdAt: now, updatedAt: now })
    .returning({ id: referrals.id })
    .get();
  db.insert(referralEvents).values({ referralId: id, status: "sent", byUserId, at: now }).run();
  return id;
}

/** Moves a referral on to a status and writes the step in its timeline. */
export function moveReferralTo(
  scope: Scope,
  referralId: number,
  status: ReferralStatus,
  byUserId: number,
  now: Date,
): void {
  const db = getDb();
  db.update(referrals)
    .set({ status, updatedAt: now })
    .where(and(eq(referrals.id, referralId), inScope(scope)))
    .run();
  db.insert(referralEvents).values({ referralId, status, byUserId, at: now }).run();
}

/**
 * Declined referrals that come back to the consultant: the newest of their indication, with no
 * decision on the case since (the inbox).
 */
export function listDeclinedReferralsAwaitingConsultant(scope: Scope) {
  const db = getDb();
  const later = alias(referrals, "later");
  return db
    .select({ id: referrals.id, at: referrals.updatedAt, caseId: cases.id, personName: cases.personName })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .where(
      and(
        inScope(scope),
        eq(referrals.status, "declined"),
        notExists(
          db
            .select({ one: sql`1` })
            .from(later)
            .where(and(eq(later.indicationId, referrals.indicationId), gt(later.id, referrals.id))),
        ),
        notExists(
          db
            .select({ one: sql`1` })
            .from(caseDecisions)
            .where(and(eq(caseDecisions.caseId, referrals.caseId), gt(caseDecisions.decidedAt, referrals.updatedAt))),
        ),
      ),
    )
    .all();
}

/** Started referrals whose evaluation date falls on or before `untilDay`, not yet evaluated (the inbox). */
export function listReferralsDueForEvaluation(scope: Scope, untilDay: string) {
  const db = getDb();
  return db
    .select({
      id: referrals.id,
      evaluationDate: indications.evaluationDate,
      caseId: cases.id,
      personName: cases.personName,
    })
    .from(referrals)
    .innerJoin(indications, eq(indications.id, referrals.indicationId))
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .where(
      and(
        inScope(scope),
        eq(referrals.status, "started"),
        lte(indications.evaluationDate, untilDay),
        notExists(db.select({ one: sql`1` }).from(evaluations).where(eq(evaluations.referralId, referrals.id))),
      ),
    )
    .all();
}

export type ProviderScope = { providerId: number };

/** At most this many referrals on a provider's work list. */
const WORK_LIST_LIMIT = 300;

/** The referral's evaluation, as a subquery (built here, run as part of the outer query). */
const evaluationOf = (referralId: typeof referrals.id) =>
  getDb().select({ one: sql`1` }).from(evaluations).where(eq(evaluations.referralId, referralId));

/** The provider's referrals that are over: declined or ended (a withdrawn one is not the provider's). */
export const ENDED_REFERRAL_STATUSES = ["declined", "ended"] as const satisfies readonly ReferralStatus[];

const providerReferralColumns = {
  id: referrals.id,
  status: referrals.status,
  municipalityCode: referrals.municipalityCode,
  municipalityName: municipalities.name,
  createdAt: referrals.createdAt,
  startDate: referrals.startDate,
  declineReason: referrals.declineReason,
  endReason: referrals.endReason,
  intake: referrals.intake,
  indication: {
    minutesPerWeek: indications.minutesPerWeek,
    startDate: indications.startDate,
    endDate: indications.endDate,
    evaluationDate: indications.evaluationDate,
  },
  evaluation: { outcome: evaluations.outcome, explanation: evaluations.explanation, at: evaluations.at },
  // How many rows the WHERE matched before LIMIT: the page count comes with the page, in one query.
  total: sql<number>`count(*) OVER ()`.as("total"),
};

/**
 * When the referral reached its present status (for an ended one: when it was ended or declined):
 * the step's own record, else its last change. Milliseconds since the epoch.
 */
const statusSince = sql<number>`coalesce(
  (SELECT max(${referralEvents.at}) FROM ${referralEvents}
    WHERE ${referralEvents.referralId} = ${referrals.id} AND ${referralEvents.status} = ${referrals.status}),
  ${referrals.updatedAt})`;

function providerReferralRows(db: Pick<Db, "select">, providerId: number, statuses: readonly ReferralStatus[]) {
  return db
    .select(providerReferralColumns)
    .from(referrals)
    .innerJoin(indications, eq(indications.id, referrals.indicationId))
    .innerJoin(municipalities, eq(municipalities.code, referrals.municipalityCode))
    .leftJoin(evaluations, eq(evaluations.referralId, referrals.id))
    .where(and(eq(referrals.providerId, providerId), inArray(referrals.status, statuses)))
    .$dynamic();
}

/**
 * The provider's work list: what is under way (sent, accepted, started). New ones first, then
 * accepted, then started; newest first. One query, at most WORK_LIST_LIMIT rows.
 */
export function openReferralsOfProvider({ providerId }: ProviderScope, db: Pick<Db, "select"> = getDb()) {
  return providerReferralRows(db, providerId, ACTIVE_REFERRAL_STATUSES)
    .orderBy(
      sql`CASE ${referrals.status} WHEN 'sent' THEN 0 WHEN 'accepted' THEN 1 ELSE 2 END`,
      desc(referrals.createdAt),
      desc(referrals.id),
    )
    .limit(WORK_LIST_LIMIT)
    .all();
}

/**
 * One page of the provider's ended referrals, with the total in each row: the most recently ended
 * (or declined) first; among those ended at the same moment the most recently received first,
 * then the highest id, so the order is the same on every load and pages never overlap.
 */
export function endedReferralsOfProvider(
  { providerId }: ProviderScope,
  { limit, offset }: { limit: number; offset: number },
  db: Pick<Db, "select"> = getDb(),
) {
  return db
    .select({ ...providerReferralColumns, endedAt: statusSince.as("ended_at") })
    .from(referrals)
    .innerJoin(indications, eq(indications.id, referrals.indicationId))
    .innerJoin(municipalities, eq(municipalities.code, referrals.municipalityCode))
    .leftJoin(evaluations, eq(evaluations.referralId, referrals.id))
    .where(and(eq(referrals.providerId, providerId), inArray(referrals.status, ENDED_REFERRAL_STATUSES)))
    .orderBy(sql`ended_at DESC`, desc(referrals.createdAt), desc(referrals.id))
    .limit(limit)
    .offset(offset)
    .all();
}

/** How many of the provider's referrals are open and how many ended: the tabs' counts, one query. */
export function referralCountsOfProvider({ providerId }: ProviderScope, db: Pick<Db, "select"> = getDb()) {
  const row = db
    .select({
      open: sql<number>`coalesce(sum(${referrals.status} IN ('sent','accepted','started')), 0)`,
      ended: sql<number>`coalesce(sum(${referrals.status} IN ('declined','ended')), 0)`,
    })
    .from(referrals)
    .where(eq(referrals.providerId, providerId))
    .get();
  return { open: row?.open ?? 0, ended: row?.ended ?? 0 };
}

/** How many referrals wait for the provider: new ones, and running ones whose evaluation is due by then. */
export function countReferralsAwaitingProvider(
  { providerId }: ProviderScope,
  { evaluationDueBy }: { evaluationDueBy: string },
  db: Pick<Db, "select"> = getDb(),
): number {
  const row = db
    .select({ n: sql<number>`count(*)` })
    .from(referrals)
    .innerJoin(indications, eq(indications.id, referrals.indicationId))
    .where(
      and(
        eq(referrals.providerId, providerId),
        or(
          eq(referrals.status, "sent"),
          and(
            eq(referrals.status, "started"),
            lte(indications.evaluationDate, evaluationDueBy),
            notExists(evaluationOf(referrals.id)),
          ),
        ),
      ),
    )
    .get();
  return row?.n ?? 0;
}

/** One of the provider's referrals, with what acting on it needs; undefined for anyone else's. */
export function findReferralOfProvider(
  { providerId }: ProviderScope,
  referralId: number,
  db: Pick<Db, "select"> = getDb(),
) {
  return db
    .select({
      id: referrals.id,
      status: referrals.status,
      caseId: referrals.caseId,
      municipalityCode: referrals.municipalityCode,
      providerName: providers.name,
      agreedStartDate: referrals.startDate,
      indicationStartDate: indications.startDate,
      indicationEndDate: indications.endDate,
      evaluated: sql<boolean>`${exists(evaluationOf(referrals.id))}`.mapWith(Boolean),
    })
    .from(referrals)
    .innerJoin(providers, eq(providers.id, referrals.providerId))
    .innerJoin(indications, eq(indications.id, referrals.indicationId))
    .where(and(eq(referrals.id, referralId), eq(referrals.providerId, providerId)))
    .get();
}

export type ReferralChange = Pick<typeof referrals.$inferInsert, "status" | "updatedAt"> &
  Partial<Pick<typeof referrals.$inferInsert, "startDate" | "declineReason" | "endReason">>;

/** A step on one of the provider's referrals: the new status and what came with it. */
export function updateReferralOfProvider(
  { providerId }: ProviderScope,
  referralId: number,
  change: ReferralChange,
  db: Pick<Db, "update"> = getDb(),
): void {
  db.update(referrals)
    .set(change)
    .where(and(eq(referrals.id, referralId), eq(referrals.providerId, providerId)))
    .run();
}

/** The referrals under which the provider serves a client now, with the client's case. */
export function servingReferralsOfProvider({ providerId }: ProviderScope, db: Pick<Db, "select"> = getDb()) {
  return db
    .select({
      id: referrals.id,
      intake: referrals.intake,
      municipalityCode: cases.municipalityCode,
      citizenUserId: cases.citizenUserId,
      personKey: cases.personKey,
      personName: cases.personName,
    })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .where(and(eq(referrals.providerId, providerId), inArray(referrals.status, SERVING_REFERRAL_STATUSES)))
    .orderBy(cases.personName)
    .all();
}
