import { data, redirect } from "@remix-run/node";
import { complaintSchema } from "~/schemas/request-page";
import { fileComplaint } from "~/services/requests/complaints.server";
import { parseForm } from "~/utils/forms.server";
import { notFound } from "~/utils/http.server";
import { backTo, type IntentArgs } from "./intent.server";

/** Files a complaint; a text that is too short or too long comes back with the Dutch reason (400). */
export function complaintIntent({ form, citizenUserId, requestId }: IntentArgs) {
  const submission = parseForm(form, complaintSchema);
  if (submission.status !== "success")
    return data({ form: "complaint" as const, result: submission.reply() }, { status: 400 });
  if (!fileComplaint(citizenUserId, requestId, submission.value.text)) throw notFound();
  return redirect(backTo(requestId, "?melding=complaint"));
}
