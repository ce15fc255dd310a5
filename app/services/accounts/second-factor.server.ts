// The second factor (TOTP, ADR 025): who must give one, enrolment with recovery codes, checking a
// code at login, a citizen turning it on or off, and an admin's reset of a staff member's.
import { createHash } from "node:crypto";
import { groupedSecret, isTotpSecret, matchingStep, newTotpSecret, totpQrSvg, totpUri } from "~/auth/totp.server";
import { clock } from "~/clock.server";
import { isStaffRole } from "~/domain/session-policy";
import type { MessageKey } from "~/i18n";
import {
  type CandidateHolder,
  disableTotp,
  enableTotp,
  replaceRecoveryCodes,
  secondFactorOf,
  setTotpCandidate,
  spendRecoveryCode,
  takeTotpStep,
  totpCandidateOf,
  unusedRecoveryCodes,
} from "~/models/second-factor.server";
import { endSessionsOf } from "~/models/sessions.server";
import { getDb } from "~db/client.server";
import type { Role } from "~db/schema";
import { audit } from "../audit.server";
import { notify } from "../notifications/notify.server";
import { listStaff } from "./staff.server";

export type SecondFactorStep = "password" | "code" | "enrol";

/**
 * A security mail to the account itself, in the transaction of the change it tells. Never a secret
 * or a code: what happened, when, and the link to the account's second-factor page.
 */
function notifySecurity(
  kind: "second_factor_on" | "second_factor_off" | "recovery_code_used",
  userId: number,
  params: Record<string, string | number>,
  now: Date,
) {
  notify({
    kind,
    eventKey: `${kind}:${userId}:${now.getTime()}`,
    to: userId,
    params: { changedAt: now.toISOString(), ...params },
    link: "/account/tweestaps",
    municipalityCode: null,
    now,
  });
}

export type { CandidateHolder };

export const RECOVERY_CODE_COUNT = 10;
// Readable codes: no 0/O or 1/l/I to misread when written down.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/**
 * What an account must do after its password: give a code (TOTP on), set TOTP up (staff without
 * it), or nothing (a citizen who did not turn it on). Null too for an unknown or ended account.
 */
export function secondFactorStepOf({ userId }: { userId: number }): SecondFactorStep | null {
  const user = secondFactorOf({ userId });
  if (!user || user.deactivatedAt !== null) return null;
  if (user.totpSecret && user.totpEnabledAt) return "code";
  if (!isStaffRole(user.role)) return null;
  // A one-time password is replaced first, then the factor is set up (ADR 034): the half-done
  // login already proves the one-time password, so it is not asked again.
  return user.mustChangePassword ? "password" : "enrol";
}

/** Recovery codes are long random strings: SHA-256 is enough to keep them unreadable at rest. */
const hashRecoveryCode = (code: string) => createHash("sha256").update(code).digest("hex");

/** What a person types, without spaces, dashes or capitals. */
const normalise = (input: string) => input.replace(/[\s-]/g, "").toLowerCase();

