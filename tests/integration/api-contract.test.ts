// The built server's answers on real requests, held to the document it serves at
// /api/v1/openapi.json: every status of every operation validates (ajv) against the response
// schema documented for it, and every API path answers a method it does not take with 405 and Allow.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JsonObject } from "~/api/openapi";
import { addressFields } from "../support/address";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO } from "../support/client";
import { documentValidator, hsdsValidator, validateOpenApi } from "../support/contract";
import { dayAfter, mondayAhead } from "../support/days";

let app: AppServer;
let served: JsonObject;
let contract: ReturnType<typeof documentValidator>;
const hsds = hsdsValidator();

beforeAll(async () => {
  app = await startApp();
  const res = await fetch(`${app.baseUrl}/api/v1/openapi.json`);
  expect(res.status).toBe(200);
  served = await res.json();
  contract = documentValidator(served);
}, 60_000);
afterAll(async () => {
  await app?.stop();
});

type Answer = { status: number; headers: Headers; body: unknown };

async function call(path: string, init: RequestInit = {}, client?: Client): Promise<Answer> {
  const res = client ? await client.request(path, init) : await fetch(`${app.baseUrl}${path}`, init);
  const text = await res.text();
  const type = res.headers.get("Content-Type") ?? "";
  return {
    status: res.status,
    headers: res.headers,
    body: type.startsWith("application/json") ? JSON.parse(text) : text,
  };
}

/** The answer validates against the documented schema for its route, method and status. */
function expectDocumented(route: string, method: string, answer: Answer) {
  expect(contract.response(route, method, answer.status, answer.body), `${method} ${route} ${answer.status}`).toEqual(
    [],
  );
}

const query = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;

describe("GET /api/v1/openapi.json", () => {
  it("serves a valid OpenAPI 3.1 document, public and cacheable", async () => {
    const res = await call("/api/v1/openapi.json");
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=300");
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    await expect(validateOpenApi(served)).resolves.toBeTruthy();
    expect(res.body).toEqual(served);
  });
});

describe("GET /api/v1/options", () => {
  const base = {
    postcode: "3441 ab",
    birthYear: "1948",
    household: "single",
    needs: "cleaning",
    mobility: "stairs",
    network: "none",
  };

  it("answers every query as documented: 200 in several shapes, 400 and 404", async () => {
    const queries: [Record<string, string>, number][] = [
      [base, 200],
      [{ ...base, household: "couple", partnerUnderAow: "true", income: "1800" }, 200],
      [{ ...base, network: "can_provide", needs: "cleaning,laundry", mobility: "" }, 200],
      [{ ...base, network: "some", income: "4000", start: "2027-01-04" }, 200],
      [{ ...base, postcode: "3641AB" }, 200],
      [{ ...base, birthYear: "oud", needs: "" }, 400],
      [{ ...base, postcode: "0999" }, 400],
      [{ ...base, postcode: "1011AB" }, 404],
    ];
    for (const [params, status] of queries) {
      const answer = await call(`/api/v1/options${query(params)}`);
      expect(answer.status, JSON.stringify(params)).toBe(status);
      expectDocumented("/api/v1/options", "get", answer);
    }
  });

  it("writes an option's fields in the documented order", async () => {
    const { body } = await call(`/api/v1/options${query(base)}`);
    const option = (served.components as { schemas: Record<string, JsonObject> }).schemas.Option;
    const [first] = (body as { options: object[] }).options;
    expect(Object.keys(first ?? {})).toEqual(Object.keys(option?.properties as JsonObject));
    // A field the contract does not know is refused.
    const extra = { ...(body as JsonObject), options: [{ ...first, secret: 1 }] };
    expect(contract.response("/api/v1/options", "get", 200, extra)).not.toEqual([]);
  });
});

