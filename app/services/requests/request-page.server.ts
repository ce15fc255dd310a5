// Everything the citizen's request page shows, and which of its actions it offers now.
import { clock } from "~/clock.server";
import { requestActions, waitingAnswerDay } from "~/domain/requests";
import { cancellationsOf, findCancelledVisitsOf } from "~/models/cancelled-visits.server";
import { requestCancellationQuote } from "~/services/payments/cancellations.server";
import { cleanerBilling } from "~/services/payments/citizen-billing.server";
import { bookingSeries } from "./booking-series.server";
import { alternativesFor } from "./change-slot.server";
import { getRequest } from "./citizen-requests.server";
import { complaintsFor } from "./complaints.server";
import { helpFacts } from "./help-facts.server";
import { nextVisits } from "./next-visits.server";

/** What the page was asked to show besides the request: the cancelled visits to name, the cancel confirmation. */
export type RequestPageQuery = { cancelledIds?: readonly number[]; confirmCancel?: boolean };

/** The request page of one of the citizen's requests, or null for anyone else's. */
export function requestPage(citizenUserId: number, requestId: number, now = clock.now(), query: RequestPageQuery = {}) {
  const found = getRequest(citizenUserId, requestId, now);
  if (!found) return null;
  const { request } = found;
  const billing = request.kind === "private_cleaner" ? cleanerBilling(citizenUserId, requestId, now) : null;
  const actions = requestActions(request.status, {
    kind: request.kind,
    holdExpiresAt: request.holdExpiresAt,
    now,
    visits: billing?.visits,
    payments: billing?.payments,
  });
  const { cancelledVisits, weeklyTime, series, earlierVisits } = billing
    ? bookingSeries(citizenUserId, requestId, billing)
    : { cancelledVisits: [], weeklyTime: null, series: null, earlierVisits: [] };
  return {
    ...found,
    actions,
    alternatives: alternativesFor(request, actions.changeSlot, now),
    complaints: complaintsFor(citizenUserId, requestId),
    // Who helps, how to reach them, when and how much: the arranged help's facts.
    facts: helpFacts({ citizenUserId }, request, found.outcome),
    // By when the practice or mediator answers: the day the receipt mail names (providerAnswerDay), as the provider's card.
    answerDay: waitingAnswerDay(request),
    billing,
    // The weekly time held or booked: what the confirmation states.
    series: request.status === "held" || request.status === "booked" ? series : null,
    earlierVisits,
    // "Elke vrijdag 09:00–11:00": the same function as /mijn's.
    weeklyTime,
    // When help comes next: the same function as /mijn's.
    nextVisit: nextVisits(citizenUserId, now).get(requestId) ?? null,
    cancelledVisits,
    // The Verloop: the same records, also of a visit booked back since (it was called off then).
    cancellations: billing ? cancellationsOf({ citizenUserId }, requestId) : [],
    // The notice after cancelling names the visits and the fee, from their records.
    cancelledNow: findCancelledVisitsOf({ citizenUserId }, requestId, query.cancelledIds ?? []),
    // The confirmation before cancelling the whole request: which visits, and what it costs.
    cancelQuote: query.confirmCancel && actions.cancel ? requestCancellationQuote(citizenUserId, requestId, now) : null,
  };
}
