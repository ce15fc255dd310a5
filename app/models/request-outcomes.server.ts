// What the consultant decided on a citizen's request, as the citizen may read it: the option chosen,
// and for ZIN the granted hours and the provider it was referred to (never the internal note).
import { and, desc, eq, gte, or } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { caseDecisions, helpRequests, indications, providers, referrals } from "~db/schema";
import type { CitizenScope } from "./help-requests.server";

/**
 * The latest decision on one of the citizen's requests: made on the request itself, or on its case
 * after the request was made.
 */
export function latestDecisionOn({ citizenUserId }: CitizenScope, requestId: number) {
  return getDb()
    .select({
      id: caseDecisions.id,
      kind: caseDecisions.kind,
      offerId: caseDecisions.offerId,
      providerName: providers.name,
    })
    .from(helpRequests)
    .innerJoin(
      caseDecisions,
      or(
        eq(caseDecisions.requestId, helpRequests.id),
        and(eq(caseDecisions.caseId, helpRequests.caseId), gte(caseDecisions.decidedAt, helpRequests.createdAt)),
      ),
    )
    .leftJoin(providers, eq(providers.id, caseDecisions.providerId))
    .where(and(eq(helpRequests.id, requestId), eq(helpRequests.citizenUserId, citizenUserId)))
    .orderBy(desc(caseDecisions.id))
    .limit(1)
    .get();
}

/** The indication a decision granted, if it granted one. */
export function indicationOfDecision(decisionId: number) {
  return getDb()
    .select({ id: indications.id, minutesPerWeek: indications.minutesPerWeek, endDate: indications.endDate })
    .from(indications)
    .where(eq(indications.decisionId, decisionId))
    .get();
}

/** The latest referral of an indication, with the provider's name and phone. */
export function latestReferralOf(indicationId: number) {
  return getDb()
    .select({
      providerName: providers.name,
      providerPhone: providers.contactPhone,
      status: referrals.status,
      startDate: referrals.startDate,
    })
    .from(referrals)
    .innerJoin(providers, eq(providers.id, referrals.providerId))
    .where(eq(referrals.indicationId, indicationId))
    .orderBy(desc(referrals.id))
    .limit(1)
    .get();
}
