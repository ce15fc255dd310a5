// The consultant's inbox: what waits for the municipality — ZIN and consultation requests,
// referrals a provider declined, open signals, and evaluations due or received.
import { clock } from "~/clock.server";
import { type InboxType, signalOverdue } from "~/domain/cases";
import { amsterdamDay } from "~/domain/policy";
import { EVALUATION_DUE_WINDOW_DAYS } from "~/domain/referral";
import { addDays } from "~/domain/time";
import { listRequestsAwaitingConsultant } from "~/models/case-requests.server";
import { listUnreviewedEvaluations } from "~/models/evaluations.server";
import { listDeclinedReferralsAwaitingConsultant, listReferralsDueForEvaluation } from "~/models/referrals.server";
import { listOpenSignals } from "~/models/signals.server";
import { audit } from "~/services/audit.server";
import type { Consultant } from "./consultant.server";

export type InboxItem = {
  type: InboxType;
  key: string;
  caseId: number;
  personName: string;
  /** What it is: the request's kind, the signal's type, or the evaluation's state. */
  what: string;
  /** Since when it waits (ms); for a due evaluation, its date. */
  since: number;
  urgent: boolean;
  overdue: boolean;
};

const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`);

export function inbox(consultant: Consultant, now = clock.now()): InboxItem[] {
  const today = amsterdamDay(now);
  const plain = { urgent: false, overdue: false };
  return [
    ...listRequestsAwaitingConsultant(consultant).map(
      (r): InboxItem => ({
        type: "request",
        key: `request-${r.id}`,
        caseId: r.caseId,
        personName: r.personName,
        what: r.kind,
        since: r.at.getTime(),
        ...plain,
      }),
    ),
    // A declined referral comes back until the consultant decides again or refers anew.
    ...listDeclinedReferralsAwaitingConsultant(consultant).map(
      (f): InboxItem => ({
        type: "returned",
        key: `referral-${f.id}`,
        caseId: f.caseId,
        personName: f.personName,
        what: "declined",
        since: f.at.getTime(),
        ...plain,
      }),
    ),
    ...listOpenSignals(consultant).map(
      (s): InboxItem => ({
        type: "signal",
        key: `signal-${s.id}`,
        caseId: s.caseId,
        personName: s.personName,
        what: s.type,
        since: s.at.getTime(),
        urgent: s.urgency === "urgent",
        overdue: signalOverdue({ ...s, raisedOn: amsterdamDay(s.at) }, today),
      }),
    ),
    ...listReferralsDueForEvaluation(consultant, addDays(today, EVALUATION_DUE_WINDOW_DAYS)).map(
      (f): InboxItem => ({
        type: "evaluation",
        key: `due-${f.id}`,
        caseId: f.caseId,
        personName: f.personName,
        what: "due",
        since: dayStart(f.evaluationDate),
        urgent: false,
        overdue: f.evaluationDate < today,
      }),
    ),
    ...listUnreviewedEvaluations(consultant).map(
      (e): InboxItem => ({
        type: "evaluation",
        key: `evaluation-${e.id}`,
        caseId: e.caseId,
        personName: e.personName,
        what: "recorded",
        since: e.at.getTime(),
        ...plain,
      }),
    ),
  ];
}

/** The inbox as the consultant opens it: reading it is audited. */
export function viewInbox(consultant: Consultant, now = clock.now()): InboxItem[] {
  const items = inbox(consultant, now);
  audit({
    actorUserId: consultant.id,
    action: "inbox.viewed",
    subjectType: "municipality",
    subjectId: consultant.municipalityCode,
    municipalityCode: consultant.municipalityCode,
    detail: { count: items.length },
  });
  return items;
}

/** How many inbox items wait, for the navigation. */
export function inboxCount(consultant: Consultant, now = clock.now()): number {
  return inbox(consultant, now).length;
}
