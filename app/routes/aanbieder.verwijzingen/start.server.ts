import { actOnReferral } from "~/services/referrals/act-on-referral.server";
import { done, type StepHandler } from "./step.server";

/** Starting the help: nothing to fill in. */
export const start: StepHandler = ({ staff, referralId, now }) =>
  done("start", referralId, actOnReferral(staff, referralId, { action: "start" }, now));
