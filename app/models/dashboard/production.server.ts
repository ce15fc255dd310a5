// Production (ADR 009): cleaners' booked visits, and the spans ZIN care ran, of an area.
import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { cleanerSlots, helpRequests, indications, providers, referralEvents, referrals } from "~db/schema";
import { type Area, areaCodes, type Instants } from "./area.server";

/** Cleaners' booked visits in the period for the area's requests, in whole minutes. */
export function bookedVisits(area: Area, period: Instants) {
  return getDb()
    .select({
      provider: providers.name,
      at: cleanerSlots.startsAt,
      minutes: sql<number>`(${cleanerSlots.endsAt} - ${cleanerSlots.startsAt}) / 60000`,
      outcome: cleanerSlots.outcome,
    })
    .from(cleanerSlots)
    .innerJoin(helpRequests, eq(helpRequests.id, cleanerSlots.requestId))
    .innerJoin(providers, eq(providers.id, cleanerSlots.providerId))
    .where(
      and(
        inArray(helpRequests.municipalityCode, areaCodes(area)),
        eq(cleanerSlots.status, "booked"),
        gte(cleanerSlots.startsAt, period.from),
        lt(cleanerSlots.startsAt, period.before),
      ),
    )
    .all();
}

/** When a referral first reached a status (ms), or null. */
const referralFirstAt = (status: "started" | "ended") =>
  sql<number | null>`(SELECT min(${referralEvents.at}) FROM ${referralEvents}
    WHERE ${referralEvents.referralId} = ${referrals.id} AND ${eq(referralEvents.status, status)})`;

/** ZIN care that started in the area: the indicated minutes per week, from its start to its end. */
export function zinCareSpans(area: Area) {
  return getDb()
    .select({
      provider: providers.name,
      minutes: indications.minutesPerWeek,
      started: referralFirstAt("started"),
      ended: referralFirstAt("ended"),
    })
    .from(referrals)
    .innerJoin(indications, eq(indications.id, referrals.indicationId))
    .innerJoin(providers, eq(providers.id, referrals.providerId))
    .where(and(inArray(referrals.municipalityCode, areaCodes(area)), inArray(referrals.status, ["started", "ended"])))
    .all();
}
