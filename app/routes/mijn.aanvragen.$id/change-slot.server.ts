import { data, redirect } from "@remix-run/node";
import { changeSlotSchema } from "~/schemas/request-page";
import { changeSlot } from "~/services/requests/change-slot.server";
import { requestPage } from "~/services/requests/request-page.server";
import { parseForm } from "~/utils/forms.server";
import { backTo, type IntentArgs } from "./intent.server";

/**
 * Moves the weekly visit. No time chosen comes back with "Kies de nieuwe tijd" (400) at the form,
 * where the page offers the form; a time that is gone (or no change possible) is said as such.
 */
export function changeSlotIntent({ form, citizenUserId, requestId }: IntentArgs) {
  const submission = parseForm(form, changeSlotSchema);
  if (submission.status !== "success") {
    const page = requestPage(citizenUserId, requestId);
    if (page?.actions.changeSlot && page.alternatives.length > 0)
      return data({ form: "change-slot" as const, result: submission.reply() }, { status: 400 });
    return redirect(backTo(requestId, "?melding=slot_gone"));
  }
  if (!changeSlot(citizenUserId, requestId, submission.value.slotId))
    return redirect(backTo(requestId, "?melding=slot_gone"));
  return redirect(backTo(requestId, "?melding=slot_changed"));
}
