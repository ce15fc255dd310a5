// Production entry: serves the built Remix app with compression and security headers.
import crypto from "node:crypto";
import http from "node:http";
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import express from "express";
import { wholeBodyGzip } from "./server/gzip.js";
import { publicOriginSetting } from "./server/public-url.js";
import { trustProxySetting } from "./server/trust-proxy.js";

// Optional local settings (see .env.example); real environments set variables directly.
try {
  process.loadEnvFile();
} catch {
  // no .env: fine
}

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
process.env.NODE_ENV ??= "production";

const build = await import("./build/server/index.js");

/** A Host header a URL can be built from as it stands: a name or address, and a port, nothing else. */
function validHost(host) {
  if (host === "" || /[\s@/\\?#]/.test(host)) return false;
  try {
    return new URL(`http://${host}/`).host === host.toLowerCase().replace(/:80$/, "");
  } catch {
    return false;
  }
}

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", trustProxySetting(process.env.TRUST_PROXY));
const publicOrigin = publicOriginSetting(process.env.PUBLIC_URL);
if (!publicOrigin)
  console.log("PUBLIC_URL not set: calendar and payment links use the address each request came in on");
// Remix builds each request's URL from the Host header: one it cannot parse ("x@evil", "a b", a port
// past 65535) made every route, /healthz included, a 500. A client's mistake gets a 400 in words.
app.use((req, res, next) => {
  const host = req.headers.host;
  // A target in absolute form ("GET http://…") or "*" is for a proxy: the URL Remix builds from it
  // was invalid, a 500 on every route.
  if ((host === undefined || validHost(host)) && req.url.startsWith("/")) return next();
  const message = req.url.startsWith("/")
    ? "Ongeldige Host-header. / Invalid Host header."
    : "Ongeldig adres in het verzoek. / Invalid request target.";
  res.status(400);
  if (req.url.startsWith("/api/")) res.json({ error: "bad_request", message: message.split(" / ")[0] });
  else res.type("text/plain").send(`${message}\n`);
});
app.use(wholeBodyGzip());

app.use((req, res, next) => {
  const requestId = crypto.randomUUID();
  req.headers["x-request-id"] = requestId;
  res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
  res.setHeader("X-Request-Id", requestId);
  res.setHeader(
    "Content-Security-Policy",
    [
      "default-src 'self'",
      `script-src 'self' 'nonce-${res.locals.cspNonce}'`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "form-action 'self' https://checkout.stripe.com",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "object-src 'none'",
    ].join("; "),
  );
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  next();
});

// Methods the Fetch API cannot carry (TRACE, CONNECT, WebDAV's) made Remix's request adapter throw:
// an English 500. They (and methods a page does not take) reach Remix as OPTIONS, which never changes anything, with the real method
// in a header of our own, so each route answers them with its own 405 and Allow
// (app/utils/methods.server.ts, and entry.server.tsx for pages). A client's own value is dropped.
const WEB_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const METHOD_HEADER = "x-hulpwijzer-method";
// Pages take GET and POST only; Remix would run a page's action for a PUT, PATCH or DELETE too.
const API_METHODS = new Set(["PUT", "PATCH", "DELETE"]);
app.use((req, _res, next) => {
  // Only when sent: deleting from the headers object slows every later read of it.
  if (req.headers[METHOD_HEADER] !== undefined) delete req.headers[METHOD_HEADER];
  if (!WEB_METHODS.has(req.method) || (API_METHODS.has(req.method) && !req.path.startsWith("/api/"))) {
    req.headers[METHOD_HEADER] = req.method;
    req.method = "OPTIONS";
  }
  next();
});

// Cross-site form posts are refused: a browser mutation must come from our own origin.
// SameSite=Lax cookies stop most; this also covers same-site subdomains and old browsers.
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
function fromOwnOrigin(req) {
  // Browsers say where a request comes from; a cross-site one is refused even without Origin.
  if (req.get("sec-fetch-site") === "cross-site") return false;
  const origin = req.get("origin");
  if (!origin) return true; // not a browser form post (API clients, curl)
  try {
    return new URL(origin).host === req.get("host");
  } catch {
    return false; // "null" and other opaque origins
  }
}
app.use((req, res, next) => {
  if (SAFE_METHODS.has(req.method) || fromOwnOrigin(req)) return next();
  res.status(403).type("text/plain").send("Verzoek van een andere website geweigerd. / Cross-site request refused.");
});

// `?_data=<route>` is Remix's pre-single-fetch data request: this app never makes one, and Remix
// answers it with a bare English 403 and an error in the log for each. Like any parameter the app
// does not know, it is dropped.
app.use((req, _res, next) => {
  const q = req.originalUrl.indexOf("?");
  if (q === -1) return next();
  const params = new URLSearchParams(req.originalUrl.slice(q + 1));
  if (!params.has("_data")) return next();
  params.delete("_data");
  const rest = params.toString();
  req.originalUrl = `${req.originalUrl.slice(0, q)}${rest ? `?${rest}` : ""}`;
  next();
});

// A response sent before its request body was read to the end (a refusal: 401, 403, 404, 413)
// leaves the upload stalled on a paused stream. Up to DRAIN_LIMIT more bytes are read and dropped,
// so the client finishes sending and gets the answer (closing under an upload makes browsers and
// most clients show a connection error instead of the 413). A body declared larger closes the
// connection after the answer; a chunked one that goes on past the limit is cut off.
const DRAIN_LIMIT = 1024 * 1024;
app.use((req, res, next) => {
  const writeHead = res.writeHead;
  res.writeHead = function writeHeadAfterUnreadBody(...args) {
    if (!req.complete && !req.destroyed && !SAFE_METHODS.has(req.method)) {
      const declared = Number(req.get("content-length") ?? Number.NaN);
      if (declared > DRAIN_LIMIT) {
        res.setHeader("Connection", "close");
      } else {
        let drained = 0;
        req.removeAllListeners("data");
        req.on("data", (chunk) => {
          drained += chunk.length;
          if (drained > DRAIN_LIMIT) req.socket.destroy();
        });
        req.resume();
      }
    }
    return writeHead.apply(this, args);
  };
  next();
});

app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
// Every public file has an extension; pages and API paths have none and skip the file look-up.
const publicFiles = express.static("build/client", { maxAge: "1h" });
app.use((req, res, next) => (path.extname(req.path) ? publicFiles(req, res, next) : next()));

app.all(
  "*",
  createRequestHandler({
    build,
    mode: process.env.NODE_ENV,
    getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce, clientIp: req.ip }),
  }),
);

