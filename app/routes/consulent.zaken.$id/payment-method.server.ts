import { parseWithZod } from "@conform-to/zod/v4";
import { paymentMethodSchema } from "~/schemas/case/payment-method";
import { changePaymentMethod } from "~/services/cases/payment-method.server";
import { backTo, type CaseAction, type CaseActionResult } from "./reply.server";

export function paymentMethodAction({ consultant, caseId, form }: CaseAction): CaseActionResult {
  const submission = parseWithZod(form, { schema: paymentMethodSchema });
  const ok =
    submission.status === "success" &&
    changePaymentMethod(consultant, caseId, submission.value.requestId, submission.value.method);
  return backTo(caseId, ok ? "saved" : "failed", "requests");
}
