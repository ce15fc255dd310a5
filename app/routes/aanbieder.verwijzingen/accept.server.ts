import { amsterdamDay } from "~/domain/policy";
import { errorWith, type MessageKey } from "~/i18n";
import { acceptSchema } from "~/schemas/referral";
import { actOnReferral, type StartDateError } from "~/services/referrals/act-on-referral.server";
import { parseForm } from "~/utils/forms.server";
import { done, refuse, type StepHandler } from "./step.server";

/** Why a start date is refused; "start_past" also when the day turned between the two checks (its message has no {date}). */
const START_DATE_MESSAGES: Record<StartDateError, MessageKey> = {
  start_past: "validation.pref.startDatePast",
  before_indication: "validation.pref.startBeforeIndication",
  after_indication: "validation.pref.startAfterIndication",
};

/** Accepting with the agreed start date: a real day, today or later, within the indication. */
export const accept: StepHandler = ({ staff, referralId, form, now }) => {
  const formId = `accept-${referralId}`;
  const submission = parseForm(form, acceptSchema(amsterdamDay(now)));
  if (submission.status !== "success") return refuse(formId, submission.reply());
  const result = actOnReferral(staff, referralId, { action: "accept", startDate: submission.value.startDate }, now);
  if (!result.ok && "day" in result) {
    // The message names the day to choose from (or up to), said in words.
    const message = errorWith(START_DATE_MESSAGES[result.error], { date: result.day });
    return refuse(formId, submission.reply({ fieldErrors: { startDate: [message] } }));
  }
  return done("accept", referralId, result);
};
