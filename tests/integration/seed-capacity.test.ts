// The demo seed's capacity, in process: every demo municipality has fresh capacity of every kind
// from a vetted provider, some capacity is stale, and seeding never runs twice.
import type Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { amsterdamParts, isoWeekday, minutesOfDay } from "~/domain/time";
import { demoInProcess, readersOf } from "../support/factories";

const DAY_MS = 86_400_000;
const MUNICIPALITIES = ["GM0736", "GM0335", "GM0589", "GM1904", "GM0632", "GM0014"];
const CAPACITY_TABLES = [
  "zin_capacity_weeks",
  "zin_waiting_lists",
  "cleaner_windows",
  "cleaner_exceptions",
  "mediator_capacity_months",
  "mediator_pools",
  "physio_cohorts",
];
const COUNTED_TABLES = [...CAPACITY_TABLES, "cleaner_slots", "capacity_changes", "providers", "users"];

let sqlite: Database.Database;
let seedAgain: () => boolean;
let startedAt: number;
let freshSince: number; // confirmed after this = fresh under the 14-day stale period

beforeAll(async () => {
  startedAt = Date.now();
  freshSince = startedAt - 14 * DAY_MS;
  // The present state only; the history has its own test.
  const demo = await demoInProcess("seed");
  const { seedDemoData } = await import("~db/seed");
  sqlite = demo.sqlite;
  seedAgain = () => seedDemoData(demo.db, () => "not-a-hash");
});

const { one, all, providerId } = readersOf(() => sqlite);
const count = (table: string) => one<{ n: number }>(`SELECT count(*) AS n FROM ${table}`).n;

/** Providers of a kind that are vetted and serve the municipality. */
const SERVING = `SELECT p.id FROM providers p JOIN provider_service_areas a ON a.provider_id = p.id
  WHERE p.vetting_status = 'vetted' AND p.kind = ? AND a.municipality_code = ?`;

describe("fresh capacity of every kind in every demo municipality", () => {
  it.each(MUNICIPALITIES)("%s has fresh ZIN weeks from a vetted provider", (code) => {
    const rows = all<{ weekStart: string; newClients: number }>(
      `SELECT week_start AS weekStart, new_clients AS newClients FROM zin_capacity_weeks
       WHERE municipality_code = ? AND confirmed_at >= ? AND provider_id IN (${SERVING})`,
      code,
      freshSince,
      "zin",
      code,
    );
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const r of rows) expect(isoWeekday(r.weekStart)).toBe(1);
    expect(rows.some((r) => r.newClients > 0)).toBe(true);
    const waiting = one<{ n: number }>(
      `SELECT count(*) AS n FROM zin_waiting_lists
       WHERE municipality_code = ? AND confirmed_at >= ? AND length BETWEEN 5 AND 25 AND provider_id IN (${SERVING})`,
      code,
      freshSince,
      "zin",
      code,
    );
    expect(waiting.n).toBeGreaterThan(0);
  });

  it.each(MUNICIPALITIES)("%s has a vetted cleaner with fresh windows and future free slots", (code) => {
    const cleaners = all<{ id: number; slots: number }>(
      `SELECT w.provider_id AS id, (SELECT count(*) FROM cleaner_slots s
         WHERE s.provider_id = w.provider_id AND s.status = 'free' AND s.starts_at > ?) AS slots
       FROM cleaner_windows w WHERE w.confirmed_at >= ? AND w.provider_id IN (${SERVING})
       GROUP BY w.provider_id`,
      startedAt,
      freshSince,
      "private_cleaner",
      code,
    );
    expect(cleaners.length).toBeGreaterThan(0);
    expect(cleaners.some((c) => c.slots > 0)).toBe(true);
  });

  it.each(MUNICIPALITIES)("%s has fresh mediation months from a vetted mediator", (code) => {
    const months = all<{ month: string; newMatches: number }>(
      `SELECT month, new_matches AS newMatches FROM mediator_capacity_months
       WHERE municipality_code = ? AND confirmed_at >= ? AND provider_id IN (${SERVING}) ORDER BY month`,
      code,
      freshSince,
      "pgb_mediator",
      code,
    );
    const thisMonth = new Date(startedAt).toLocaleDateString("en-CA", { timeZone: "Europe/Amsterdam" }).slice(0, 7);
    expect(months.map((m) => m.month)).toContain(thisMonth);
    expect(months.length).toBe(2);
    for (const m of months) expect(m.newMatches).toBeGreaterThan(0);
  });

  it.each(MUNICIPALITIES)("%s has a fresh cohort from a vetted practice serving it, within 8 weeks", (code) => {
    const today = new Date(startedAt).toLocaleDateString("en-CA", { timeZone: "Europe/Amsterdam" });
    const inEightWeeks = new Date(startedAt + 56 * DAY_MS).toISOString().slice(0, 10);
    const rows = all<{ startDate: string; seats: number }>(
      `SELECT start_date AS startDate, seats FROM physio_cohorts
       WHERE start_date >= ? AND start_date <= ? AND confirmed_at >= ? AND provider_id IN (${SERVING})`,
      today,
      inEightWeeks,
      freshSince,
      "physio",
      code,
    );
    expect(rows.length).toBe(2);
    for (const r of rows) expect(r.seats).toBe(12);
  });
});

