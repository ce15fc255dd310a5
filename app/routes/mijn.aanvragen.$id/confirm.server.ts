import { redirect } from "@remix-run/node";
import { confirmSchema } from "~/schemas/request-page";
import { confirmBooking } from "~/services/requests/confirm-booking.server";
import { parseForm } from "~/utils/forms.server";
import { notFound } from "~/utils/http.server";
import { backTo, type IntentArgs } from "./intent.server";

/**
 * Confirms the held slot, paid the way chosen on the page: booked weekly, or back with why not (the
 * hold expired, it is not held, the method is not on offer).
 */
export function confirmIntent({ form, citizenUserId, requestId }: IntentArgs) {
  const submission = parseForm(form, confirmSchema);
  if (submission.status !== "success") return redirect(backTo(requestId, "?melding=method_failed#betalen"));
  const result = confirmBooking(citizenUserId, requestId, undefined, submission.value.method);
  if (!result.ok && result.error === "not_found") throw notFound();
  if (!result.ok && result.error === "method_unavailable")
    return redirect(backTo(requestId, "?melding=method_failed#betalen"));
  if (!result.ok) return redirect(backTo(requestId, `?melding=${result.error}`));
  return redirect(backTo(requestId, "?melding=confirmed"));
}
