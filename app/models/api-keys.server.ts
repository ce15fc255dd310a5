// API keys of providers' planning systems: only the SHA-256 of a key is stored.
import { and, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { apiKeys } from "~db/schema";

type ProviderScope = { providerId: number };

export function insertApiKey(
  { providerId }: ProviderScope,
  key: Pick<typeof apiKeys.$inferInsert, "name" | "keyHash" | "prefix" | "createdByUserId">,
): number {
  return getDb()
    .insert(apiKeys)
    .values({ providerId, ...key })
    .returning({ id: apiKeys.id })
    .get().id;
}

/** The provider's keys, newest first, without their hashes. */
export function apiKeysOf({ providerId }: ProviderScope) {
  return getDb()
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .where(eq(apiKeys.providerId, providerId))
    .orderBy(desc(apiKeys.createdAt))
    .all();
}

/** Revokes one of the provider's keys that is still active; false when there is none such. */
export function revokeApiKeyOf({ providerId }: ProviderScope, keyId: number, at: Date): boolean {
  const result = getDb()
    .update(apiKeys)
    .set({ revokedAt: at })
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.providerId, providerId), isNull(apiKeys.revokedAt)))
    .run();
  return result.changes > 0;
}

/** The active key with this hash: a bearer key is its own scope. */
export function findActiveApiKey(keyHash: string) {
  return getDb()
    .select({ id: apiKeys.id, providerId: apiKeys.providerId })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)))
    .get();
}

export function markApiKeyUsed(keyId: number, at: Date): void {
  getDb().update(apiKeys).set({ lastUsedAt: at }).where(eq(apiKeys.id, keyId)).run();
}
