// The notices of a citizen's request and its visits (issue 16): receipts, holds, bookings,
// reminders, cancellations, moves and the provider's answer. Each is called INSIDE the
// transaction of the change it reports (notify writes the outbox rows there), with a stable
// eventKey, so a retry or a second run writes nothing. Params carry names, times, amounts and
// the request number only: never the situation, limitations or income.

import { type BookingFacts, bookingFactParams } from "~/components/booking-facts-text";
import { providerPhoneText } from "~/domain/contact";
import { amsterdamDay } from "~/domain/policy";
import { providerAnswerDay } from "~/domain/requests";
import { shortName } from "~/domain/short-name";
import { addDays, fromAmsterdam, laterDay } from "~/domain/time";
import { agendaDayPath, cohortSessions } from "~/domain/visits";
import { cancelledVisitsForNotice } from "~/models/cancelled-visits.server";
import { prefersPhone } from "~/models/notifications.server";
import {
  bookedVisitsBetween,
  bookedVisitsOfRequest,
  enrolledParticipantsOn,
  holdsEndingBetween,
  providerStaffIds,
  type RequestForNotice,
  requestForNotice,
} from "~/models/request-notices.server";
import type { RequestKind } from "~db/enums";
import { notify } from "./notify.server";

/** The citizen's page of a request: the account holder reads every message about it. */
export const citizenLink = (requestId: number) => `/mijn/aanvragen/${requestId}`;
/** Where a provider's staff see the request: its own card on their list (the card's id), not the whole list. */
export const providerRequestLink = (requestId: number) => `/aanbieder/aanvragen#aanvraag-${requestId}`;

/** How often a cleaner hears at most that a client's note changed. */
const NOTE_NOTICE_EVERY_MS = 3_600_000;

/** Minutes before a hold ends that its holder is warned. */
export const HOLD_WARNING_MINUTES = 5;

const iso = (d: Date | number) => new Date(d).toISOString();

/** The person the help is for, as staff messages name them. */
const whoOf = (r: RequestForNotice) => shortName(r.actingForName ?? r.citizenName);

const feeParams = (feeCents: number): Record<string, string | number> =>
  feeCents > 0 ? { feeCents, feeLineKey: "notify.line.fee" } : { feeLineKey: "notify.line.noFee" };

/** Until when a time is held, as the held request page says it (request.holdUntil, formatDateTime). */
const holdParams = (holdExpiresAt: Date): Record<string, string> => ({
  untilAt: iso(holdExpiresAt),
  holdLineKey: "request.holdUntil",
});

function load(requestId: number): RequestForNotice {
  const r = requestForNotice(requestId);
  if (!r) throw new Error(`request ${requestId} not found for its notice`);
  return r;
}

/** Kinds whose receipt is written here; ZIN and talks are the municipality's (their own flow). */
const RECEIPT_KINDS: readonly RequestKind[] = ["private_cleaner", "pgb_informal", "powerful_ageing"];

/**
 * A request made: the citizen's receipt (Awb 4:3a) with what happens next, and for a physio
 * practice or a mediator, a new intake for its staff (no name yet: it has not accepted).
 */
export function noticeRequestReceived(requestId: number, now: Date): void {
  const r = load(requestId);
  if (!RECEIPT_KINDS.includes(r.kind)) return;
  notify({
    kind: "request_received",
    eventKey: `request:${r.id}:received`,
    to: r.citizenUserId,
    params: {
      number: r.id,
      receivedAt: iso(now),
      helpKey: `notify.help.${r.kind}`,
      nextKey:
        r.kind === "private_cleaner"
          ? "notify.next.private_cleaner"
          : r.providerName
            ? "notify.next.provider"
            : "notify.next.providerUnnamed",
      // The practice's or mediator's answer day, as the request page and the staff notice say it.
      ...(r.kind === "private_cleaner"
        ? {}
        : { providerName: r.providerName ?? "", answerDay: providerAnswerDay(r.createdAt) }),
      // A cleaner's time is held: until when, in the held page's own sentence.
      ...(r.kind === "private_cleaner" && r.holdExpiresAt ? holdParams(r.holdExpiresAt) : {}),
    },
    link: citizenLink(r.id),
    municipalityCode: r.municipalityCode,
    now,
  });
  if (r.kind !== "private_cleaner" && r.providerId !== null) {
    notify({
      kind: "new_intake",
      eventKey: `request:${r.id}:new_intake`,
      to: providerStaffIds(r.providerId),
      params: { number: r.id, helpKey: `notify.help.${r.kind}`, answerDay: providerAnswerDay(r.createdAt) },
      link: providerRequestLink(r.id),
      municipalityCode: r.municipalityCode,
      now,
    });
  }
}

