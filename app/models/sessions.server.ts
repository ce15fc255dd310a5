// Session rows (ADR 003): the id is the SHA-256 of the cookie's token, so an id is only ever
// known to the one who holds the token; a user's own list is scoped by their user id.
import { and, desc, eq, getTableColumns, gt, inArray, isNull, lt, ne } from "drizzle-orm";
import { type Db, getDb } from "~db/client.server";
import { endedSessions, type SessionEndReason, sessions, users } from "~db/schema";

// A TOTP secret being set up (ADR 032) is read only by the second factor's model, never with the
// session a guard hands to every loader.
const { totpCandidate: _candidate, ...sessionColumns } = getTableColumns(sessions);

export type SessionRow = Omit<typeof sessions.$inferSelect, "totpCandidate">;

export function insertSession(session: SessionRow): void {
  getDb().insert(sessions).values(session).run();
}

/** The session with the user it belongs to: what a guard needs to know about who is asking. */
export function findSessionWithUser(sessionId: string) {
  return (
    getDb()
      .select({
        session: sessionColumns,
        user: {
          id: users.id,
          email: users.email,
          name: users.name,
          role: users.role,
          municipalityCode: users.municipalityCode,
          providerId: users.providerId,
          mustChangePassword: users.mustChangePassword,
        },
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      // A deactivated account's sessions are deleted with it; this keeps any stray one out too.
      .where(and(eq(sessions.id, sessionId), isNull(users.deactivatedAt)))
      .get()
  );
}

/** Records use (and, for sliding or idle expiry, the new end) of a session. */
export function touchSession(sessionId: string, values: Pick<SessionRow, "lastSeenAt" | "expiresAt">): void {
  getDb().update(sessions).set(values).where(eq(sessions.id, sessionId)).run();
}

export function deleteSession(sessionId: string): void {
  getDb().delete(sessions).where(eq(sessions.id, sessionId)).run();
}

/** Every session of one user: after deactivation or an erasure nobody stays logged in. */
export function deleteSessionsOf({ userId }: { userId: number }, db: Pick<Db, "delete"> = getDb()): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

/** How long the reason a session ended is kept for the browser that held it (ADR 040). */
export const ENDED_SESSION_KEPT_MS = 24 * 60 * 60_000;

type Tx = Pick<Db, "select" | "insert" | "delete">;

/** Remembers why these sessions ended (only their hashed ids), dropping what is older than a day. */
function recordEnded(db: Tx, ids: string[], reason: SessionEndReason, now: Date): void {
  db.delete(endedSessions)
    .where(lt(endedSessions.endedAt, new Date(now.getTime() - ENDED_SESSION_KEPT_MS)))
    .run();
  if (ids.length === 0) return;
  db.insert(endedSessions)
    .values(ids.map((id) => ({ id, reason, endedAt: now })))
    .onConflictDoNothing()
    .run();
}

/**
 * Ends the user's sessions (all, or all but the one asking) for a reason the other browsers are
 * told on /inloggen: a new password, deactivation. Inside the caller's transaction; how many ended.
 */
export function endSessionsOf(
  db: Tx,
  { userId }: { userId: number },
  reason: SessionEndReason,
  now: Date,
  keepSessionId?: string,
): number {
  const where = and(eq(sessions.userId, userId), keepSessionId ? ne(sessions.id, keepSessionId) : undefined);
  const ids = db
    .select({ id: sessions.id })
    .from(sessions)
    .where(where)
    .all()
    .map((r) => r.id);
  recordEnded(db, ids, reason, now);
  if (ids.length === 0) return 0;
  return db.delete(sessions).where(inArray(sessions.id, ids)).run().changes;
}

/** A session found past its time: deleted, and remembered as expired. */
export function expireSession(sessionId: string, now: Date): void {
  const db = getDb();
  db.transaction((tx) => {
    tx.delete(sessions).where(eq(sessions.id, sessionId)).run();
    recordEnded(tx, [sessionId], "expired", now);
  });
}

/** Why the session with this id ended, if that was within the day; read once (then forgotten). */
export function takeEndedSession(sessionId: string, now: Date): SessionEndReason | null {
  const row = getDb()
    .delete(endedSessions)
    .where(
      and(eq(endedSessions.id, sessionId), gt(endedSessions.endedAt, new Date(now.getTime() - ENDED_SESSION_KEPT_MS))),
    )
    .returning({ reason: endedSessions.reason })
    .get();
  return row?.reason ?? null;
}

/** The user's own sessions, most recently used first. */
export function sessionsOf({ userId }: { userId: number }) {
  return getDb()
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      device: sessions.device,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(desc(sessions.lastSeenAt))
    .all();
}
