// Session rows (ADR 003): the id is the SHA-256 of the cookie's token, so an id is only ever
// known to the one who holds the token; a user's own list is scoped by their user id.
import { and, desc, eq, getTableColumns, isNull, ne } from "drizzle-orm";
import { type Db, getDb } from "~db/client.server";
import { sessions, users } from "~db/schema";

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

/** The user's sessions except one (the one asking): "log out everywhere else". */
export function deleteOtherSessionsOf(
  { userId }: { userId: number },
  keepSessionId: string,
  db: Pick<Db, "delete"> = getDb(),
): number {
  return db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)))
    .run().changes;
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
