// Referrals as one provider sees them: every query takes the provider and adds it to the WHERE,
// so another provider's referral is simply not found.
import { and, desc, eq, exists, gt, inArray, lte, ne, notExists, or, sql } from "drizzle-orm";
import { ACTIVE_REFERRAL_STATUSES, SERVING_REFERRAL_STATUSES } from "~/domain/referral";
import { type Db, getDb } from "~db/client.server";
import { cases, evaluations, indications, municipalities, providers, referrals } from "~db/schema";

export type ProviderScope = { providerId: number };

/** At most this many referrals on a provider's work list. */
const WORK_LIST_LIMIT = 300;

/** The referral's evaluation, as a subquery (built here, run as part of the outer query). */
const evaluationOf = (referralId: typeof referrals.id) =>
  getDb().select({ one: sql`1` }).from(evaluations).where(eq(evaluations.referralId, referralId));

/**
 * The provider's work list: what is under way, and what finished after `finishedSince`; never a
 * withdrawn referral. New ones first, then accepted, then started, then the rest; newest first.
 */
export function referralsOfProvider(
  { providerId }: ProviderScope,
  { finishedSince }: { finishedSince: Date },
  db: Pick<Db, "select"> = getDb(),
) {
  return db
    .select({
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
    })
    .from(referrals)
    .innerJoin(indications, eq(indications.id, referrals.indicationId))
    .innerJoin(municipalities, eq(municipalities.code, referrals.municipalityCode))
    .leftJoin(evaluations, eq(evaluations.referralId, referrals.id))
    .where(
      and(
        eq(referrals.providerId, providerId),
        ne(referrals.status, "withdrawn"),
        or(inArray(referrals.status, ACTIVE_REFERRAL_STATUSES), gt(referrals.updatedAt, finishedSince)),
      ),
    )
    .orderBy(
      sql`CASE ${referrals.status} WHEN 'sent' THEN 0 WHEN 'accepted' THEN 1 WHEN 'started' THEN 2 ELSE 3 END`,
      desc(referrals.createdAt),
    )
    .limit(WORK_LIST_LIMIT)
    .all();
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
