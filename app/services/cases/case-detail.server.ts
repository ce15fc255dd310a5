// One case with everything the consultant works with: the answers, requests, draagkracht check,
// options, decisions, indications with their referrals, and signals. Reading it is audited.
import { clock } from "~/clock.server";
import { type Draagkracht, draagkracht, signalOverdue } from "~/domain/cases";
import { amsterdamDay } from "~/domain/policy";
import { listDecisionsOfCase } from "~/models/case-decisions.server";
import { listEvaluationsOfCase } from "~/models/evaluations.server";
import { isFirstIndication, listIndicationsOfCase } from "~/models/indications.server";
import { listReferralEventsOfCase, listReferralsOfCase } from "~/models/referrals.server";
import { listSignalNotesOfCase, listSignalsOfCase } from "~/models/signals.server";
import { getPolicyInForce } from "~/services/municipalities.server";
import { availablePaymentMethods } from "~/services/payments/payment-method.server";
import { type CaseContext, loadCaseContext } from "./case-context.server";
import { type Consultant, traceCase } from "./consultant.server";

/** Groups rows by a key, keeping their order. */
function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** The case's indications, newest first, each with its referrals (newest first), their steps and evaluation. */
function indicationsOf(consultant: Consultant, caseId: number) {
  const events = groupBy(listReferralEventsOfCase(consultant, caseId), (e) => e.referralId);
  const evaluations = new Map(listEvaluationsOfCase(consultant, caseId).map((e) => [e.referralId, e]));
  const referrals = groupBy(
    listReferralsOfCase(consultant, caseId).map((f) => ({
      ...f,
      events: events.get(f.id) ?? [],
      evaluation: evaluations.get(f.id) ?? null,
    })),
    (f) => f.indicationId,
  );
  return listIndicationsOfCase(consultant, caseId).map((i) => ({ ...i, referrals: referrals.get(i.id) ?? [] }));
}

export type IndicationView = ReturnType<typeof indicationsOf>[number];
export type ReferralView = IndicationView["referrals"][number];

/** The case's signals, newest first, with whether they are overdue and the consultants' notes. */
function signalsOf(consultant: Consultant, caseId: number, today: string) {
  const notes = groupBy(listSignalNotesOfCase(consultant, caseId), (n) => n.signalId);
  return listSignalsOfCase(consultant, caseId).map((s) => ({
    ...s,
    overdue: signalOverdue({ ...s, raisedOn: amsterdamDay(s.createdAt) }, today),
    notes: notes.get(s.id) ?? [],
  }));
}

export type SignalView = ReturnType<typeof signalsOf>[number];

function draagkrachtOf({ record: c, query, today }: CaseContext, now: Date): Draagkracht | null {
  const policy = getPolicyInForce(c.municipalityCode, now);
  if (!c.dkHousehold || c.dkIncomeCents === null || !policy || !query) return null;
  return draagkracht(
    { birthYear: query.birthYear, household: c.dkHousehold, partnerUnderAow: c.dkPartnerUnderAow === true },
    c.dkIncomeCents,
    policy,
    today,
  );
}

/** A case with everything the consultant works with, or null outside their municipality. */
export function getCase(consultant: Consultant, caseId: number, now = clock.now()) {
  const context = loadCaseContext(consultant, caseId, now);
  if (!context) return null;
  const { record: c, requests, query, options, today } = context;
  const detail = {
    case: {
      ...c,
      talkFacilities: c.talkFacilities ?? [],
      dkPartnerUnderAow: c.dkPartnerUnderAow === true,
    },
    requests,
    query,
    draagkracht: draagkrachtOf(context, now),
    options,
    decisions: listDecisionsOfCase(consultant, caseId),
    indications: indicationsOf(consultant, caseId),
    signals: signalsOf(consultant, caseId, today),
    firstIndication: isFirstIndication(consultant, caseId),
    paymentMethods: availablePaymentMethods(),
    today,
  };
  traceCase(consultant, "case.read", caseId);
  return detail;
}

export type CaseDetail = NonNullable<ReturnType<typeof getCase>>;
export type DecisionView = CaseDetail["decisions"][number];