describe("kind-specific provider details", () => {
  it("gives cleaners a home PC4 in their area, travel distance, languages, rate and HHT", () => {
    const ans = one<Record<string, unknown>>(
      `SELECT p.home_pc4 AS pc4, a.municipality_code AS home, p.max_travel_km AS km, p.languages,
        p.hourly_rate_cents AS rate, p.accepts_hht AS hht, p.cao, p.address
       FROM providers p JOIN postcode_areas a ON a.pc4 = p.home_pc4 WHERE p.name = 'Schoonmaakhulp Ans de Vries'`,
    );
    expect(ans).toEqual({
      pc4: "3447",
      home: "GM0632",
      km: 15,
      languages: '["nl"]',
      rate: 2450,
      hht: 1,
      cao: null,
      address: null,
    });
    const cleaners = all<{ rate: number; km: number; home: string | null }>(
      `SELECT hourly_rate_cents AS rate, max_travel_km AS km, a.municipality_code AS home FROM providers p
       LEFT JOIN postcode_areas a ON a.pc4 = p.home_pc4 WHERE p.kind = 'private_cleaner'`,
    );
    expect(cleaners).toHaveLength(5);
    for (const c of cleaners) {
      expect(c.rate).toBeGreaterThanOrEqual(2200);
      expect(c.rate).toBeLessThanOrEqual(2900);
      expect(c.km).toBeGreaterThanOrEqual(10);
      expect(c.km).toBeLessThanOrEqual(25);
      expect(c.home).not.toBeNull();
    }
    // Montfoort has a vetted private cleaner now.
    const montfoort = all<{ name: string }>(
      `SELECT p.name FROM providers p JOIN provider_service_areas a ON a.provider_id = p.id
       WHERE a.municipality_code = 'GM0335' AND p.kind = 'private_cleaner' AND p.vetting_status = 'vetted'`,
    );
    expect(montfoort).toEqual([{ name: "Schoonmaakhulp Ans de Vries" }]);
  });

  it("gives ZIN providers a CAO, mediators their fee, practices an address their cohorts use", () => {
    expect(all("SELECT name, cao FROM providers WHERE kind = 'zin' ORDER BY kvk_number")).toEqual([
      { name: "Thuiszorg Groene Hart", cao: "vvt" },
      { name: "Zorggroep Vechtstreek", cao: "vvt" },
      { name: "Huishoudhulp Stad Groningen", cao: "schoonmaak" },
      { name: "Thuishulp Utrecht West", cao: "vvt" },
    ]);
    expect(all("SELECT DISTINCT mediation_fee_cents AS fee FROM providers WHERE kind = 'pgb_mediator'")).toEqual([
      { fee: 25000 },
    ]);
    const mismatched = all(
      `SELECT c.id FROM physio_cohorts c JOIN providers p ON p.id = c.provider_id
       WHERE c.location <> p.address OR c.location_pc4 <> p.home_pc4`,
    );
    expect(mismatched).toEqual([]);
    expect(one("SELECT address, home_pc4 AS pc4 FROM providers WHERE name = 'Fysiotherapie Woerden Centrum'")).toEqual({
      address: "Rijnstraat 42, 3441 BV Woerden",
      pc4: "3441",
    });
    const withoutLanguages = all("SELECT id FROM providers WHERE json_array_length(languages) = 0");
    expect(withoutLanguages).toEqual([]);
  });
});

describe("stale capacity", () => {
  it("has Zorggroep Vechtstreek's De Ronde Venen capacity stale and its Stichtse Vecht capacity fresh", () => {
    const id = providerId("Zorggroep Vechtstreek");
    const ages = (code: string) =>
      all<{ at: number }>(
        `SELECT confirmed_at AS at FROM zin_capacity_weeks WHERE provider_id = ? AND municipality_code = ?
         UNION ALL SELECT confirmed_at FROM zin_waiting_lists WHERE provider_id = ? AND municipality_code = ?`,
        id,
        code,
        id,
        code,
      ).map((r) => r.at);
    const rondeVenen = ages("GM0736");
    expect(rondeVenen.length).toBe(5);
    for (const at of rondeVenen) {
      expect(at).toBeLessThan(freshSince);
      expect(at).toBeGreaterThan(startedAt - 21 * DAY_MS);
    }
    const vecht = ages("GM1904");
    expect(vecht.length).toBe(5);
    for (const at of vecht) expect(at).toBeGreaterThanOrEqual(freshSince);
  });

  it("has Poetsbedrijf Mijdrecht's windows stale, with no free slots left in the past", () => {
    const id = providerId("Poetsbedrijf Mijdrecht");
    const windows = all<{ at: number }>("SELECT confirmed_at AS at FROM cleaner_windows WHERE provider_id = ?", id);
    expect(windows.length).toBe(2);
    for (const w of windows) expect(w.at).toBeLessThan(freshSince);
    expect(one("SELECT count(*) AS n FROM cleaner_slots WHERE starts_at <= ?", startedAt)).toEqual({ n: 0 });
  });
});

