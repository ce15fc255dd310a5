// server/gzip.js over real HTTP: whole responses gzipped when the client accepts it, sent with the
// length of what goes over the wire, and the same content as without compression.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { helpQuery } from "../support/factories";
import { rawRequest } from "../support/raw-http";

let app: AppServer;
const HELP = helpQuery();

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.stop();
});

/** A request whose answer is not decoded: what was sent is what we check. */
const raw = (pathname: string, headers: Record<string, string> = {}, method = "GET") =>
  rawRequest(`${app.baseUrl}${pathname}`, headers, method);

describe("whole-body gzip", () => {
  it("gzips the options JSON for a client that accepts it, with its length, and it decodes to the same answer", async () => {
    const zipped = await raw(`/api/v1/options?${HELP}`, { "Accept-Encoding": "gzip, deflate, br" });
    const plain = await raw(`/api/v1/options?${HELP}`);
    expect(zipped.status).toBe(200);
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
    expect(Number(zipped.headers["content-length"])).toBe(zipped.body.length);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    const decoded = JSON.parse(zlib.gunzipSync(zipped.body).toString("utf8"));
    const original = JSON.parse(plain.body.toString("utf8"));
    expect(decoded.options.length).toBeGreaterThan(3);
    expect(decoded.options.map((o: { offerId: string }) => o.offerId)).toEqual(
      original.options.map((o: { offerId: string }) => o.offerId),
    );
  });

  it("sends it as it is without Accept-Encoding, or when gzip is refused, with its length and Vary", async () => {
    const refusals: Record<string, string>[] = [
      {},
      { "Accept-Encoding": "gzip;q=0, identity" },
      { "Accept-Encoding": "br;q=0" },
    ];
    for (const headers of refusals) {
      const res = await raw(`/api/v1/options?${HELP}`, headers);
      expect(res.status).toBe(200);
      expect(res.headers["content-encoding"]).toBeUndefined();
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      expect(Number(res.headers["content-length"])).toBe(res.body.length);
      expect(JSON.parse(res.body.toString("utf8")).options.length).toBeGreaterThan(3);
    }
  });

  it("gzips a server-rendered page whole, and leaves tiny answers alone", async () => {
    const page = await raw(`/hulp/opties?${HELP}`, { "Accept-Encoding": "gzip" });
    expect(page.status).toBe(200);
    expect(page.headers["content-encoding"]).toBe("gzip");
    expect(Number(page.headers["content-length"])).toBe(page.body.length);
    const html = zlib.gunzipSync(page.body).toString("utf8");
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain("Uw mogelijkheden");
    // The whole stream, to its last script (Remix writes its data after </html>).
    expect(html).toContain("</html>");
    expect(html).toContain("streamController.close()");

    const health = await raw("/healthz", { "Accept-Encoding": "gzip" });
    expect(health.headers["content-encoding"]).toBeUndefined();
    expect(health.body.toString()).toBe("ok");
  });

  it("gzips a built asset to exactly the file's bytes, and skips what has no body", async () => {
    const dir = path.resolve("build/client/assets");
    const file = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".js"))
      .map((f) => ({ f, size: fs.statSync(path.join(dir, f)).size }))
      .sort((a, b) => b.size - a.size)[0];
    if (!file) throw new Error("no built assets");
    const asset = await raw(`/assets/${file.f}`, { "Accept-Encoding": "gzip" });
    expect(asset.status).toBe(200);
    expect(asset.headers["content-encoding"]).toBe("gzip");
    expect(asset.headers["cache-control"]).toMatch(/immutable/);
    expect(zlib.gunzipSync(asset.body).equals(fs.readFileSync(path.join(dir, file.f)))).toBe(true);

    const head = await raw("/", { "Accept-Encoding": "gzip" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers["content-encoding"]).toBeUndefined();

    const redirect = await raw("/mijn", { "Accept-Encoding": "gzip" });
    expect(redirect.status).toBe(302);
    expect(redirect.headers["content-encoding"]).toBeUndefined();
  });
});
