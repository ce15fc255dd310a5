// What the consultant decided on a request, as the citizen may see it (not the internal note).

import type { CitizenScope } from "~/models/help-requests.server";
import { indicationOfDecision, latestDecisionOn, latestReferralOf } from "~/models/request-outcomes.server";
import { toSearchParams } from "~/schemas/help-request";
import { storedHelpQuery } from "~/schemas/stored-answers";

export type ConsultantOutcome = {
  kind: string;
  offerId: string;
  providerName: string | null;
  /** Where the citizen requests or books the chosen option (null for own strength and ZIN). */
  requestLink: string | null;
  indication: { minutesPerWeek: number; endDate: string } | null;
  referral: { providerName: string; providerPhone: string | null; status: string; startDate: string | null } | null;
};

/** The consultant's latest decision on one of the citizen's requests, or null when there is none. */
export function consultantOutcome(
  scope: CitizenScope,
  request: { id: number; answers: unknown },
): ConsultantOutcome | null {
  const decision = latestDecisionOn(scope, request.id);
  if (!decision) return null;
  const indication = indicationOfDecision(decision.id);
  const referral = indication ? latestReferralOf(indication.id) : undefined;
  const bookable = decision.kind !== "own_strength" && decision.kind !== "zin";
  // The same answers again, so the options page computes the same option.
  const answers = bookable ? storedHelpQuery.safeParse(request.answers) : null;
  return {
    kind: decision.kind,
    offerId: decision.offerId,
    providerName: decision.providerName,
    requestLink: answers?.success
      ? `/hulp/aanvragen?${new URLSearchParams({ offer: decision.offerId })}&${toSearchParams(answers.data)}`
      : null,
    indication: indication ? { minutesPerWeek: indication.minutesPerWeek, endDate: indication.endDate } : null,
    referral: referral ?? null,
  };
}
