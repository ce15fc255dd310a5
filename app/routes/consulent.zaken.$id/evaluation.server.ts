import { formValueId } from "~/schemas/body-id";
import { reviewSchema } from "~/schemas/case/review";
import { reviewEvaluation } from "~/services/cases/evaluation-review.server";
import { parseForm } from "~/utils/forms.server";
import { reviewFormId } from "./forms";
import { backTo, type CaseAction, type CaseActionResult, refused } from "./reply.server";

/** The id posted with the form, so a refusal shows at that evaluation (0: none of them). */
function postedId(form: FormData): number {
  return formValueId(form.get("evaluationId")) ?? 0;
}

export function reviewAction({ consultant, caseId, form, now }: CaseAction): CaseActionResult {
  const submission = parseForm(form, reviewSchema);
  if (submission.status !== "success") return refused(reviewFormId(postedId(form)), submission.reply());
  const ok = reviewEvaluation(consultant, caseId, submission.value.evaluationId, submission.value.note, now);
  return backTo(caseId, ok ? "saved" : "failed", "indications");
}
