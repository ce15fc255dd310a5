// GET /api/v1/services over HTTP against the built server and the seeded demo data: the vetted
// directory in HSDS 3.1 shape, checked value by value against the database and the official HSDS schemas.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "~/domain/policy";
import { addDays, fromAmsterdam, isoWeekday } from "~/domain/time";
import { addressFields } from "../support/address";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO } from "../support/client";
import { hsdsValidator } from "../support/contract";

let app: AppServer;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const DAY_MS = 86_400_000;

// The official HSDS 3.1 schemas (tests/fixtures/standards/hsds-3.1), with ajv.
const hsds = { validate: hsdsValidator() };

type Capacity = {
  id: string;
  unit: { name: string; identifier: string };
  available: number;
  maximum?: number;
  description: string;
  updated: string;
};
type Service = {
  id: string;
  name: string;
  status: string;
  organization: {
    name: string;
    email?: string;
    organization_identifiers: { identifier_scheme: string; identifier_type: string; identifier: string }[];
  };
  service_areas: { name: string; description: string; uri: string }[];
  service_at_locations: {
    location: {
      name: string;
      external_identifier: string;
      addresses?: { address_1: string; postal_code: string; city: string }[];
    };
  }[];
  schedules: { byday: string; opens_at: string; closes_at?: string; valid_from?: string; valid_to?: string }[];
  capacities: Capacity[];
};
type Page = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Service[];
};

async function services(params: Record<string, string> = {}) {
  const res = await fetch(`${app.baseUrl}/api/v1/services?${new URLSearchParams(params)}`);
  return { status: res.status, headers: res.headers, text: await res.clone().text(), body: await res.json() };
}

async function page(params: Record<string, string> = {}): Promise<Page> {
  const res = await services(params);
  expect(res.status, res.text).toBe(200);
  expect(hsds.validate("page", res.body)).toEqual([]);
  return res.body as Page;
}

const all = <T>(sql: string, ...params: unknown[]) =>
  app
    .db()
    .prepare(sql)
    .all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) =>
  app
    .db()
    .prepare(sql)
    .get(...params) as T;
const providerId = (name: string) => one<{ id: number }>("SELECT id FROM providers WHERE name = ?", name).id;
const byName = (p: Page, name: string) => p.contents.find((s) => s.organization.name === name);
const vettedNames = () =>
  all<{ name: string }>("SELECT name FROM providers WHERE vetting_status = 'vetted' ORDER BY name, id").map(
    (r) => r.name,
  );

