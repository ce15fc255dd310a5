// A forgotten password reset by e-mail, and a password changed while logged in (issue 16, ADR 024).
// A reset link carries a random token; only its SHA-256 is stored (as the row's id), it works
// once and for an hour, and the raw token exists only in the message that carries it.
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { hashPassword, verifyPassword } from "~/auth/password.server";
import { clock } from "~/clock.server";
import { forgetDevicesOf } from "~/models/known-devices.server";
import {
  expireUnusedTokensOf,
  findResetToken,
  insertResetToken,
  markResetTokenUsed,
} from "~/models/password-reset-tokens.server";
import { endSessionsOf } from "~/models/sessions.server";
import { findUserByEmail, findUserById, setPasswordHash } from "~/models/users.server";
import { getDb } from "~db/client.server";
import { audit } from "../audit.server";
import { notify } from "../notifications/notify.server";

export const RESET_VALID_MS = 60 * 60_000;
/** The reset page's path; "{secret}" is replaced by the token when the message is sent. */
export const RESET_LINK = "/wachtwoord-herstellen/{secret}";
// 32 random bytes in base32 without padding: 52 characters.
const SECRET_PATTERN = /^[a-z2-7]{52}$/;

function newSecret(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

const tokenIdOf = (secret: string) => encodeHexLowerCase(sha256(new TextEncoder().encode(secret)));

/**
 * Someone asks for a reset link for this address. Nothing is returned: the page says the same
 * for every address, and the same statements run (an update matching nothing, an audit row) when
 * the address has no (active) account, so neither the answer nor its time tells which exist.
 */
export function requestPasswordReset(email: string, now = clock.now()): void {
  const row = findUserByEmail(email);
  const user = row && row.deactivatedAt === null ? row : null;
  const secret = newSecret();
  const id = tokenIdOf(secret);
  const expiresAt = new Date(now.getTime() + RESET_VALID_MS);
  getDb().transaction(
    (tx) => {
      // A new link ends every earlier one: only the latest mail works.
      expireUnusedTokensOf(tx, { userId: user?.id ?? 0 }, now);
      if (user) {
        insertResetToken(tx, { id, userId: user.id, expiresAt, createdAt: now });
        notify({
          kind: "password_reset",
          eventKey: `reset:${id}`,
          to: user.id,
          params: { validUntilAt: expiresAt.toISOString() },
          link: RESET_LINK,
          secret,
          municipalityCode: null,
          now,
        });
      }
      audit(
        { actorUserId: null, action: "password.reset_requested", subjectType: "user", subjectId: user?.id ?? null },
        tx,
      );
    },
    { behavior: "immediate" },
  );
}

export type ResetRefusal = "unknown" | "used" | "expired";
export type ResetCheck = { ok: true; email: string } | { ok: false; reason: ResetRefusal };

/** Whether a reset link still works; what the page says when it does not. */
export function checkResetToken(secret: string, now = clock.now()): ResetCheck {
  if (!SECRET_PATTERN.test(secret)) return { ok: false, reason: "unknown" };
  const row = findResetToken(tokenIdOf(secret));
  if (!row || row.deactivatedAt !== null) return { ok: false, reason: "unknown" };
  if (row.usedAt !== null) return { ok: false, reason: "used" };
  if (row.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, email: row.email };
}

class Refused extends Error {
  constructor(readonly reason: ResetRefusal) {
    super(reason);
  }
}

/**
 * Sets the new password with a working link: the token is used (once: the update decides, so two
 * tabs cannot both use it), every other link ends, and every session and remembered browser of
 * the account ends — whoever knew the old password is out.
 */
export async function resetPassword(
  secret: string,
  password: string,
): Promise<{ ok: true; email: string; userId: number } | { ok: false; reason: ResetRefusal }> {
  const check = checkResetToken(secret);
  if (!check.ok) return check;
  const passwordHash = await hashPassword(password);
  const id = tokenIdOf(secret);
  const now = clock.now();
  try {
    const { email, userId } = getDb().transaction(
      (tx) => {
        const row = findResetToken(id, tx);
        if (!row || row.deactivatedAt !== null) throw new Refused("unknown");
        // Checked again after the hashing: the hour may have ended meanwhile.
        if (row.usedAt === null && row.expiresAt.getTime() <= now.getTime()) throw new Refused("expired");
        if (!markResetTokenUsed(tx, id, now)) throw new Refused("used");
        const userId = row.userId;
        setPasswordHash(tx, { userId }, passwordHash);
        expireUnusedTokensOf(tx, { userId }, now);
        endSessionsOf(tx, { userId }, "password_changed", now);
        forgetDevicesOf({ userId }, null, tx);
        audit({ actorUserId: userId, action: "password.reset", subjectType: "user", subjectId: userId }, tx);
        notifyChanged(userId, `reset:${id}:done`, now);
        return { email: row.email, userId };
      },
      { behavior: "immediate" },
    );
    return { ok: true, email, userId };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    throw error;
  }
}

function notifyChanged(userId: number, eventKey: string, now: Date) {
  notify({
    kind: "password_changed",
    eventKey,
    to: userId,
    params: { changedAt: now.toISOString() },
    link: "/account/sessies",
    municipalityCode: null,
    now,
  });
}

/**
 * The ways someone might retype a one-time password (xxxx-xxxx-xxxx-xxxx) and still have it: as
 * typed, without surrounding spaces, in lower case, and its letters and digits regrouped by four
 * (attack: upper case, no dashes or a leading space slipped through).
 */
function givenPasswordVariants(password: string): string[] {
  const trimmed = password.trim();
  const compact = trimmed.toLowerCase().replace(/[^a-z0-9]/g, "");
  const grouped = compact.length === 16 ? (compact.match(/.{4}/g) ?? []).join("-") : null;
  return [...new Set([password, trimmed, trimmed.toLowerCase(), ...(grouped ? [grouped] : [])])];
}

/**
 * A new staff member's own password, chosen on the half-done login (ADR 034): the one-time password
 * was checked by that login minutes ago, so it is not asked again. Only while it must change, and
 * never the one-time password itself: the admin who gave it would still know it (attack).
 */
export async function chooseFirstPassword(
  userId: number,
  password: string,
): Promise<"chosen" | "same_as_given" | "not_pending"> {
  const row = findUserById({ userId });
  if (!row?.mustChangePassword) return "not_pending";
  for (const variant of givenPasswordVariants(password))
    if (await verifyPassword(row.passwordHash, variant)) return "same_as_given";
  const passwordHash = await hashPassword(password);
  const now = clock.now();
  return getDb().transaction(
    (tx) => {
      // Checked again after the hashing: a parallel post may have chosen one meanwhile.
      if (!findUserById({ userId })?.mustChangePassword) return "not_pending" as const;
      setPasswordHash(tx, { userId }, passwordHash);
      expireUnusedTokensOf(tx, { userId }, now);
      audit({ actorUserId: userId, action: "password.chosen", subjectType: "user", subjectId: userId }, tx);
      notifyChanged(userId, `password:${userId}:chosen:${now.getTime()}`, now);
      return "chosen" as const;
    },
    { behavior: "immediate" },
  );
}

export type ChangeResult = { ok: true } | { ok: false; reason: "wrong_password" };

/**
 * A logged-in person changes their password: the current one first. Every other session and
 * remembered browser ends; this one stays. A one-time password's "must change" ends with it.
 */
export async function changePassword(
  user: { id: number },
  current: { sessionId: string; device: string | null },
  input: { currentPassword: string; password: string },
): Promise<ChangeResult> {
  const row = findUserById({ userId: user.id });
  const ok = await verifyPassword(row?.passwordHash ?? null, input.currentPassword);
  if (!row || !ok) {
    audit({ actorUserId: user.id, action: "password.change_failed", subjectType: "user", subjectId: user.id });
    return { ok: false, reason: "wrong_password" };
  }
  const passwordHash = await hashPassword(input.password);
  const now = clock.now();
  getDb().transaction(
    (tx) => {
      setPasswordHash(tx, { userId: user.id }, passwordHash);
      expireUnusedTokensOf(tx, { userId: user.id }, now);
      const ended = endSessionsOf(tx, { userId: user.id }, "password_changed", now, current.sessionId);
      forgetDevicesOf({ userId: user.id }, current.device, tx);
      audit(
        {
          actorUserId: user.id,
          action: row.mustChangePassword ? "password.chosen" : "password.changed",
          subjectType: "user",
          subjectId: user.id,
          detail: { sessionsEnded: ended },
        },
        tx,
      );
      notifyChanged(user.id, `password:${user.id}:changed:${now.getTime()}`, now);
    },
    { behavior: "immediate" },
  );
  return { ok: true };
}
