// Request bodies read within a byte limit, for forms (http.server.ts) and the JSON API (api.server.ts).
/**
 * The body's bytes, never more than maxBytes held: a declared length over it is refused unread,
 * and a chunked body is cut off at the limit. Forms and the JSON API both read through here.
 */
export async function readBytes(
  request: Request,
  maxBytes: number,
): Promise<{ ok: true; bytes: Buffer } | { ok: false; error: "too_large" | "unreadable" }> {
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > maxBytes) return { ok: false, error: "too_large" };
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const reader = request.body?.getReader();
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        // Not cancelled: that would destroy the connection under the client, which would then
        // never see the 413. server.js takes the rest of the upload (within a bound) and drops it.
        reader.releaseLock();
        return { ok: false, error: "too_large" };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, error: "unreadable" };
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