describe("GET /api/v1/services: the directory", () => {
  it("lists every vetted provider once, ordered by name, as HSDS services in the HSDS page envelope", async () => {
    const res = await services({ per_page: "100" });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=300");
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(hsds.validate("page", res.body)).toEqual([]);
    const body = res.body as Page;
    const names = vettedNames();
    expect(names.length).toBeGreaterThan(10);
    expect(body).toMatchObject({
      total_items: names.length,
      total_pages: 1,
      page_number: 1,
      size: names.length,
      first_page: true,
      last_page: true,
      empty: false,
    });
    expect(body.contents.map((s) => s.organization.name)).toEqual(names);
    expect(new Set(body.contents.map((s) => s.id)).size).toBe(names.length);
    for (const s of body.contents) expect(s.status).toBe("active");
    // Ids are stable: the same call gives the same ids.
    expect((await page({ per_page: "100" })).contents.map((s) => s.id)).toEqual(body.contents.map((s) => s.id));
  });

  it("gives a vetted provider its KvK number and every municipality it serves, with the CBS code", async () => {
    const body = await page({ per_page: "100" });
    const groeneHart = byName(body, "Thuiszorg Groene Hart");
    expect(groeneHart?.name).toBe("Huishoudelijke hulp (zorg in natura) – Thuiszorg Groene Hart");
    const id = providerId("Thuiszorg Groene Hart");
    const kvk = one<{ kvk: string }>("SELECT kvk_number AS kvk FROM providers WHERE id = ?", id).kvk;
    expect(groeneHart?.organization.organization_identifiers).toEqual([
      expect.objectContaining({ identifier_scheme: "NL-KVK", identifier_type: "KvK", identifier: kvk }),
    ]);
    const areas = all<{ code: string; name: string }>(
      `SELECT m.code, m.name FROM provider_service_areas a JOIN municipalities m ON m.code = a.municipality_code
       WHERE a.provider_id = ? ORDER BY m.name`,
      id,
    );
    expect(areas.map((a) => a.code).sort()).toEqual(["GM0335", "GM0589", "GM0632", "GM0736"]);
    expect(groeneHart?.service_areas.map((a) => [a.name, a.description, a.uri])).toEqual(
      areas.map((a) => [
        a.name,
        `Gemeente ${a.name} (CBS-gemeentecode ${a.code})`,
        `https://identifier.overheid.nl/tooi/id/gemeente/${a.code.toLowerCase()}`,
      ]),
    );
  });

  it("never lists a pending provider", async () => {
    const pending = all<{ name: string }>("SELECT name FROM providers WHERE vetting_status = 'pending'").map(
      (r) => r.name,
    );
    expect(pending.sort()).toEqual(["Montfoort Schoon", "Thuishulp Utrecht West"]);
    const names = (await page({ per_page: "100" })).contents.map((s) => s.organization.name);
    for (const name of pending) expect(names).not.toContain(name);
    // Montfoort Schoon serves Montfoort: not there either.
    const montfoort = (await page({ municipality: "GM0335", per_page: "100" })).contents.map(
      (s) => s.organization.name,
    );
    expect(montfoort).not.toContain("Montfoort Schoon");
  });

  it("drops a suspended provider at the next call, and lists it again when vetted again", async () => {
    const name = "Fysiotherapie Woerden Centrum";
    const id = providerId(name);
    const before = await page({ per_page: "100" });
    expect(byName(before, name)).toBeDefined();
    app.db().prepare("UPDATE providers SET vetting_status = 'suspended' WHERE id = ?").run(id);
    try {
      const after = await page({ per_page: "100" });
      expect(byName(after, name)).toBeUndefined();
      expect(after.total_items).toBe(before.total_items - 1);
      expect((await page({ kind: "physio", municipality: "GM0632" })).contents).toEqual([]);
    } finally {
      app.db().prepare("UPDATE providers SET vetting_status = 'vetted' WHERE id = ?").run(id);
    }
    expect(byName(await page({ per_page: "100" }), name)).toBeDefined();
  });

  it("drops a cleaner whose latest VOG is older than three years, as matching does", async () => {
    const name = "Helpende Handen Maarssen";
    const id = providerId(name);
    expect(byName(await page({ per_page: "100" }), name)).toBeDefined();
    const check = app
      .db()
      .prepare(
        "INSERT INTO provider_vetting_checks (provider_id, item, ok, vog_date, note, created_at) VALUES (?, 'vog', 1, ?, 'test', ?)",
      )
      .run(id, addDays(amsterdamDay(new Date()), -3 * 366), Date.now());
    try {
      expect(byName(await page({ per_page: "100" }), name)).toBeUndefined();
    } finally {
      app.db().prepare("DELETE FROM provider_vetting_checks WHERE id = ?").run(check.lastInsertRowid);
    }
    expect(byName(await page({ per_page: "100" }), name)).toBeDefined();
  });
});

