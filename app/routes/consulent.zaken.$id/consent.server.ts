import { consentSchema } from "~/schemas/case/consent";
import { saveConsent } from "~/services/cases/consent.server";
import { parseForm } from "~/utils/forms.server";
import { notFound } from "~/utils/http.server";
import { FORM_IDS } from "./forms";
import { backTo, type CaseAction, type CaseActionResult, refused } from "./reply.server";

export function consentAction({ consultant, caseId, form, now }: CaseAction): CaseActionResult {
  const submission = parseForm(form, consentSchema);
  if (submission.status !== "success") return refused(FORM_IDS.consent, submission.reply());
  if (!saveConsent(consultant, caseId, submission.value, now)) throw notFound();
  return backTo(caseId, "saved", "consent");
}
