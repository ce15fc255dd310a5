// The consultant changes how a cleaner booking on the case is paid.
import { setPaymentMethod } from "~/services/payments/payment-method.server";
import type { PaymentMethod } from "~db/enums";
import { requestOnCase } from "./case-context.server";
import type { Consultant } from "./consultant.server";

/** False when the request is not one of the case's, or the method cannot be chosen for it. */
export function changePaymentMethod(
  consultant: Consultant,
  caseId: number,
  requestId: number,
  method: PaymentMethod,
): boolean {
  return (
    requestOnCase(consultant, caseId, requestId) &&
    setPaymentMethod(requestId, method, { municipalityCode: consultant.municipalityCode, actorUserId: consultant.id })
  );
}
