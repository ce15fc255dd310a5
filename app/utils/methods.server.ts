// Which HTTP methods a resource route answers, said once per route. Remix hands a resource route's
// loader GET, HEAD and OPTIONS, and its action every other method: without this each route
// answered OPTIONS as a GET (a 400 for a missing postcode) and any method it did not expect with a
// 500 or a 405 without Allow. server.js hands methods the Fetch API cannot carry (TRACE, WebDAV's)
// to Remix as OPTIONS with the real method in METHOD_HEADER, so they get the same 405 here.

import { type MessageKey, translate } from "~/i18n";
import { getLocale } from "~/i18n/locale.server";

/** Set by server.js only (a client's own value is removed first). */
export const METHOD_HEADER = "x-hulpwijzer-method";

export type Method = "GET" | "PUT" | "POST" | "DELETE" | "PATCH";
export type RouteArgs = { request: Request };
export type Handler<A> = (args: A) => Response | Promise<Response>;
export type Handlers<A> = Partial<Record<Method, Handler<A>>>;

/** The method the client sent: server.js may have carried it in METHOD_HEADER. */
export function clientMethod(request: Request): string {
  return request.headers.get(METHOD_HEADER) ?? request.method;
}

/**
 * A resource route's loader and action from one handler per method. OPTIONS says which methods
 * there are (204 with Allow); HEAD is answered by GET; any other method gets `refuse` (a 405 that
 * carries `allow`, the Allow header as the API document states it).
 */
export function byMethod<A extends RouteArgs>(
  handlers: Handlers<A>,
  refuse: (methods: readonly Method[], allow: string, request: Request) => Response,
) {
  const methods = Object.keys(handlers) as Method[];
  // Wherever GET is answered, HEAD is too (RFC 9110 §9.3.2).
  const allow = [...methods, ...(handlers.GET ? ["HEAD"] : [])].sort().join(", ");
  const answer = (args: A): Response | Promise<Response> => {
    const method = clientMethod(args.request);
    if (method === "OPTIONS") return new Response(null, { status: 204, headers: { Allow: allow } });
    const handler = handlers[(method === "HEAD" ? "GET" : method) as Method];
    return handler ? handler(args) : refuse(methods, allow, args.request);
  };
  return { loader: answer, action: answer };
}

/**
 * A download or feed that only answers GET (CSV, JSON, iCalendar, health): other methods get a
 * short 405 in the reader's language.
 */
export function readOnly<A extends RouteArgs>(get: Handler<A>) {
  return byMethod<A>({ GET: get }, (_methods, allow, request) => textMethodNotAllowed(request, allow));
}

export function textMethodNotAllowed(request: Request, allow: string, key: MessageKey = "error.405.text") {
  return new Response(`${translate(getLocale(request), key)}\n`, {
    status: 405,
    headers: { Allow: allow, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
