// The provider's steps on a referral: accept (with a start date), decline (back to the
// consultant), start and end. The referral state machine is the guard; the citizen's request
// follows the help; every step is audited under the client's municipality.
import { clock } from "~/clock.server";
import { amsterdamDay } from "~/domain/policy";
import { nextReferralStatus, REQUEST_STATUS_AFTER } from "~/domain/referral";
import { touchCaseOfReferral } from "~/models/cases.server";
import { moveRequest, requestsFollowingCareOfCase } from "~/models/help-requests.server";
import { addReferralEvent } from "~/models/referral-events.server";
import { findReferralOfProvider, type ReferralChange, updateReferralOfProvider } from "~/models/referrals.server";
import { getDb } from "~db/client.server";
import { audit } from "../audit.server";
import { noticeReferralStep } from "../notifications/municipal.server";
import type { Staff } from "./staff";

export type ReferralInput =
  | { action: "accept"; startDate: string }
  | { action: "decline"; reason: string }
  | { action: "start" }
  | { action: "end"; reason: string };

/** A start date the provider cannot agree: in the past, or outside the indication's period. */
export type StartDateError = "start_past" | "before_indication" | "after_indication";

/** Why the help cannot be recorded as started today: before the agreed start, or after the indication ended. */
export type StartedError = "before_agreed_start" | "indication_ended";

export type ReferralResult =
  | { ok: true }
  | { ok: false; error: "not_found" | "not_allowed" | StartedError }
  /** `day`: the first (or last) day that would do, so the message can name it. */
  | { ok: false; error: StartDateError; day: string };

function startDateError(
  startDate: string,
  today: string,
  period: { start: string; end: string },
): { error: StartDateError; day: string } | null {
  if (startDate < today) return { error: "start_past", day: today };
  if (startDate < period.start) return { error: "before_indication", day: period.start };
  if (startDate > period.end) return { error: "after_indication", day: period.end };
  return null;
}

/** The help starts on or after the agreed day and while the indication runs, never before or after. */
function startedError(today: string, agreed: string | null, indicationEnd: string): StartedError | null {
  if (agreed !== null && today < agreed) return "before_agreed_start";
  if (today > indicationEnd) return "indication_ended";
  return null;
}

/** Whether a referral is this provider's: another provider's reads as one that does not exist. */
export function isOwnReferral(staff: Staff, referralId: number): boolean {
  return findReferralOfProvider(staff, referralId) !== undefined;
}

/** What the step writes beside the status: the start date or the reason, also the event's note. */
function detailOf(input: ReferralInput): { change: Partial<ReferralChange>; note: string | null } {
  if (input.action === "accept") return { change: { startDate: input.startDate }, note: input.startDate };
  if (input.action === "decline") return { change: { declineReason: input.reason }, note: input.reason };
  if (input.action === "end") return { change: { endReason: input.reason }, note: input.reason };
  return { change: {}, note: null };
}

/** Accept (with a start date), decline (back to the consultant), start or end a referral. */
export function actOnReferral(
  staff: Staff,
  referralId: number,
  input: ReferralInput,
  now = clock.now(),
): ReferralResult {
  return getDb().transaction(
    (tx): ReferralResult => {
      const referral = findReferralOfProvider(staff, referralId, tx);
      if (!referral) return { ok: false, error: "not_found" };
      const next = nextReferralStatus(referral.status, input.action, "provider");
      if (!next.ok) return { ok: false, error: "not_allowed" };
      // The help starts within the indication's period, and not in the past.
      if (input.action === "accept") {
        const period = { start: referral.indicationStartDate, end: referral.indicationEndDate };
        const refused = startDateError(input.startDate, amsterdamDay(now), period);
        if (refused) return { ok: false, ...refused };
      }
      if (input.action === "start") {
        const error = startedError(amsterdamDay(now), referral.agreedStartDate, referral.indicationEndDate);
        if (error) return { ok: false, error };
      }
      const { change, note } = detailOf(input);
      updateReferralOfProvider(staff, referralId, { status: next.to, updatedAt: now, ...change }, tx);
      addReferralEvent({ referralId, status: next.to, note, byUserId: staff.id, at: now }, tx);
      // The citizen's requests on this case follow the help's start and end. Their timeline gets
      // the step, never the provider's own words (a decline reason is for the consultant).
      const requestStatus = REQUEST_STATUS_AFTER[input.action];
      if (requestStatus)
        for (const request of requestsFollowingCareOfCase(referral.caseId, tx)) {
          if (request.status === requestStatus) continue;
          const step = `referral.${input.action}:${referral.providerName}`;
          moveRequest(request.id, { status: requestStatus, note: step, byUserId: staff.id, at: now }, tx);
        }
      touchCaseOfReferral(referral.caseId, now, tx);
      noticeReferralStep(referralId, input.action, now);
      audit(
        {
          actorUserId: staff.id,
          action: `referral.${input.action}`,
          subjectType: "case",
          subjectId: referral.caseId,
          municipalityCode: referral.municipalityCode,
          detail: { referralId },
        },
        tx,
      );
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}
