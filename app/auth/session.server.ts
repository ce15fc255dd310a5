// Sessions as the Lucia guide describes them: a random token in an HttpOnly cookie, only its
// SHA-256 in the database; how long they last is app/domain/session-policy.ts (ADR 017).

import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { clock } from "~/clock.server";
import { describeDevice } from "~/domain/device";
import { isStaffRole, newSessionTimes, sessionInUse, staffSessionEnd } from "~/domain/session-policy";
import {
  deleteSession,
  deleteSessionsOf,
  expireSession,
  findSessionWithUser,
  insertSession,
  type SessionRow,
  takeEndedSession,
  touchSession,
} from "~/models/sessions.server";
import type { Role, SessionEndReason, users } from "~db/schema";

export const SESSION_COOKIE = "hw_session";
const TOKEN_PATTERN = /^[a-z2-7]{32}$/;

export type SessionUser = Pick<
  typeof users.$inferSelect,
  "id" | "email" | "name" | "role" | "municipalityCode" | "providerId" | "mustChangePassword"
>;

export type Session = SessionRow;

export function generateSessionToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export function createSession(
  token: string,
  user: { id: number; role: Role },
  { userAgent = null, now = clock.now() }: { userAgent?: string | null; now?: Date } = {},
): Session {
  const session = {
    id: sessionIdFromToken(token),
    userId: user.id,
    ...newSessionTimes(user.role, now),
    device: describeDevice(userAgent),
  };
  insertSession(session);
  return session;
}

/** When the cookie of a session should end: a staff cookie lasts its absolute lifetime. */
export function cookieExpiry(role: Role, session: Session): Date {
  return isStaffRole(role) ? staffSessionEnd(session) : session.expiresAt;
}

export type ValidatedSession = { session: Session; user: SessionUser; renewed: boolean };

/**
 * The session and user for a token, or null. Ended sessions (expired, or a staff session idle
 * or past its lifetime) are deleted. With `renew` (only the root loader asks, so one place sends
 * the fresh cookie) an old citizen session is extended.
 */
export function validateSessionToken(
  token: string,
  { renew = false, now = clock.now() }: { renew?: boolean; now?: Date } = {},
): ValidatedSession | null {
  if (!TOKEN_PATTERN.test(token)) return null;
  const id = sessionIdFromToken(token);
  const row = findSessionWithUser(id);
  if (!row) return null;
  const { session, user } = row;
  const use = sessionInUse(user.role, session, now, { renew });
  if (!use.alive) {
    expireSession(id, now);
    return null;
  }
  if (use.write) {
    Object.assign(session, use.write);
    touchSession(id, use.write);
  }
  return { session, user, renewed: use.renewed };
}

/**
 * Why the session of this token ended, when it ended for a reason its browser should hear (a new
 * password, deactivation, time) within the day; told once (ADR 040). Only the token's holder can
 * ask: the reason is found by the token's hash, and names no account.
 */
export function endedSessionReason(token: string, now = clock.now()): SessionEndReason | null {
  if (!TOKEN_PATTERN.test(token)) return null;
  return takeEndedSession(sessionIdFromToken(token), now);
}

export function invalidateSession(sessionId: string): void {
  deleteSession(sessionId);
}

export function invalidateUserSessions(userId: number): void {
  deleteSessionsOf({ userId });
}

/** Secure everywhere except plain-http loopback, so `npm start` works in every browser. */
export function secureCookie(request: Request): boolean {
  const url = new URL(request.url);
  if (url.protocol === "https:") return true;
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  return process.env.NODE_ENV === "production" && !loopback;
}

export function sessionCookie(request: Request, token: string, expiresAt: Date): string {
  const parts = [
    `${SESSION_COOKIE}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Expires=${expiresAt.toUTCString()}`,
  ];
  if (secureCookie(request)) parts.push("Secure");
  return parts.join("; ");
}

export function blankSessionCookie(request: Request): string {
  const parts = [`${SESSION_COOKIE}=`, "Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=0"];
  if (secureCookie(request)) parts.push("Secure");
  return parts.join("; ");
}

/** The session token from the Cookie header; anything malformed reads as no token. */
export function readSessionToken(request: Request): string | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const eqAt = part.indexOf("=");
    if (eqAt === -1) continue;
    if (part.slice(0, eqAt).trim() === SESSION_COOKIE) {
      const value = part.slice(eqAt + 1).trim();
      return TOKEN_PATTERN.test(value) ? value : null;
    }
  }
  return null;
}
