import { redirect } from "@remix-run/node";
import { confirmSchema } from "~/schemas/request-page";
import { confirmBooking } from "~/services/requests/confirm-booking.server";
import { parseForm } from "~/utils/forms.server";
import { notFound } from "~/utils/http.server";
import { backTo, type IntentArgs } from "./intent.server";

/** Confirms the held slot: booked weekly, or back with why not (the hold expired, it is not held). */
export function confirmIntent({ form, citizenUserId, requestId }: IntentArgs) {
  const submission = parseForm(form, confirmSchema);
  if (submission.status !== "success") return redirect(backTo(requestId));
  const result = confirmBooking(citizenUserId, requestId);
  if (!result.ok && result.error === "not_found") throw notFound();
  if (!result.ok) return redirect(backTo(requestId, `?melding=${result.error}`));
  return redirect(backTo(requestId, "?melding=confirmed"));
}
