// JSON API helpers: errors in one shape ({ error } or { errors: { field: message } }), in Dutch.

import type { MessageKey } from "~/i18n";
import { translate } from "~/i18n";
import { readBytes } from "./body.server";

export function json(body: unknown, status = 200, headers: HeadersInit = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

export function apiError(status: number, error: string, message: string, headers: HeadersInit = {}) {
  return json({ error, message }, status, headers);
}

/** The Dutch messages the helpers below answer with; the API document's examples quote them. */
export const MESSAGES = {
  invalidJson: "De aanlevering is geen geldige JSON.",
  unreadableBody: "De aanlevering kon niet worden gelezen.",
  tooLarge: (maxBytes: number) => `De aanlevering is groter dan ${maxBytes} bytes.`,
  /** "Gebruik PUT of GET.": the methods in the order a person reads them. */
  methodNotAllowed: (methods: readonly string[]) => `Gebruik ${methods.join(" of ")}.`,
};

/** Open data: any site may read it, and caches may keep it for five minutes. */
export const OPEN_DATA_HEADERS = { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" };

/** 405 for a method the route does not answer, with the ones it does in `Allow` (message in the order given). */
export function methodNotAllowed(...methods: [string, ...string[]]) {
  return apiError(405, "method_not_allowed", MESSAGES.methodNotAllowed(methods), {
    Allow: [...methods].sort().join(", "),
  });
}

export function fieldErrors(errors: Record<string, MessageKey | string>, status = 400) {
  const messages = Object.fromEntries(
    Object.entries(errors).map(([field, key]) => [field, translate("nl", key as MessageKey) ?? key]),
  );
  return json({ error: "invalid_request", errors: messages }, status);
}

// server.js closes the connection of a body refused unread.
const tooLarge = (maxBytes: number) => apiError(413, "payload_too_large", MESSAGES.tooLarge(maxBytes));

/** The request body as JSON within a byte limit: 413 when larger, 400 when not JSON. */
export async function readJson(
  request: Request,
  maxBytes: number,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const body = await readText(request, maxBytes);
  if (!body.ok) return body;
  try {
    return { ok: true, value: JSON.parse(body.text) };
  } catch {
    return { ok: false, response: apiError(400, "invalid_json", MESSAGES.invalidJson) };
  }
}

/** The raw body as text, refused above maxBytes (also when chunked): webhooks verify it unparsed. */
export async function readText(
  request: Request,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; response: Response }> {
  const body = await readBytes(request, maxBytes);
  if (body.ok) return { ok: true, text: body.bytes.toString("utf8") };
  return {
    ok: false,
    response:
      body.error === "too_large" ? tooLarge(maxBytes) : apiError(400, "unreadable_body", MESSAGES.unreadableBody),
  };
}
