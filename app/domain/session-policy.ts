// How long a session lives (ADR 003, ADR 017). Citizens: 30 days, sliding, as people come back
// to follow a request weeks later on their own device. Staff see many citizens' data on shared
// and office machines: 2 hours without a request ends the session, and 12 hours end it anyway.
import type { Role } from "~db/enums";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export const CITIZEN_LIFETIME_MS = 30 * DAY_MS;
// Past half its life a used citizen session is extended, so active users stay logged in.
export const CITIZEN_RENEW_WITHIN_MS = 15 * DAY_MS;
export const STAFF_IDLE_MS = 2 * HOUR_MS;
export const STAFF_LIFETIME_MS = 12 * HOUR_MS;
// The last use is written at most once a minute: a page of parallel loaders writes once.
export const TOUCH_EVERY_MS = MINUTE_MS;

export const isStaffRole = (role: Role) => role !== "citizen";

type Times = { createdAt: Date; lastSeenAt: Date; expiresAt: Date };

/** The times of a session started now. */
export function newSessionTimes(role: Role, now: Date): Times {
  const at = now.getTime();
  const expiresAt = new Date(at + (isStaffRole(role) ? STAFF_IDLE_MS : CITIZEN_LIFETIME_MS));
  return { createdAt: now, lastSeenAt: now, expiresAt };
}

/** Until when a staff session may be used; also the end its cookie carries. */
export function staffSessionEnd(session: Pick<Times, "createdAt">): Date {
  return new Date(session.createdAt.getTime() + STAFF_LIFETIME_MS);
}

export type SessionInUse =
  | { alive: false }
  | { alive: true; write: Pick<Times, "lastSeenAt" | "expiresAt"> | null; renewed: boolean };

/**
 * Whether a session is still good now, and what to write about this use: the last use (at most
 * once a minute), a staff session's idle end, or a citizen's renewed 30 days (only with `renew`).
 */
export function sessionInUse(role: Role, session: Times, now: Date, { renew = false } = {}): SessionInUse {
  const at = now.getTime();
  if (at >= session.expiresAt.getTime()) return { alive: false };
  const touch = at - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS;
  if (isStaffRole(role)) {
    const end = staffSessionEnd(session).getTime();
    if (at >= end || at >= session.lastSeenAt.getTime() + STAFF_IDLE_MS) return { alive: false };
    if (!touch) return { alive: true, write: null, renewed: false };
    return {
      alive: true,
      write: { lastSeenAt: now, expiresAt: new Date(Math.min(at + STAFF_IDLE_MS, end)) },
      renewed: false,
    };
  }
  const renewed = renew && at >= session.expiresAt.getTime() - CITIZEN_RENEW_WITHIN_MS;
  if (!touch && !renewed) return { alive: true, write: null, renewed: false };
  return {
    alive: true,
    write: {
      lastSeenAt: touch ? now : session.lastSeenAt,
      expiresAt: renewed ? new Date(at + CITIZEN_LIFETIME_MS) : session.expiresAt,
    },
    renewed,
  };
}
