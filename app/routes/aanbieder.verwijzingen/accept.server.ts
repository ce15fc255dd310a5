import { amsterdamDay } from "~/domain/policy";
import { acceptSchema } from "~/schemas/referral";
import { actOnReferral } from "~/services/referrals/act-on-referral.server";
import { parseForm } from "~/utils/forms.server";
import { done, refuse, type StepHandler } from "./step.server";

/** Accepting with the agreed start date: a real day, today or later, within the indication. */
export const accept: StepHandler = ({ staff, referralId, form, now }) => {
  const formId = `accept-${referralId}`;
  const submission = parseForm(form, acceptSchema(amsterdamDay(now)));
  if (submission.status !== "success") return refuse(formId, submission.reply());
  const result = actOnReferral(staff, referralId, { action: "accept", startDate: submission.value.startDate }, now);
  // The day turned between the check above and the one in the transaction: same message.
  if (!result.ok && result.error === "bad_date")
    return refuse(formId, submission.reply({ fieldErrors: { startDate: ["validation.pref.startDatePast"] } }));
  return done("accept", result);
};
