import { redirect } from "@remix-run/node";
import { clock } from "~/clock.server";
import { cancelVisitSchema } from "~/schemas/request-page";
import { cancelVisit } from "~/services/payments/cancellations.server";
import { parseForm } from "~/utils/forms.server";
import { backTo, type IntentArgs } from "./intent.server";

/** Cancels one visit at the price the citizen saw; a higher price now is asked for first. */
export function cancelVisitIntent({ form, citizenUserId, requestId }: IntentArgs) {
  const submission = parseForm(form, cancelVisitSchema);
  if (submission.status !== "success") return redirect(backTo(requestId, "?melding=failed#bezoeken"));
  const { slotId, quoted } = submission.value;
  const cancelled = cancelVisit(citizenUserId, slotId, clock.now(), quoted);
  // It would cost (more) now: ask again, with the price, before anything is charged.
  if (!cancelled.ok && cancelled.error === "price_changed")
    return redirect(backTo(requestId, `?afzeggen=${slotId}#bezoeken`));
  return redirect(backTo(requestId, `?melding=${cancelled.ok ? "visit_cancelled" : "failed"}#bezoeken`));
}
