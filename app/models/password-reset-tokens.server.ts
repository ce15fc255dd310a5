// Password-reset tokens (issue 16): only the SHA-256 of the token is stored, as the row's id, so
// the database never holds a working link. A user's tokens are read and written by their user id.
import { and, eq, isNull } from "drizzle-orm";
import { type Db, getDb } from "~db/client.server";
import { passwordResetTokens, users } from "~db/schema";

type Tx = Pick<Db, "insert" | "update" | "select">;

export function insertResetToken(
  tx: Pick<Db, "insert">,
  values: { id: string; userId: number; expiresAt: Date; createdAt: Date },
): void {
  tx.insert(passwordResetTokens).values(values).run();
}

/** Ends every unused token of the user (a new request, or a password set another way). */
export function expireUnusedTokensOf(tx: Pick<Db, "update">, { userId }: { userId: number }, at: Date): number {
  return tx
    .update(passwordResetTokens)
    .set({ usedAt: at })
    .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)))
    .run().changes;
}

/** The token row with its (active) account, or undefined. */
export function findResetToken(id: string, tx: Pick<Db, "select"> = getDb()) {
  return tx
    .select({
      id: passwordResetTokens.id,
      userId: passwordResetTokens.userId,
      expiresAt: passwordResetTokens.expiresAt,
      usedAt: passwordResetTokens.usedAt,
      deactivatedAt: users.deactivatedAt,
      role: users.role,
      email: users.email,
    })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(eq(passwordResetTokens.id, id))
    .get();
}

/** Uses a token once: false when it was used (or ended) already, so two tabs cannot both use it. */
export function markResetTokenUsed(tx: Tx, id: string, at: Date): boolean {
  return (
    tx
      .update(passwordResetTokens)
      .set({ usedAt: at })
      .where(and(eq(passwordResetTokens.id, id), isNull(passwordResetTokens.usedAt)))
      .run().changes === 1
  );
}
