import { data, redirect } from "@remix-run/node";
import { changeSlotSchema } from "~/schemas/request-page";
import { changeSlot } from "~/services/requests/change-slot.server";
import { parseForm } from "~/utils/forms.server";
import { backTo, type IntentArgs } from "./intent.server";

/**
 * Moves the weekly visit. No time chosen comes back with "Kies de nieuwe tijd" (400) at the form;
 * a time that is gone is said as such.
 */
export function changeSlotIntent({ form, citizenUserId, requestId }: IntentArgs) {
  const submission = parseForm(form, changeSlotSchema);
  if (submission.status !== "success")
    return data({ form: "change-slot" as const, result: submission.reply() }, { status: 400 });
  if (!changeSlot(citizenUserId, requestId, submission.value.slotId))
    return redirect(backTo(requestId, "?melding=slot_gone"));
  return redirect(backTo(requestId, "?melding=slot_changed"));
}
