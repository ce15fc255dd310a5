import { parseWithZod } from "@conform-to/zod/v4";
import { redirect } from "@remix-run/node";
import { cancelSchema } from "~/schemas/request-page";
import { cancelRequest } from "~/services/requests/cancel-request.server";
import { backTo, type IntentArgs } from "./intent.server";

/** Cancels the request; when that is not possible (any more), back to the request without a notice. */
export function cancelIntent({ form, citizenUserId, requestId }: IntentArgs) {
  const submission = parseWithZod(form, { schema: cancelSchema });
  if (submission.status !== "success" || !cancelRequest(citizenUserId, requestId)) return redirect(backTo(requestId));
  return redirect(backTo(requestId, "?melding=cancelled"));
}
