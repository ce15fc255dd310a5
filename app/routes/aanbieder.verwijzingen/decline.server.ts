import { declineSchema } from "~/schemas/referral";
import { actOnReferral } from "~/services/referrals/act-on-referral.server";
import { parseForm } from "~/utils/forms.server";
import { done, refuse, type StepHandler } from "./step.server";

/** Declining with a reason: the referral goes back to the consultant's inbox. */
export const decline: StepHandler = ({ staff, referralId, form, now }) => {
  const submission = parseForm(form, declineSchema);
  if (submission.status !== "success") return refuse(`decline-${referralId}`, submission.reply());
  return done(
    "decline",
    referralId,
    actOnReferral(staff, referralId, { action: "decline", reason: submission.value.reason }, now),
  );
};
