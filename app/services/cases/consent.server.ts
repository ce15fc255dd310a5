// What the citizen agreed to share with a provider in a referral, and how to reach them.
import { clock } from "~/clock.server";
import { recordConsent } from "~/models/cases.server";
import { getDb } from "~db/client.server";
import { type Consultant, traceCase } from "./consultant.server";

export type ConsentInput = {
  shareIntake: boolean;
  shareHealth: boolean;
  phone: string | null;
  preferences: string | null;
};

/** Records the consent; health details are shared only with the intake. */
export function saveConsent(consultant: Consultant, caseId: number, input: ConsentInput, now = clock.now()): boolean {
  return getDb().transaction(() => {
    const shareHealth = input.shareIntake && input.shareHealth;
    const consent = {
      consentShareIntake: input.shareIntake,
      consentShareHealth: shareHealth,
      contactPhone: input.phone,
      preferences: input.preferences,
    };
    if (!recordConsent(consultant, caseId, consent, consultant.id, now)) return false;
    traceCase(consultant, "case.consent_saved", caseId, { shareIntake: input.shareIntake, shareHealth });
    return true;
  });
}
