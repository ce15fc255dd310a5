import { redirect } from "@remix-run/node";
import { visitDoneSchema } from "~/schemas/request-page";
import { recordVisit } from "~/services/payments/visits.server";
import { parseForm } from "~/utils/forms.server";
import { backTo, type IntentArgs } from "./intent.server";

/** The citizen says a visit took place (it then becomes a payment). */
export function visitDoneIntent({ form, citizenUserId, requestId }: IntentArgs) {
  const submission = parseForm(form, visitDoneSchema);
  if (submission.status !== "success") return redirect(backTo(requestId, "?melding=failed#bezoeken"));
  const done = recordVisit({ role: "citizen", userId: citizenUserId }, submission.value.slotId, "done");
  return redirect(backTo(requestId, `?melding=${done.ok ? "visit_done" : "failed"}#bezoeken`));
}