describe("POST /api/v1/requests", () => {
  const helpRequest = {
    postcode: "3441AB",
    birthYear: 1948,
    household: "single",
    needs: ["cleaning"],
    mobility: ["stairs"],
    network: "none",
  };
  const post = (body: unknown, client?: Client) =>
    call(
      "/api/v1/requests",
      {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: typeof body === "string" ? body : JSON.stringify(body),
      },
      client,
    );

  it("answers 201, 400, 401, 403, 404, 409 and 413 as documented", async () => {
    const route = "/api/v1/requests";
    const citizen = new Client(app.baseUrl);
    await citizen.login(DEMO.citizen);
    const provider = new Client(app.baseUrl);
    await provider.login(DEMO.provider);

    const { body } = await call(
      `/api/v1/options${query({ ...helpRequest, birthYear: "1948", needs: "cleaning", mobility: "stairs" })}`,
    );
    const options = (
      body as { options: { kind: string; offerId: string; eligible: boolean; slots: { slotId: number }[] }[] }
    ).options;
    const cleaner = options.find((o) => o.kind === "private_cleaner" && o.eligible && o.slots.length > 0);
    const zin = options.find((o) => o.kind === "zin" && o.eligible);
    expect(cleaner && zin).toBeTruthy();

    const answers: [Answer, number][] = [
      // The first request needs the address (asked once), in the municipality asked.
      [await post({ offerId: zin?.offerId, helpRequest }, citizen), 400],
      [await post({ offerId: zin?.offerId, helpRequest, contact: addressFields("9711AA") }, citizen), 400],
      [await post({ offerId: zin?.offerId, helpRequest, contact: { street: "Kerkstraat" } }, citizen), 400],
      [
        await post(
          { offerId: cleaner?.offerId, slotId: cleaner?.slots[0]?.slotId, helpRequest, contact: addressFields() },
          citizen,
        ),
        201,
      ],
      // Known since: the profile's address is used.
      [await post({ offerId: zin?.offerId, helpRequest }, citizen), 201],
      [await post({ offerId: zin?.offerId, helpRequest }, citizen), 409],
      [await post({ offerId: "cohort:999999", helpRequest }, citizen), 409],
      [await post({ offerId: "nonsense", helpRequest }, citizen), 400],
      [await post({ offerId: "zin", helpRequest: { ...helpRequest, birthYear: "oud" } }, citizen), 400],
      [await post({ offerId: "" }, citizen), 400],
      [await post("{not json", citizen), 400],
      [await post({ offerId: "zin", helpRequest: { ...helpRequest, postcode: "1011AB" } }, citizen), 404],
      [await post("x".repeat(70 * 1024), citizen), 413],
      [await post({ offerId: "zin", helpRequest }), 401],
      [await post({ offerId: "zin", helpRequest }, provider), 403],
    ];
    for (const [answer, status] of answers) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(status);
      expectDocumented(route, "post", answer);
    }
  });
});

