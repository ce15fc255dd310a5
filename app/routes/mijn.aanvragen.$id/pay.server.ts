import { redirect } from "@remix-run/node";
import { getLocale } from "~/i18n/locale.server";
import { paySchema } from "~/schemas/request-page";
import { startCheckout } from "~/services/payments/checkout.server";
import { parseForm } from "~/utils/forms.server";
import { publicOrigin } from "~/utils/origin.server";
import { backTo, type IntentArgs } from "./intent.server";

/** Off to Stripe's payment page; back here afterwards (the webhook records the outcome). */
export async function payIntent({ request, form, citizenUserId, requestId }: IntentArgs) {
  const submission = parseForm(form, paySchema);
  const result =
    submission.status === "success"
      ? await startCheckout(citizenUserId, submission.value.paymentId, publicOrigin(request), getLocale(request))
      : null;
  if (result?.ok) return redirect(result.url, 303);
  return redirect(backTo(requestId, "?melding=payment_failed#betalen"));
}
