// Sessions as the Lucia guide describes them: a random token in an HttpOnly cookie,
// only its SHA-256 in the database, and a sliding 30-day expiry.

import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { clock } from "~/clock.server";
import {
  deleteSession,
  deleteSessionsOf,
  extendSession,
  findSessionWithUser,
  insertSession,
  type SessionRow,
} from "~/models/sessions.server";
import type { users } from "~db/schema";

export const SESSION_COOKIE = "hw_session";
const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY_MS;
// Past half its life a used session is extended, so active users stay logged in.
const RENEW_WITHIN_MS = 15 * DAY_MS;
const TOKEN_PATTERN = /^[a-z2-7]{32}$/;

export type SessionUser = Pick<
  typeof users.$inferSelect,
  "id" | "email" | "name" | "role" | "municipalityCode" | "providerId"
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

export function createSession(token: string, userId: number, now = clock.now()): Session {
  const session = {
    id: sessionIdFromToken(token),
    userId,
    expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
  };
  insertSession(session);
  return session;
}

export type ValidatedSession = { session: Session; user: SessionUser; renewed: boolean };

/**
 * The session and user for a token, or null. Expired sessions are deleted. With `renew`
 * (only the root loader asks, so one place sends the fresh cookie) an old session is extended.
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
  if (now.getTime() >= session.expiresAt.getTime()) {
    deleteSession(id);
    return null;
  }
  let renewed = false;
  if (renew && now.getTime() >= session.expiresAt.getTime() - RENEW_WITHIN_MS) {
    session.expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    extendSession(id, session.expiresAt);
    renewed = true;
  }
  return { session, user, renewed };
}

export function invalidateSession(sessionId: string): void {
  deleteSession(sessionId);
}

export function invalidateUserSessions(userId: number): void {
  deleteSessionsOf({ userId });
}

/** Secure everywhere except plain-http loopback, so `npm start` works in every browser. */
function secureCookie(request: Request): boolean {
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
