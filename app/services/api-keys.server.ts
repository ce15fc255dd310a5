// API keys for providers' planning systems: shown once, stored as SHA-256, revocable.

import { and, desc, eq, isNull } from "drizzle-orm";
import { generateSessionToken, sessionIdFromToken } from "~/auth/session.server";
import { clock } from "~/clock.server";
import { getDb } from "~db/client.server";
import { apiKeys } from "~db/schema";
import { audit } from "./audit.server";

const KEY_PATTERN = /^hwk_[a-z2-7]{32}$/;

export function createApiKey(providerId: number, name: string, userId: number) {
  // Same strength and hashing as session tokens: 160 random bits, SHA-256 at rest.
  const key = `hwk_${generateSessionToken()}`;
  const row = getDb()
    .insert(apiKeys)
    .values({ providerId, name, keyHash: sessionIdFromToken(key), prefix: key.slice(0, 10), createdByUserId: userId })
    .returning({ id: apiKeys.id })
    .get();
  audit({
    actorUserId: userId,
    action: "api_key.created",
    subjectType: "provider",
    subjectId: providerId,
    detail: { apiKeyId: row.id },
  });
  return { id: row.id, key };
}

export function listApiKeys(providerId: number) {
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

/** Revokes a key of this provider; another provider's key id does nothing. */
export function revokeApiKey(providerId: number, keyId: number, userId: number): boolean {
  const result = getDb()
    .update(apiKeys)
    .set({ revokedAt: clock.now() })
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.providerId, providerId), isNull(apiKeys.revokedAt)))
    .run();
  if (result.changes > 0) {
    audit({
      actorUserId: userId,
      action: "api_key.revoked",
      subjectType: "provider",
      subjectId: providerId,
      detail: { apiKeyId: keyId },
    });
  }
  return result.changes > 0;
}

/** The provider a bearer key belongs to, or null for a missing, malformed, unknown or revoked key. */
export function authenticateApiKey(request: Request): { providerId: number; apiKeyId: number } | null {
  const header = request.headers.get("Authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const key = match?.[1];
  if (!key || !KEY_PATTERN.test(key)) return null;
  const db = getDb();
  const row = db
    .select({ id: apiKeys.id, providerId: apiKeys.providerId })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, sessionIdFromToken(key)), isNull(apiKeys.revokedAt)))
    .get();
  if (!row) return null;
  db.update(apiKeys).set({ lastUsedAt: clock.now() }).where(eq(apiKeys.id, row.id)).run();
  return { providerId: row.providerId, apiKeyId: row.id };
}
