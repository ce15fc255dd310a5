import { parseWithZod } from "@conform-to/zod/v4";
import { draagkrachtSchema } from "~/schemas/case/draagkracht";
import { saveDraagkracht } from "~/services/cases/draagkracht.server";
import { notFound } from "~/utils/http.server";
import { FORM_IDS } from "./forms";
import { backTo, type CaseAction, type CaseActionResult, refused } from "./reply.server";

export function draagkrachtAction({ consultant, caseId, form, now }: CaseAction): CaseActionResult {
  const submission = parseWithZod(form, { schema: draagkrachtSchema });
  if (submission.status !== "success") return refused(FORM_IDS.draagkracht, submission.reply());
  const { household, partnerUnderAow, income } = submission.value;
  if (!saveDraagkracht(consultant, caseId, { household, partnerUnderAow, incomeCents: income * 100 }, now))
    throw notFound();
  return backTo(caseId, "saved", "draagkracht");
}