/** Warns the holders of holds ending within HOLD_WARNING_MINUTES, once per hold. */
export function warnExpiringHolds(now: Date): number {
  let written = 0;
  for (const id of holdsEndingBetween(now, new Date(now.getTime() + HOLD_WARNING_MINUTES * 60_000))) {
    const r = load(id);
    if (!r.holdExpiresAt) continue;
    written += notify({
      kind: "hold_expiring",
      eventKey: `request:${r.id}:hold:${r.holdExpiresAt.getTime()}:expiring`,
      to: r.citizenUserId,
      params: { providerName: r.providerName ?? "", ...holdParams(r.holdExpiresAt) },
      link: citizenLink(r.id),
      municipalityCode: r.municipalityCode,
      now,
    });
  }
  return written;
}

/** A cleaner booking confirmed: the citizen's confirmation (with the series as .ics) and the cleaner's new booking. */
export function noticeBookingConfirmed(requestId: number, now: Date, facts: BookingFacts | null = null): void {
  const r = load(requestId);
  if (r.providerId === null) return;
  const visits = bookedVisitsOfRequest(requestId, now);
  const first = visits[0];
  if (!first) return;
  notify({
    kind: "booking_confirmed",
    eventKey: `request:${r.id}:booked`,
    to: r.citizenUserId,
    params: {
      number: r.id,
      providerName: r.providerName ?? "",
      firstAt: iso(first.startsAt),
      visits: visits.length,
      // The series, price and cancellation terms as the request page states them (render writes them out).
      ...(facts ? bookingFactParams(facts) : {}),
      icsLineKey: "notify.line.ics",
    },
    link: citizenLink(r.id),
    municipalityCode: r.municipalityCode,
    now,
  });
  notify({
    kind: "new_booking",
    eventKey: `request:${r.id}:new_booking`,
    to: providerStaffIds(r.providerId),
    params: { number: r.id, who: whoOf(r), firstAt: iso(first.startsAt) },
    link: providerRequestLink(r.id),
    municipalityCode: r.municipalityCode,
    now,
  });
}

export type CancelledBy = "citizen" | "cleaner" | "system";

const byKeys: Record<CancelledBy, { citizen: string; staff: string }> = {
  citizen: { citizen: "notify.by.citizen", staff: "notify.by.client" },
  cleaner: { citizen: "notify.by.cleaner", staff: "notify.by.provider" },
  system: { citizen: "notify.by.system", staff: "notify.by.system" },
};

/** A visit that does not go on, as its notices name it: its request, slot, start and cancellation. */
type VisitOff = { requestId: number; slotId: number; startsAt: number; cancelledId: number };

const visitOffKey = (visit: VisitOff, what: "cancelled" | "called_off") =>
  `visit:${visit.requestId}:${visit.slotId}:${visit.cancelledId}:${what}`;

/** Which visit the attached .ics takes out of the calendar (attachments.server). */
const icsCancelParams = (slotId: number) => ({ slotId, icsLineKey: "notify.line.icsCancel" });

/**
 * The citizen's notice of one visit that does not go on, whoever called it off: when and by whom,
 * then `lines` (what it costs, the .ics), in the order the message says them.
 */
function tellVisitOff(
  r: RequestForNotice,
  visit: VisitOff,
  notice: {
    kind: "visit_cancelled" | "visit_called_off";
    eventKey: string;
    by: CancelledBy;
    lines: Record<string, string | number>;
  },
  now: Date,
): void {
  notify({
    kind: notice.kind,
    eventKey: notice.eventKey,
    to: r.citizenUserId,
    params: {
      number: r.id,
      providerName: r.providerName ?? "",
      startAt: iso(visit.startsAt),
      byKey: byKeys[notice.by].citizen,
      ...notice.lines,
    },
    link: citizenLink(r.id),
    municipalityCode: r.municipalityCode,
    now,
  });
}

