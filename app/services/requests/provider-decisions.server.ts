// Requests to a provider, as its staff see and decide them: only their own provider's, and
// only what they need (no income, no free text about health).
import { clock } from "~/clock.server";
import { pc4Of, requestCanBeTakenOn, requestSharesContact, requestTakenOn, waitingCounts } from "~/domain/contact";
import { amsterdamDay } from "~/domain/policy";
import {
  nextRequestStatus,
  type ProviderDecision,
  providerCanEndBooking,
  providerDecisions,
  requestEnded,
  waitingAnswerDay,
} from "~/domain/requests";
import { agendaDayPath } from "~/domain/visits";
import {
  findRequestOfProvider,
  listRequestsOfProvider,
  recordProviderDecision,
  recordTakenOn,
} from "~/models/help-requests.server";
import { addRequestEvent } from "~/models/request-events.server";
import { answersForProvider } from "~/schemas/stored-answers";
import { getDb } from "~db/client.server";
import { audit } from "../audit.server";
import { contactsForProvider } from "../contacts.server";
import { noticeProviderDecision, noticeRequestTakenOn } from "../notifications/request-notices.server";
import { bookingForProvider } from "./booking-series.server";

type Staff = { id: number; providerId: number };

/**
 * How many requests wait for the provider's answer, and how many it took on without enrolling or
 * matching yet: of the same rows the requests page lists, so the home page's counts match its cards.
 */
export function providerWaitingCounts(staff: Staff) {
  return waitingCounts(listRequestsOfProvider(staff));
}

export function listProviderRequests(staff: Staff, now = clock.now()) {
  const rows = listRequestsOfProvider(staff);
  // One entry per municipality whose citizens' requests were listed, so its admins see it.
  const byMunicipality = new Map<string, number[]>();
  for (const r of rows)
    byMunicipality.set(r.municipalityCode, [...(byMunicipality.get(r.municipalityCode) ?? []), r.id]);
  for (const [municipalityCode, requestIds] of byMunicipality)
    audit({
      actorUserId: staff.id,
      action: "requests.listed",
      subjectType: "provider",
      subjectId: staff.providerId,
      municipalityCode,
      detail: { requestIds },
    });
  // Address and phone only of requests the provider accepted (a confirmed booking, an enrolment,
  // a match) or took on to call (ADR 038); that read is audited too. Before, it sees the area (PC4), the hours and the needs.
  const contacts = contactsForProvider(
    staff,
    rows.filter((r) => requestSharesContact(r)).map((r) => r.id),
    "requests",
  );
  return rows.map(
    ({
      answers,
      municipalityCode: _,
      citizenName,
      citizenEmail,
      actingForName,
      actingRelation,
      noteForProvider,
      citizenUserId,
      ...r
    }) => {
      const a = answersForProvider.parse(answers);
      // Mobility limits are health data: only the physio practice needs them, for its intake.
      const mobility = r.kind === "powerful_ageing" ? a.mobility : [];
      const shared = requestSharesContact(r);
      // A booked cleaner series: when she comes and what a visit costs, as the client's page says it.
      const booking =
        r.kind === "private_cleaner" && r.status === "booked" ? bookingForProvider(citizenUserId, r.id, now) : null;
      return {
        ...r,
        contactHidden: !shared,
        citizenName: shared ? citizenName : null,
        citizenEmail: shared ? citizenEmail : null,
        actingForName: shared ? actingForName : null,
        actingRelation: shared ? actingRelation : null,
        contact: shared ? (contacts.get(r.id) ?? null) : null,
        // The client's words for the cleaner, like the address: once the booking is hers.
        noteForProvider: shared ? noteForProvider : null,
        postcode: shared ? a.postcode : pc4Of(a.postcode),
        needs: a.needs,
        mobility,
        decisions: providerDecisions(r.kind, r.status),
        canTakeOn: requestCanBeTakenOn(r),
        // The day the new-intake mail and the citizen's page name: one function.
        answerDay: waitingAnswerDay(r),
        ended: requestEnded(r.status),
        // A running cleaner booking: she can stop it as a whole (ADR 041).
        canEnd: providerCanEndBooking(r.kind, r.status),
        booking: booking && {
          ...booking,
          agendaLink: agendaDayPath(amsterdamDay(new Date(booking.nextVisit?.startsAt ?? booking.weekly.startsAt))),
        },
      };
    },
  );
}

export type ProviderRequest = ReturnType<typeof listProviderRequests>[number];

export type Decision =
  | { action: "enrol" }
  | { action: "match"; helperFirstName: string; helperStartDate: string }
  | { action: "decline"; reason: string };

/**
 * A practice accepts (enrols) or declines after its intake; a mediator records the match
 * (helper's first name and start date) or declines. Scoped to the staff member's provider.
 */
export function decideRequest(staff: Staff, requestId: number, decision: Decision, now = clock.now()): boolean {
  return getDb().transaction(
    () => {
      const request = findRequestOfProvider(staff, requestId);
      if (!request) return false;
      const action: ProviderDecision = decision.action;
      const to = nextRequestStatus(request.kind, request.status, action);
      if (!to) return false;
      recordProviderDecision(
        requestId,
        {
          status: to,
          helperFirstName: decision.action === "match" ? decision.helperFirstName : null,
          helperStartDate: decision.action === "match" ? decision.helperStartDate : null,
          declineReason: decision.action === "decline" ? decision.reason : null,
        },
        now,
      );
      addRequestEvent({
        requestId,
        status: to,
        note: decision.action === "decline" ? decision.reason : null,
        byUserId: staff.id,
        at: now,
      });
      // The citizen hears the answer; a match starts on the helper's day, a group on its own.
      noticeProviderDecision(
        requestId,
        decision.action === "decline"
          ? { accepted: false }
          : { accepted: true, startDay: decision.action === "match" ? decision.helperStartDate : null },
        now,
      );
      audit({
        actorUserId: staff.id,
        action: `request.${decision.action}`,
        subjectType: "help_request",
        subjectId: requestId,
        municipalityCode: request.municipalityCode,
      });
      return true;
    },
    { behavior: "immediate" },
  );
}

export type TakeOnResult = "taken" | "already" | "not_found" | "not_open";

/**
 * A practice or mediator takes a waiting request on, to call the citizen before it enrols or
 * matches (ADR 038). One transaction: the mark, the citizen's notice and the audit entry. A second
 * post (a double click, a colleague) finds it taken and writes nothing.
 */
export function takeOnRequest(staff: Staff, requestId: number, now = clock.now()): TakeOnResult {
  return getDb().transaction(
    (): TakeOnResult => {
      const request = findRequestOfProvider(staff, requestId);
      if (!request) return "not_found";
      if (requestTakenOn(request)) return "already";
      if (!requestCanBeTakenOn(request) || !recordTakenOn(requestId, staff.id, now)) return "not_open";
      noticeRequestTakenOn(requestId, now);
      // In the request's municipality's audit log: from now on the provider reads the citizen's contact.
      audit({
        actorUserId: staff.id,
        action: "request.taken_on",
        subjectType: "help_request",
        subjectId: requestId,
        municipalityCode: request.municipalityCode,
      });
      return "taken";
    },
    { behavior: "immediate" },
  );
}
