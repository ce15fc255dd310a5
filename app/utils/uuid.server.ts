// Name-based UUIDs (RFC 9562 version 5): the same name always gives the same id, so published
// ids stay stable across requests and restarts without storing them.
import { createHash } from "node:crypto";

/** Hulpwijzer's own namespace (a random UUID, fixed once): names are e.g. "service:12". */
export const HULPWIJZER_NAMESPACE = "0a98231c-bcd1-4821-9809-8fe239b38e8f";

export function uuidV5(name: string, namespace = HULPWIJZER_NAMESPACE): string {
  const hash = createHash("sha1")
    .update(Buffer.from(namespace.replace(/-/g, ""), "hex"))
    .update(name, "utf8")
    .digest();
  // Version 5 in the high nibble of byte 6, the RFC variant (10xx) in byte 8.
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
