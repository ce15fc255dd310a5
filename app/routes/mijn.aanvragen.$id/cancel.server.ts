import { redirect } from "@remix-run/node";
import { clock } from "~/clock.server";
import { cancelSchema } from "~/schemas/request-page";
import { cancelRequest } from "~/services/requests/cancel-request.server";
import { parseForm } from "~/utils/forms.server";
import { backTo, type IntentArgs } from "./intent.server";

/**
 * Cancels the request at the price the confirmation showed; costing more now, back to the
 * confirmation with the new price; not possible (any more), back to the request without a notice.
 * Afterwards the notice names the visits called off and the fee (`afgezegd`: their records).
 */
export function cancelIntent({ form, citizenUserId, requestId }: IntentArgs) {
  const submission = parseForm(form, cancelSchema);
  if (submission.status !== "success") return redirect(backTo(requestId));
  const result = cancelRequest(citizenUserId, requestId, clock.now(), submission.value.quoted);
  if (!result.ok && result.error === "price_changed")
    return redirect(backTo(requestId, "?annuleren=1&melding=price_changed#annuleren"));
  if (!result.ok) return redirect(backTo(requestId));
  const ids = result.cancelledIds.length > 0 ? `&afgezegd=${result.cancelledIds.join("-")}` : "";
  return redirect(backTo(requestId, `?melding=cancelled${ids}#melding`));
}
