// Whole-body gzip for responses: collected, compressed in one synchronous call, sent with a length.
//
// Why not the `compression` middleware: it opens a zlib stream per response (~300 KB of native
// state, work handed to the thread pool and back, a sync flush after every write), which cost
// ~0.5 ms per options response and most of the memory under load. This app's responses are whole
// documents and JSON of tens of KB, which gzip at level 1 compresses in ~0.06 ms on the main thread.
// Bodies past `limit` and responses whose headers were already sent (event streams) pass through
// uncompressed, as they are. See docs/decisions/011-whole-body-gzip.md.
import http from "node:http";
import zlib from "node:zlib";

const COMPRESSIBLE =
  /^(text\/|application\/(json|javascript|xml|manifest\+json|[\w.+-]+\+json|[\w.+-]+\+xml)|image\/svg\+xml)/i;
const NO_BODY_STATUS = new Set([204, 206, 304]);
// Whether the status line and headers really went out (the property this middleware redefines).
const reallySent = Object.getOwnPropertyDescriptor(http.OutgoingMessage.prototype, "headersSent")?.get;
const headersOut = (res) => (reallySent ? reallySent.call(res) : Boolean(res._header));

/**
 * @param {{ threshold?: number, limit?: number, level?: number }} [options]
 *   threshold: smaller bodies go as they are (gzip's header costs more than it saves);
 *   limit: larger bodies stop being collected and stream through uncompressed.
 * @returns {import("express").RequestHandler}
 */
export function wholeBodyGzip({ threshold = 1024, limit = 4 * 1024 * 1024, level = 1 } = {}) {
  return function gzipWholeBody(req, res, next) {
    if (req.method === "HEAD") {
      // No body to compress, but the same Vary as the GET it stands for.
      const end = res.end;
      res.end = function endHead(...args) {
        if (!headersOut(res) && COMPRESSIBLE.test(String(res.getHeader("Content-Type") ?? ""))) {
          res.vary("Accept-Encoding");
        }
        return end.apply(res, args);
      };
      return next();
    }
    const write = res.write;
    const end = res.end;
    /** @type {Buffer[]} */
    let chunks = [];
    let size = 0;
    let started = false;
    let passThrough = false;

    // Once a body has begun, the response counts as started, as it would when streamed: an error
    // handler then closes the connection instead of appending an error page to half a body.
    Object.defineProperty(res, "headersSent", {
      configurable: true,
      get: () => started || headersOut(res),
    });

    const toBuffer = (chunk, encoding) =>
      Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, encoding) : Buffer.from(chunk);

    // From here on every chunk goes straight out: what was collected first, in order.
    const release = () => {
      passThrough = true;
      if (res.write === collect) res.write = write;
      if (res.end === finish) res.end = end;
      const held = chunks;
      chunks = [];
      for (const chunk of held) write.call(res, chunk);
    };

    function collect(chunk, encoding, callback) {
      const cb = typeof encoding === "function" ? encoding : callback;
      const enc = typeof encoding === "string" ? encoding : "utf8";
      if (passThrough || headersOut(res)) {
        if (!passThrough) release();
        return write.call(res, chunk, enc, cb);
      }
      started = true;
      const buffer = toBuffer(chunk, enc);
      chunks.push(buffer);
      size += buffer.length;
      if (size > limit) release();
      if (cb) process.nextTick(cb);
      return true;
    }

    function finish(chunk, encoding, callback) {
      let cb = callback;
      let enc = "utf8";
      if (typeof chunk === "function") {
        cb = chunk;
        chunk = undefined;
      } else if (typeof encoding === "function") {
        cb = encoding;
      } else if (typeof encoding === "string") {
        enc = encoding;
      }
      if (passThrough || headersOut(res)) {
        if (!passThrough) release();
        return chunk == null ? end.call(res, cb) : end.call(res, chunk, enc, cb);
      }
      if (res.write === collect) res.write = write;
      if (res.end === finish) res.end = end;
      if (chunk != null) {
        const buffer = toBuffer(chunk, enc);
        chunks.push(buffer);
        size += buffer.length;
      }
      let body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
      chunks = [];
      if (body.length <= limit && shouldCompress(req, res, body.length, threshold)) {
        body = zlib.gzipSync(body, { level });
        res.setHeader("Content-Encoding", "gzip");
        res.removeHeader("Content-Length");
      }
      if (size > 0 && !NO_BODY_STATUS.has(res.statusCode)) res.setHeader("Content-Length", body.length);
      return end.call(res, body, cb);
    }

    res.write = collect;
    res.end = finish;
    next();
  };
}

function shouldCompress(req, res, length, threshold) {
  const type = String(res.getHeader("Content-Type") ?? "");
  if (!COMPRESSIBLE.test(type)) return false;
  // Caches must keep the variants apart, also for responses too small to compress this time.
  res.vary("Accept-Encoding");
  if (length < threshold || NO_BODY_STATUS.has(res.statusCode)) return false;
  if (res.getHeader("Content-Encoding")) return false;
  if (/\bno-transform\b/i.test(String(res.getHeader("Cache-Control") ?? ""))) return false;
  return req.acceptsEncodings("gzip", "identity") === "gzip";
}