describe("GET /api/v1/services: no personal data", () => {
  it("contains no user's name or email, no contact person, no phone number and no citizen data", async () => {
    const body = await page({ per_page: "100" });
    // A one-person business's trade name may hold the owner's name (it is in the KvK register): that is all.
    let text = JSON.stringify(body);
    for (const { name } of all<{ name: string }>("SELECT name FROM providers")) text = text.replaceAll(name, "«naam»");
    const forbidden = [
      ...all<{ v: string }>("SELECT email AS v FROM users UNION SELECT name FROM users"),
      ...all<{ v: string }>("SELECT contact_name AS v FROM providers UNION SELECT contact_phone FROM providers"),
      ...all<{ v: string }>("SELECT person_name AS v FROM cases UNION SELECT contact_phone FROM cases"),
      ...all<{ v: string }>(
        "SELECT acting_for_name AS v FROM help_requests UNION SELECT helper_first_name FROM help_requests",
      ),
      ...all<{ v: string }>("SELECT reason AS v FROM cleaner_exceptions"), // days off ("Vakantie") stay private
    ]
      .map((r) => r.v)
      .filter((v): v is string => typeof v === "string" && v.trim().length > 2);
    expect(forbidden).toContain(DEMO.citizen);
    expect(forbidden).toContain("Wilma Jansen");
    expect(forbidden).toContain("Marieke Smit");
    for (const value of forbidden) expect(text, value).not.toContain(value);
    expect(text).not.toMatch(/hulpwijzer\.nl|phone|telefoon/i);
  });

  it("gives private cleaners no email and no address, only their four-digit postcode area", async () => {
    const body = await page({ kind: "private_cleaner", per_page: "100" });
    const cleaners = all<{ name: string; pc4: string; email: string }>(
      `SELECT name, home_pc4 AS pc4, contact_email AS email FROM providers
       WHERE kind = 'private_cleaner' AND vetting_status = 'vetted' ORDER BY name`,
    );
    expect(body.contents.map((s) => s.organization.name)).toEqual(cleaners.map((c) => c.name));
    for (const c of cleaners) {
      const service = byName(body, c.name);
      expect(service?.organization.email, c.name).toBeUndefined();
      expect(service?.service_at_locations.map((l) => l.location.external_identifier)).toEqual([c.pc4]);
      expect(service?.service_at_locations[0]?.location.addresses).toBeUndefined();
      expect(JSON.stringify(service)).not.toContain(c.email);
    }
  });

  it("keeps back a cleaner's email even when it is a role address, and an organisation's personal address", async () => {
    const cleaner = providerId("Schoonmaakhulp Ans de Vries");
    const zin = providerId("Thuiszorg Groene Hart");
    const setEmail = app.db().prepare("UPDATE providers SET contact_email = ? WHERE id = ?");
    const original = all<{ id: number; email: string }>(
      "SELECT id, contact_email AS email FROM providers WHERE id IN (?, ?)",
      cleaner,
      zin,
    );
    setEmail.run("info@schoonmaakhulp.example", cleaner);
    setEmail.run("marieke.smit@groenehart.example", zin);
    try {
      const body = await page({ per_page: "100" });
      expect(byName(body, "Schoonmaakhulp Ans de Vries")?.organization.email).toBeUndefined();
      expect(byName(body, "Thuiszorg Groene Hart")?.organization.email).toBeUndefined();
      expect(JSON.stringify(body)).not.toMatch(/info@schoonmaakhulp|marieke\.smit/);
    } finally {
      for (const o of original) setEmail.run(o.email, o.id);
    }
  });

  it("gives an organisation its role address and a practice its street address", async () => {
    const body = await page({ per_page: "100" });
    expect(byName(body, "Thuiszorg Groene Hart")?.organization.email).toBe("planning@groenehart.example");
    const practice = byName(body, "Fysiotherapie Woerden Centrum");
    expect(practice?.organization.email).toBe("praktijk@fysiowoerden.example");
    expect(practice?.service_at_locations[0]?.location.addresses).toEqual([
      expect.objectContaining({ address_1: "Rijnstraat 42", postal_code: "3441 BV", city: "Woerden" }),
    ]);
  });
});

