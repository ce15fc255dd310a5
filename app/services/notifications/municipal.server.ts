// The notices of the municipal flows (issue 16): receipts of a ZIN request or a talk request,
// the consultants' new requests, urgent signals and declined referrals, the provider's referrals
// and evaluations, the citizen's decision, acceptance and start of help, complaints, and provider
// applications. Each function is called INSIDE the transaction of the change it reports. Params
// are names, numbers and days only: never the situation, limitations or income of a request.
import { clock } from "~/clock.server";
import { amsterdamDay } from "~/domain/policy";
import { evaluationDueBy } from "~/domain/referral";
import {
  adminIdsByMunicipality,
  citizenOfCase,
  complaintForNotice,
  municipalityName,
  municipalityStaffIds,
  providerNameAndPhone,
  providerStaffIds,
  referralForNotice,
  referralsDueForEvaluation,
  referringConsultantId,
} from "~/models/notification-audiences.server";
import { getDb } from "~db/client.server";
import { notify } from "./notify.server";

const citizenRequestLink = (requestId: number | null) => (requestId ? `/mijn/aanvragen/${requestId}` : "/mijn");
const caseLink = (caseId: number) => `/consulent/zaken/${caseId}`;
export const providerReferralLink = (referralId: number, ended = false) =>
  `/aanbieder/verwijzingen${ended ? "?weergave=afgerond" : ""}#referral-${referralId}`;

/**
 * A ZIN request (a melding) or a request for a talk: the citizen's receipt (Awb 4:3a, with the
 * statutory terms of what follows) and a notice to the municipality's consultants.
 */
export function noticeMunicipalRequest(request: {
  id: number;
  kind: "zin" | "consultation";
  citizenUserId: number;
  caseId: number;
  municipalityCode: string;
  now: Date;
}): void {
  const helpKey = `notify.help.${request.kind}`;
  notify({
    kind: "request_received",
    eventKey: `request:${request.id}:received`,
    to: request.citizenUserId,
    params: { number: request.id, receivedAt: request.now.toISOString(), helpKey, nextKey: "notify.next.municipality" },
    link: citizenRequestLink(request.id),
    municipalityCode: request.municipalityCode,
    now: request.now,
  });
  // No consultant is assigned to a case: the municipality's consultants share its inbox.
  notify({
    kind: "new_case_request",
    eventKey: `request:${request.id}:for-consultants`,
    to: municipalityStaffIds(request.municipalityCode, "consultant"),
    params: { number: request.caseId, helpKey },
    link: caseLink(request.caseId),
    municipalityCode: request.municipalityCode,
    now: request.now,
  });
}

/** A provider raised an urgent signal: the consultants of the client's municipality, today. */
export function noticeUrgentSignal(signal: {
  id: number;
  caseId: number;
  providerId: number;
  municipalityCode: string;
  now: Date;
}): void {
  notify({
    kind: "urgent_signal",
    eventKey: `signal:${signal.id}:urgent`,
    to: municipalityStaffIds(signal.municipalityCode, "consultant"),
    params: { number: signal.caseId, providerName: providerNameAndPhone(signal.providerId).name },
    link: caseLink(signal.caseId),
    municipalityCode: signal.municipalityCode,
    now: signal.now,
  });
}

/** A consultant sent a referral (first or again): the provider's staff. */
export function noticeNewReferral(referral: {
  id: number;
  providerId: number;
  municipalityCode: string;
  now: Date;
}): void {
  notify({
    kind: "new_referral",
    eventKey: `referral:${referral.id}:sent`,
    to: providerStaffIds(referral.providerId),
    params: { number: referral.id, municipality: municipalityName(referral.municipalityCode) },
    link: providerReferralLink(referral.id),
    municipalityCode: referral.municipalityCode,
    now: referral.now,
  });
}

/** A consultant withdrew a referral: the provider's staff need do nothing more with it. */
export function noticeReferralWithdrawn(referralId: number, now: Date): void {
  const r = referralForNotice(referralId);
  if (!r) return;
  notify({
    kind: "referral_withdrawn",
    eventKey: `referral:${r.id}:withdrawn`,
    to: providerStaffIds(r.providerId),
    params: { number: r.id },
    link: providerReferralLink(r.id, true),
    municipalityCode: r.municipalityCode,
    now,
  });
}

/**
 * A provider's step on a referral: a decline goes to the consultant who sent it (or, when that
 * account is gone, the municipality's consultants); acceptance and start of help to the citizen.
 */
