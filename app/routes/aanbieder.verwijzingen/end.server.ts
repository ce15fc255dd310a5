import { endSchema } from "~/schemas/referral";
import { actOnReferral } from "~/services/referrals/act-on-referral.server";
import { parseForm } from "~/utils/forms.server";
import { done, refuse, type StepHandler } from "./step.server";

/** Ending the help with a reason. */
export const end: StepHandler = ({ staff, referralId, form, now }) => {
  const submission = parseForm(form, endSchema);
  if (submission.status !== "success") return refuse(`end-${referralId}`, submission.reply());
  return done(
    "end",
    referralId,
    actOnReferral(staff, referralId, { action: "end", reason: submission.value.reason }, now),
  );
};