function newRecoveryCode(): string {
  const bytes = new Uint8Array(10);
  crypto.getRandomValues(bytes);
  const chars = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/**
 * What the enrolment page shows: the QR code (inline SVG) and the secret in groups of four, for the
 * secret waiting with this holder (a new one is kept there first). The same one after a refusal or
 * a reload: it is what the person just scanned. The page never sends it back (ADR 032).
 */
export async function proposeEnrolment(account: { email: string }, holder: CandidateHolder) {
  let secret = totpCandidateOf(holder);
  if (!secret || !isTotpSecret(secret)) {
    secret = newTotpSecret();
    setTotpCandidate(holder, secret);
  }
  return {
    grouped: groupedSecret(secret),
    qrSvg: await totpQrSvg(secret, account.email),
    uri: totpUri(secret, account.email),
  };
}

export type EnrolRefusal = "wrong_code" | "no_candidate";
export type EnrolResult = { ok: true; recoveryCodes: string[] } | { ok: false; reason: EnrolRefusal };

/** What the enrolment pages say to a refusal (no candidate: the page was older than the half-done login). */
export const ENROL_REFUSALS = {
  wrong_code: "secondFactor.enrol.wrong",
  no_candidate: "secondFactor.enrol.noCandidate",
} as const satisfies Record<EnrolRefusal, MessageKey>;

/**
 * Confirms enrolment: the code must come from the secret kept with this holder, never from one the
 * form sends. Secret, its first used step and the hashes of ten new recovery codes are written in
 * one transaction, which also drops the candidate; the codes themselves are returned to be shown once.
 */
export function confirmEnrolment(
  userId: number,
  holder: CandidateHolder,
  code: string,
  now = clock.now(),
): EnrolResult {
  const secret = totpCandidateOf(holder);
  if (!secret || !isTotpSecret(secret)) return { ok: false, reason: "no_candidate" };
  const step = matchingStep(secret, normalise(code), now);
  const user = secondFactorOf({ userId });
  if (step === null || !user) {
    audit({ actorUserId: userId, action: "second_factor.enrol_failed", subjectType: "user", subjectId: userId });
    return { ok: false, reason: "wrong_code" };
  }
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  getDb().transaction(
    (tx) => {
      enableTotp(
        tx,
        { userId },
        { secret, step, at: now, codeHashes: recoveryCodes.map((c) => hashRecoveryCode(normalise(c))) },
      );
      setTotpCandidate(holder, null, tx);
      notifySecurity("second_factor_on", userId, {}, now);
      audit(
        {
          actorUserId: userId,
          action: "second_factor.enrolled",
          subjectType: "user",
          subjectId: userId,
          municipalityCode: user.municipalityCode,
        },
        tx,
      );
    },
    { behavior: "immediate" },
  );
  return { ok: true, recoveryCodes };
}

export type CodeResult = { ok: true; via: "totp" | "recovery"; recoveryLeft: number } | { ok: false };

/**
 * Checks a code at login (or to turn TOTP off): a TOTP code of a step not used before, or an
 * unused recovery code (used up by this). Every outcome is in the audit log.
 */
export function checkSecondFactor(
  userId: number,
  input: string,
  now = clock.now(),
  { tellRecovery = true }: { tellRecovery?: boolean } = {},
): CodeResult {
  const user = secondFactorOf({ userId });
  const code = normalise(input);
  const event = (action: string, detail?: Record<string, unknown>) =>
    audit({
      actorUserId: userId,
      action,
      subjectType: "user",
      subjectId: userId,
      municipalityCode: user?.municipalityCode ?? null,
      ...(detail ? { detail } : {}),
    });
  if (user?.totpSecret && user.totpEnabledAt) {
    if (/^\d{6}$/.test(code)) {
      const step = matchingStep(user.totpSecret, code, now);
      if (step !== null && takeTotpStep({ userId }, step)) {
        event("second_factor.passed");
        return { ok: true, via: "totp", recoveryLeft: unusedRecoveryCodes({ userId }) };
      }
      event("second_factor.failed", { reason: step === null ? "wrong" : "replayed" });
      return { ok: false };
    }
    if (code.length === 10) {
      // Spent and told in one transaction: a used code always leaves its mail behind.
      const left = getDb().transaction(
        () => {
          if (!spendRecoveryCode({ userId }, hashRecoveryCode(code), now)) return null;
          const n = unusedRecoveryCodes({ userId });
          if (tellRecovery) notifySecurity("recovery_code_used", userId, { left: n }, now);
          return n;
        },
        { behavior: "immediate" },
      );
      if (left !== null) {
        event("second_factor.recovery_used", { left });
        return { ok: true, via: "recovery", recoveryLeft: left };
      }
    }
  }
  event("second_factor.failed", { reason: "wrong" });
  return { ok: false };
}

/** Whether this account has TOTP on (for the account page). */
export function totpStatusOf({ userId }: { userId: number }) {
  const user = secondFactorOf({ userId });
  return {
    enabled: Boolean(user?.totpSecret && user.totpEnabledAt),
    enabledAt: user?.totpEnabledAt ?? null,
    required: user ? isStaffRole(user.role) : false,
    recoveryLeft: unusedRecoveryCodes({ userId }),
  };
}

/** At this many unused recovery codes or fewer, the account page warns and offers new ones. */
export const RECOVERY_CODES_LOW = 2;

export type RegenerateResult =
  | { ok: true; recoveryCodes: string[] }
  | { ok: false; reason: "wrong_code" | "not_enabled" };

/**
 * New recovery codes for one's own account, confirmed with a current 6-digit app code (not a
 * recovery code: whoever holds an old one should not be able to mint more). The code's step is
 * taken and the old set replaced in one transaction, which re-reads the secret; audited either way.
 */
export function regenerateRecoveryCodes(userId: number, input: string, now = clock.now()): RegenerateResult {
  const code = normalise(input);
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const outcome = getDb().transaction(
    (tx): RegenerateResult | { ok: false; reason: "wrong_code"; step: "wrong" | "replayed" } => {
      // One connection (better-sqlite3): this read is inside the transaction.
      const user = secondFactorOf({ userId });
      if (!user?.totpSecret || !user.totpEnabledAt) return { ok: false, reason: "not_enabled" };
      const step = /^\d{6}$/.test(code) ? matchingStep(user.totpSecret, code, now) : null;
      if (step === null) return { ok: false, reason: "wrong_code", step: "wrong" };
      if (!takeTotpStep({ userId }, step, tx)) return { ok: false, reason: "wrong_code", step: "replayed" };
      replaceRecoveryCodes(
        tx,
        { userId },
        recoveryCodes.map((c) => hashRecoveryCode(normalise(c))),
      );
      audit(
        {
          actorUserId: userId,
          action: "second_factor.recovery_regenerated",
          subjectType: "user",
          subjectId: userId,
          municipalityCode: user.municipalityCode,
          detail: { count: RECOVERY_CODE_COUNT },
        },
        tx,
      );
      return { ok: true, recoveryCodes };
    },
    { behavior: "immediate" },
  );
  if (!outcome.ok) {
    if (outcome.reason === "wrong_code") {
      audit({
        actorUserId: userId,
        action: "second_factor.failed",
        subjectType: "user",
        subjectId: userId,
        detail: { reason: "step" in outcome ? outcome.step : "wrong", for: "recovery_regenerate" },
      });
    }
    return { ok: false, reason: outcome.reason };
  }
  return outcome;
}

export type DisableResult = { ok: true } | { ok: false; reason: "staff" | "wrong_code" };

/** A citizen turns TOTP off with a current code (or a recovery code); staff cannot. */
export function disableOwnTotp(user: { id: number; role: Role }, code: string): DisableResult {
  if (isStaffRole(user.role)) return { ok: false, reason: "staff" };
  const now = clock.now();
  // A recovery code typed here is told by the "turned off" mail itself.
  if (!checkSecondFactor(user.id, code, now, { tellRecovery: false }).ok) return { ok: false, reason: "wrong_code" };
  getDb().transaction((tx) => {
    disableTotp(tx, { userId: user.id });
    notifySecurity("second_factor_off", user.id, { byLineKey: "notify.line.secondFactorBySelf" }, now);
    audit({ actorUserId: user.id, action: "second_factor.disabled", subjectType: "user", subjectId: user.id }, tx);
  });
  return { ok: true };
}

export type ResetResult = { ok: true; name: string } | { ok: false; reason: "not_found" | "self" | "not_theirs" };

/**
 * An admin resets a staff member's second factor (a lost phone): secret and recovery codes go, and
 * the next login sets it up again. Only for staff the admin may deactivate (the same scope).
 */
export function resetStaffSecondFactor(admin: { id: number; municipalityCode: string }, userId: number): ResetResult {
  if (userId === admin.id) return { ok: false, reason: "self" };
  const target = listStaff(admin).find((u) => u.id === userId && u.deactivatedAt === null);
  if (!target) return { ok: false, reason: "not_found" };
  if (!target.mayDeactivate) return { ok: false, reason: "not_theirs" };
  getDb().transaction(
    (tx) => {
      disableTotp(tx, { userId });
      notifySecurity("second_factor_off", userId, { byLineKey: "notify.line.secondFactorByAdmin" }, clock.now());
      // Reset for a lost or stolen phone: whoever is logged in with it is out, as on deactivation.
      endSessionsOf(tx, { userId }, "second_factor_reset", clock.now());
      audit(
        {
          actorUserId: admin.id,
          action: "second_factor.reset",
          subjectType: "user",
          subjectId: userId,
          municipalityCode: admin.municipalityCode,
        },
        tx,
      );
    },
    { behavior: "immediate" },
  );
  return { ok: true, name: target.name };
}

/** A staff member the admin may reset (for the confirmation page), or null. */
export function staffToReset(admin: { id: number; municipalityCode: string }, userId: number) {
  if (userId === admin.id) return null;
  const target = listStaff(admin).find((u) => u.id === userId && u.deactivatedAt === null && u.mayDeactivate);
  return target ? { id: target.id, name: target.name, email: target.email } : null;
}
