// PUT/GET /api/v1/capacity: bearer keys, idempotency, isolation, all-or-nothing batches.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { dayAfter, mondayAhead } from "../support/days";

let app: AppServer;
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const KEYS = {
  groeneHart: `hwk_${"a".repeat(32)}`, // ZIN: Woerden, Oudewater, Montfoort
  vechtstreek: `hwk_${"b".repeat(32)}`, // ZIN: Stichtse Vecht, De Ronde Venen
  ans: `hwk_${"c".repeat(32)}`, // private cleaner
  revoked: `hwk_${"d".repeat(32)}`,
};

function providerId(name: string): number {
  return (app.db().prepare("SELECT id FROM providers WHERE name = ?").get(name) as { id: number }).id;
}

function addKey(key: string, provider: string, revoked = false) {
  app
    .db()
    .prepare("INSERT INTO api_keys (provider_id, name, key_hash, prefix, revoked_at) VALUES (?, 'test', ?, ?, ?)")
    .run(providerId(provider), sha256(key), key.slice(0, 10), revoked ? Date.now() : null);
}

async function put(key: string | null, body: unknown) {
  return fetch(`${app.baseUrl}/api/v1/capacity`, {
    method: "PUT",
    headers: { "Content-Type": "application/json", ...(key ? { Authorization: `Bearer ${key}` } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function get(key: string) {
  return fetch(`${app.baseUrl}/api/v1/capacity`, { headers: { Authorization: `Bearer ${key}` } });
}

// Weeks far past the demo's own four, so that they meet none of its records.
const W1 = mondayAhead(20);
const W2 = mondayAhead(21);
const M_A = mondayAhead(30);
const M_B = mondayAhead(31);

const count = (table: string) => (app.db().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

const zinBatch = {
  records: [
    {
      type: "zin_week",
      externalRef: "woerden-2026-w49",
      municipalityCode: "GM0632",
      weekStart: W1,
      hoursPerWeek: 12.5,
      newClients: 3,
      earliestStart: dayAfter(W1),
    },
    {
      type: "zin_week",
      externalRef: "woerden-2026-w50",
      municipalityCode: "GM0632",
      weekStart: W2,
      hoursPerWeek: 8,
      newClients: 2,
      earliestStart: dayAfter(W2),
    },
    { type: "zin_waiting_list", externalRef: "wl-woerden", municipalityCode: "GM0632", length: 17 },
  ],
};

beforeAll(async () => {
  app = await startApp();
  // Start from no capacity at all (the demo seed publishes some), so counts below are exact. The
  // demo's open Powerful Ageing intake lets go of its cohort first.
  app.db().prepare("UPDATE help_requests SET cohort_id = NULL WHERE cohort_id IS NOT NULL").run();
  for (const table of [
    "cleaner_slots",
    "zin_capacity_weeks",
    "zin_waiting_lists",
    "cleaner_windows",
    "cleaner_exceptions",
    "mediator_capacity_months",
    "mediator_pools",
    "physio_cohorts",
    "capacity_changes",
  ]) {
    app.db().prepare(`DELETE FROM ${table}`).run();
  }
  addKey(KEYS.groeneHart, "Thuiszorg Groene Hart");
  addKey(KEYS.vechtstreek, "Zorggroep Vechtstreek");
  addKey(KEYS.ans, "Schoonmaakhulp Ans de Vries");
  addKey(KEYS.revoked, "Thuiszorg Groene Hart", true);
});
afterAll(async () => {
  if (process.env.SHOW_SERVER_LOG) console.log(app?.output());
  await app?.stop();
});

describe("authentication", () => {
  it.each([
    ["no key", null],
    ["a malformed key", "not-a-key"],
    ["an unknown key", `hwk_${"z".repeat(32)}`],
    ["a revoked key", KEYS.revoked],
  ])("answers 401 with %s", async (_label, key) => {
    const res = await put(key, zinBatch);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await res.json()).toMatchObject({ error: "unauthorized" });
    expect(count("zin_capacity_weeks")).toBe(0);
  });
});

describe("publishing ZIN capacity", () => {
  it("creates the records and returns them, fresh, with a history entry each", async () => {
    const res = await put(KEYS.groeneHart, zinBatch);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ created: 3, updated: 0, unchanged: 0, deleted: 0 });
    const week = body.records.find((r: { externalRef: string }) => r.externalRef === "woerden-2026-w49");
    expect(week).toMatchObject({
      type: "zin_week",
      municipalityCode: "GM0632",
      weekStart: W1,
      hoursPerWeek: 12.5,
      newClients: 3,
      earliestStart: dayAfter(W1),
      stale: false,
      ageDays: 0,
    });
    expect(
      app
        .db()
        .prepare("SELECT minutes_per_week AS m FROM zin_capacity_weeks WHERE external_ref = 'woerden-2026-w49'")
        .get(),
    ).toEqual({
      m: 750,
    });
    expect(count("capacity_changes")).toBe(3);
  });

  it("is idempotent: the same batch again changes no record and writes no history", async () => {
    const before = (await (await get(KEYS.groeneHart)).json()).records;
    const history = count("capacity_changes");
    const res = await put(KEYS.groeneHart, zinBatch);
    expect(await res.json()).toMatchObject({ created: 0, updated: 0, unchanged: 3, deleted: 0 });
    const after = (await (await get(KEYS.groeneHart)).json()).records;
    const strip = (rs: Record<string, unknown>[]) => rs.map(({ confirmedAt: _c, ...rest }) => rest);
    expect(strip(after)).toEqual(strip(before));
    expect(count("capacity_changes")).toBe(history);
    expect(count("zin_capacity_weeks")).toBe(2);
  });

  it("updates a changed record and keeps before and after in the history", async () => {
    const changed = structuredClone(zinBatch);
    const first = changed.records[0] as { newClients: number };
    first.newClients = 1;
    const res = await put(KEYS.groeneHart, changed);
    expect(await res.json()).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    const row = app
      .db()
      .prepare("SELECT action, before, after, api_key_id AS k FROM capacity_changes WHERE action = 'updated'")
      .get() as { action: string; before: string; after: string; k: number };
    expect(JSON.parse(row.before)).toMatchObject({ newClients: 3 });
    expect(JSON.parse(row.after)).toMatchObject({ newClients: 1 });
    expect(row.k).toBeGreaterThan(0);
  });

  it("deletes a record on request, and deleting it again changes nothing", async () => {
    const del = { records: [{ type: "zin_week", externalRef: "woerden-2026-w50", deleted: true }] };
    expect(await (await put(KEYS.groeneHart, del)).json()).toMatchObject({ deleted: 1 });
    expect(await (await put(KEYS.groeneHart, del)).json()).toMatchObject({ deleted: 0 });
    expect(count("zin_capacity_weeks")).toBe(1);
  });
});

describe("isolation between providers", () => {
  it("shows a provider only its own records", async () => {
    const body = await (await get(KEYS.vechtstreek)).json();
    expect(body.records).toEqual([]);
    expect(body.providerId).toBe(providerId("Zorggroep Vechtstreek"));
  });

  it("never touches another provider's record, even with the same externalRef", async () => {
    const res = await put(KEYS.vechtstreek, {
      records: [{ type: "zin_waiting_list", externalRef: "wl-woerden", municipalityCode: "GM1904", length: 2 }],
    });
    expect(res.status).toBe(200);
    expect(app.db().prepare("SELECT provider_id AS p, length FROM zin_waiting_lists ORDER BY id").all()).toEqual([
      { p: providerId("Thuiszorg Groene Hart"), length: 17 },
      { p: providerId("Zorggroep Vechtstreek"), length: 2 },
    ]);
  });

  it("refuses capacity in a municipality outside the provider's service area", async () => {
    const res = await put(KEYS.vechtstreek, {
      records: [{ type: "zin_waiting_list", externalRef: "wl-w", municipalityCode: "GM0632", length: 1 }],
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors).toEqual({
      "records[0].municipalityCode": "Deze gemeente hoort niet bij uw werkgebied.",
    });
  });

  it("refuses capacity of another kind than the provider's", async () => {
    const res = await put(KEYS.groeneHart, {
      records: [{ type: "helper_pool", externalRef: "pool", helpers: 4 }],
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors["records[0].type"]).toBe(
      "Dit soort capaciteit hoort niet bij uw soort aanbieder.",
    );
  });
});

describe("all or nothing", () => {
  it("applies none of a batch with one bad record, and names each problem per record", async () => {
    const before = { weeks: count("zin_capacity_weeks"), history: count("capacity_changes") };
    const res = await put(KEYS.groeneHart, {
      records: [
        {
          type: "zin_week",
          externalRef: "ok-1",
          municipalityCode: "GM0589",
          weekStart: W1,
          hoursPerWeek: 4,
          newClients: 1,
          earliestStart: dayAfter(W1),
        },
        {
          type: "zin_week",
          externalRef: "bad-1",
          municipalityCode: "GM0589",
          weekStart: dayAfter(W1),
          hoursPerWeek: -1,
          newClients: 1,
          earliestStart: "2026-02-30",
        },
        { type: "nonsense", externalRef: "x" },
      ],
    });
    expect(res.status).toBe(400);
    const { errors } = await res.json();
    expect(errors).toMatchObject({
      "records[1].weekStart": "Een week begint op maandag: vul de datum van een maandag in.",
      "records[1].hoursPerWeek": "Vul een aantal uren in van 0 tot 2000.",
      "records[1].earliestStart": "Vul een geldige datum in deze eeuw in (JJJJ-MM-DD).",
      "records[2].type": "Onbekend soort record.",
    });
    expect(errors["records[0].weekStart"]).toBeUndefined();
    expect({ weeks: count("zin_capacity_weeks"), history: count("capacity_changes") }).toEqual(before);
  });

  it("refuses a week that is over and an earliest start before its week, in Dutch", async () => {
    const past = mondayAhead(-2);
    const pastWeek = {
      type: "zin_week",
      externalRef: "past-week",
      municipalityCode: "GM0632",
      weekStart: past,
      hoursPerWeek: 4,
      newClients: 1,
      earliestStart: dayAfter(past),
    };
    const early = { ...pastWeek, externalRef: "early-start", weekStart: W2, earliestStart: dayAfter(W2, -1) };
    const res = await put(KEYS.groeneHart, { records: [pastWeek] });
    expect(res.status).toBe(400);
    expect((await res.json()).errors).toEqual({
      "records[0].weekStart": "Deze week is al voorbij. Geef ruimte op voor deze week of een latere week.",
    });
    const before = await put(KEYS.groeneHart, { records: [early] });
    expect(before.status).toBe(400);
    expect((await before.json()).errors).toEqual({
      "records[0].earliestStart": "Kies een eerste startdatum op of na de maandag waarop de week begint.",
    });
    // This week (already begun) may still be published; the earliest start may be its Monday.
    const thisWeek = {
      ...pastWeek,
      externalRef: "this-week",
      weekStart: mondayAhead(0),
      earliestStart: mondayAhead(0),
    };
    expect((await put(KEYS.groeneHart, { records: [thisWeek] })).status).toBe(200);
    expect((await put(KEYS.groeneHart, { records: [{ ...thisWeek, deleted: true }] })).status).toBe(200);
  });

  it("refuses a reference with a character that shows nothing (a twin of another)", async () => {
    for (const externalRef of ["a\u0000b", "\u200b\u200b", "wl\u3164"]) {
      const res = await put(KEYS.groeneHart, {
        records: [{ type: "zin_waiting_list", externalRef, municipalityCode: "GM0632", length: 1 }],
      });
      expect(res.status, JSON.stringify(externalRef)).toBe(400);
      expect(Object.keys((await res.json()).errors)).toEqual(["records[0].externalRef"]);
    }
  });

  it("refuses two references for the same municipality and week", async () => {
    const res = await put(KEYS.groeneHart, {
      records: [
        {
          type: "zin_week",
          externalRef: "other-ref",
          municipalityCode: "GM0632",
          weekStart: W1,
          hoursPerWeek: 1,
          newClients: 1,
          earliestStart: dayAfter(W1),
        },
      ],
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors["records[0].externalRef"]).toMatch(/bestaat al een record/);
  });

  it.each([
    ["not JSON", "{records: nope", 400],
    ["no records array", { items: [] }, 400],
    ["null", "null", 400],
  ])("answers %s with %i", async (_label, body, status) => {
    const res = await put(KEYS.groeneHart, body);
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
  });

  it("answers 413 to too many records and to a body that is too large", async () => {
    const many = Array.from({ length: 501 }, (_, i) => ({
      type: "zin_waiting_list",
      externalRef: `r${i}`,
      municipalityCode: "GM0632",
      length: 1,
    }));
    expect((await put(KEYS.groeneHart, { records: many })).status).toBe(413);
    const huge = JSON.stringify({ records: [], padding: "x".repeat(600 * 1024) });
    expect((await put(KEYS.groeneHart, huge)).status).toBe(413);
  });

  it("refuses values that are not numbers instead of coercing them", async () => {
    for (const length of ["", true, [60], null, "12abc"]) {
      const res = await put(KEYS.groeneHart, {
        records: [{ type: "zin_waiting_list", externalRef: "wl-woerden", municipalityCode: "GM0632", length }],
      });
      expect(res.status, JSON.stringify(length)).toBe(400);
      expect((await res.json()).errors["records[0].length"]).toBe("Vul een heel getal in van 0 of meer.");
    }
    expect(app.db().prepare("SELECT length FROM zin_waiting_lists WHERE external_ref = 'wl-woerden'").get()).toEqual({
      length: 17,
    });
  });

  it("answers only in Dutch, also where the library has its own message", async () => {
    const res = await put(KEYS.groeneHart, {
      records: [{ type: "zin_week", externalRef: "x", municipalityCode: 632 }],
    });
    const { errors } = await res.json();
    for (const message of Object.values(errors) as string[]) expect(message).not.toMatch(/Invalid|expected/i);
  });

  it("answers 400, not 500, when two records swap their weeks", async () => {
    const week = (ref: string, weekStart: string) => ({
      type: "zin_week",
      externalRef: ref,
      municipalityCode: "GM0335",
      weekStart,
      hoursPerWeek: 2,
      newClients: 1,
      earliestStart: weekStart,
    });
    expect((await put(KEYS.groeneHart, { records: [week("m-a", M_A), week("m-b", M_B)] })).status).toBe(200);
    const swap = await put(KEYS.groeneHart, { records: [week("m-a", M_B), week("m-b", M_A)] });
    expect(swap.status).toBe(400);
    expect(
      app
        .db()
        .prepare(
          "SELECT external_ref AS r, week_start AS w FROM zin_capacity_weeks WHERE municipality_code = 'GM0335' ORDER BY r",
        )
        .all(),
    ).toEqual([
      { r: "m-a", w: M_A },
      { r: "m-b", w: M_B },
    ]);
  });

  it("cuts off a chunked body without Content-Length at the limit", async () => {
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20)
          controller.enqueue(chunk); // 1.25 MiB in all
        else controller.close();
      },
    });
    const before = count("capacity_changes");
    // The server stops reading at the limit: the client gets the 413, or sees the connection
    // closed while it is still uploading. Either way nothing is buffered or applied.
    const outcome = await fetch(`${app.baseUrl}/api/v1/capacity`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${KEYS.groeneHart}` },
      body,
      duplex: "half",
    } as RequestInit).then(
      (res) => res.status,
      (error: Error & { cause?: { code?: string } }) => error.cause?.code,
    );
    expect([413, "ECONNRESET", "EPIPE", "UND_ERR_SOCKET"]).toContain(outcome);
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
    expect(count("capacity_changes")).toBe(before);
  });

  it("answers 405 to other methods", async () => {
    const res = await fetch(`${app.baseUrl}/api/v1/capacity`, {
      method: "POST",
      headers: { Authorization: `Bearer ${KEYS.groeneHart}` },
    });
    expect(res.status).toBe(405);
  });
});

describe("physio cohorts", () => {
  it("keeps the full postcode, so a changed postcode is a change", async () => {
    const key = `hwk_${"e".repeat(32)}`;
    addKey(key, "Fysiotherapie Woerden Centrum");
    const cohort = (postcode: string) => ({
      records: [
        {
          type: "cohort",
          externalRef: "voorjaar",
          startDate: "2027-03-01",
          sessions: [
            { weekday: 1, time: "10:00" },
            { weekday: 4, time: "10:00" },
          ],
          seats: 12,
          location: "Rijnstraat 42, Woerden",
          locationPostcode: postcode,
        },
      ],
    });
    expect(await (await put(key, cohort("3441 bv"))).json()).toMatchObject({ created: 1 });
    const [record] = (await (await get(key)).json()).records;
    expect(record).toMatchObject({ locationPostcode: "3441BV", seats: 12 });
    expect(await (await put(key, cohort("3441BV"))).json()).toMatchObject({ unchanged: 1 });
    expect(await (await put(key, cohort("3441BX"))).json()).toMatchObject({ updated: 1 });
  });
});

describe("private cleaner windows", () => {
  it("derives bookable slots from a Tuesday window and removes those on days off", async () => {
    const res = await put(KEYS.ans, {
      records: [
        {
          type: "cleaner_window",
          externalRef: "di-ochtend",
          weekday: 2,
          startTime: "09:00",
          endTime: "12:00",
          visitMinutes: 90,
        },
      ],
    });
    expect(res.status).toBe(200);
    const slots = app.db().prepare("SELECT starts_at AS s, ends_at AS e FROM cleaner_slots ORDER BY s").all() as {
      s: number;
      e: number;
    }[];
    // Two visits per Tuesday for 8 weeks, less any already past today.
    expect(slots.length).toBeGreaterThanOrEqual(14);
    expect(slots.length).toBeLessThanOrEqual(16);
    for (const s of slots) {
      expect(s.e - s.s).toBe(90 * 60_000);
      const local = new Intl.DateTimeFormat("nl-NL", {
        timeZone: "Europe/Amsterdam",
        weekday: "long",
        hour: "2-digit",
        minute: "2-digit",
      }).format(s.s);
      expect(local).toMatch(/^dinsdag (09:00|10:30)$/);
    }
    const first = slots[0] as { s: number };
    const firstDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(first.s);
    const off = await put(KEYS.ans, {
      records: [
        { type: "cleaner_exception", externalRef: "ziek", fromDate: firstDay, toDate: firstDay, reason: "ziek" },
      ],
    });
    expect(off.status).toBe(200);
    // Two visits that day, or one when the first has begun already (a test run on a Tuesday morning).
    const onFirstDay = slots.filter(
      (s) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(s.s) === firstDay,
    ).length;
    expect(onFirstDay).toBeGreaterThanOrEqual(1);
    expect(count("cleaner_slots")).toBe(slots.length - onFirstDay);

    await put(KEYS.ans, { records: [{ type: "cleaner_window", externalRef: "di-ochtend", deleted: true }] });
    expect(count("cleaner_slots")).toBe(0);
  });

  it("rejects a window that ends before it starts", async () => {
    const res = await put(KEYS.ans, {
      records: [
        {
          type: "cleaner_window",
          externalRef: "x",
          weekday: 9,
          startTime: "12:00",
          endTime: "09:00",
          visitMinutes: 10,
        },
      ],
    });
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json()).errors).sort()).toEqual([
      "records[0].endTime",
      "records[0].visitMinutes",
      "records[0].weekday",
    ]);
  });
});
