// A login half done (ADR 025): the password was right, the second factor is still to come. The
// browser holds a random token in a cookie of its own (never the session cookie); the database only
// its SHA-256, the user and the end, five minutes on. Nothing but the two second-factor pages reads
// it, so no page of any role opens before the code is given.
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { redirect } from "@remix-run/node";
import { clock } from "~/clock.server";
import {
  deletePendingLogin,
  findPendingLogin,
  insertPendingLogin,
  type PendingLoginRow,
} from "~/models/second-factor.server";
import { type SecondFactorStep, secondFactorStepOf } from "~/services/accounts/second-factor.server";
import { audit } from "~/services/audit.server";
import { secureCookie } from "./session.server";

export const PENDING_COOKIE = "hw_pending";
export const PENDING_MINUTES = 5;
const TOKEN_PATTERN = /^[a-z2-7]{32}$/;

const idOf = (token: string) => encodeHexLowerCase(sha256(new TextEncoder().encode(token)));

export const STEP_PATHS: Record<SecondFactorStep, string> = {
  password: "/inloggen/wachtwoord",
  code: "/inloggen/code",
  enrol: "/inloggen/instellen",
};

function readToken(request: Request): string | null {
  for (const part of (request.headers.get("Cookie") ?? "").split(";")) {
    const eqAt = part.indexOf("=");
    if (eqAt !== -1 && part.slice(0, eqAt).trim() === PENDING_COOKIE) {
      const value = part.slice(eqAt + 1).trim();
      return TOKEN_PATTERN.test(value) ? value : null;
    }
  }
  return null;
}

function cookie(request: Request, value: string, maxAgeSeconds: number): string {
  // Path=/inloggen: the cookie goes only to the login pages, never to a role's pages.
  const parts = [
    `${PENDING_COOKIE}=${value}`,
    "Path=/inloggen",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${maxAgeSeconds}`,
  ];
  if (secureCookie(request)) parts.push("Secure");
  return parts.join("; ");
}

export function blankPendingCookie(request: Request): string {
  return cookie(request, "", 0);
}

/**
 * Called by the login action once the password is right: the redirect to the second factor's step
 * (with the pending cookie) when this account has one to give or to set up, or null when the
 * session may start now.
 */
export function continueToSecondFactor(
  request: Request,
  user: { id: number },
  redirectTo: string | null | undefined,
  now = clock.now(),
): Response | null {
  const step = secondFactorStepOf({ userId: user.id });
  if (!step) return null;
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  const token = encodeBase32LowerCaseNoPadding(bytes);
  const expiresAt = new Date(now.getTime() + PENDING_MINUTES * 60_000);
  insertPendingLogin(
    { id: idOf(token), userId: user.id, redirectTo: redirectTo || null, expiresAt, totpCandidate: null },
    now,
  );
  // Not "logged in" yet (that is logIn, after the code): the audit log tells the two apart.
  audit({ actorUserId: user.id, action: "session.second_factor_asked", subjectType: "user", subjectId: user.id });
  return redirect(STEP_PATHS[step], {
    headers: { "Set-Cookie": cookie(request, token, PENDING_MINUTES * 60) },
  });
}

export type PendingLogin = PendingLoginRow & { step: SecondFactorStep };

/** The half-done login this browser holds, still valid, or null (expired, ended, or none). */
export function readPendingLogin(request: Request, now = clock.now()): PendingLogin | null {
  const token = readToken(request);
  if (!token) return null;
  const row = findPendingLogin(idOf(token), now);
  if (!row) return null;
  const step = secondFactorStepOf({ userId: row.userId });
  // The account no longer needs a second factor (a citizen turned it off meanwhile): start over.
  if (!step) return null;
  return { ...row, step };
}

/**
 * The half-done login on a second-factor page, or a redirect to the login page (expired: with a
 * message), or to the other step when this one is not the account's.
 */
export function requirePendingLogin(request: Request, step: SecondFactorStep): PendingLogin {
  const pending = readPendingLogin(request);
  if (!pending) {
    throw redirect("/inloggen?melding=verlopen", { headers: { "Set-Cookie": blankPendingCookie(request) } });
  }
  if (pending.step !== step) throw redirect(STEP_PATHS[pending.step]);
  return pending;
}

/** Ends the half-done login (once): false when another request ended it first. */
export function endPendingLogin(pending: PendingLoginRow): boolean {
  return deletePendingLogin(pending.id);
}
