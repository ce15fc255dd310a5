import { Writable } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { isRouteErrorResponse, matchRoutes, RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { startDelivery } from "~/services/notifications/deliver.server";
import { prepareDatabase, startMaintenance } from "~/services/startup.server";
import { NonceProvider } from "~/utils/nonce";

// Migrate, load reference data and (on an empty database) seed, before the first request.
prepareDatabase();
startMaintenance();
// Notifications leave through the outbox worker, when a mail server is set up.
startDelivery();

const ABORT_DELAY = 5_000;

type Manifest = EntryContext["manifest"]["routes"];
type RouteObject = Parameters<typeof matchRoutes>[0][number];
let pageTree: { manifest: Manifest; routes: RouteObject[] } | undefined;

/**
 * The methods a page takes: GET and HEAD, and POST when it has an action. Remix answers a method
 * it refuses with the root's matches only, so the page is looked up here.
 */
function pageAllows(manifest: Manifest, pathname: string): string {
  if (pageTree?.manifest !== manifest) {
    const children = (parentId: string | undefined): RouteObject[] =>
      Object.values(manifest)
        .filter((r) => r?.parentId === parentId)
        .map(
          (r): RouteObject =>
            r?.index
              ? { id: r.id, path: r.path, index: true }
              : { id: r?.id, path: r?.path, children: children(r?.id) },
        );
    pageTree = { manifest, routes: children(undefined) };
  }
  const leaf = matchRoutes(pageTree.routes, pathname)?.at(-1)?.route.id;
  return leaf && manifest[leaf]?.hasAction ? "GET, HEAD, POST" : "GET, HEAD";
}

export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  // A refused method or path (405, 404 from Remix's router) is the client's mistake, not ours.
  if (isRouteErrorResponse(error) && error.status < 500) return;
  const requestId = request.headers.get("X-Request-Id") ?? "-";
  console.error(`[${requestId}] ${request.method} ${new URL(request.url).pathname}`, error);
};

/**
 * React 18's stream writes a stray NUL byte where a multibyte letter meets its 2 KB view's end
 * ("Cli\0ënt"; the letter's own bytes follow whole). A document never holds a NUL of its own (forms
 * drop control characters, and HTML forbids it), so dropping them gives the bytes React meant.
 */
function withoutNul(html: Buffer<ArrayBuffer>): Buffer<ArrayBuffer> {
  let nul = html.indexOf(0);
  if (nul < 0) return html;
  // The runs between NULs are copied whole (memcpy), not byte by byte: a page holds a few NULs in
  // tens of KB, and a JS loop over every byte cost more than the rest of this function.
  const out = Buffer.allocUnsafe(html.length);
  let n = 0;
  let from = 0;
  while (nul >= 0) {
    n += html.copy(out, n, from, nul);
    from = nul + 1;
    nul = html.indexOf(0, from);
  }
  n += html.copy(out, n, from);
  return out.subarray(0, n);
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : "";
  // A page refuses a method it does not take (a POST without an action, OPTIONS, TRACE: see
  // server.js) with 405; the answer must say which methods the page does take.
  if (responseStatusCode === 405) {
    responseHeaders.set("Allow", pageAllows(remixContext.manifest.routes, new URL(request.url).pathname));
  }
  // The app has no Suspense boundaries and no deferred data, so a document is complete the moment
  // it has rendered: everyone gets it in one piece. Streamed, React wrote it in 2 KB chunks, each
  // its own trip through the stream adapters and gzip — a third of a small page's time on the
  // national bench (ADR 010). Add streaming back here if the app ever defers data.
  return new Promise((resolve, reject) => {
    let rendered = false;
    let abort = () => {};
    const timer = setTimeout(() => abort(), ABORT_DELAY);
    const stream = renderToPipeableStream(
      <NonceProvider nonce={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        onAllReady() {
          rendered = true;
          // Done: the abort timer would otherwise keep this render's memory for 5 more seconds.
          clearTimeout(timer);
          const chunks: Buffer[] = [];
          const whole = new Writable({
            write(chunk: Buffer, _encoding, callback) {
              chunks.push(chunk);
              callback();
            },
            final(callback) {
              responseHeaders.set("Content-Type", "text/html; charset=utf-8");
              resolve(
                new Response(withoutNul(Buffer.concat(chunks)), {
                  headers: responseHeaders,
                  status: responseStatusCode,
                }),
              );
              callback();
            },
          });
          stream.pipe(whole);
        },
        onShellError(error: unknown) {
          clearTimeout(timer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (rendered) console.error(error);
        },
      },
    );
    abort = stream.abort;
  });
}

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce?: string;
    /** The client's address as Express sees it (behind a proxy only with TRUST_PROXY). */
    clientIp?: string;
  }
}
