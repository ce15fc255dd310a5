import { declineSchema } from "~/schemas/referral";
import type { ProviderReferral } from "~/services/referrals/provider-referrals.server";
import type { ActionResult } from "./parts";
import { ReasonForm } from "./reason-form";

/** Declining a new referral, with a reason for the consultant. */
export function DeclineForm({ r, actionData }: { r: ProviderReferral; actionData: ActionResult }) {
  return (
    <ReasonForm
      r={r}
      intent="decline"
      schema={declineSchema}
      texts={{
        title: "pref.decline.title",
        reason: "pref.decline.reason",
        submit: "pref.decline.submit",
        hint: "pref.decline.hint",
      }}
      actionData={actionData}
    />
  );
}
