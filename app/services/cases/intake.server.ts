// The referral a provider receives: the intake summary the citizen agreed to share, sent with
// the indication (first time, or again after a decline).
import { intakeSummary } from "~/domain/cases";
import { latestActingRelation } from "~/models/case-requests.server";
import type { CaseRecord } from "~/models/cases.server";
import { insertSentReferral } from "~/models/referrals.server";
import type { HelpQuery } from "~/schemas/help-request";
import { noticeNewReferral } from "../notifications/municipal.server";
import type { Consultant } from "./consultant.server";

export function intakeFor(
  consultant: Consultant,
  c: CaseRecord,
  query: HelpQuery,
  minutesPerWeek: number,
  startDate: string,
) {
  const relation = latestActingRelation(consultant, c.id);
  return intakeSummary({
    personName: c.personName,
    actedBy: c.personKey && relation ? { name: c.accountName, relation } : null,
    email: c.email,
    phone: c.contactPhone,
    postcode: query.postcode,
    birthYear: query.birthYear,
    needs: query.needs,
    mobility: query.mobility,
    minutesPerWeek,
    startDate,
    preferences: c.preferences,
    situation: c.talkSituation,
    consentShareHealth: c.consentShareHealth,
  });
}

/** Sends the indication to a provider. Call inside the caller's transaction. */
export function sendReferral(
  consultant: Consultant,
  to: { indicationId: number; c: CaseRecord; providerId: number; intake: ReturnType<typeof intakeFor> },
  now: Date,
): number {
  const id = insertSentReferral(
    {
      indicationId: to.indicationId,
      caseId: to.c.id,
      providerId: to.providerId,
      municipalityCode: to.c.municipalityCode,
      intake: to.intake,
    },
    consultant.id,
    now,
  );
  noticeNewReferral({ id, providerId: to.providerId, municipalityCode: to.c.municipalityCode, now });
  return id;
}