// A path Express cannot decode ("/%ZZ") went to Express's own error page: English HTML and a
// stack trace in the log for each. It is the client's mistake: a short answer in words (JSON on
// the API). Anything else that reaches here is ours, logged once.
app.use((error, req, res, next) => {
  if (res.headersSent) return next(error);
  const status = Number(error?.status ?? error?.statusCode ?? 500);
  const clientError = status >= 400 && status < 500;
  if (!clientError) console.error(`[${req.headers["x-request-id"] ?? "-"}] ${req.method} ${req.path}`, error);
  const message = clientError
    ? "Dit adres of verzoek klopt niet. / Bad request."
    : "Er ging aan onze kant iets mis. / Something went wrong on our side.";
  res.status(clientError ? status : 500);
  if (req.originalUrl.startsWith("/api/")) {
    res.json({ error: clientError ? "bad_request" : "server_error", message: message.split(" / ")[0] });
  } else {
    res.type("text/plain").send(`${message}\n`);
  }
});

// Slow clients are cut off: all headers within 10 s, the whole request within 30 s (a body
// trickled a byte at a time held a connection for minutes), an idle keep-alive after 5 s; checked
// every second rather than Node's 30. Connections past MAX_CONNECTIONS are refused at once, which
// bounds the memory idle sockets can take (about 40 KB each). Tests shorten the timeouts.
const setting = (name, fallback) => Number(process.env[name]) || fallback;
const requestTimeout = setting("REQUEST_TIMEOUT_MS", 30_000);
const server = http.createServer(
  {
    // Node requires the headers' time to fit in the request's.
    headersTimeout: Math.min(setting("HEADERS_TIMEOUT_MS", 10_000), requestTimeout),
    requestTimeout,
    keepAliveTimeout: 5_000,
    connectionsCheckingInterval: 1_000,
  },
  app,
);
// What Node's parser refuses before any of the above runs (a method it does not know, such as
// TRACK; headers too large; a request too slow) it answered with an empty body: say it in words.
const PARSER_REFUSALS = {
  ERR_HTTP_REQUEST_TIMEOUT: ["408 Request Timeout", "Dit verzoek duurde te lang. / Request timed out."],
  HPE_HEADER_OVERFLOW: ["431 Request Header Fields Too Large", "De kopregels zijn te groot. / Headers too large."],
};
server.on("clientError", (error, socket) => {
  if (error.code === "ECONNRESET" || !socket.writable) return socket.destroy();
  const [status, text] = PARSER_REFUSALS[error.code] ?? ["400 Bad Request", "Dit verzoek klopt niet. / Bad request."];
  // Written, then closed (as Node does): a client still sending must not keep the socket open.
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text) + 1}\r\nConnection: close\r\n\r\n${text}\n`,
    () => socket.destroy(),
  );
});
server.maxConnections = setting("MAX_CONNECTIONS", 4_000);
server.maxRequestsPerSocket = 1_000;
// A socket with no traffic at all (not even a byte of a request line) is closed too.
server.timeout = requestTimeout;
server.listen(port, host, () => {
  console.log(`Hulpwijzer listening on http://${host === "0.0.0.0" ? "localhost" : host}:${port}`);
});
