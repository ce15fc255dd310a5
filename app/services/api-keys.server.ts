// API keys for providers' planning systems: shown once, stored as SHA-256, revocable.

import { generateSessionToken, sessionIdFromToken } from "~/auth/session.server";
import { clock } from "~/clock.server";
import { apiKeysOf, findActiveApiKey, insertApiKey, markApiKeyUsed, revokeApiKeyOf } from "~/models/api-keys.server";
import { audit } from "./audit.server";

const KEY_PATTERN = /^hwk_[a-z2-7]{32}$/;

export function createApiKey(providerId: number, name: string, userId: number) {
  // Same strength and hashing as session tokens: 160 random bits, SHA-256 at rest.
  const key = `hwk_${generateSessionToken()}`;
  const id = insertApiKey(
    { providerId },
    { name, keyHash: sessionIdFromToken(key), prefix: key.slice(0, 10), createdByUserId: userId },
  );
  audit({
    actorUserId: userId,
    action: "api_key.created",
    subjectType: "provider",
    subjectId: providerId,
    detail: { apiKeyId: id },
  });
  return { id, key };
}

export function listApiKeys(providerId: number) {
  return apiKeysOf({ providerId });
}

/** Revokes a key of this provider; another provider's key id does nothing. */
export function revokeApiKey(providerId: number, keyId: number, userId: number, now = clock.now()): boolean {
  const revoked = revokeApiKeyOf({ providerId }, keyId, now);
  if (revoked) {
    audit({
      actorUserId: userId,
      action: "api_key.revoked",
      subjectType: "provider",
      subjectId: providerId,
      detail: { apiKeyId: keyId },
    });
  }
  return revoked;
}

/** The provider a bearer key belongs to, or null for a missing, malformed, unknown or revoked key. */
export function authenticateApiKey(
  request: Request,
  now = clock.now(),
): { providerId: number; apiKeyId: number } | null {
  const header = request.headers.get("Authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const key = match?.[1];
  if (!key || !KEY_PATTERN.test(key)) return null;
  const row = findActiveApiKey(sessionIdFromToken(key));
  if (!row) return null;
  markApiKeyUsed(row.id, now);
  return { providerId: row.providerId, apiKeyId: row.id };
}
