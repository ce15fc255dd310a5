import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { isRouteErrorResponse, matchRoutes, RemixServer } from "@remix-run/react";
import { renderToString } from "react-dom/server";
import { prepareDatabase, startMaintenance } from "~/services/startup.server";
import { NonceProvider } from "~/utils/nonce";

// Migrate, load reference data and (on an empty database) seed, before the first request.
prepareDatabase();
startMaintenance();

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
  // it has rendered: everyone gets it in one piece, rendered to one string. React 18's stream
  // split multibyte characters at its 4 KB chunk boundaries with a NUL between their bytes
  // ("Cli\0ënt", facebook/react#31134); a string has no boundaries, and no trips through stream
  // adapters (ADR 010). A render that throws goes back to Remix, which renders the error boundary.
  const html = renderToString(
    <NonceProvider nonce={nonce}>
      <RemixServer context={remixContext} url={request.url} nonce={nonce} />
    </NonceProvider>,
  );
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  return new Response(`<!DOCTYPE html>${html}`, { headers: responseHeaders, status: responseStatusCode });
}

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce?: string;
    /** The client's address as Express sees it (behind a proxy only with TRUST_PROXY). */
    clientIp?: string;
  }
}
