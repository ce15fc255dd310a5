// JSON API helpers: errors in one shape ({ error } or { errors: { field: message } }), in Dutch.

import { isMessageKey, type MessageKey, translateError } from "~/i18n";
import { readBytes } from "./body.server";
import { byMethod, type Handler, type Handlers, type Method, type RouteArgs } from "./methods.server";

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
  unavailable: "De dienst kan dit nu even niet opslaan of lezen. Probeer het over een minuut opnieuw.",
  serverError: (requestId: string) =>
    `Er ging aan onze kant iets mis (kenmerk ${requestId}). Probeer het later opnieuw.`,
};

/** Open data: any site may read it, and caches may keep it for five minutes. */
export const OPEN_DATA_HEADERS = { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" };

/**
 * An API route: one handler per method (see byMethod), a 405 in the Error shape for any other, and
 * an unexpected failure (a full disk, a locked database) answered as JSON in Dutch, not Remix's
 * plain-text "Unexpected Server Error". Handlers in the order the 405's message names them.
 */
export function apiRoute<A extends RouteArgs>(handlers: Handlers<A>) {
  const guarded: Handlers<A> = {};
  for (const [method, handler] of Object.entries(handlers) as [Method, Handler<A>][]) {
    guarded[method] = (args) => answerFailures(args.request, () => handler(args));
  }
  return byMethod<A>(guarded, (methods, allow) =>
    apiError(405, "method_not_allowed", MESSAGES.methodNotAllowed(methods), { Allow: allow }),
  );
}

/** SQLite's codes for a server that cannot store now but may soon: a full disk, a lock held too long. */
const UNAVAILABLE = /^SQLITE_(FULL|BUSY|LOCKED|IOERR|READONLY|CANTOPEN)/;

async function answerFailures(request: Request, work: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    // A thrown redirect or `data()` answer is meant; only real failures are answered here.
    if (error instanceof Response || (error as { type?: unknown } | null)?.type === "DataWithResponseInit") throw error;
    const code = String((error as { code?: unknown } | null)?.code ?? "");
    const requestId = request.headers.get("X-Request-Id") ?? "-";
    console.error(`[${requestId}] ${request.method} ${new URL(request.url).pathname}`, error);
    return UNAVAILABLE.test(code)
      ? apiError(503, "unavailable", MESSAGES.unavailable, { "Retry-After": "60" })
      : apiError(500, "server_error", MESSAGES.serverError(requestId));
  }
}

export function fieldErrors(errors: Record<string, MessageKey | string>, status = 400) {
  const messages = Object.fromEntries(
    // A key may carry parameters ("key|start=09:00"): translateError fills them in.
    Object.entries(errors).map(([field, key]) => [
      field,
      isMessageKey(key.split("|")[0]) ? translateError("nl", key) : key,
    ]),
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
