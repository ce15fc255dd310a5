// After a referral was sent: withdrawing one that has not started, and referring the same
// indication to another provider after a decline or a withdrawal.
import { clock } from "~/clock.server";
import { isActive, nextReferralStatus } from "~/domain/referral";
import { laterDay } from "~/domain/time";
import { consentsToShareIntake, touchCase } from "~/models/cases.server";
import { findIndication } from "~/models/indications.server";
import { findReferralOnCase, latestReferralOfIndication, moveReferralTo } from "~/models/referrals.server";
import { getDb } from "~db/client.server";
import { noticeReferralWithdrawn } from "../notifications/municipal.server";
import { loadCaseContext } from "./case-context.server";
import { type Consultant, traceCase } from "./consultant.server";
import { intakeFor, sendReferral } from "./intake.server";

export type ReferAgainResult =
  | { ok: true; referralId: number }
  | { ok: false; error: "not_found" | "not_allowed" | "no_provider" | "consent_needed" };

/** After a provider declined: the same indication to another provider. */
export function referAgain(
  consultant: Consultant,
  caseId: number,
  referralId: number,
  providerId: number,
  now = clock.now(),
): ReferAgainResult {
  const referral = findReferralOnCase(consultant, caseId, referralId);
  if (!referral) return { ok: false, error: "not_found" };
  const context = loadCaseContext(consultant, caseId, now);
  if (!context?.query) return { ok: false, error: "not_found" };
  const { record: c, query, today } = context;
  if (!context.options.some((o) => o.kind === "zin" && o.providerId === providerId))
    return { ok: false, error: "no_provider" };
  return getDb().transaction(
    (): ReferAgainResult => {
      // Only the newest referral of an indication, once it is declined or withdrawn.
      const latest = latestReferralOfIndication(consultant, referral.indicationId);
      if (!latest || latest.id !== referralId || isActive(latest.status) || latest.status === "ended")
        return { ok: false, error: "not_allowed" };
      // The citizen may have withdrawn consent since the first referral.
      if (!consentsToShareIntake(consultant, caseId)) return { ok: false, error: "consent_needed" };
      const indication = findIndication(consultant, referral.indicationId);
      if (!indication) return { ok: false, error: "not_found" };
      const intake = intakeFor(consultant, c, query, indication.minutesPerWeek, laterDay(indication.startDate, today));
      const id = sendReferral(consultant, { indicationId: indication.id, c, providerId, intake }, now);
      touchCase(consultant, caseId, now);
      traceCase(consultant, "case.referred_again", caseId, { referralId: id, providerId });
      return { ok: true, referralId: id };
    },
    { behavior: "immediate" },
  );
}

/** The consultant withdraws a referral that has not started. */
export function withdrawReferral(
  consultant: Consultant,
  caseId: number,
  referralId: number,
  now = clock.now(),
): boolean {
  return getDb().transaction(
    () => {
      const referral = findReferralOnCase(consultant, caseId, referralId);
      if (!referral) return false;
      const next = nextReferralStatus(referral.status, "withdraw", "consultant");
      if (!next.ok) return false;
      moveReferralTo(consultant, referralId, next.to, consultant.id, now);
      noticeReferralWithdrawn(referralId, now);
      touchCase(consultant, caseId, now);
      traceCase(consultant, "case.referral_withdrawn", caseId, { referralId });
      return true;
    },
    { behavior: "immediate" },
  );
}
