// The provider's evaluation at the end of the first indication: once, while the help runs.
import { clock } from "~/clock.server";
import { canEvaluate } from "~/domain/referral";
import { touchCaseOfReferral } from "~/models/cases.server";
import { addEvaluation } from "~/models/evaluations.server";
import { findReferralOfProvider } from "~/models/referrals.server";
import { getDb } from "~db/client.server";
import type { EvaluationOutcome } from "~db/schema";
import { audit } from "../audit.server";
import type { Staff } from "./staff";

export type EvaluationInput = { outcome: EvaluationOutcome; explanation: string };
export type EvaluationResult = { ok: true } | { ok: false; error: "not_found" | "not_allowed" };

export function evaluateReferral(
  staff: Staff,
  referralId: number,
  input: EvaluationInput,
  now = clock.now(),
): EvaluationResult {
  return getDb().transaction(
    (tx): EvaluationResult => {
      const referral = findReferralOfProvider(staff, referralId, tx);
      if (!referral) return { ok: false, error: "not_found" };
      if (!canEvaluate(referral.status, referral.evaluated)) return { ok: false, error: "not_allowed" };
      addEvaluation(
        { referralId, outcome: input.outcome, explanation: input.explanation, byUserId: staff.id, at: now },
        tx,
      );
      touchCaseOfReferral(referral.caseId, now, tx);
      audit(
        {
          actorUserId: staff.id,
          action: "referral.evaluated",
          subjectType: "case",
          subjectId: referral.caseId,
          municipalityCode: referral.municipalityCode,
          detail: { referralId, outcome: input.outcome },
        },
        tx,
      );
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}