export function noticeReferralStep(referralId: number, action: "accept" | "decline" | "start" | "end", now: Date) {
  if (action === "end") return;
  const r = referralForNotice(referralId);
  if (!r) return;
  const provider = providerNameAndPhone(r.providerId);
  const base = { municipalityCode: r.municipalityCode, now };
  if (action === "decline") {
    const consultant = referringConsultantId(r.id);
    notify({
      ...base,
      kind: "referral_declined",
      eventKey: `referral:${r.id}:declined`,
      to: consultant ?? municipalityStaffIds(r.municipalityCode, "consultant"),
      params: { number: r.id, providerName: provider.name },
      link: caseLink(r.caseId),
    });
    return;
  }
  if (action === "accept") {
    notify({
      ...base,
      kind: "referral_accepted",
      eventKey: `referral:${r.id}:accepted`,
      to: r.citizenUserId,
      // The provider's phone is the provider's business line, never the citizen's: a contact to reach.
      params: {
        providerName: provider.name,
        startDay: r.startDate ?? amsterdamDay(now),
        ...(provider.phone ? { providerPhone: provider.phone, providerPhoneLineKey: "notify.line.providerPhone" } : {}),
      },
      link: citizenRequestLink(r.requestId),
    });
    return;
  }
  notify({
    ...base,
    kind: "help_started",
    eventKey: `referral:${r.id}:started`,
    to: r.citizenUserId,
    // The help starts the day the provider records it (it may not record it before the agreed day).
    params: { providerName: provider.name, startDay: amsterdamDay(now) },
    link: citizenRequestLink(r.requestId),
  });
}

/**
 * The consultant decided on the citizen's aanvraag (a grant of ZIN, or a lighter option chosen
 * together): the citizen, with the objection term when the decision is a grant (beschikking).
 */
export function noticeDecision(decision: {
  id: number;
  caseId: number;
  requestId: number | null;
  municipalityCode: string;
  granted: boolean;
  now: Date;
}): void {
  // A decision that answers no request (a case opened by a signal) has no aanvraag to report on.
  if (decision.requestId === null) return;
  const citizen = citizenOfCase(decision.caseId);
  if (citizen === undefined) return;
  notify({
    kind: "decision_made",
    eventKey: `decision:${decision.id}:made`,
    to: citizen,
    params: { number: decision.requestId, ...(decision.granted ? { objectionLineKey: "notify.line.objection" } : {}) },
    link: citizenRequestLink(decision.requestId),
    municipalityCode: decision.municipalityCode,
    now: decision.now,
  });
}

/** A citizen filed a complaint: their receipt, and the municipality's admins. */
export function noticeComplaintFiled(complaint: {
  id: number;
  citizenUserId: number;
  requestId: number;
  municipalityCode: string;
  now: Date;
}): void {
  const base = { municipalityCode: complaint.municipalityCode, now: complaint.now };
  notify({
    ...base,
    kind: "complaint_received",
    eventKey: `complaint:${complaint.id}:received`,
    to: complaint.citizenUserId,
    params: { number: complaint.id, receivedAt: complaint.now.toISOString() },
    link: citizenRequestLink(complaint.requestId),
  });
  notify({
    ...base,
    kind: "new_complaint",
    eventKey: `complaint:${complaint.id}:new`,
    to: municipalityStaffIds(complaint.municipalityCode, "admin"),
    params: { number: complaint.id },
    link: `/beheer/klachten/${complaint.id}`,
  });
}

/** The municipality resolved a complaint: the citizen reads the answer on their request's page. */
export function noticeComplaintResolved(complaintId: number, municipalityCode: string, now: Date): void {
  const c = complaintForNotice(complaintId);
  if (!c) return;
  notify({
    kind: "complaint_resolved",
    eventKey: `complaint:${complaintId}:resolved`,
    to: c.citizenUserId,
    params: { number: complaintId },
    link: citizenRequestLink(c.requestId),
    municipalityCode,
    now,
  });
}

/** A provider applied: the admins of each municipality it wants to serve, each under their own name. */
export function noticeProviderApplication(provider: {
  id: number;
  name: string;
  serves: readonly string[];
  now: Date;
}): void {
  for (const [municipalityCode, admins] of adminIdsByMunicipality([...new Set(provider.serves)])) {
    notify({
      kind: "new_provider_application",
      eventKey: `provider:${provider.id}:applied`,
      to: admins,
      params: { providerName: provider.name },
      link: `/beheer/aanbieders/${provider.id}`,
      municipalityCode,
      now: provider.now,
    });
  }
}

/**
 * Evaluations fall due by the calendar, not by a step anyone takes: this writes the notice of
 * each referral whose evaluation came due (EVALUATION_DUE_WINDOW_DAYS before its date), once
 * per referral (the event key), to its provider's staff. Run by the hourly upkeep.
 */
export function noticeDueEvaluations(now = clock.now()): number {
  const db = getDb();
  return db.transaction(
    () => {
      let written = 0;
      for (const r of referralsDueForEvaluation(evaluationDueBy(amsterdamDay(now)))) {
        written += notify({
          kind: "evaluation_due",
          eventKey: `referral:${r.id}:evaluation-due`,
          to: providerStaffIds(r.providerId),
          params: { number: r.id, dueDay: r.evaluationDate },
          link: providerReferralLink(r.id),
          municipalityCode: r.municipalityCode,
          now,
        });
      }
      return written;
    },
    { behavior: "immediate" },
  );
}

let evaluationTimer: NodeJS.Timeout | undefined;

/** Writes due evaluations' notices at start-up and every hour after. */
export function startEvaluationNotices(): void {
  if (evaluationTimer) return;
  const run = () => {
    try {
      noticeDueEvaluations();
    } catch (error) {
      console.error("writing evaluation notices failed", error);
    }
  };
  run();
  evaluationTimer = setInterval(run, 60 * 60 * 1000);
  evaluationTimer.unref();
}