describe("GET and PUT /api/v1/capacity", () => {
  const key = `hwk_${"q".repeat(32)}`;
  const auth = { Authorization: `Bearer ${key}` };
  const put = (body: unknown, headers: Record<string, string> = auth) =>
    call("/api/v1/capacity", {
      method: "PUT",
      headers: { "Content-Type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });

  // A key for a ZIN provider (written to), and one per other kind of demo provider (read).
  const others = {
    "Schoonmaakhulp Ans de Vries": `hwk_${"r".repeat(32)}`,
    "Fysiotherapie Woerden Centrum": `hwk_${"s".repeat(32)}`,
    "Burenhulp Bemiddeling Utrecht West": `hwk_${"t".repeat(32)}`,
  };
  beforeAll(() => {
    for (const [name, k] of [["Thuiszorg Groene Hart", key], ...Object.entries(others)] as const) {
      const provider = app.db().prepare("SELECT id FROM providers WHERE name = ?").get(name) as { id: number };
      app
        .db()
        .prepare("INSERT INTO api_keys (provider_id, name, key_hash, prefix) VALUES (?, 'contract', ?, ?)")
        .run(provider.id, createHash("sha256").update(k).digest("hex"), k.slice(0, 10));
    }
  });

  it("lists every kind's stored records as documented", async () => {
    const types = new Set<string>();
    for (const [name, k] of Object.entries(others)) {
      const answer = await call("/api/v1/capacity", { headers: { Authorization: `Bearer ${k}` } });
      expect(answer.status, name).toBe(200);
      expectDocumented("/api/v1/capacity", "get", answer);
      for (const r of (answer.body as { records: { type: string }[] }).records) types.add(r.type);
    }
    expect([...types].sort()).toEqual([
      "cleaner_exception",
      "cleaner_window",
      "cohort",
      "helper_pool",
      "mediation_month",
    ]);
  });

  it("answers GET and PUT as documented, refusals included", async () => {
    // Weeks far ahead (20 and 21 weeks from this one), so that they meet none of the demo's own records.
    const [w23, w24] = [mondayAhead(20), mondayAhead(21)];
    const week = {
      type: "zin_week",
      externalRef: "contract-2027-w23",
      municipalityCode: "GM0632",
      weekStart: w23,
      hoursPerWeek: "12,5",
      newClients: 3,
      earliestStart: dayAfter(w23),
    };
    const next = {
      ...week,
      externalRef: "contract-2027-w24",
      weekStart: w24,
      earliestStart: dayAfter(w24),
      hoursPerWeek: 8,
    };
    const checks: [string, Answer, number][] = [
      ["get", await call("/api/v1/capacity", { headers: auth }), 200],
      ["get", await call("/api/v1/capacity"), 401],
      ["put", await put({ records: [week, next] }), 200],
      ["put", await put({ records: [week, { type: "zin_week", externalRef: next.externalRef, deleted: true }] }), 200],
      ["get", await call("/api/v1/capacity", { headers: auth }), 200],
      ["put", await put({ records: [{ ...week, weekStart: "2026-12-01" }, { type: "cohort" }] }), 400],
      ["put", await put({ records: "none" }), 400],
      ["put", await put("{not json"), 400],
      ["put", await put({ records: [week] }, {}), 401],
      ["put", await put({ records: Array.from({ length: 501 }, () => week) }), 413],
    ];
    for (const [method, answer, status] of checks) {
      expect(answer.status, `${method} ${JSON.stringify(answer.body).slice(0, 300)}`).toBe(status);
      expectDocumented("/api/v1/capacity", method, answer);
    }
    const listed = checks[4]?.[1].body as { records: { type: string }[] } | undefined;
    expect(listed?.records.map((r) => r.type)).toContain("zin_week");
  });
});

describe("GET /api/v1/services", () => {
  it("answers pages, filters and refusals as documented, and every page is HSDS 3.1", async () => {
    const queries: [Record<string, string>, number][] = [
      [{}, 200],
      [{ per_page: "2" }, 200],
      [{ per_page: "2", page: "2" }, 200],
      [{ per_page: "2", page: "99999" }, 200],
      [{ municipality: "GM0632" }, 200],
      [{ kind: "physio" }, 200],
      [{ kind: "private_cleaner", municipality: "GM0632" }, 200],
      [{ per_page: "0" }, 400],
      [{ municipality: "GM9999" }, 400],
      [{ kind: "tandarts", page: "-1" }, 400],
    ];
    for (const [params, status] of queries) {
      const answer = await call(`/api/v1/services${query(params)}`);
      expect(answer.status, JSON.stringify(params)).toBe(status);
      expectDocumented("/api/v1/services", "get", answer);
      if (status === 200) expect(hsds("page", answer.body)).toEqual([]);
    }
  });
});

describe("methods a path does not take", () => {
  const wrong: [string, string, string][] = [
    ["/api/v1/options", "POST", "GET, HEAD"],
    ["/api/v1/services", "PUT", "GET, HEAD"],
    ["/api/v1/openapi.json", "POST", "GET, HEAD"],
    ["/api/v1/requests", "GET", "POST"],
    ["/api/v1/requests", "DELETE", "POST"],
    ["/api/v1/capacity", "POST", "GET, HEAD, PUT"],
    ["/api/v1/capacity", "DELETE", "GET, HEAD, PUT"],
  ];
  it("get 405 with Allow and a Dutch JSON error in the documented Error shape", async () => {
    for (const [route, method, allow] of wrong) {
      const answer = await call(route, { method });
      expect(answer.status, `${method} ${route}`).toBe(405);
      expect(answer.headers.get("Allow"), `${method} ${route}`).toBe(allow);
      expect(answer.body).toMatchObject({ error: "method_not_allowed", message: expect.stringMatching(/^Gebruik /) });
      expect(contract.check("/components/schemas/Error", answer.body)).toEqual([]);
      expect(String((served.paths as Record<string, JsonObject>)[route]?.description)).toContain(`Allow: ${allow}`);
    }
  });
});