/** One visit called off: the citizen (by whom, any fee) and the cleaner's staff hear of it. */
export function noticeVisitCancelled(visit: VisitOff & { feeCents: number }, by: CancelledBy, now: Date): void {
  const r = load(visit.requestId);
  const eventKey = visitOffKey(visit, "cancelled");
  const lines = { ...feeParams(visit.feeCents), ...icsCancelParams(visit.slotId) };
  tellVisitOff(r, visit, { kind: "visit_cancelled", eventKey, by, lines }, now);
  if (r.providerId === null) return;
  notify({
    kind: "client_visit_cancelled",
    eventKey,
    to: providerStaffIds(r.providerId),
    params: {
      number: r.id,
      who: whoOf(r),
      startAt: iso(visit.startsAt),
      byKey: byKeys[by].staff,
      // The client's late fee, the amount the cancel charged: the agenda says it in this sentence.
      ...(visit.feeCents > 0 ? { feeCents: visit.feeCents, feeLineKey: "notify.line.clientFee" } : {}),
    },
    link: providerRequestLink(r.id),
    municipalityCode: r.municipalityCode,
    now,
  });
}

/**
 * The visits a whole-booking stop called off, recorded by the same transaction just before: the
 * attached .ics takes those out of the calendar (none for a hold: nothing to add).
 */
function calledOffParams(requestId: number, now: Date): Record<string, string> {
  return cancelledVisitsForNotice(requestId, { cancelledAt: now }).length > 0
    ? { cancelledAt: iso(now), icsLineKey: "notify.line.icsCancelAll" }
    : {};
}

/** A cleaner booking stopped as a whole: the citizen (by whom, the fees) and the cleaner's staff. */
export function noticeBookingCancelled(
  requestId: number,
  feeCents: number,
  by: CancelledBy,
  now: Date,
  { tellCitizen = true }: { tellCitizen?: boolean } = {},
): void {
  const r = load(requestId);
  const eventKey = `request:${r.id}:cancelled`;
  if (tellCitizen)
    notify({
      kind: "booking_cancelled",
      eventKey,
      to: r.citizenUserId,
      params: {
        number: r.id,
        providerName: r.providerName ?? "",
        byKey: byKeys[by].citizen,
        ...feeParams(feeCents),
        // Only visits ahead are called off: the attached .ics takes those out of the calendar.
        ...calledOffParams(r.id, now),
      },
      link: citizenLink(r.id),
      municipalityCode: r.municipalityCode,
      now,
    });
  if (r.providerId === null) return;
  notify({
    kind: "client_booking_cancelled",
    eventKey,
    to: providerStaffIds(r.providerId),
    params: { number: r.id, who: whoOf(r) },
    link: providerRequestLink(r.id),
    municipalityCode: r.municipalityCode,
    now,
  });
}

/** A booking moved to another weekly time: the citizen and the cleaner's staff, with the first new visit. */
export function noticeSlotChanged(requestId: number, firstAt: Date, now: Date): void {
  const r = load(requestId);
  // One move is one moment: the same move retried writes nothing, a later move is news again.
  const eventKey = `request:${r.id}:moved:${now.getTime()}`;
  notify({
    kind: "visit_moved",
    eventKey,
    to: r.citizenUserId,
    params: { number: r.id, providerName: r.providerName ?? "", firstAt: iso(firstAt) },
    link: citizenLink(r.id),
    municipalityCode: r.municipalityCode,
    now,
  });
  if (r.providerId === null) return;
  notify({
    kind: "client_time_changed",
    eventKey,
    to: providerStaffIds(r.providerId),
    params: { number: r.id, who: whoOf(r), firstAt: iso(firstAt) },
    link: providerRequestLink(r.id),
    municipalityCode: r.municipalityCode,
    now,
  });
}

/**
 * A physio practice or mediator answered: accepted (enrolled in the group, or a helper found),
 * with the start day and the provider's phone, or declined (never with the reason: it may say
 * something about the person's health).
 */
