// The consultant reviews a provider's evaluation and notes what follows.
import { clock } from "~/clock.server";
import { touchCase } from "~/models/cases.server";
import { findUnreviewedEvaluationOnCase, markEvaluationReviewed } from "~/models/evaluations.server";
import { getDb } from "~db/client.server";
import { type Consultant, traceCase } from "./consultant.server";

/** False when the evaluation is not the case's, or was reviewed already. */
export function reviewEvaluation(
  consultant: Consultant,
  caseId: number,
  evaluationId: number,
  note: string,
  now = clock.now(),
): boolean {
  return getDb().transaction(() => {
    if (!findUnreviewedEvaluationOnCase(consultant, caseId, evaluationId)) return false;
    markEvaluationReviewed(consultant, evaluationId, { byUserId: consultant.id, note }, now);
    touchCase(consultant, caseId, now);
    traceCase(consultant, "case.evaluation_reviewed", caseId, { evaluationId });
    return true;
  });
}
