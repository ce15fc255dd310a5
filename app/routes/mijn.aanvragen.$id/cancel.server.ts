import { redirect } from "@remix-run/node";
import { cancelSchema } from "~/schemas/request-page";
import { cancelRequest } from "~/services/requests/cancel-request.server";
import { parseForm } from "~/utils/forms.server";
import { backTo, type IntentArgs } from "./intent.server";

/** Cancels the request; when that is not possible (any more), back to the request without a notice. */
export function cancelIntent({ form, citizenUserId, requestId }: IntentArgs) {
  const submission = parseForm(form, cancelSchema);
  if (submission.status !== "success" || !cancelRequest(citizenUserId, requestId)) return redirect(backTo(requestId));
  return redirect(backTo(requestId, "?melding=cancelled"));
}
