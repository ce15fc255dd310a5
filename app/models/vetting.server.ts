// A provider's vetting record: the checklist (append-only, the latest row per item counts) and
// every status change, each with who recorded it.
import { desc, eq } from "drizzle-orm";
import { type Db, getDb } from "~db/client.server";
import { providerStatusChanges, providerVettingChecks, users } from "~db/schema";

type ProviderScope = { providerId: number };

/** Every check recorded for the provider, newest first, with the name of who checked. */
export function vettingChecksOf({ providerId }: ProviderScope) {
  return getDb()
    .select({
      id: providerVettingChecks.id,
      item: providerVettingChecks.item,
      ok: providerVettingChecks.ok,
      vogDate: providerVettingChecks.vogDate,
      note: providerVettingChecks.note,
      checkedAt: providerVettingChecks.checkedAt,
      checkedBy: users.name,
    })
    .from(providerVettingChecks)
    .leftJoin(users, eq(users.id, providerVettingChecks.checkedByUserId))
    .where(eq(providerVettingChecks.providerId, providerId))
    .orderBy(desc(providerVettingChecks.checkedAt), desc(providerVettingChecks.id))
    .all();
}

export function insertVettingCheck(
  { providerId }: ProviderScope,
  check: Omit<typeof providerVettingChecks.$inferInsert, "id" | "providerId" | "checkedAt">,
  db: Pick<Db, "insert"> = getDb(),
): void {
  db.insert(providerVettingChecks)
    .values({ providerId, ...check })
    .run();
}

/** The provider's status changes, newest first, with the name of who made them. */
export function statusChangesOf({ providerId }: ProviderScope) {
  return getDb()
    .select({
      id: providerStatusChanges.id,
      fromStatus: providerStatusChanges.fromStatus,
      toStatus: providerStatusChanges.toStatus,
      reason: providerStatusChanges.reason,
      changedAt: providerStatusChanges.changedAt,
      changedBy: users.name,
    })
    .from(providerStatusChanges)
    .leftJoin(users, eq(users.id, providerStatusChanges.changedByUserId))
    .where(eq(providerStatusChanges.providerId, providerId))
    .orderBy(desc(providerStatusChanges.changedAt), desc(providerStatusChanges.id))
    .all();
}

export function insertStatusChange(
  { providerId }: ProviderScope,
  change: Omit<typeof providerStatusChanges.$inferInsert, "id" | "providerId" | "changedAt">,
  db: Pick<Db, "insert"> = getDb(),
): void {
  db.insert(providerStatusChanges)
    .values({ providerId, ...change })
    .run();
}