describe("pending providers", () => {
  it("exist and have published capacity too", () => {
    const pending = all<{ name: string }>("SELECT name FROM providers WHERE vetting_status = 'pending' ORDER BY name");
    expect(pending.map((p) => p.name)).toEqual(["Montfoort Schoon", "Thuishulp Utrecht West"]);
    const zin = providerId("Thuishulp Utrecht West");
    expect(one("SELECT count(*) AS n FROM zin_capacity_weeks WHERE provider_id = ?", zin)).toEqual({ n: 20 });
    const cleaner = providerId("Montfoort Schoon");
    expect(
      one<{ n: number }>("SELECT count(*) AS n FROM cleaner_slots WHERE provider_id = ?", cleaner).n,
    ).toBeGreaterThan(0);
  });
});

describe("cleaner slots", () => {
  it("fall only at Amsterdam local times inside their windows, and never on a day off", () => {
    const slots = all<{
      provider: number;
      startsAt: number;
      endsAt: number;
      weekday: number;
      start: string;
      end: string;
      visit: number;
    }>(
      `SELECT s.provider_id AS provider, s.starts_at AS startsAt, s.ends_at AS endsAt, w.weekday,
        w.start_time AS start, w.end_time AS end, w.visit_minutes AS visit
       FROM cleaner_slots s JOIN cleaner_windows w ON w.id = s.window_id AND w.provider_id = s.provider_id`,
    );
    expect(slots.length).toBe(count("cleaner_slots"));
    expect(slots.length).toBeGreaterThan(0);
    const daysOff = all<{ provider: number; fromDate: string; toDate: string }>(
      "SELECT provider_id AS provider, from_date AS fromDate, to_date AS toDate FROM cleaner_exceptions",
    );
    expect(daysOff.length).toBe(5);
    const local = (ms: number) => {
      const p = amsterdamParts(new Date(ms));
      const pad = (n: number) => String(n).padStart(2, "0");
      return { day: `${p.year}-${pad(p.month)}-${pad(p.day)}`, minutes: p.hour * 60 + p.minute };
    };
    for (const s of slots) {
      const start = local(s.startsAt);
      const end = local(s.endsAt);
      expect(isoWeekday(start.day)).toBe(s.weekday);
      expect(end.day).toBe(start.day);
      expect(start.minutes).toBeGreaterThanOrEqual(minutesOfDay(s.start));
      expect(end.minutes).toBeLessThanOrEqual(minutesOfDay(s.end));
      expect((start.minutes - minutesOfDay(s.start)) % s.visit).toBe(0);
      expect(s.endsAt - s.startsAt).toBe(s.visit * 60_000);
      const off = daysOff.some((d) => d.provider === s.provider && d.fromDate <= start.day && start.day <= d.toDate);
      expect(off).toBe(false);
    }
  });
});

describe("history and re-seeding", () => {
  it("records one 'created' change per record, by the system: no user and no API key", () => {
    // ZIN: 12 served municipalities × (4 weeks + a waiting list); cleaners: 12 windows and 5 holidays;
    // mediators: 6 municipalities × 2 months and 2 pools; physio: 3 practices × 2 cohorts.
    expect(Object.fromEntries(CAPACITY_TABLES.map((t) => [t, count(t)]))).toEqual({
      zin_capacity_weeks: 48,
      zin_waiting_lists: 12,
      cleaner_windows: 12,
      cleaner_exceptions: 5,
      mediator_capacity_months: 12,
      mediator_pools: 2,
      physio_cohorts: 6,
    });
    const records = CAPACITY_TABLES.reduce((n, t) => n + count(t), 0);
    expect(count("capacity_changes")).toBe(records);
    expect(
      one(
        `SELECT count(*) AS n FROM capacity_changes
         WHERE changed_by_user_id IS NOT NULL OR api_key_id IS NOT NULL OR action <> 'created'`,
      ),
    ).toEqual({ n: 0 });
    // The stale batches are dated when they were published.
    const old = one<{ n: number }>("SELECT count(*) AS n FROM capacity_changes WHERE created_at < ?", freshSince);
    expect(old.n).toBe(5 + 2); // Vechtstreek's De Ronde Venen weeks and list, Poetsbedrijf Mijdrecht's windows
  });

  it("does not seed again over existing data, and leaves every count as it was", () => {
    const before = Object.fromEntries(COUNTED_TABLES.map((t) => [t, count(t)]));
    expect(seedAgain()).toBe(false);
    expect(Object.fromEntries(COUNTED_TABLES.map((t) => [t, count(t)]))).toEqual(before);
  });
});
