// The national-scale dataset for `npm run bench` (issue 8): every municipality in the PC4 data
// takes part (the demo's policy rows, copied), 5,000 vetted providers of all four kinds with
// fresh capacity (ZIN weeks and waiting lists, cleaners' windows with about 500,000 slots, mediator
// months and pools, Powerful Ageing cohorts), 50,000 requests with their history and a few thousand
// citizens. Deterministic per seed (mulberry32): the same providers, service areas and capacity
// records every time; all of it is dated relative to the moment it is generated (capacity has to
// be fresh), so slots and which requests fall in the current month follow the calendar. Written
// into its own SQLite file: migrated by the app's own migrations, with the app's reference data,
// then filled with prepared statements in big transactions.
// Run: `npx tsx bench/generate.ts --seed 1` (npm run bench does it when needed).

import fs from "node:fs";
import path from "node:path";
import { hashPasswordSync } from "~/auth/password.server";
import { monthlyCents } from "~/domain/costs";
import { abonnementstariefCents, estimateMinutesPerWeek, type HelpRequest } from "~/domain/matching";
import { amsterdamDay, policyInForce } from "~/domain/policy";
import { deriveSlots } from "~/domain/slots";
import { addDays, isoWeekday } from "~/domain/time";
import { requiredChecks } from "~/domain/vetting";
import { seededRandom } from "~/utils/random";
import { openDatabase } from "~db/client.server";
import type { ProviderKind } from "~db/schema";
import { municipalityPolicies } from "~db/schema";
import { loadReferenceData, policyRows } from "~db/seed";

/** Bump when the shape of the data changes: a dataset of another version is generated again. */
export const GENERATOR_VERSION = 2;
export const BENCH_PASSWORD = "bench-wachtwoord";
/** The first citizens have no requests of their own: they are the 100 who race for one slot. */
export const RACE_CITIZENS = 100;
export const citizenEmail = (n: number) => `inwoner${String(n).padStart(4, "0")}@bench.hulpwijzer.nl`;

const PROVIDERS: Record<ProviderKind, number> = { zin: 900, private_cleaner: 2500, pgb_mediator: 600, physio: 1000 };
const CITIZENS = 5000;
const REQUESTS = 50_000;
const STALE_SHARE = 0.04; // providers whose capacity was last confirmed 20 days ago
const DAY = 86_400_000;
const MINUTE = 60_000;

export type DatasetStats = {
  seed: number;
  version: number;
  generatedAt: string;
  ms: number;
  phases: Record<string, number>;
  counts: Record<string, number>;
  bytes: number;
};

export function datasetPaths(seed: number, dir = path.resolve("bench/data")) {
  return { db: path.join(dir, `bench-${seed}.db`), meta: path.join(dir, `bench-${seed}.json`) };
}

const generator = seededRandom;
type Rnd = ReturnType<typeof generator>;

type Area = { pc4: string; place: string; code: string; lat: number; lon: number };

/** Squared distance on a flat projection: enough to order municipalities by nearness. */
function near(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = a.lat - b.lat;
  const dLon = (a.lon - b.lon) * Math.cos((a.lat * Math.PI) / 180);
  return dLat * dLat + dLon * dLon;
}

const FIRST_NAMES = ["Ans", "Kees", "Fatima", "Sevda", "Jan", "Ineke", "Mohamed", "Anouk", "Piet", "Marloes", "Ayşe"];
const LAST_NAMES = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Yilmaz", "Bos"];
const NAME_PREFIX: Record<ProviderKind, readonly string[]> = {
  zin: ["Thuiszorg", "Zorggroep", "Wijkzorg", "Thuishulp", "Huishoudhulp"],
  private_cleaner: ["Schoonmaakhulp", "Poetsbedrijf", "Helpende Handen", "Schoon & Zo"],
  pgb_mediator: ["Burenhulp Bemiddeling", "Informele Zorg", "Hulp Dichtbij"],
  physio: ["Fysiotherapie", "Fysio", "Beweegpraktijk"],
};

