import { endSchema } from "~/schemas/referral";
import type { ProviderReferral } from "~/services/referrals/provider-referrals.server";
import type { ActionResult } from "./parts";
import { ReasonForm } from "./reason-form";

/** Ending the help, with a reason. */
export function EndForm({ r, actionData }: { r: ProviderReferral; actionData: ActionResult }) {
  return (
    <ReasonForm
      r={r}
      intent="end"
      schema={endSchema}
      texts={{ title: "pref.end.title", reason: "pref.end.reason", submit: "pref.end.submit" }}
      actionData={actionData}
    />
  );
}