export function noticeProviderDecision(
  requestId: number,
  decision: { accepted: true; startDay: string | null } | { accepted: false },
  now: Date,
): void {
  const r = load(requestId);
  const providerName = r.providerName ?? "";
  if (decision.accepted) {
    notify({
      kind: "referral_accepted",
      eventKey: `request:${r.id}:accepted`,
      to: r.citizenUserId,
      params: {
        number: r.id,
        providerName,
        // A group already running: the help starts now.
        startDay: decision.startDay ?? laterDay(r.cohortStartDate ?? amsterdamDay(now), amsterdamDay(now)),
        ...(r.providerPhone
          ? { providerPhone: r.providerPhone, providerPhoneLineKey: "notify.line.providerPhone" }
          : {}),
      },
      link: citizenLink(r.id),
      municipalityCode: r.municipalityCode,
      now,
    });
    return;
  }
  notify({
    kind: "request_declined",
    eventKey: `request:${r.id}:declined`,
    to: r.citizenUserId,
    params: { number: r.id, providerName, helpKey: `notify.help.${r.kind}` },
    link: citizenLink(r.id),
    municipalityCode: r.municipalityCode,
    now,
  });
}

/**
 * A practice or mediator took the request on (ADR 038): the citizen hears who will call, on which
 * number, and what the call is about. No answers, no address: the provider's name and phone only.
 */
export function noticeRequestTakenOn(requestId: number, now: Date): void {
  const r = load(requestId);
  const providerName = r.providerName ?? "";
  const phone = providerPhoneText(r.providerPhone);
  notify({
    kind: "request_taken_on",
    eventKey: `request:${r.id}:taken_on`,
    to: r.citizenUserId,
    params: {
      number: r.id,
      providerName,
      nextKey: r.kind === "pgb_informal" ? "notify.takenOn.next.pgb_informal" : "notify.takenOn.next.powerful_ageing",
      ...(phone ? { providerPhone: phone, providerPhoneLineKey: "notify.line.providerPhone" } : {}),
    },
    link: citizenLink(r.id),
    municipalityCode: r.municipalityCode,
    now,
  });
}

/**
 * The day-before reminders: every booked visit and every Powerful Ageing session that starts
 * tomorrow (Amsterdam), once each (by its eventKey, so a re-run or a restart writes nothing).
 * Cancelled visits are no longer booked and get none. Runs in one transaction.
 */
export function writeReminders(now: Date): number {
  const tomorrow = addDays(amsterdamDay(now), 1);
  const from = fromAmsterdam(tomorrow, "00:00");
  const to = fromAmsterdam(addDays(tomorrow, 1), "00:00");
  if (!from || !to) return 0;
  let written = 0;
  for (const v of bookedVisitsBetween(from, to)) {
    written += notify({
      kind: "visit_reminder",
      eventKey: `visit:${v.requestId}:${v.slotId}:${v.startsAt.getTime()}:reminder`,
      to: v.citizenUserId,
      params: { number: v.requestId, providerName: v.providerName, startAt: iso(v.startsAt) },
      link: citizenLink(v.requestId),
      municipalityCode: v.municipalityCode,
      // Someone who prefers the phone gets the reminder as an SMS (when NotifyNL sends SMS).
      smsInsteadFor: prefersPhone,
      now,
    });
  }
  for (const p of enrolledParticipantsOn(tomorrow)) {
    for (const s of cohortSessions(p)) {
      if (s.date !== tomorrow) continue;
      written += notify({
        kind: "session_reminder",
        eventKey: `session:${p.requestId}:${s.date}T${s.time}:reminder`,
        to: p.citizenUserId,
        params: { number: p.requestId, providerName: p.providerName, startAt: iso(s.start) },
        link: citizenLink(p.requestId),
        municipalityCode: p.municipalityCode,
        smsInsteadFor: prefersPhone,
        now,
      });
    }
  }
  return written;
}

// ── Added with the events not yet produced (issue 16, lane D) ─────────────────────────────────

/**
 * The cleaner called a visit off: the client hears it does not go on, by whom, that it costs
 * nothing, and what happens to a fee paid for it earlier. Never her reason: "ill" is health data.
 */
