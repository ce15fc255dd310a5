import { data, redirect } from "@remix-run/node";
import { noteForProviderSchema } from "~/schemas/request-form";
import { setNoteForProvider } from "~/services/requests/note-for-provider.server";
import { parseForm } from "~/utils/forms.server";
import { backTo, type IntentArgs } from "./intent.server";

/** Saves the note for the cleaner; too long comes back with the Dutch reason (400), a booking that ended with 409. */
export function noteIntent({ form, citizenUserId, requestId }: IntentArgs) {
  const submission = parseForm(form, noteForProviderSchema);
  if (submission.status !== "success")
    return data({ form: "note" as const, result: submission.reply() }, { status: 400 });
  if (!setNoteForProvider(citizenUserId, requestId, submission.value.noteForProvider))
    return data(
      { form: "note" as const, result: submission.reply({ formErrors: ["request.noteNotPossible"] }) },
      { status: 409 },
    );
  return redirect(backTo(requestId, "?melding=note_saved#bericht"));
}
