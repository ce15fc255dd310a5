import { draagkrachtSchema } from "~/schemas/case/draagkracht";
import { saveDraagkracht } from "~/services/cases/draagkracht.server";
import { parseForm } from "~/utils/forms.server";
import { notFound } from "~/utils/http.server";
import { FORM_IDS } from "./forms";
import { backTo, type CaseAction, type CaseActionResult, refused } from "./reply.server";

export function draagkrachtAction({ consultant, caseId, form, now }: CaseAction): CaseActionResult {
  const submission = parseForm(form, draagkrachtSchema);
  if (submission.status !== "success") return refused(FORM_IDS.draagkracht, submission.reply());
  const { household, partnerUnderAow, income } = submission.value;
  if (!saveDraagkracht(consultant, caseId, { household, partnerUnderAow, incomeCents: income * 100 }, now))
    throw notFound();
  return backTo(caseId, "saved", "draagkracht");
}
