// A cleaner booking's series, one function for the request page and the booking's confirmation mail.

import { type BookingFacts, firstLateVisit } from "~/components/booking-facts-text";
import { seriesSummary } from "~/domain/slots";
import { weeklyKey } from "~/domain/time";
import { weeklyTimeOf } from "~/domain/weekly-time";
import { cancelledVisitsOf } from "~/models/cancelled-visits.server";
import { type CleanerBilling, cleanerBilling } from "~/services/payments/citizen-billing.server";
import { nextVisits } from "./next-visits.server";

/**
 * A cleaner booking's series as the request page and the booking's confirmation mail state it:
 * the weekly time, its visits (first, last, how many, weeks off) and the visits called off.
 * Of the visits at the weekly time only: after a move, a visit within 24 hours kept at the old
 * time is named apart ("earlier"), not counted into the new time's weeks and days off.
 */
export function bookingSeries(citizenUserId: number, requestId: number, billing: CleanerBilling) {
  // Visits called off stay on the page, as cancelled, with what cancelling cost.
  const cancelledVisits = cancelledVisitsOf({ citizenUserId }, requestId);
  const weeklyTime = weeklyTimeOf(billing.visits);
  const atWeeklyTime = (v: { startsAt: number }) =>
    weeklyTime !== null && weeklyKey(v.startsAt) === weeklyKey(weeklyTime.startsAt);
  return {
    cancelledVisits,
    weeklyTime,
    series: weeklyTime
      ? seriesSummary(
          billing.visits.filter((v) => atWeeklyTime(v)).map((v) => v.startsAt),
          cancelledVisits.filter((v) => atWeeklyTime(v) && !v.byProvider).map((v) => v.startsAt),
          cancelledVisits.filter((v) => atWeeklyTime(v) && v.byProvider).map((v) => v.startsAt),
        )
      : null,
    earlierVisits: billing.visits.filter((v) => !v.past && !atWeeklyTime(v)).map((v) => v.startsAt),
  };
}

/**
 * What the booking's confirmation mail states, from the functions the request page shows them
 * with (cleanerBilling, bookingSeries): null when the request has no booked series.
 */
export function bookingFacts(citizenUserId: number, requestId: number, now: Date): BookingFacts | null {
  const billing = cleanerBilling(citizenUserId, requestId, now);
  if (!billing) return null;
  const { weeklyTime, series } = bookingSeries(citizenUserId, requestId, billing);
  if (!weeklyTime || !series) return null;
  return {
    weekly: weeklyTime,
    series: { first: series.first, last: series.last, count: series.count },
    price: billing.price,
    perMonthCents: billing.price.perMonth.citizenCents,
    lateCancellationPercent: billing.lateCancellationPercent,
    skipped: series.skipped,
    holidays: series.holidays,
    firstLate: firstLateVisit(billing.visits),
  };
}

/**
 * A booked series as the cleaner's request card states it: the weekly time and the price of a visit
 * (the citizen's page's functions: bookingSeries, cleanerBilling) and the next visit still to come
 * (nextVisits, as "Volgende bezoek" on her page). Null without a booked series.
 */
export function bookingForProvider(citizenUserId: number, requestId: number, now: Date) {
  const billing = cleanerBilling(citizenUserId, requestId, now);
  if (!billing) return null;
  const { weeklyTime } = bookingSeries(citizenUserId, requestId, billing);
  if (!weeklyTime) return null;
  const next = nextVisits(citizenUserId, now).get(requestId) ?? null;
  const { minutes, totalCents, citizenCents, municipalityCents } = billing.price;
  return {
    weekly: weeklyTime,
    nextVisit: next ? { startsAt: next.startsAt, endsAt: next.endsAt } : null,
    price: { minutes, totalCents, citizenCents, municipalityCents },
  };
}
