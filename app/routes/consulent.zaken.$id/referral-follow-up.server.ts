import { referAgainSchema, withdrawSchema } from "~/schemas/case/referral-follow-up";
import { referAgain, withdrawReferral } from "~/services/cases/referral-follow-up.server";
import { parseForm } from "~/utils/forms.server";
import { backTo, type CaseAction, type CaseActionResult } from "./reply.server";

export function withdrawAction({ consultant, caseId, form, now }: CaseAction): CaseActionResult {
  const submission = parseForm(form, withdrawSchema);
  const ok = submission.status === "success" && withdrawReferral(consultant, caseId, submission.value.referralId, now);
  return backTo(caseId, ok ? "saved" : "failed", "indications");
}

export function referAgainAction({ consultant, caseId, form, now }: CaseAction): CaseActionResult {
  const submission = parseForm(form, referAgainSchema);
  const ok =
    submission.status === "success" &&
    referAgain(consultant, caseId, submission.value.referralId, submission.value.providerId, now).ok;
  return backTo(caseId, ok ? "saved" : "failed", "indications");
}
