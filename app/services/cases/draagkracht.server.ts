// The draagkracht check: income against the social minimum. It informs the advice and never
// refuses help (CRvB 2024).
import { clock } from "~/clock.server";
import { draagkracht } from "~/domain/cases";
import { amsterdamDay } from "~/domain/policy";
import { findCase, recordDraagkracht } from "~/models/cases.server";
import { getPolicyInForce } from "~/services/municipalities.server";
import { getDb } from "~db/client.server";
import type { HOUSEHOLDS } from "~db/enums";
import { requestsOfCase } from "./case-context.server";
import { type Consultant, traceCase } from "./consultant.server";

export type DraagkrachtInput = {
  household: (typeof HOUSEHOLDS)[number];
  partnerUnderAow: boolean;
  incomeCents: number;
};

/** Records the check with its percentage; false when the case is not the consultant's municipality's. */
export function saveDraagkracht(
  consultant: Consultant,
  caseId: number,
  input: DraagkrachtInput,
  now = clock.now(),
): boolean {
  return getDb().transaction(() => {
    const c = findCase(consultant, caseId);
    if (!c) return false;
    const latest = requestsOfCase(consultant, c)[0]?.answers;
    const policy = getPolicyInForce(c.municipalityCode, now);
    const percent =
      latest && policy
        ? draagkracht(
            { birthYear: latest.birthYear, household: input.household, partnerUnderAow: input.partnerUnderAow },
            input.incomeCents,
            policy,
            amsterdamDay(now),
          ).percent
        : null;
    const check = {
      dkHousehold: input.household,
      dkPartnerUnderAow: input.household === "couple" && input.partnerUnderAow,
      dkIncomeCents: input.incomeCents,
      dkPercent: percent,
    };
    if (!recordDraagkracht(consultant, caseId, check, consultant.id, now)) return false;
    // The amount itself stays out of the audit trail: the log says what was done, not the income.
    traceCase(consultant, "case.draagkracht_saved", caseId);
    return true;
  });
}
