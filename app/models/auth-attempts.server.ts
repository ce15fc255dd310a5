// Attempts the login and registration limits count (ADR 017). The bucket names a limit and what
// it counts; the limits decide, in one write transaction, whether another attempt fits.
import { and, desc, eq, gt, inArray, lt } from "drizzle-orm";
import { type Db, getDb } from "~db/client.server";
import { authAttempts } from "~db/schema";

type Tx = Pick<Db, "select" | "insert">;

/** When the `rank`-th most recent attempt since `since` was made (1 = the latest), or null. */
export function attemptAtRank(tx: Tx, bucket: string, since: Date, rank: number): Date | null {
  const row = tx
    .select({ at: authAttempts.at })
    .from(authAttempts)
    .where(and(eq(authAttempts.bucket, bucket), gt(authAttempts.at, since)))
    .orderBy(desc(authAttempts.at))
    .limit(1)
    .offset(rank - 1)
    .get();
  return row?.at ?? null;
}

export function insertAttempt(tx: Tx, bucket: string, at: Date): number {
  return tx.insert(authAttempts).values({ bucket, at }).returning({ id: authAttempts.id }).get().id;
}

/** Forgets whole buckets (an account's failures after a good login) and single attempts by id. */
export function deleteAttempts({ buckets = [], ids = [] }: { buckets?: string[]; ids?: number[] }): void {
  const db = getDb();
  if (buckets.length > 0) db.delete(authAttempts).where(inArray(authAttempts.bucket, buckets)).run();
  if (ids.length > 0) db.delete(authAttempts).where(inArray(authAttempts.id, ids)).run();
}

/** Attempts older than every window count for nothing. */
export function pruneAttempts(before: Date): void {
  getDb().delete(authAttempts).where(lt(authAttempts.at, before)).run();
}
