// Who hears of what, and how a message that did not go through is tried again (issue 16).
import type { NotificationKind } from "~db/enums";

export type Audience = "citizen" | "staff" | "account";

type Rule = {
  audience: Audience;
  /** Receipts, decisions and account security always go by e-mail: the law or safety wants them. */
  alwaysEmailed: boolean;
};

const citizen = (alwaysEmailed = false): Rule => ({ audience: "citizen", alwaysEmailed });
const staff: Rule = { audience: "staff", alwaysEmailed: false };
const account: Rule = { audience: "account", alwaysEmailed: true };

export const NOTIFICATION_RULES: Record<NotificationKind, Rule> = {
  // A receipt of a request or melding (Awb 4:3a) and a decision cannot be switched off.
  request_received: citizen(true),
  hold_expiring: citizen(),
  booking_confirmed: citizen(),
  visit_reminder: citizen(),
  session_reminder: citizen(),
  visit_cancelled: citizen(),
  booking_cancelled: citizen(),
  visit_moved: citizen(),
  decision_made: citizen(true),
  referral_accepted: citizen(),
  help_started: citizen(),
  complaint_received: citizen(true),
  complaint_resolved: citizen(true),
  new_booking: staff,
  client_visit_cancelled: staff,
  client_booking_cancelled: staff,
  client_time_changed: staff,
  new_intake: staff,
  new_referral: staff,
  referral_withdrawn: staff,
  evaluation_due: staff,
  new_case_request: staff,
  urgent_signal: staff,
  referral_declined: staff,
  new_provider_application: staff,
  new_complaint: staff,
  password_reset: account,
  password_changed: account,
  request_declined: citizen(),
  // The cleaner calls a visit off: the citizen must know not to wait at home.
  visit_called_off: citizen(),
  // A payment that did not go through: money owed, so it is not switchable.
  payment_failed: citizen(true),
  request_withdrawn: staff,
  // The second factor turned on or off (by the person or an admin) and a recovery code spent: a
  // stranger doing so must not go unnoticed, so these always go.
  second_factor_on: account,
  second_factor_off: account,
  recovery_code_used: account,
  // Who will call, before they enrol or match: worth knowing, but switchable like the other steps.
  request_taken_on: citizen(),
  // Only that the note changed, never its words: they are read in the agenda.
  client_note_changed: staff,
  // The cleaner stopped the whole booking: nobody comes any more and the citizen must find other
  // help, so like a decision it cannot be switched off (ADR 041).
  booking_ended_by_cleaner: citizen(true),
};

/** Whether a person's choice to get no e-mail of this kind holds (some kinds always go). */
export function emailSwitchedOff(kind: NotificationKind, emailOff: readonly string[] | null | undefined): boolean {
  return !NOTIFICATION_RULES[kind].alwaysEmailed && (emailOff ?? []).includes(kind);
}

/** The kinds a person of this audience may switch e-mail off for. */
export function switchableKinds(audience: Exclude<Audience, "account">): NotificationKind[] {
  return (Object.keys(NOTIFICATION_RULES) as NotificationKind[]).filter(
    (k) => NOTIFICATION_RULES[k].audience === audience && !NOTIFICATION_RULES[k].alwaysEmailed,
  );
}

/** Attempts before a message is marked failed (about a day of trying, see retryDelayMs). */
export const MAX_DELIVERY_ATTEMPTS = 8;

/**
 * How long to wait before attempt `attempts + 1`: 1, 2, 4 … minutes, at most 6 hours, so a mail
 * server that is down for a night still gets the morning's messages.
 */
export function retryDelayMs(attempts: number): number {
  const minutes = Math.min(2 ** Math.max(0, attempts - 1), 360);
  return minutes * 60_000;
}

/**
 * How long a claimed message may stay "sending" before another run takes it again: a worker that
 * crashed mid-send left it so. Longer than any SMTP exchange takes.
 */
export const SENDING_LEASE_MS = 10 * 60_000;
