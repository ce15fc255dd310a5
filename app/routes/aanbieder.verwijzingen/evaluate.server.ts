import { evaluationSchema } from "~/schemas/referral";
import { evaluateReferral } from "~/services/referrals/evaluate-referral.server";
import { parseForm } from "~/utils/forms.server";
import { done, refuse, type StepHandler } from "./step.server";

/** The evaluation: an outcome and an explanation, once, while the help runs. */
export const evaluate: StepHandler = ({ staff, referralId, form, now }) => {
  const submission = parseForm(form, evaluationSchema);
  if (submission.status !== "success") return refuse(`evaluate-${referralId}`, submission.reply());
  return done("evaluate", referralId, evaluateReferral(staff, referralId, submission.value, now));
};