export function noticeVisitCalledOff(visit: VisitOff & { paidEarlierCents: number }, now: Date): void {
  tellVisitOff(
    load(visit.requestId),
    visit,
    {
      kind: "visit_called_off",
      eventKey: visitOffKey(visit, "called_off"),
      by: "cleaner",
      lines: {
        // The .ics first, as when the citizen cancels it; then what happens to a fee paid earlier.
        ...icsCancelParams(visit.slotId),
        ...(visit.paidEarlierCents > 0
          ? { paidEarlierCents: visit.paidEarlierCents, paidLineKey: "notify.line.paidSettled" }
          : { noFeeLineKey: "notify.line.noFee" }),
      },
    },
    now,
  );
}

/**
 * The cleaner stopped the whole booking (ADR 041): the citizen hears who stopped, from which visit
 * on nobody comes, that those visits cost nothing, and what to do next (the request page links to
 * other cleaners). Never her reason: "long ill" is health data. Once per booking (its eventKey).
 */
export function noticeBookingEndedByCleaner(
  ending: { requestId: number; fromAt: number; paidEarlierCents: number },
  now: Date,
): void {
  const r = load(ending.requestId);
  notify({
    kind: "booking_ended_by_cleaner",
    eventKey: `request:${r.id}:ended_by_cleaner`,
    to: r.citizenUserId,
    params: {
      number: r.id,
      providerName: r.providerName ?? "",
      fromAt: iso(ending.fromAt),
      byKey: byKeys.cleaner.citizen,
      ...(ending.paidEarlierCents > 0
        ? { paidEarlierCents: ending.paidEarlierCents, paidLineKey: "notify.line.paidSettledAll" }
        : { noFeeLineKey: "notify.line.noFee" }),
      ...calledOffParams(r.id, now),
      nextLineKey: "notify.line.findAnotherCleaner",
    },
    link: citizenLink(r.id),
    municipalityCode: r.municipalityCode,
    now,
  });
}

/**
 * A payment that did not go through (Stripe: failed, or its checkout expired): the citizen hears
 * the amount, that the booking stands, and where to pay again. Once per Stripe event.
 */
export function noticePaymentFailed(
  payment: { requestId: number; amountCents: number; eventId: string; expired: boolean },
  now: Date,
): void {
  const r = load(payment.requestId);
  notify({
    kind: "payment_failed",
    eventKey: `payment:${payment.eventId}:failed`,
    to: r.citizenUserId,
    params: {
      number: r.id,
      providerName: r.providerName ?? "",
      amountCents: payment.amountCents,
      whyKey: payment.expired ? "notify.payment.expired" : "notify.payment.failed",
    },
    link: `${citizenLink(r.id)}#betalen`,
    municipalityCode: r.municipalityCode,
    now,
  });
}

/** A citizen withdrew a request from a physio practice or mediator: its staff hear it, by number only. */
export function noticeRequestWithdrawn(requestId: number, now: Date): void {
  const r = load(requestId);
  if (r.providerId === null || (r.kind !== "powerful_ageing" && r.kind !== "pgb_informal")) return;
  notify({
    kind: "request_withdrawn",
    eventKey: `request:${r.id}:withdrawn`,
    to: providerStaffIds(r.providerId),
    params: { number: r.id, helpKey: `notify.help.${r.kind}` },
    link: providerRequestLink(r.id),
    municipalityCode: r.municipalityCode,
    now,
  });
}

/**
 * The client changed the note for the cleaner of a booked series: her staff hear that it changed,
 * with a link to the agenda on the next visit's day; the words stay in the agenda (ADR 039).
 */
export function noticeNoteChanged(requestId: number, now: Date): void {
  const r = load(requestId);
  if (r.providerId === null) return;
  const next = bookedVisitsOfRequest(r.id, now)[0];
  notify({
    kind: "client_note_changed",
    // At most one notice an hour per booking, however often the note changes (attack: a flood of
    // saves was a flood of mails); the agenda always shows the latest words.
    eventKey: `request:${r.id}:note:${Math.floor(now.getTime() / NOTE_NOTICE_EVERY_MS)}`,
    to: providerStaffIds(r.providerId),
    params: { number: r.id, who: whoOf(r) },
    link: next ? agendaDayPath(amsterdamDay(next.startsAt)) : "/aanbieder/agenda",
    municipalityCode: r.municipalityCode,
    now,
  });
}
