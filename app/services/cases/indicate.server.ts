// Granting ZIN: the decision, an indication and a referral to the chosen provider.
import { clock } from "~/clock.server";
import { FIRST_INDICATION_MONTHS, indicationDates } from "~/domain/cases";
import { touchCase } from "~/models/cases.server";
import { insertIndication, isFirstIndication } from "~/models/indications.server";
import { hasReferralUnderWay } from "~/models/referrals.server";
import { getDb } from "~db/client.server";
import { loadCaseContext } from "./case-context.server";
import { type Consultant, traceCase } from "./consultant.server";
import { type DecideResult, recordDecision, type SteerInput, settleOpenRequests } from "./decision.server";
import { intakeFor, sendReferral } from "./intake.server";

export type IndicateInput = SteerInput & { minutesPerWeek: number; startDate: string; months: number };

/**
 * Grants ZIN: the decision, an indication (first one 3 months, evaluation date in working days)
 * and a referral to the chosen provider with the intake summary the citizen agreed to share.
 */
export function indicate(
  consultant: Consultant,
  caseId: number,
  input: IndicateInput,
  now = clock.now(),
): DecideResult {
  const context = loadCaseContext(consultant, caseId, now);
  if (!context) return { ok: false, error: "not_found" };
  const { record: c, query } = context;
  if (!query) return { ok: false, error: "no_option" };
  if (!c.consentShareIntake) return { ok: false, error: "consent_needed" };
  const option = context.options.find((o) => o.offerId === input.offerId && o.kind === "zin");
  if (!option) return { ok: false, error: "no_option" };
  if (option.providerId === null) return { ok: false, error: "no_provider" };
  const providerId = option.providerId;
  if (input.startDate < context.today) return { ok: false, error: "bad_dates" };
  // A first indication runs 3 months (DOMAIN.md), whatever was posted.
  const months = isFirstIndication(consultant, caseId) ? FIRST_INDICATION_MONTHS : input.months;
  let dates: ReturnType<typeof indicationDates>;
  try {
    dates = indicationDates(input.startDate, months);
  } catch {
    return { ok: false, error: "bad_dates" };
  }
  return getDb().transaction(
    (): DecideResult => {
      if (hasReferralUnderWay(consultant, caseId)) return { ok: false, error: "already_indicated" };
      const decisionId = recordDecision(consultant, caseId, option, input, now);
      const indicationId = insertIndication(
        {
          caseId,
          decisionId,
          minutesPerWeek: input.minutesPerWeek,
          ...dates,
          durationMonths: months,
          first: isFirstIndication(consultant, caseId),
          createdByUserId: consultant.id,
        },
        now,
      );
      const intake = intakeFor(consultant, c, query, input.minutesPerWeek, dates.startDate);
      const referralId = sendReferral(consultant, { indicationId, c, providerId, intake }, now);
      settleOpenRequests(consultant, caseId, "indicated", option.providerName, now);
      touchCase(consultant, caseId, now);
      traceCase(consultant, "case.indicated", caseId, { decisionId, indicationId, referralId, providerId });
      return { ok: true, decisionId, referralId };
    },
    { behavior: "immediate" },
  );
}
