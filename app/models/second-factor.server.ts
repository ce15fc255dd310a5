// The second factor's rows (ADR 025): a user's TOTP secret and last accepted step, their recovery
// codes (hashes only), and half-done logins (the SHA-256 of a short-lived cookie's token).
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { type Db, getDb } from "~db/client.server";
import { pendingLogins, recoveryCodes, sessions, users } from "~db/schema";

type Tx = Pick<Db, "select" | "insert" | "update" | "delete">;

/** What the second factor needs to know of an account. */
export function secondFactorOf({ userId }: { userId: number }) {
  return getDb()
    .select({
      id: users.id,
      email: users.email,
      role: users.role,
      municipalityCode: users.municipalityCode,
      totpSecret: users.totpSecret,
      totpEnabledAt: users.totpEnabledAt,
      deactivatedAt: users.deactivatedAt,
      mustChangePassword: users.mustChangePassword,
    })
    .from(users)
    .where(eq(users.id, userId))
    .get();
}

/**
 * Takes a step as used: true only when it is later than the last one taken, in one statement,
 * so two requests with the same code cannot both pass.
 */
export function takeTotpStep({ userId }: { userId: number }, step: number, tx: Pick<Db, "update"> = getDb()): boolean {
  return (
    tx
      .update(users)
      .set({ totpLastStep: step })
      .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
      .run().changes === 1
  );
}

/** Turns TOTP on with a confirmed secret, replacing any recovery codes by new ones. */
export function enableTotp(
  tx: Tx,
  { userId }: { userId: number },
  values: { secret: string; step: number; at: Date; codeHashes: string[] },
): void {
  tx.update(users)
    .set({ totpSecret: values.secret, totpEnabledAt: values.at, totpLastStep: values.step })
    .where(eq(users.id, userId))
    .run();
  tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  tx.insert(recoveryCodes)
    .values(values.codeHashes.map((codeHash) => ({ userId, codeHash })))
    .run();
}

/** A new set of recovery codes in place of the old (used or not); TOTP itself stays as it is. */
export function replaceRecoveryCodes(tx: Tx, { userId }: { userId: number }, codeHashes: string[]): void {
  tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  tx.insert(recoveryCodes)
    .values(codeHashes.map((codeHash) => ({ userId, codeHash })))
    .run();
}

/** Turns TOTP off (a citizen's choice, or an admin's reset): secret and recovery codes go. */
export function disableTotp(tx: Tx, { userId }: { userId: number }): boolean {
  tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  tx.delete(pendingLogins).where(eq(pendingLogins.userId, userId)).run();
  return (
    tx
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null })
      .where(eq(users.id, userId))
      .run().changes === 1
  );
}

/** Uses one unused recovery code (by hash): true once, false ever after. */
export function spendRecoveryCode({ userId }: { userId: number }, codeHash: string, at: Date): boolean {
  return (
    getDb()
      .update(recoveryCodes)
      .set({ usedAt: at })
      .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
      .run().changes === 1
  );
}

/** How many recovery codes are left. */
export function unusedRecoveryCodes({ userId }: { userId: number }): number {
  return getDb()
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
    .all().length;
}

export type PendingLoginRow = typeof pendingLogins.$inferSelect;

/** A new half-done login; older ones of the same user end (one at a time per account). */
export function insertPendingLogin(row: PendingLoginRow, now: Date): void {
  getDb().transaction((tx) => {
    tx.delete(pendingLogins).where(lt(pendingLogins.expiresAt, now)).run();
    tx.delete(pendingLogins).where(eq(pendingLogins.userId, row.userId)).run();
    tx.insert(pendingLogins).values(row).run();
  });
}

/** The half-done login of this id while it has not expired, with an active account. */
export function findPendingLogin(id: string, now: Date) {
  const row = getDb()
    .select({ pending: pendingLogins, deactivatedAt: users.deactivatedAt })
    .from(pendingLogins)
    .innerJoin(users, eq(users.id, pendingLogins.userId))
    .where(eq(pendingLogins.id, id))
    .get();
  if (!row) return undefined;
  if (row.pending.expiresAt.getTime() <= now.getTime() || row.deactivatedAt !== null) {
    deletePendingLogin(id);
    return undefined;
  }
  return row.pending;
}

export function deletePendingLogin(id: string, tx: Pick<Db, "delete"> = getDb()): boolean {
  return tx.delete(pendingLogins).where(eq(pendingLogins.id, id)).run().changes === 1;
}

/**
 * Where a TOTP secret waits while it is being set up (ADR 032): with the half-done login at a first
 * login, with the session on the account page. The browser only sees it, never sends it back.
 */
export type CandidateHolder = { kind: "pending_login" | "session"; id: string };

const holderTable = (holder: CandidateHolder) => (holder.kind === "pending_login" ? pendingLogins : sessions);

/** The secret proposed to this holder and not yet confirmed, or null. */
export function totpCandidateOf(holder: CandidateHolder): string | null {
  const table = holderTable(holder);
  return (
    getDb().select({ secret: table.totpCandidate }).from(table).where(eq(table.id, holder.id)).get()?.secret ?? null
  );
}

/** Keeps (or, with null, drops) the proposed secret; false when the holder is gone. */
export function setTotpCandidate(
  holder: CandidateHolder,
  secret: string | null,
  tx: Pick<Db, "update"> = getDb(),
): boolean {
  const table = holderTable(holder);
  return tx.update(table).set({ totpCandidate: secret }).where(eq(table.id, holder.id)).run().changes === 1;
}
