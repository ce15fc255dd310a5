// Providers' evaluations as the municipality's consultant reviews them. Scoped through the
// referral's municipality.
// The provider's evaluation of a referral (read with the provider's referrals, written here).
import { and, eq, exists, isNull, sql } from "drizzle-orm";
import { type Db, getDb } from "~db/client.server";
import { cases, evaluations, referrals } from "~db/schema";

type Scope = { municipalityCode: string };

const inScope = (scope: Scope) => eq(referrals.municipalityCode, scope.municipalityCode);

/** The evaluations of the case's referrals (at most one per referral). */
export function listEvaluationsOfCase(scope: Scope, caseId: number) {
  return getDb()
    .select({
      id: evaluations.id,
      referralId: evaluations.referralId,
      outcome: evaluations.outcome,
      explanation: evaluations.explanation,
      at: evaluations.at,
      reviewedAt: evaluations.reviewedAt,
      reviewNote: evaluations.reviewNote,
    })
    .from(evaluations)
    .innerJoin(referrals, eq(referrals.id, evaluations.referralId))
    .where(and(eq(referrals.caseId, caseId), inScope(scope)))
    .all();
}

/** An evaluation of the case that waits for the consultant's review. */
export function findUnreviewedEvaluationOnCase(scope: Scope, caseId: number, evaluationId: number) {
  return getDb()
    .select({ id: evaluations.id })
    .from(evaluations)
    .innerJoin(referrals, eq(referrals.id, evaluations.referralId))
    .where(
      and(
        eq(evaluations.id, evaluationId),
        eq(referrals.caseId, caseId),
        inScope(scope),
        isNull(evaluations.reviewedAt),
      ),
    )
    .get();
}

export function markEvaluationReviewed(
  scope: Scope,
  evaluationId: number,
  review: { byUserId: number; note: string },
  now: Date,
): void {
  const db = getDb();
  // Evaluations carry no municipality: theirs is their referral's.
  const referralInScope = db
    .select({ one: sql`1` })
    .from(referrals)
    .where(and(eq(referrals.id, evaluations.referralId), inScope(scope)));
  db.update(evaluations)
    .set({ reviewedAt: now, reviewedByUserId: review.byUserId, reviewNote: review.note })
    .where(and(eq(evaluations.id, evaluationId), exists(referralInScope)))
    .run();
}

/** Evaluations the municipality's consultants have not reviewed yet (the inbox). */
export function listUnreviewedEvaluations(scope: Scope) {
  return getDb()
    .select({ id: evaluations.id, at: evaluations.at, caseId: cases.id, personName: cases.personName })
    .from(evaluations)
    .innerJoin(referrals, eq(referrals.id, evaluations.referralId))
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .where(and(inScope(scope), isNull(evaluations.reviewedAt)))
    .all();
}

/** Records the provider's evaluation; the caller checked the referral is its own and may be evaluated. */
export function addEvaluation(
  evaluation: Pick<typeof evaluations.$inferInsert, "referralId" | "outcome" | "explanation" | "byUserId" | "at">,
  db: Pick<Db, "insert"> = getDb(),
): void {
  db.insert(evaluations).values(evaluation).run();
}
