// Quality per provider (ADR 009): the providers of an area and what happened with each in the
// period, counted per provider in one query per figure.
import { and, count, eq, gte, inArray, lt, ne } from "drizzle-orm";
import { getDb } from "~db/client.server";
import {
  cleanerSlots,
  complaints,
  evaluations,
  helpRequests,
  indications,
  payments,
  providerServiceAreas,
  providers,
  referrals,
  signals,
} from "~db/schema";
import { type Area, areaCodes, type Instants } from "./area.server";

/** The providers serving the area that were ever vetted, by name. */
export function providersOf(area: Area) {
  return getDb()
    .selectDistinct({ id: providers.id, name: providers.name, kind: providers.kind })
    .from(providers)
    .innerJoin(providerServiceAreas, eq(providerServiceAreas.providerId, providers.id))
    .where(and(inArray(providerServiceAreas.municipalityCode, areaCodes(area)), ne(providers.vettingStatus, "pending")))
    .orderBy(providers.name)
    .all();
}

export function complaintCounts(area: Area, period: Instants) {
  return getDb()
    .select({ providerId: complaints.providerId, n: count() })
    .from(complaints)
    .where(
      and(
        inArray(complaints.municipalityCode, areaCodes(area)),
        gte(complaints.createdAt, period.from),
        lt(complaints.createdAt, period.before),
      ),
    )
    .groupBy(complaints.providerId)
    .all();
}

/** Referrals declined in the period (the decline is the referral's last change). */
export function declinedReferralCounts(area: Area, period: Instants) {
  return getDb()
    .select({ providerId: referrals.providerId, n: count() })
    .from(referrals)
    .where(
      and(
        inArray(referrals.municipalityCode, areaCodes(area)),
        eq(referrals.status, "declined"),
        gte(referrals.updatedAt, period.from),
        lt(referrals.updatedAt, period.before),
      ),
    )
    .groupBy(referrals.providerId)
    .all();
}

/** Cleaners' visits in the period that were missed, for the area's requests. */
export function missedVisitCounts(area: Area, period: Instants) {
  return getDb()
    .select({ providerId: cleanerSlots.providerId, n: count() })
    .from(cleanerSlots)
    .innerJoin(helpRequests, eq(helpRequests.id, cleanerSlots.requestId))
    .where(
      and(
        inArray(helpRequests.municipalityCode, areaCodes(area)),
        eq(cleanerSlots.outcome, "missed"),
        gte(cleanerSlots.startsAt, period.from),
        lt(cleanerSlots.startsAt, period.before),
      ),
    )
    .groupBy(cleanerSlots.providerId)
    .all();
}

/** Visits in the period cancelled within 24 hours (they were charged). */
export function lateCancellationCounts(area: Area, period: Instants) {
  return getDb()
    .select({ providerId: payments.providerId, n: count() })
    .from(payments)
    .where(
      and(
        inArray(payments.municipalityCode, areaCodes(area)),
        eq(payments.kind, "late_cancellation"),
        gte(payments.visitStartsAt, period.from),
        lt(payments.visitStartsAt, period.before),
      ),
    )
    .groupBy(payments.providerId)
    .all();
}

/** Signals raised in the period: when, and when the municipality picked them up. */
export function signalTimes(area: Area, period: Instants) {
  return getDb()
    .select({ providerId: signals.providerId, at: signals.createdAt, acknowledgedAt: signals.acknowledgedAt })
    .from(signals)
    .where(
      and(
        inArray(signals.municipalityCode, areaCodes(area)),
        gte(signals.createdAt, period.from),
        lt(signals.createdAt, period.before),
      ),
    )
    .all();
}

/** Evaluations due on days in [from, before) for care that started, and when each was recorded. */
export function evaluationsDue(area: Area, days: { from: string; before: string }) {
  return getDb()
    .select({ providerId: referrals.providerId, due: indications.evaluationDate, done: evaluations.at })
    .from(referrals)
    .innerJoin(indications, eq(indications.id, referrals.indicationId))
    .leftJoin(evaluations, eq(evaluations.referralId, referrals.id))
    .where(
      and(
        inArray(referrals.municipalityCode, areaCodes(area)),
        gte(indications.evaluationDate, days.from),
        lt(indications.evaluationDate, days.before),
        inArray(referrals.status, ["started", "ended"]),
      ),
    )
    .all();
}
