// Every HTTP method on every documented API operation, every kind of download and a set of pages:
// never a 5xx; a method a path does not take gets 405 with the Allow it does take; OPTIONS says
// which (204 on the API and downloads). What an outside API fuzzer (Schemathesis) tries first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { DEMO } from "../support/client";
import { loggedIn } from "../support/factories";
import { rawRequest } from "../support/raw-http";

let app: AppServer;
let cookie = "";

// Methods a client may send: the Fetch API's, WebDAV's, TRACE and an invented one.
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND", "MKCOL", "LOCK"];

beforeAll(async () => {
  app = await startApp();
  const citizen = await loggedIn(app, DEMO.citizen);
  cookie = citizen.cookieHeader();
});
afterAll(async () => {
  await app?.stop();
});

const send = (path: string, method: string, headers: Record<string, string> = {}) =>
  rawRequest(`${app.baseUrl}${path}`, { Cookie: cookie, ...headers }, method);

/** What Allow should say for a set of methods answered: HEAD wherever GET is, in order. */
const allowFor = (methods: string[]) => [...methods, ...(methods.includes("GET") ? ["HEAD"] : [])].sort().join(", ");

describe("documented API operations × every method", () => {
  it("never answer 5xx; others get 405 with the documented Allow; OPTIONS 204", async () => {
    const doc = (await (await fetch(`${app.baseUrl}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const paths = Object.keys(doc.paths);
    expect(paths.length).toBeGreaterThanOrEqual(5);
    for (const path of paths) {
      const documented = Object.keys(doc.paths[path] ?? {})
        .filter((k) => ["get", "put", "post", "patch", "delete"].includes(k))
        .map((k) => k.toUpperCase());
      const allow = allowFor(documented);
      for (const method of METHODS) {
        const res = await send(path, method);
        const label = `${method} ${path}`;
        expect(res.status, label).toBeLessThan(500);
        if (method === "OPTIONS") {
          expect(res.status, label).toBe(204);
          expect(res.headers.allow, label).toBe(allow);
        } else if (!documented.includes(method) && !(method === "HEAD" && documented.includes("GET"))) {
          expect(res.status, label).toBe(405);
          expect(res.headers.allow, label).toBe(allow);
          if (method !== "HEAD")
            expect(JSON.parse(res.body.toString()), label).toMatchObject({ error: "method_not_allowed" });
        }
      }
    }
  });

  it("ignore a client's own method header: a GET stays a GET", async () => {
    const res = await send("/api/v1/openapi.json", "GET", { "X-Hulpwijzer-Method": "TRACE" });
    expect(res.status).toBe(200);
  });
});

describe("a path the API does not have", () => {
  it("is a JSON 404 pointing to the document, for every method", async () => {
    for (const method of METHODS) {
      const res = await send("/api/v1/bestaat-niet", method);
      expect(res.status, method).toBe(404);
      expect(res.headers["content-type"], method).toMatch(/^application\/json/);
      if (method !== "HEAD") expect(JSON.parse(res.body.toString()), method).toMatchObject({ error: "not_found" });
    }
  });
});

describe("a path that cannot be decoded", () => {
  it("gets a short 400 in words (JSON on the API), and no stack trace in the log", async () => {
    const api = await send("/api/v1/%ZZ", "GET");
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body.toString())).toMatchObject({ error: "bad_request" });
    for (const path of ["/%ZZ", "/assets/%ZZ", "/mijn/%c0%ae"]) {
      const res = await send(path, "GET");
      expect(res.status, path).toBe(400);
      expect(res.body.toString(), path).toContain("Dit adres of verzoek klopt niet.");
    }
    expect(app.output()).not.toMatch(/URIError/);
  });
});

describe("downloads × every method", () => {
  it("answer only GET and HEAD, and say so", async () => {
    for (const path of ["/healthz", "/mijn/gegevens.json", "/beheer/dashboard.csv"]) {
      for (const method of METHODS.filter((m) => m !== "GET" && m !== "HEAD")) {
        const res = await send(path, method);
        expect(res.status, `${method} ${path}`).toBe(method === "OPTIONS" ? 204 : 405);
        expect(res.headers.allow, `${method} ${path}`).toBe("GET, HEAD");
      }
    }
  });
});

describe("pages × every method", () => {
  const pages: [string, string][] = [
    ["/", "GET, HEAD"],
    ["/hulp/opties", "GET, HEAD"],
    ["/inloggen", "GET, HEAD, POST"],
    ["/mijn", "GET, HEAD"],
    ["/taal", "GET, HEAD, POST"],
    ["/uitloggen", "GET, HEAD, POST"],
  ];
  it("refuse what a page does not take with a Dutch 405 and its Allow; nothing runs", async () => {
    for (const [path, allow] of pages) {
      for (const method of [
        "PUT",
        "PATCH",
        "DELETE",
        "OPTIONS",
        "TRACE",
        "PROPFIND",
        ...(allow.includes("POST") ? [] : ["POST"]),
      ]) {
        const res = await send(path, method, { "Content-Type": "application/x-www-form-urlencoded" });
        const label = `${method} ${path}`;
        if (path === "/uitloggen" && method === "OPTIONS") {
          expect(res.status, label).toBe(204);
        } else {
          expect(res.status, label).toBe(405);
          if (res.headers["content-type"]?.startsWith("text/html")) {
            expect(res.body.toString(), label).toContain("Dat kan op deze pagina niet.");
          }
        }
        expect(res.headers.allow, label).toBe(allow);
      }
    }
    // None of this logged the citizen out (a DELETE once reached the logout action as if POST).
    expect((await send("/mijn", "GET")).status).toBe(200);
    expect(app.output()).not.toMatch(/Unexpected Server Error|did not provide an `action`/);
  });
});
