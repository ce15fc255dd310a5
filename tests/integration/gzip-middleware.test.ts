// server/gzip.js on its own, in a small Express app over real HTTP: the cases the app's routes do
// not reach on demand (an error halfway through a body, a body past the limit, callbacks, HEAD).
import type http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wholeBodyGzip } from "../../server/gzip.js";
import { rawRequest } from "../support/raw-http";

let server: http.Server;
let base = "";
const callbacks: string[] = [];

beforeAll(async () => {
  const app = express();
  app.use(wholeBodyGzip({ limit: 64 * 1024 }));
  app.get("/half-then-error", (_req, res, next) => {
    res.type("text/javascript");
    res.write("const a = 1;\n".repeat(200));
    next(new Error("the file could not be read further"));
  });
  app.get("/big-at-once", (_req, res) => {
    res.type("text/plain").send("x".repeat(100 * 1024));
  });
  app.get("/streamed", (_req, res) => {
    res.type("text/plain");
    res.write("a".repeat(2000), () => callbacks.push("write"));
    res.write(Buffer.from("b".repeat(2000)));
    res.end("c".repeat(2000), () => callbacks.push("end"));
  });
  app.get("/page", (_req, res) => {
    res.type("text/html").send(`<p>${"hallo ".repeat(500)}</p>`);
  });
  await new Promise<void>((resolve) => {
    server = app.listen(0, "127.0.0.1", resolve);
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const get = (path: string, method = "GET") => rawRequest(`${base}${path}`, { "Accept-Encoding": "gzip" }, method);

describe("wholeBodyGzip", () => {
  it("closes the connection when an error follows part of a body, instead of sending half a body and an error page", async () => {
    await expect(get("/half-then-error")).rejects.toThrow(/socket hang up|ECONNRESET/);
  });

  it("sends a body past the limit as it is, even when it comes in one piece", async () => {
    const res = await get("/big-at-once");
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.body.length).toBe(100 * 1024);
  });

  it("collects written pieces in order, compresses them together and calls every callback", async () => {
    callbacks.length = 0;
    const res = await get("/streamed");
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(res.body).toString()).toBe(`${"a".repeat(2000)}${"b".repeat(2000)}${"c".repeat(2000)}`);
    expect(callbacks.sort()).toEqual(["end", "write"]);
  });

  it("answers HEAD without a body but with the Vary of its GET", async () => {
    const head = await get("/page", "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers.vary).toMatch(/Accept-Encoding/i);
    const page = await get("/page");
    expect(page.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(page.body).toString()).toContain("hallo hallo");
  });
});
