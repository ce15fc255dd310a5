import { redirect } from "@remix-run/node";
import { paymentMethodSchema } from "~/schemas/request-page";
import { setPaymentMethod } from "~/services/payments/payment-method.server";
import { parseForm } from "~/utils/forms.server";
import { backTo, type IntentArgs } from "./intent.server";

/** How the booking is paid; a method not on offer (or a booking that is over) is refused at #betalen. */
export function paymentMethodIntent({ form, citizenUserId, requestId }: IntentArgs) {
  const submission = parseForm(form, paymentMethodSchema);
  const ok = submission.status === "success" && setPaymentMethod(requestId, submission.value.method, { citizenUserId });
  return redirect(backTo(requestId, `?melding=${ok ? "method_set" : "method_failed"}#betalen`));
}