describe("GET /api/v1/services: filters and pages", () => {
  it("filters on a municipality: exactly the vetted providers serving it", async () => {
    for (const code of ["GM0014", "GM0632", "GM0736"]) {
      const body = await page({ municipality: code, per_page: "100" });
      const expected = all<{ name: string }>(
        `SELECT p.name FROM providers p JOIN provider_service_areas a ON a.provider_id = p.id
         WHERE a.municipality_code = ? AND p.vetting_status = 'vetted' ORDER BY p.name, p.id`,
        code,
      ).map((r) => r.name);
      expect(expected.length, code).toBeGreaterThan(2);
      expect(
        body.contents.map((s) => s.organization.name),
        code,
      ).toEqual(expected);
      for (const s of body.contents)
        expect(s.service_areas.map((a) => a.uri)).toContain(
          `https://identifier.overheid.nl/tooi/id/gemeente/${code.toLowerCase()}`,
        );
    }
  });

  it("filters on kind, also together with a municipality", async () => {
    const physio = await page({ kind: "physio" });
    expect(physio.contents.map((s) => s.organization.name)).toEqual([
      "Fysio Vecht en Venen",
      "Fysiotherapie Paddepoel",
      "Fysiotherapie Woerden Centrum",
    ]);
    const woerden = await page({ kind: "private_cleaner", municipality: "GM0632" });
    expect(woerden.contents.map((s) => s.name)).toEqual(["Particuliere schoonmaakhulp – Schoonmaakhulp Ans de Vries"]);
    expect((await page({ kind: "zin", municipality: "GM0014" })).contents.map((s) => s.organization.name)).toEqual([
      "Huishoudhulp Stad Groningen",
    ]);
  });

  it("answers a municipality without providers with an empty page", async () => {
    expect(await page({ municipality: "GM0363" })).toEqual({
      total_items: 0,
      total_pages: 0,
      page_number: 1,
      size: 0,
      first_page: true,
      last_page: true,
      empty: true,
      contents: [],
    });
  });

  it("pages through the directory without gaps or repeats", async () => {
    const names = vettedNames();
    const perPage = 5;
    const pages = Math.ceil(names.length / perPage);
    const seen: string[] = [];
    for (let n = 1; n <= pages; n++) {
      const p = await page({ page: String(n), per_page: String(perPage) });
      expect(p).toMatchObject({
        total_items: names.length,
        total_pages: pages,
        page_number: n,
        size: Math.min(perPage, names.length - (n - 1) * perPage),
        first_page: n === 1,
        last_page: n === pages,
        empty: false,
      });
      seen.push(...p.contents.map((s) => s.organization.name));
    }
    expect(seen).toEqual(names);
    const past = await page({ page: String(pages + 1), per_page: String(perPage) });
    expect(past).toMatchObject({ page_number: pages + 1, size: 0, last_page: true, empty: true, contents: [] });
    // 50 per page when left out.
    expect((await page()).size).toBe(Math.min(50, names.length));
  });
});