/** Generates the dataset into `file` (which must not exist yet). */
export function generateDataset(seed: number, file: string, now = new Date()): DatasetStats {
  const started = performance.now();
  const phases: Record<string, number> = {};
  let mark = started;
  const phase = (name: string) => {
    const t = performance.now();
    phases[name] = Math.round(t - mark);
    mark = t;
  };

  if (fs.existsSync(file)) throw new Error(`${file} exists: remove it first`);
  const db = openDatabase(file); // the app's migrations
  loadReferenceData(db); // the app's municipalities and PC4 areas
  const sqlite = db.$client;
  // Bulk loading: nothing to lose if the machine dies halfway (the file is generated again).
  sqlite.pragma("synchronous = OFF");
  phase("migrate+reference");

  // Each phase (and each cleaner) draws from its own generator: how many slots a cleaner has
  // depends on the time of day of generation, and must not shift everything generated after it.
  let rnd: Rnd = generator(seed);
  const phaseGenerator = (phase: number) => {
    rnd = generator(seed * 7919 + phase);
  };
  const ts = now.getTime();
  const today = amsterdamDay(now);
  const month = today.slice(0, 7);
  const [yy = 0, mm = 1] = month.split("-").map(Number);
  const nextMonth = mm === 12 ? `${yy + 1}-01` : `${yy}-${String(mm + 1).padStart(2, "0")}`;
  const monthStart = Date.parse(`${month}-01T00:00:00Z`);

  // Geography: municipalities with their PC4 areas, centroid and nearest neighbours.
  const areas = sqlite
    .prepare("SELECT pc4, place, municipality_code AS code, lat, lon FROM postcode_areas ORDER BY pc4")
    .all() as Area[];
  const areasOf = new Map<string, Area[]>();
  for (const a of areas) areasOf.set(a.code, [...(areasOf.get(a.code) ?? []), a]);
  const codes = [...areasOf.keys()].sort();
  const centre = new Map(
    codes.map((code) => {
      const list = areasOf.get(code) ?? [];
      const lat = list.reduce((s, a) => s + a.lat, 0) / list.length;
      const lon = list.reduce((s, a) => s + a.lon, 0) / list.length;
      return [code, { lat, lon }];
    }),
  );
  const neighbours = new Map(
    codes.map((code) => {
      const c = centre.get(code) ?? { lat: 0, lon: 0 };
      const sorted = [...codes].sort(
        (x, y) => near(c, centre.get(x) ?? c) - near(c, centre.get(y) ?? c) || x.localeCompare(y),
      );
      return [code, sorted];
    }),
  );
  // More postcode areas, more people: a municipality is picked in proportion to its PC4 count.
  const weighted = areas.map((a) => a.code);
  const pickMunicipality = () => rnd.pick(weighted);
  const areasIn = (code: string) => areasOf.get(code) ?? [];

  // Every municipality takes part, with the demo's own policy rows.
  db.transaction((tx) => {
    for (const code of codes) tx.insert(municipalityPolicies).values(policyRows(code)).run();
  });
  // Every municipality has the same rows, so one row in force serves for the requests' costs.
  const policyNow = policyInForce(policyRows(codes[0] ?? ""), today);
  if (!policyNow) throw new Error("no policy in force today");
  phase("policies");

  // Citizens: one password hash (argon2id, like the demo) shared by all.
  phaseGenerator(1);
  const hash = hashPasswordSync(BENCH_PASSWORD);
  const insertUser = sqlite.prepare(
    "INSERT INTO users (email, name, password_hash, role, created_at) VALUES (?, ?, ?, 'citizen', ?)",
  );
  const citizens: number[] = [];
  sqlite.transaction(() => {
    for (let n = 1; n <= CITIZENS; n++) {
      const name = `${rnd.pick(FIRST_NAMES)} ${rnd.pick(LAST_NAMES)}`;
      const id = Number(insertUser.run(citizenEmail(n), name, hash, ts - rnd.int(30, 900) * DAY).lastInsertRowid);
      citizens.push(id);
    }
  })();
  const requesters = citizens.slice(RACE_CITIZENS);
  phase("citizens");

  // Providers, their service areas and vetting checklists.
  phaseGenerator(2);
  const insertProvider = sqlite.prepare(
    `INSERT INTO providers (kind, name, kvk_number, contact_name, contact_email, contact_phone, vetting_status, home_pc4,
       max_travel_km, languages, hourly_rate_cents, accepts_hht, cao, mediation_fee_cents, address, created_at)
     VALUES (?, ?, ?, ?, ?, ?, 'vetted', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertArea = sqlite.prepare(
    "INSERT INTO provider_service_areas (provider_id, municipality_code) VALUES (?, ?)",
  );
  const insertCheck = sqlite.prepare(
    "INSERT INTO provider_vetting_checks (provider_id, item, ok, vog_date, note, created_at) VALUES (?, ?, 1, ?, 'bench', ?)",
  );
  type Provider = {
    id: number;
    kind: ProviderKind;
    home: Area;
    serves: string[];
    rate: number;
    confirmedAt: number;
  };
  const providers: Provider[] = [];
  const servingIn = new Map<string, Provider[]>(); // `${kind}|${code}` → providers
  const areaCount: Record<ProviderKind, [number, number]> = {
    zin: [3, 8],
    private_cleaner: [1, 3],
    pgb_mediator: [4, 12],
    physio: [1, 2],
  };
  const names = new Map<string, number>();
  sqlite.transaction(() => {
    let n = 0;
    for (const kind of Object.keys(PROVIDERS) as ProviderKind[]) {
      for (let i = 0; i < PROVIDERS[kind]; i++) {
        n++;
        const homeCode = pickMunicipality();
        const home = rnd.pick(areasIn(homeCode));
        const [min, max] = areaCount[kind];
        const serves = (neighbours.get(homeCode) ?? [homeCode]).slice(0, rnd.int(min, max));
        const contact = `${rnd.pick(FIRST_NAMES)} ${rnd.pick(LAST_NAMES)}`;
        const base =
          kind === "private_cleaner" && rnd.chance(0.5)
            ? `Schoonmaakhulp ${contact}`
            : `${rnd.pick(NAME_PREFIX[kind])} ${home.place}`;
        const seen = (names.get(base) ?? 0) + 1;
        names.set(base, seen);
        const name = seen === 1 ? base : `${base} ${seen}`;
        const rate = kind === "private_cleaner" ? rnd.int(20, 32) * 100 + rnd.pick([0, 50]) : 0;
        const id = Number(
          insertProvider.run(
            kind,
            name,
            `8${String(n).padStart(7, "0")}`,
            contact,
            `info@aanbieder${n}.bench.example`,
            `06 ${String(10_000_000 + n).slice(0, 8)}`,
            kind === "private_cleaner" || kind === "physio" ? home.pc4 : null,
            kind === "private_cleaner" ? rnd.int(10, 25) : kind === "physio" ? 15 : null,
            JSON.stringify(rnd.chance(0.3) ? ["nl", rnd.pick(["en", "tr", "ar", "pl", "de"])] : ["nl"]),
            kind === "private_cleaner" ? rate : null,
            kind === "private_cleaner" ? (rnd.chance(0.5) ? 1 : 0) : null,
            kind === "zin" ? rnd.pick(["vvt", "vvt", "schoonmaak"]) : null,
            kind === "pgb_mediator" ? rnd.pick([20_000, 25_000, 30_000]) : null,
            kind === "physio"
              ? `${rnd.pick(["Dorpsstraat", "Kerkstraat", "Molenweg"])} ${rnd.int(1, 120)}, ${home.pc4} ${home.place}`
              : null,
            ts - rnd.int(60, 1500) * DAY,
          ).lastInsertRowid,
        );
        for (const code of serves) insertArea.run(id, code);
        // A VOG about one to two and a half years old; 1% of them just expired (out of matching).
        const vogAge = rnd.chance(0.01) ? rnd.int(1100, 1400) : rnd.int(30, 900);
        for (const item of requiredChecks(kind)) {
          insertCheck.run(id, item, item === "vog" ? addDays(today, -vogAge) : null, ts - rnd.int(30, 400) * DAY);
        }
        const p: Provider = {
          id,
          kind,
          home,
          serves,
          rate,
          confirmedAt: rnd.chance(STALE_SHARE) ? ts - 20 * DAY : ts - rnd.int(0, 6 * 24) * 3_600_000,
        };
        providers.push(p);
        for (const code of serves) {
          const key = `${kind}|${code}`;
          servingIn.set(key, [...(servingIn.get(key) ?? []), p]);
        }
      }
    }
  })();
  phase("providers");

  // Requests: one statement for all kinds, and their timelines.
  const insertRequest = sqlite.prepare(
    `INSERT INTO help_requests (citizen_user_id, kind, offer_id, provider_id, cohort_id, municipality_code, status, answers,
       citizen_cost_per_month_cents, municipality_cost_per_month_cents, wait_days_at_request, helper_first_name,
       helper_start_date, decline_reason, payment_method, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvent = sqlite.prepare(
    "INSERT INTO request_events (request_id, status, note, by_user_id, created_at) VALUES (?, ?, ?, ?, ?)",
  );
  let requestCount = 0;
  let eventCount = 0;
  const answersFor = (code: string, at: number) => {
    const area = rnd.pick(areasIn(code));
    const household = rnd.chance(0.6) ? ("single" as const) : ("couple" as const);
    const needs = rnd.pick([["cleaning"], ["cleaning"], ["cleaning", "laundry"], ["cleaning", "heavy_cleaning"]]) as (
      | "cleaning"
      | "laundry"
      | "heavy_cleaning"
    )[];
    const q = {
      postcode: `${area.pc4}${rnd.pick(["AA", "AB", "BC", "CD", "KL", "XZ"])}`,
      birthYear: rnd.int(1928, 1962),
      household,
      partnerUnderAow: household === "couple" && rnd.chance(0.15),
      income: rnd.chance(0.5) ? rnd.int(12, 45) * 100 : null,
      needs,
      mobility: rnd.pick([[], ["stairs"], ["chair_rise"], ["stairs", "chair_rise"]]) as ("stairs" | "chair_rise")[],
      network: rnd.pick(["none", "none", "some", "can_provide"] as const),
      start: amsterdamDay(new Date(at)),
    };
    const hr: HelpRequest = { ...q, incomeCents: q.income === null ? null : q.income * 100 };
    const minutes = estimateMinutesPerWeek(hr.needs, policyNow);
    const tariff = abonnementstariefCents(hr, policyNow, today);
    return { json: JSON.stringify(q), minutes, tariff };
  };
  type Step = { status: string; at: number; by: number | null; note?: string };
  const addRequest = (r: {
    citizen: number;
    kind: string;
    offerId: string;
    providerId: number | null;
    cohortId?: number | null;
    code: string;
    status: string;
    answers: string;
    citizenCents: number;
    municipalityCents: number;
    waitDays?: number | null;
    helper?: string | null;
    helperStart?: string | null;
    decline?: string | null;
    payment?: string | null;
    steps: Step[];
  }) => {
    const created = r.steps[0]?.at ?? ts;
    const updated = r.steps.at(-1)?.at ?? created;
    const id = Number(
      insertRequest.run(
        r.citizen,
        r.kind,
        r.offerId,
        r.providerId,
        r.cohortId ?? null,
        r.code,
        r.status,
        r.answers,
        r.citizenCents,
        r.municipalityCents,
        r.waitDays ?? null,
        r.helper ?? null,
        r.helperStart ?? null,
        r.decline ?? null,
        r.payment ?? null,
        created,
        updated,
      ).lastInsertRowid,
    );
    for (const s of r.steps) insertEvent.run(id, s.status, s.note ?? null, s.by, s.at);
    requestCount++;
    eventCount += r.steps.length;
    return id;
  };

  // ZIN: four weeks of room and a waiting list per municipality served.
  phaseGenerator(3);
  const insertZinWeek = sqlite.prepare(
    `INSERT INTO zin_capacity_weeks (provider_id, external_ref, updated_at, confirmed_at, municipality_code, week_start,
       minutes_per_week, new_clients, earliest_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertWaiting = sqlite.prepare(
    `INSERT INTO zin_waiting_lists (provider_id, external_ref, updated_at, confirmed_at, municipality_code, length)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const firstMonday = addDays(today, (1 - isoWeekday(today) + 7) % 7);
  let zinWeeks = 0;
  sqlite.transaction(() => {
    for (const p of providers.filter((x) => x.kind === "zin")) {
      for (const code of p.serves) {
        for (let w = 0; w < 4; w++) {
          const weekStart = addDays(firstMonday, 7 * w);
          const newClients = rnd.pick([0, 0, 1, 2, 3, 4]);
          insertZinWeek.run(
            p.id,
            `${code}-${weekStart}`,
            p.confirmedAt,
            p.confirmedAt,
            code,
            weekStart,
            newClients * 210,
            newClients,
            addDays(weekStart, newClients > 0 ? 1 : 8),
          );
          zinWeeks++;
        }
        insertWaiting.run(
          p.id,
          `wachtlijst-${code}`,
          p.confirmedAt,
          p.confirmedAt,
          code,
          rnd.chance(0.25) ? 0 : rnd.int(1, 40),
        );
      }
    }
  })();
  phase("zin capacity");

  // Cleaners: weekly windows, a holiday for some, slots derived exactly as the app derives them
  // (so the hourly refresh keeps them), about a third of the weekly times booked by a request.
  const insertWindow = sqlite.prepare(
    `INSERT INTO cleaner_windows (provider_id, external_ref, updated_at, confirmed_at, weekday, start_time, end_time, visit_minutes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertException = sqlite.prepare(
    `INSERT INTO cleaner_exceptions (provider_id, external_ref, updated_at, confirmed_at, from_date, to_date, reason)
     VALUES (?, ?, ?, ?, ?, ?, 'Vakantie')`,
  );
  const insertSlot = sqlite.prepare(
    "INSERT INTO cleaner_slots (provider_id, window_id, starts_at, ends_at, status, request_id) VALUES (?, ?, ?, ?, ?, ?)",
  );
  let slots = 0;
  let bookedSlots = 0;
  let windowsCount = 0;
  sqlite.transaction(() => {
    for (const p of providers.filter((x) => x.kind === "private_cleaner")) {
      rnd = generator(seed * 104_729 + p.id);
      const visit = rnd.pick([60, 60, 60, 90, 90, 120]);
      const days = [1, 2, 3, 4, 5, 6].filter(() => rnd.chance(0.9));
      const windows: { id: number; weekday: number; startTime: string; endTime: string; visitMinutes: number }[] = [];
      for (const weekday of days.length > 0 ? days : [2]) {
        const spans = [[rnd.pick(["08:00", "08:30", "09:00"]), rnd.pick(["12:00", "12:30", "13:00"])]];
        if (rnd.chance(0.7)) spans.push([rnd.pick(["13:30", "14:00"]), rnd.pick(["17:00", "17:30", "18:00"])]);
        for (const [startTime = "09:00", endTime = "12:00"] of spans) {
          const id = Number(
            insertWindow.run(
              p.id,
              `venster-${weekday}-${startTime}`,
              p.confirmedAt,
              p.confirmedAt,
              weekday,
              startTime,
              endTime,
              visit,
            ).lastInsertRowid,
          );
          windows.push({ id, weekday, startTime, endTime, visitMinutes: visit });
          windowsCount++;
        }
      }
      const daysOff: { fromDate: string; toDate: string }[] = [];
      if (rnd.chance(0.4)) {
        const fromDate = addDays(firstMonday, 7 * rnd.int(1, 6));
        const toDate = addDays(fromDate, 4);
        insertException.run(p.id, `vakantie-${fromDate}`, p.confirmedAt, p.confirmedAt, fromDate, toDate);
        daysOff.push({ fromDate, toDate });
      }
      const derived = deriveSlots(windows, daysOff, today).filter((s) => s.startsAt.getTime() > ts);
      // A weekly time is one window's wall time: booked by one citizen in every week.
      // Decided per weekly time in a fixed order (not the order they come up from today on), so
      // the same seed books the same times whatever the day of generation.
      const bookedBy = new Map<string, number>();
      for (const key of [...new Set(derived.map((s) => `${s.windowId}|${s.time}`))].sort()) {
        bookedBy.set(key, 0);
        if (!rnd.chance(0.3)) continue;
        const code = p.serves[0] ?? p.home.code;
        const at = ts - rnd.int(1, 90) * DAY - rnd.int(0, 600) * MINUTE;
        const a = answersFor(code, at);
        bookedBy.set(
          key,
          addRequest({
            citizen: rnd.pick(requesters),
            kind: "private_cleaner",
            offerId: `cleaner:${p.id}`,
            providerId: p.id,
            code,
            status: "booked",
            answers: a.json,
            citizenCents: monthlyCents(a.minutes, p.rate),
            municipalityCents: 0,
            waitDays: rnd.int(0, 6),
            payment: rnd.pick(["direct", "invoice", "online"]),
            steps: [
              { status: "held", at, by: null },
              { status: "booked", at: at + rnd.int(1, 14) * MINUTE, by: null },
            ],
          }),
        );
      }
      for (const s of derived) {
        const key = `${s.windowId}|${s.time}`;
        const request = bookedBy.get(key) ?? 0;
        insertSlot.run(
          p.id,
          s.windowId ?? null,
          s.startsAt.getTime(),
          s.endsAt.getTime(),
          request ? "booked" : "free",
          request || null,
        );
        slots++;
        if (request) bookedSlots++;
      }
    }
  })();
  phase("cleaner windows+slots");

  // Mediators: this month's and next month's new matches per municipality, and a helper pool.
  phaseGenerator(5);
  const insertMonth = sqlite.prepare(
    `INSERT INTO mediator_capacity_months (provider_id, external_ref, updated_at, confirmed_at, municipality_code, month, new_matches)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPool = sqlite.prepare(
    "INSERT INTO mediator_pools (provider_id, external_ref, updated_at, confirmed_at, helpers) VALUES (?, 'pool', ?, ?, ?)",
  );
  const mediationRoom = new Map<string, number>(); // `${provider}|${code}` → matches left this month
  let months = 0;
  sqlite.transaction(() => {
    for (const p of providers.filter((x) => x.kind === "pgb_mediator")) {
      for (const code of p.serves) {
        const thisMonth = rnd.int(2, 8);
        insertMonth.run(p.id, `${code}-${month}`, p.confirmedAt, p.confirmedAt, code, month, thisMonth);
        insertMonth.run(p.id, `${code}-${nextMonth}`, p.confirmedAt, p.confirmedAt, code, nextMonth, rnd.int(2, 8));
        mediationRoom.set(`${p.id}|${code}`, thisMonth - 1); // always one left for the citizens of the bench
        months += 2;
      }
      insertPool.run(p.id, p.confirmedAt, p.confirmedAt, rnd.int(10, 40));
    }
  })();
  phase("mediator capacity");

  // Physio practices: two to four cohorts starting within eight weeks, at the practice.
  phaseGenerator(6);
  const insertCohort = sqlite.prepare(
    `INSERT INTO physio_cohorts (provider_id, external_ref, updated_at, confirmed_at, start_date, weeks, session1_weekday,
       session1_time, session2_weekday, session2_time, seats, location, location_pc4, location_postcode)
     VALUES (?, ?, ?, ?, ?, 14, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const cohortsOf = new Map<number, { id: number; seatsLeft: number }[]>();
  let cohortCount = 0;
  sqlite.transaction(() => {
    for (const p of providers.filter((x) => x.kind === "physio")) {
      const list: { id: number; seatsLeft: number }[] = [];
      for (let c = rnd.int(2, 4); c > 0; c--) {
        const first = rnd.pick([1, 2]);
        const d = addDays(today, rnd.int(3, 55));
        const startDate = addDays(d, (first - isoWeekday(d) + 7) % 7);
        const seats = rnd.int(8, 14);
        const time = rnd.pick(["09:30", "10:00", "14:00"]);
        const id = Number(
          insertCohort.run(
            p.id,
            `cohort-${startDate}-${c}`,
            p.confirmedAt,
            p.confirmedAt,
            startDate,
            first,
            time,
            first + 3,
            time,
            seats,
            `${p.home.place}, ${p.home.pc4}`,
            p.home.pc4,
            p.home.pc4,
          ).lastInsertRowid,
        );
        list.push({ id, seatsLeft: seats - 2 }); // a few seats stay free for the bench
        cohortCount++;
      }
      cohortsOf.set(p.id, list);
    }
  })();
  phase("cohorts");

  // The other requests, to 50,000 in all: a year of history of every kind, some still open.
  phaseGenerator(7);
  const zinPlans = [
    { status: "submitted", path: ["submitted"], active: true },
    { status: "indicated", path: ["submitted", "indicated"], active: true },
    { status: "care_started", path: ["submitted", "indicated", "care_started"], active: true },
    { status: "care_ended", path: ["submitted", "indicated", "care_started", "care_ended"], active: false },
    { status: "steered", path: ["submitted", "steered"], active: false },
    { status: "cancelled", path: ["submitted", "cancelled"], active: false },
  ];
  const pick = <T>(kind: string, code: string): T | null => {
    const list = servingIn.get(`${kind}|${code}`) ?? [];
    return list.length > 0 ? (rnd.pick(list) as T) : null;
  };
  sqlite.transaction(() => {
    while (requestCount < REQUESTS) {
      const code = pickMunicipality();
      const citizen = rnd.pick(requesters);
      const roll = rnd.next();
      const daysAgo = rnd.int(0, 364);
      const at = ts - daysAgo * DAY - rnd.int(0, 600) * MINUTE;
      const a = answersFor(code, at);
      const later = (days: number) => Math.min(ts - MINUTE, at + days * DAY);
      if (roll < 0.4) {
        const p = pick<Provider>("zin", code);
        if (!p) continue;
        // Open ones are recent; a year ago everything has run its course.
        const plan =
          daysAgo < 45
            ? (zinPlans[rnd.int(0, 2)] ?? zinPlans[0])
            : (zinPlans[rnd.int(3, zinPlans.length - 1)] ?? zinPlans[3]);
        if (!plan) continue;
        addRequest({
          citizen,
          kind: "zin",
          offerId: `zin:${p.id}`,
          providerId: p.id,
          code,
          status: plan.status,
          answers: a.json,
          citizenCents: a.tariff,
          municipalityCents: Math.max(0, monthlyCents(a.minutes, policyNow.zinHourlyTariffCents) - a.tariff),
          waitDays: rnd.int(0, 120),
          steps: plan.path.map((status, i) => ({
            status,
            at: later(i * rnd.int(5, 25)),
            by: i === 0 ? citizen : null,
          })),
        });
      } else if (roll < 0.6) {
        const p = pick<Provider>("pgb_mediator", code);
        if (!p) continue;
        // This month only while the mediator has room (matching counts these as taken).
        const thisMonth = at >= monthStart;
        const room = mediationRoom.get(`${p.id}|${code}`) ?? 0;
        if (thisMonth && room <= 0) continue;
        if (thisMonth) mediationRoom.set(`${p.id}|${code}`, room - 1);
        const outcome = thisMonth
          ? rnd.pick(["mediation_requested", "matched"])
          : rnd.pick(["matched", "matched", "declined", "cancelled"]);
        const pgbCost =
          (a.minutes * policyNow.zinHourlyTariffCents * policyNow.pgbInformalRatePercent * 52) / (60 * 12 * 100);
        addRequest({
          citizen,
          kind: "pgb_informal",
          offerId: `mediation:${p.id}`,
          providerId: p.id,
          code,
          status: outcome,
          answers: a.json,
          citizenCents: a.tariff,
          municipalityCents: Math.max(0, Math.round(pgbCost + policyNow.mediationFeeCents / 12 - a.tariff)),
          waitDays: 0,
          helper: outcome === "matched" ? rnd.pick(FIRST_NAMES) : null,
          helperStart: outcome === "matched" ? amsterdamDay(new Date(later(10))) : null,
          decline: outcome === "declined" ? "Geen helper beschikbaar in de wijk" : null,
          steps: [
            { status: "mediation_requested", at, by: citizen },
            ...(outcome === "mediation_requested" ? [] : [{ status: outcome, at: later(rnd.int(2, 12)), by: null }]),
          ],
        });
      } else if (roll < 0.72) {
        const p = pick<Provider>("physio", code);
        const cohort = p ? rnd.pick(cohortsOf.get(p.id) ?? [{ id: 0, seatsLeft: 0 }]) : null;
        if (!p || !cohort || cohort.id === 0) continue;
        // Open requests take a seat in an upcoming cohort; older ones were declined or cancelled.
        const open = daysAgo < 30 && cohort.seatsLeft > 0;
        if (open) cohort.seatsLeft--;
        const status = open ? rnd.pick(["intake_requested", "enrolled"]) : rnd.pick(["declined", "cancelled"]);
        addRequest({
          citizen,
          kind: "powerful_ageing",
          offerId: `cohort:${cohort.id}`,
          providerId: p.id,
          cohortId: cohort.id,
          code,
          status,
          answers: a.json,
          citizenCents: 0,
          municipalityCents: Math.round(policyNow.powerfulAgeingCostCents / 3.5),
          waitDays: rnd.int(3, 55),
          decline: status === "declined" ? "Past niet na de intake" : null,
          steps: [
            { status: "intake_requested", at, by: citizen },
            ...(status === "intake_requested" ? [] : [{ status, at: later(rnd.int(1, 10)), by: null }]),
          ],
        });
      } else if (roll < 0.9) {
        // Cleaner requests of the past: a hold that expired, or a booking that ended.
        const p = pick<Provider>("private_cleaner", code);
        if (!p) continue;
        const expired = rnd.chance(0.3);
        addRequest({
          citizen,
          kind: "private_cleaner",
          offerId: `cleaner:${p.id}`,
          providerId: p.id,
          code,
          status: expired ? "expired" : "cancelled",
          answers: a.json,
          citizenCents: monthlyCents(a.minutes, p.rate),
          municipalityCents: 0,
          waitDays: rnd.int(0, 10),
          payment: expired ? null : "direct",
          steps: expired
            ? [
                { status: "held", at, by: citizen },
                { status: "expired", at: at + 15 * MINUTE, by: null },
              ]
            : [
                { status: "held", at, by: citizen },
                { status: "booked", at: at + 5 * MINUTE, by: citizen },
                { status: "cancelled", at: later(rnd.int(20, 120)), by: citizen },
              ],
        });
      } else {
        // A request for a talk with the municipality.
        const open = daysAgo < 30;
        addRequest({
          citizen,
          kind: "consultation",
          offerId: "consultation",
          providerId: null,
          code,
          status: open ? "submitted" : "steered",
          answers: a.json,
          citizenCents: 0,
          municipalityCents: 0,
          steps: [
            { status: "submitted", at, by: citizen },
            ...(open ? [] : [{ status: "steered", at: later(rnd.int(3, 20)), by: null }]),
          ],
        });
      }
    }
  })();
  phase("requests");

  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
  const counts = {
    municipalities: codes.length,
    providers: providers.length,
    serviceAreas: providers.reduce((n, p) => n + p.serves.length, 0),
    citizens: citizens.length,
    zinWeeks,
    cleanerWindows: windowsCount,
    cleanerSlots: slots,
    bookedSlots,
    mediatorMonths: months,
    cohorts: cohortCount,
    requests: requestCount,
    requestEvents: eventCount,
  };
  return {
    seed,
    version: GENERATOR_VERSION,
    generatedAt: now.toISOString(),
    ms: Math.round(performance.now() - started),
    phases,
    counts,
    bytes: fs.statSync(file).size,
  };
}

/**
 * The dataset for a seed: reused when it was made by this generator version within the last
 * 24 hours (capacity is dated from generation and goes stale after 14 days), else made again.
 */
export function ensureDataset(
  seed: number,
  { fresh = false, log = console.log }: { fresh?: boolean; log?: (line: string) => void } = {},
): { file: string; stats: DatasetStats; reused: boolean } {
  const { db, meta } = datasetPaths(seed);
  if (!fresh && fs.existsSync(db) && fs.existsSync(meta)) {
    const stats = JSON.parse(fs.readFileSync(meta, "utf8")) as DatasetStats;
    if (stats.version === GENERATOR_VERSION && Date.now() - Date.parse(stats.generatedAt) < DAY) {
      return { file: db, stats, reused: true };
    }
  }
  for (const f of [db, `${db}-wal`, `${db}-shm`, meta]) fs.rmSync(f, { force: true });
  log(`generating the national dataset (seed ${seed}) into ${path.relative(process.cwd(), db)} …`);
  const stats = generateDataset(seed, db);
  fs.writeFileSync(meta, `${JSON.stringify(stats, null, 2)}\n`);
  return { file: db, stats, reused: false };
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

// As a script: generate (always afresh) and print what was made and how long it took.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("bench/generate.ts")) {
  const seed = Number(argument("seed") ?? 1);
  if (!Number.isInteger(seed) || seed < 1) throw new Error("--seed must be a positive integer");
  const { stats, file } = ensureDataset(seed, { fresh: true });
  console.log(
    `${path.relative(process.cwd(), file)}: ${(stats.bytes / 1e6).toFixed(0)} MB in ${(stats.ms / 1000).toFixed(1)} s`,
  );
  console.log(JSON.stringify({ counts: stats.counts, phases: stats.phases }, null, 2));
}
