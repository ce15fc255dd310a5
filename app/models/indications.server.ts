// ZIN indications of a case: hours per week for a period, with the evaluation date. Scoped through
// the case's municipality.
import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { cases, indications, municipalities, referrals } from "~db/schema";

type Scope = { municipalityCode: string };

const inScope = (scope: Scope) => eq(cases.municipalityCode, scope.municipalityCode);

/** The case's indications, newest first. */
export function listIndicationsOfCase(scope: Scope, caseId: number) {
  return getDb()
    .select({
      id: indications.id,
      minutesPerWeek: indications.minutesPerWeek,
      startDate: indications.startDate,
      endDate: indications.endDate,
      evaluationDate: indications.evaluationDate,
      durationMonths: indications.durationMonths,
      first: indications.first,
    })
    .from(indications)
    .innerJoin(cases, eq(cases.id, indications.caseId))
    .where(and(eq(indications.caseId, caseId), inScope(scope)))
    .orderBy(desc(indications.id))
    .all();
}

/** The hours and start of one indication. */
export function findIndication(scope: Scope, indicationId: number) {
  return getDb()
    .select({ id: indications.id, minutesPerWeek: indications.minutesPerWeek, startDate: indications.startDate })
    .from(indications)
    .innerJoin(cases, eq(cases.id, indications.caseId))
    .where(and(eq(indications.id, indicationId), inScope(scope)))
    .get();
}

/** An indication with the person and the municipality, as an assignment names them. */
export function findIndicationForAssignment(scope: Scope, indicationId: number) {
  return getDb()
    .select({
      id: indications.id,
      caseId: indications.caseId,
      minutesPerWeek: indications.minutesPerWeek,
      startDate: indications.startDate,
      endDate: indications.endDate,
      evaluationDate: indications.evaluationDate,
      personName: cases.personName,
      municipalityCode: municipalities.code,
      municipalityName: municipalities.name,
    })
    .from(indications)
    .innerJoin(cases, eq(cases.id, indications.caseId))
    .innerJoin(municipalities, eq(municipalities.code, cases.municipalityCode))
    .where(and(eq(indications.id, indicationId), inScope(scope)))
    .get();
}

/** A first indication: none of the case's indications ever got under way with a provider. */
export function isFirstIndication(scope: Scope, caseId: number): boolean {
  const underWay = getDb()
    .select({ id: referrals.id })
    .from(referrals)
    .innerJoin(indications, eq(indications.id, referrals.indicationId))
    .where(
      and(
        eq(indications.caseId, caseId),
        eq(referrals.municipalityCode, scope.municipalityCode),
        inArray(referrals.status, ["started", "ended"]),
      ),
    )
    .limit(1)
    .get();
  return underWay === undefined;
}

export type IndicationValues = Omit<typeof indications.$inferInsert, "id" | "createdAt">;

export function insertIndication(values: IndicationValues, now: Date): number {
  return getDb()
    .insert(indications)
    .values({ ...values, createdAt: now })
    .returning({ id: indications.id })
    .get().id;
}
