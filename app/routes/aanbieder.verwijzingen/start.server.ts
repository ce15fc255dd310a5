import type { MessageKey } from "~/i18n";
import { actOnReferral, type StartedError } from "~/services/referrals/act-on-referral.server";
import { done, refuse, type StepHandler } from "./step.server";

/** Why the help cannot be recorded as started today, said on the start form itself. */
const STARTED_MESSAGES: Record<StartedError, MessageKey> = {
  before_agreed_start: "validation.pref.startBeforeAgreed",
  indication_ended: "validation.pref.startAfterIndicationEnd",
};

/** Starting the help: nothing to fill in, but only from the agreed day and while the indication runs. */
export const start: StepHandler = ({ staff, referralId, now }) => {
  const result = actOnReferral(staff, referralId, { action: "start" }, now);
  if (!result.ok && (result.error === "before_agreed_start" || result.error === "indication_ended")) {
    return refuse(`start-${referralId}`, { status: "error", error: { "": [STARTED_MESSAGES[result.error]] } });
  }
  return done("start", referralId, result);
};
