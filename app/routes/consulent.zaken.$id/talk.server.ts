import { talkSchema } from "~/schemas/case/talk";
import { saveTalk } from "~/services/cases/talk.server";
import { parseForm } from "~/utils/forms.server";
import { notFound } from "~/utils/http.server";
import { FORM_IDS } from "./forms";
import { backTo, type CaseAction, type CaseActionResult, refused } from "./reply.server";

export function talkAction({ consultant, caseId, form, now }: CaseAction): CaseActionResult {
  const submission = parseForm(form, talkSchema);
  if (submission.status !== "success") return refused(FORM_IDS.talk, submission.reply());
  if (!saveTalk(consultant, caseId, submission.value, now)) throw notFound();
  return backTo(caseId, "saved", "talk");
}
