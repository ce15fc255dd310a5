import { redirect } from "@remix-run/node";
import { changeSlotSchema } from "~/schemas/request-page";
import { changeSlot } from "~/services/requests/change-slot.server";
import { parseForm } from "~/utils/forms.server";
import { backTo, type IntentArgs } from "./intent.server";

/** Moves the weekly visit; a time that is gone (or no time at all) is said as such. */
export function changeSlotIntent({ form, citizenUserId, requestId }: IntentArgs) {
  const submission = parseForm(form, changeSlotSchema);
  if (submission.status !== "success" || !changeSlot(citizenUserId, requestId, submission.value.slotId))
    return redirect(backTo(requestId, "?melding=slot_gone"));
  return redirect(backTo(requestId, "?melding=slot_changed"));
}
