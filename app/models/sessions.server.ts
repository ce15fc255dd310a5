// Session rows (ADR 003): the id is the SHA-256 of the cookie's token, so an id is only ever
// known to the one who holds the token; nothing here needs another scope.
import { eq } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { sessions, users } from "~db/schema";

export type SessionRow = typeof sessions.$inferSelect;

export function insertSession(session: SessionRow): void {
  getDb().insert(sessions).values(session).run();
}

/** The session with the user it belongs to: what a guard needs to know about who is asking. */
export function findSessionWithUser(sessionId: string) {
  return getDb()
    .select({
      session: sessions,
      user: {
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        municipalityCode: users.municipalityCode,
        providerId: users.providerId,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId))
    .get();
}

export function extendSession(sessionId: string, expiresAt: Date): void {
  getDb().update(sessions).set({ expiresAt }).where(eq(sessions.id, sessionId)).run();
}

export function deleteSession(sessionId: string): void {
  getDb().delete(sessions).where(eq(sessions.id, sessionId)).run();
}

/** Every session of one user: after a password change or an erasure nobody stays logged in. */
export function deleteSessionsOf({ userId }: { userId: number }): void {
  getDb().delete(sessions).where(eq(sessions.userId, userId)).run();
}
