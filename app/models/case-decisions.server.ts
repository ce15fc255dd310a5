// Steering decisions on a case: the option chosen with the citizen, and why. Scoped through the
// case's municipality.
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { caseDecisions, cases, providers, users } from "~db/schema";

type Scope = { municipalityCode: string };

/** The case's decisions, newest first, with the provider chosen and who decided. */
export function listDecisionsOfCase(scope: Scope, caseId: number) {
  return getDb()
    .select({
      id: caseDecisions.id,
      kind: caseDecisions.kind,
      providerName: providers.name,
      reason: caseDecisions.reason,
      note: caseDecisions.note,
      municipalityCostPerMonthCents: caseDecisions.municipalityCostPerMonthCents,
      zinCostPerMonthCents: caseDecisions.zinCostPerMonthCents,
      decidedAt: caseDecisions.decidedAt,
      by: users.name,
    })
    .from(caseDecisions)
    .innerJoin(cases, eq(cases.id, caseDecisions.caseId))
    .leftJoin(providers, eq(providers.id, caseDecisions.providerId))
    .leftJoin(users, eq(users.id, caseDecisions.decidedByUserId))
    .where(and(eq(caseDecisions.caseId, caseId), eq(cases.municipalityCode, scope.municipalityCode)))
    .orderBy(desc(caseDecisions.id))
    .all();
}

export type DecisionValues = Omit<typeof caseDecisions.$inferInsert, "id" | "decidedAt">;

export function insertDecision(values: DecisionValues, now: Date): number {
  return getDb()
    .insert(caseDecisions)
    .values({ ...values, decidedAt: now })
    .returning({ id: caseDecisions.id })
    .get().id;
}