describe("GET /api/v1/services: bad requests", () => {
  it("answers bad parameters with 400 and a Dutch message per parameter, never cached", async () => {
    const cases: [Record<string, string>, Record<string, string>][] = [
      [
        { municipality: "0632" },
        { municipality: "Vul een CBS-gemeentecode in: GM en vier cijfers, bijvoorbeeld GM0632 (Woerden)." },
      ],
      [
        { municipality: "GM9999" },
        {
          municipality:
            "Deze gemeentecode kennen we niet. Gebruik een CBS-gemeentecode, bijvoorbeeld GM0632 (Woerden).",
        },
      ],
      [{ kind: "schoonmaak" }, { kind: "Kies een soort aanbieder: zin, private_cleaner, pgb_mediator of physio." }],
      [
        { page: "0", per_page: "101" },
        {
          page: "Vul als pagina een heel getal in vanaf 1 (hoogstens 100.000).",
          per_page: "Vul bij per_page een heel getal in van 1 tot en met 100.",
        },
      ],
      [{ per_page: "veel" }, { per_page: "Vul bij per_page een heel getal in van 1 tot en met 100." }],
    ];
    for (const [params, errors] of cases) {
      const res = await services(params);
      expect(res.status, JSON.stringify(params)).toBe(400);
      expect(res.body, JSON.stringify(params)).toEqual({ error: "invalid_request", errors });
      expect(res.headers.get("Cache-Control")).toBe("no-store");
    }
  });

  it("answers other methods with 405 and Allow: GET, HEAD", async () => {
    for (const method of ["POST", "PUT", "DELETE"]) {
      const res = await fetch(`${app.baseUrl}/api/v1/services`, { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get("Allow")).toBe("GET, HEAD");
      expect(await res.json()).toEqual({ error: "method_not_allowed", message: "Gebruik GET." });
    }
  });
});

describe("GET /api/v1/services: capacity equals the database", () => {
  const staleDays = () => {
    const periods = all<{ d: number }>("SELECT DISTINCT stale_after_days AS d FROM municipality_policies");
    expect(periods).toEqual([{ d: 14 }]); // one stale period in the demo: the SQL below may use it for all
    return 14;
  };
  const capacityOf = async (provider: string, identifier: string) =>
    (byName(await page({ per_page: "100" }), provider)?.capacities ?? []).filter(
      (c) => c.unit.identifier === identifier,
    );

  it("counts a cleaner's free visits in the coming 8 weeks from fresh windows, and follows a booking", async () => {
    const id = providerId("Schoonmaakhulp Ans de Vries");
    const expected = () => {
      const now = Date.now();
      return one<{ free: number; total: number; updated: number }>(
        `SELECT count(*) AS total,
                sum(s.status = 'free' OR (s.status = 'held' AND s.hold_expires_at <= :now)) AS free,
                (SELECT max(confirmed_at) FROM cleaner_windows WHERE provider_id = :id AND confirmed_at >= :fresh) AS updated
         FROM cleaner_slots s JOIN cleaner_windows w ON w.id = s.window_id
         WHERE s.provider_id = :id AND s.starts_at > :now AND s.starts_at <= :until AND w.confirmed_at >= :fresh`,
        { id, now, until: now + 56 * DAY_MS, fresh: now - staleDays() * DAY_MS },
      );
    };
    const before = expected();
    expect(before.free).toBeGreaterThan(5);
    const [capacity, ...more] = await capacityOf("Schoonmaakhulp Ans de Vries", "cleaner_free_visits");
    expect(more).toEqual([]);
    expect(capacity).toMatchObject({
      unit: { name: "vrije bezoeken" },
      available: before.free,
      maximum: before.total,
      updated: new Date(before.updated).toISOString(),
    });
    // A visit booked is no longer free; the total stays.
    const slot = one<{ id: number }>(
      "SELECT id FROM cleaner_slots WHERE provider_id = ? AND status = 'free' AND starts_at > ? ORDER BY starts_at LIMIT 1",
      id,
      Date.now(),
    );
    app.db().prepare("UPDATE cleaner_slots SET status = 'booked' WHERE id = ?").run(slot.id);
    const [after] = await capacityOf("Schoonmaakhulp Ans de Vries", "cleaner_free_visits");
    expect([after?.available, after?.maximum]).toEqual([before.free - 1, before.total]);
    expect(after?.available).toBe(expected().free);
    expect(after?.id).toBe(capacity?.id);
  });

  it("shows a cleaner's fresh windows as weekly schedules and nothing of stale ones", async () => {
    const body = await page({ per_page: "100" });
    const windows = all<{ weekday: number; start: string; end: string }>(
      `SELECT weekday, start_time AS start, end_time AS end FROM cleaner_windows WHERE provider_id = ?
       ORDER BY weekday, start_time`,
      providerId("Schoonmaakhulp Ans de Vries"),
    );
    const days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    expect(
      byName(body, "Schoonmaakhulp Ans de Vries")?.schedules.map((s) => [s.byday, s.opens_at.slice(0, 5), s.closes_at]),
    ).toEqual(
      windows.map((w) => [days[w.weekday - 1], w.start, expect.stringMatching(new RegExp(`^${w.end}\\+0[12]:00$`))]),
    );
    // Poetsbedrijf Mijdrecht's windows were published 20 days ago: stale, so no schedule and no capacity.
    const stale = byName(body, "Poetsbedrijf Mijdrecht");
    expect(stale).toBeDefined();
    expect(stale?.schedules).toEqual([]);
    expect(stale?.capacities).toEqual([]);
  });

  it("counts a group's free seats as seats minus active requests, and follows a request over the API", async () => {
    const name = "Fysiotherapie Woerden Centrum";
    const today = amsterdamDay(new Date());
    const cohorts = () =>
      all<{ id: number; seats: number; taken: number; start: string }>(
        `SELECT c.id, c.seats, c.start_date AS start,
                (SELECT count(*) FROM help_requests r WHERE r.cohort_id = c.id AND r.status IN
                  ('held','booked','intake_requested','enrolled','mediation_requested','matched','submitted')) AS taken
         FROM physio_cohorts c WHERE c.provider_id = ? AND c.start_date >= ? AND c.confirmed_at >= ?
         ORDER BY c.start_date, c.id`,
        providerId(name),
        today,
        Date.now() - staleDays() * DAY_MS,
      );
    const before = cohorts();
    expect(before.length).toBe(2);
    const seats = async () =>
      (await capacityOf(name, "cohort_free_seats")).map((c) => [c.available, c.maximum, c.unit.name]);
    expect(await seats()).toEqual(before.map((c) => [c.seats - c.taken, c.seats, "vrije plaatsen"]));
    // Schedules cover each group's weeks.
    const schedules = byName(await page({ per_page: "100" }), name)?.schedules ?? [];
    expect(schedules.map((s) => s.valid_from)).toEqual(before.map((c) => c.start));
    expect(schedules.map((s) => s.valid_to)).toEqual(before.map((c) => addDays(c.start, 14 * 7 - 1)));

    // A resident asks for a seat in the group the engine offers: one seat fewer.
    const client = new Client(app.baseUrl);
    await client.login(DEMO.citizen);
    const helpRequest = {
      postcode: "3441AB",
      birthYear: 1948,
      household: "single",
      needs: ["cleaning"],
      mobility: ["stairs"],
      network: "none",
    };
    const options = await (
      await fetch(
        `${app.baseUrl}/api/v1/options?${new URLSearchParams({ postcode: "3441AB", birthYear: "1948", household: "single", needs: "cleaning", mobility: "stairs", network: "none" })}`,
      )
    ).json();
    const offer = (options.options as { kind: string; offerId: string; eligible: boolean }[]).find(
      (o) => o.kind === "powerful_ageing" && o.eligible,
    );
    expect(offer?.offerId).toMatch(/^cohort:\d+$/);
    const res = await client.request("/api/v1/requests", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ offerId: offer?.offerId, helpRequest, contact: addressFields() }),
    });
    expect(res.status).toBe(201);
    const cohortId = Number(offer?.offerId.split(":")[1]);
    const after = cohorts();
    expect(after.find((c) => c.id === cohortId)?.taken).toBe((before.find((c) => c.id === cohortId)?.taken ?? 0) + 1);
    expect(await seats()).toEqual(after.map((c) => [c.seats - c.taken, c.seats, "vrije plaatsen"]));
  });

  it("gives a mediator this month's matches per municipality minus those requested", async () => {
    const name = "Burenhulp Bemiddeling Utrecht West";
    const month = amsterdamDay(new Date()).slice(0, 7);
    const rows = all<{ code: string; municipality: string; matches: number; confirmedAt: number }>(
      `SELECT c.municipality_code AS code, m.name AS municipality, c.new_matches AS matches, c.confirmed_at AS confirmedAt
       FROM mediator_capacity_months c JOIN municipalities m ON m.code = c.municipality_code
       WHERE c.provider_id = ? AND c.month = ? AND c.confirmed_at >= ? ORDER BY m.name`,
      providerId(name),
      month,
      Date.now() - staleDays() * DAY_MS,
    );
    expect(rows.length).toBe(5);
    // Take one match in Woerden this month, as a request would.
    const citizen = one<{ id: number }>("SELECT id FROM users WHERE email = ?", DEMO.citizen).id;
    app
      .db()
      .prepare(
        `INSERT INTO help_requests (citizen_user_id, kind, offer_id, provider_id, municipality_code, status, answers,
           citizen_cost_per_month_cents, municipality_cost_per_month_cents, created_at, updated_at)
         VALUES (?, 'pgb_informal', ?, ?, 'GM0632', 'mediation_requested', '{}', 0, 0, ?, ?)`,
      )
      .run(citizen, `mediation:${providerId(name)}`, providerId(name), Date.now(), Date.now());
    const taken = (code: string) =>
      one<{ n: number }>(
        `SELECT count(*) AS n FROM help_requests WHERE provider_id = ? AND municipality_code = ? AND kind = 'pgb_informal'
           AND status IN ('held','booked','intake_requested','enrolled','mediation_requested','matched','submitted')
           AND created_at >= ?`,
        providerId(name),
        code,
        fromAmsterdam(`${month}-01`, "00:00")?.getTime() ?? 0, // this Dutch calendar month's requests count
      ).n;
    expect(taken("GM0632")).toBe(1);
    const capacities = await capacityOf(name, "mediation_matches_this_month");
    expect(capacities.map((c) => [c.available, c.maximum, c.updated])).toEqual(
      rows.map((r) => [Math.max(0, r.matches - taken(r.code)), r.matches, new Date(r.confirmedAt).toISOString()]),
    );
    expect(capacities.map((c) => c.description)).toEqual(
      rows.map((r) => expect.stringContaining(`${r.municipality} (${r.code})`)),
    );
  });

  it("gives ZIN per municipality the new clients of its first fresh week from this week on, none when stale", async () => {
    const today = amsterdamDay(new Date());
    const monday = addDays(today, 1 - isoWeekday(today));
    const expected = (provider: string) =>
      all<{ code: string; newClients: number; weekStart: string }>(
        `SELECT w.municipality_code AS code, w.new_clients AS newClients, w.week_start AS weekStart
         FROM zin_capacity_weeks w JOIN municipalities m ON m.code = w.municipality_code
         WHERE w.provider_id = ? AND w.week_start >= ? AND w.confirmed_at >= ?
           AND w.week_start = (SELECT min(week_start) FROM zin_capacity_weeks x WHERE x.provider_id = w.provider_id
             AND x.municipality_code = w.municipality_code AND x.week_start >= ? AND x.confirmed_at >= ?)
         ORDER BY m.name`,
        providerId(provider),
        monday,
        Date.now() - staleDays() * DAY_MS,
        monday,
        Date.now() - staleDays() * DAY_MS,
      );
    const groeneHart = expected("Thuiszorg Groene Hart");
    expect(groeneHart.length).toBe(4);
    const capacities = await capacityOf("Thuiszorg Groene Hart", "zin_new_clients_per_week");
    expect(capacities.map((c) => [c.available, c.maximum, c.unit.name])).toEqual(
      groeneHart.map((w) => [w.newClients, undefined, "plaatsen per week"]),
    );
    expect(capacities.map((c) => c.description)).toEqual(groeneHart.map((w) => expect.stringContaining(`(${w.code})`)));
    // Zorggroep Vechtstreek's De Ronde Venen weeks are stale: only Stichtse Vecht is there.
    const vechtstreek = await capacityOf("Zorggroep Vechtstreek", "zin_new_clients_per_week");
    expect(expected("Zorggroep Vechtstreek").map((w) => w.code)).toEqual(["GM1904"]);
    expect(vechtstreek.map((c) => c.description)).toEqual([expect.stringContaining("Stichtse Vecht (GM1904)")]);
  });
});
