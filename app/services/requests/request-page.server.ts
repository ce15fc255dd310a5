// Everything the citizen's request page shows, and which of its actions it offers now.
import { clock } from "~/clock.server";
import { requestActions } from "~/domain/requests";
import { seriesSummary } from "~/domain/slots";
import { cleanerBilling } from "~/services/payments/citizen-billing.server";
import { alternativesFor } from "./change-slot.server";
import { getRequest } from "./citizen-requests.server";
import { complaintsFor } from "./complaints.server";
import { helpFacts } from "./help-facts.server";

/** The request page of one of the citizen's requests, or null for anyone else's. */
export function requestPage(citizenUserId: number, requestId: number, now = clock.now()) {
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
  return {
    ...found,
    actions,
    alternatives: alternativesFor(request, actions.changeSlot, now),
    complaints: complaintsFor(citizenUserId, requestId),
    // Who helps, how to reach them, when and how much: the arranged help's facts.
    facts: helpFacts({ citizenUserId }, request, found.outcome),
    billing,
    // The weekly time held or booked: what the confirmation states.
    series:
      billing && (request.status === "held" || request.status === "booked")
        ? seriesSummary(billing.visits.map((v) => v.startsAt))
        : null,
  };
}
