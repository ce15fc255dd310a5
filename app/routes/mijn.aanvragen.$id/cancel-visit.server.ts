import { redirect } from "@remix-run/node";
import { clock } from "~/clock.server";
import { cancelVisitSchema } from "~/schemas/request-page";
import { cancelVisit } from "~/services/payments/cancellations.server";
import { parseForm } from "~/utils/forms.server";
import { backTo, type IntentArgs } from "./intent.server";

/** Cancels one visit at the price the citizen saw; a higher price now is asked for first. */
export function cancelVisitIntent({ form, citizenUserId, requestId }: IntentArgs) {
  const submission = parseForm(form, cancelVisitSchema);
  if (submission.status !== "success") return redirect(backTo(requestId, "?melding=failed#melding"));
  const { slotId, quoted } = submission.value;
  const cancelled = cancelVisit(citizenUserId, slotId, clock.now(), quoted);
  // It would cost (more) now: ask again, with the price, before anything is charged.
  if (!cancelled.ok && cancelled.error === "price_changed")
    return redirect(backTo(requestId, `?afzeggen=${slotId}&melding=price_changed#afzeggen-${slotId}`));
  // The notice at the top names the visit and its fee (from its record), and takes focus there.
  if (cancelled.ok)
    return redirect(backTo(requestId, `?melding=visit_cancelled&afgezegd=${cancelled.cancelledId}#melding`));
  return redirect(backTo(requestId, "?melding=failed#melding"));
}
