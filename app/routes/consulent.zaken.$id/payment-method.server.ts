import { paymentMethodSchema } from "~/schemas/case/payment-method";
import { changePaymentMethod } from "~/services/cases/payment-method.server";
import { parseForm } from "~/utils/forms.server";
import { backTo, type CaseAction, type CaseActionResult } from "./reply.server";

export function paymentMethodAction({ consultant, caseId, form }: CaseAction): CaseActionResult {
  const submission = parseForm(form, paymentMethodSchema);
  const ok =
    submission.status === "success" &&
    changePaymentMethod(consultant, caseId, submission.value.requestId, submission.value.method);
  return backTo(caseId, ok ? "saved" : "failed", "requests");
}
