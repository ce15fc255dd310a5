// `npm run bench`: the quality bars of DESIGN.md, measured on the national-scale dataset against
// the production build (one Node process), and printed — never a test. Steps: build when build/
// is missing; generate or reuse the dataset (bench/generate.ts); serve a copy of it; drive it
// with autocannon (the citizen routes, then each signed-in page this round changed, as staff and a
// citizen added to the copy, against options p95); race 100 citizens for the last free slot of a cleaner, 20 rounds; time a cold
// start on an empty data directory; write bench/results/latest.json (the previous one becomes
// previous.json) and compare. Options: --seed N (1), --duration S per scenario (10), --fresh
// (generate the dataset again), --node-options "…" (flags for the server's node, to try another
// setting; the default is the flags of `npm run serve`, which `npm start` runs).

import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { totpCodeAt, totpStep } from "~/auth/totp.server";
import { threeYearsBefore } from "~/domain/vetting";
import { DEMO_TOTP_SECRET } from "~db/seed";
import { BENCH_PASSWORD, citizenEmail, ensureDataset, RACE_CITIZENS } from "./generate";
import { queryMix } from "./query-mix";

const RESULTS = path.resolve("bench/results");
const URL_COUNT = 500;
const RACE_ROUNDS = 20;
const RACERS = RACE_CITIZENS; // citizens without requests of their own (bench/generate.ts)
const DAY = 86_400_000;
const HOUR = 3_600_000;

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const seed = Number(argument("seed") ?? 1);
const duration = Number(argument("duration") ?? 10);
const fresh = process.argv.includes("--fresh");
/** The flags `npm run serve` gives node (package.json): the bench measures the server as it is run. */
function servedNodeOptions(): string {
  const serve = String(JSON.parse(fs.readFileSync("package.json", "utf8")).scripts?.serve ?? "");
  const flags = /^node((?:\s+--\S+)*)\s+server\.js$/.exec(serve.trim());
  if (!flags) throw new Error(`package.json's serve script is not "node [--flags] server.js": ${serve}`);
  return flags[1] ?? "";
}
const nodeOptions = (argument("node-options") ?? servedNodeOptions()).split(/\s+/).filter(Boolean);
if (!Number.isInteger(seed) || seed < 1) throw new Error("--seed must be a positive integer");
if (!(duration >= 1 && duration <= 120)) throw new Error("--duration must be 1–120 seconds");

const log = (line = "") => console.log(line);
const ms = (t0: number) => Math.round(performance.now() - t0);
const round1 = (n: number) => Math.round(n * 10) / 10;

// ---------------------------------------------------------------------------------------------
// The server under test

type Server = {
  child: ChildProcess;
  baseUrl: string;
  startMs: number;
  output: () => string;
  stop: () => Promise<void>;
};
const children = new Set<ChildProcess>();
process.on("exit", () => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Starts `node server.js` and resolves once /healthz answers 200, with the time that took. */
async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let out = "";
  const t0 = performance.now();
  const child = spawn(process.execPath, [...nodeOptions, "server.js"], {
    env: { ...process.env, NODE_ENV: "production", HOST: "127.0.0.1", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  child.stdout?.on("data", (d) => {
    out += d;
  });
  child.stderr?.on("data", (d) => {
    out += d;
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${out}`);
    if (Date.now() > deadline) throw new Error(`server did not become healthy:\n${out}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const startMs = ms(t0);
  return {
    child,
    baseUrl,
    startMs,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Peak resident memory of a process: the kernel's high-water mark, and VmRSS sampled every 200 ms. */
function memorySampler(pid: number) {
  let peakSampledKb = 0;
  let hwmKb = 0;
  const read = () => {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peakSampledKb = Math.max(peakSampledKb, rss);
      hwmKb = Math.max(hwmKb, hwm);
    } catch {
      // the process is gone
    }
  };
  const timer = setInterval(read, 200);
  read();
  return {
    /** The peak so far, to tell which step made it. */
    peakMb: () => {
      read();
      return round1(Math.max(hwmKb, peakSampledKb) / 1024);
    },
    stop: () => {
      read();
      clearInterval(timer);
      return { peakRssMb: round1(Math.max(hwmKb, peakSampledKb) / 1024), sampledMb: round1(peakSampledKb / 1024) };
    },
  };
}

type Scenario = {
  path: string;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
};

function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/**
 * One autocannon run. Latencies are collected per response (autocannon's own summary has no p95).
 * With `paths`, every request takes the next path of the list (shared by all connections).
 */
async function load(
  baseUrl: string,
  name: string,
  connections: number,
  seconds: number,
  paths?: string[],
  cookie?: string,
) {
  const latencies: number[] = [];
  let next = 0;
  const instance = autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    timeout: 30,
    // What browsers and fetch() send: responses are compressed as they would be in real use.
    headers: { "accept-encoding": "gzip, deflate, br", ...(cookie ? { cookie } : {}) },
    requests: paths
      ? [
          {
            method: "GET",
            setupRequest: (req) => {
              const p = paths[next % paths.length] as string;
              next++;
              return { ...req, path: p };
            },
          },
        ]
      : [{ method: "GET", path: name }],
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, time: number) => {
    latencies.push(time);
  });
  const result = await instance;
  const sorted = Float64Array.from(latencies).sort();
  const scenario: Scenario = {
    path: name,
    connections,
    requests: latencies.length,
    rps: round1(latencies.length / result.duration),
    p50: round1(percentile(sorted, 0.5)),
    p95: round1(percentile(sorted, 0.95)),
    p99: round1(percentile(sorted, 0.99)),
    max: round1(sorted.at(-1) ?? Number.NaN),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
  log(
    `  ${name.padEnd(16)} @${String(connections).padStart(3)}: ${String(scenario.rps).padStart(7)} req/s   p50 ${scenario.p50} ms   p95 ${scenario.p95} ms   p99 ${scenario.p99} ms   (${scenario.requests} requests, ${scenario.non2xx} non-2xx, ${scenario.errors} errors)`,
  );
  return scenario;
}

// ---------------------------------------------------------------------------------------------
// The booking race

/** Logs in one bench citizen over HTTP (argon2 and all) and returns the session cookie. */
async function login(baseUrl: string, email: string): Promise<string> {
  const res = await fetch(`${baseUrl}/inloggen`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password: BENCH_PASSWORD }),
  });
  const cookieOf = (r: Response, name: string) =>
    r.headers
      .getSetCookie()
      .map((c) => c.split(";")[0] ?? "")
      .find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1);
  let answer = res;
  // Staff pass a second factor (ADR 025): the bench's staff share the demo's TOTP secret.
  if (res.headers.get("location") === "/inloggen/code") {
    const pending = cookieOf(res, "hw_pending");
    answer = await fetch(`${baseUrl}/inloggen/code`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: pending ?? "" },
      body: new URLSearchParams({ code: totpCodeAt(DEMO_TOTP_SECRET, totpStep(new Date())) }),
    });
  }
  const cookie = cookieOf(answer, "hw_session");
  if (answer.status !== 302 || !cookie) throw new Error(`login of ${email} failed with ${answer.status}`);
  return cookie;
}

type Round = {
  round: number;
  cleaner: number;
  slot: number;
  created: number;
  conflicts: number;
  other: number;
  rowsWritten: number;
  overbookings: number;
  ms: number;
};

async function race(baseUrl: string, dbFile: string) {
  const cookies: string[] = [];
  const t0 = performance.now();
  for (let i = 0; i < RACERS; i += 5) {
    const batch = Array.from({ length: Math.min(5, RACERS - i) }, (_, k) => citizenEmail(i + k + 1));
    cookies.push(...(await Promise.all(batch.map((email) => login(baseUrl, email)))));
  }
  log(`  ${cookies.length} citizens logged in over HTTP in ${ms(t0)} ms`);

  const db = new Database(dbFile);
  db.pragma("busy_timeout = 5000");
  const now = Date.now();
  // Vetted cleaners whose capacity is fresh and VOG valid, at home in a municipality they serve.
  const cleaners = db
    .prepare(
      `SELECT p.id, p.home_pc4 AS pc4 FROM providers p
       WHERE p.kind = 'private_cleaner' AND p.vetting_status = 'vetted'
         AND (SELECT c.ok = 1 AND c.vog_date >= ? FROM provider_vetting_checks c
              WHERE c.provider_id = p.id AND c.item = 'vog' ORDER BY c.id DESC LIMIT 1)
         AND NOT EXISTS (SELECT 1 FROM cleaner_windows w WHERE w.provider_id = p.id AND w.confirmed_at < ?)
         AND EXISTS (SELECT 1 FROM cleaner_slots s WHERE s.provider_id = p.id AND s.status = 'free' AND s.starts_at > ?)
       ORDER BY p.id`,
    )
    .all(threeYearsBefore(new Date(now).toISOString().slice(0, 10)), now - 13 * DAY, now + DAY) as {
    id: number;
    pc4: string;
  }[];
  if (cleaners.length < RACE_ROUNDS) throw new Error("not enough cleaners with free slots for the race");
  const step = Math.floor(cleaners.length / RACE_ROUNDS);
  const rounds: Round[] = [];
  for (let r = 0; r < RACE_ROUNDS; r++) {
    const cleaner = cleaners[r * step] as { id: number; pc4: string };
    const startedAt = Date.now();
    // The last free weekly time: every other free slot of this cleaner is taken first. Only a time
    // free every week is booked (ADR 020), so its later weeks stay free with it: the same window,
    // a whole number of weeks later (an hour either way across a clock change).
    const first = db
      .prepare(
        "SELECT id, window_id AS windowId, starts_at AS startsAt FROM cleaner_slots WHERE provider_id = ? AND status = 'free' AND starts_at > ? ORDER BY starts_at LIMIT 1",
      )
      .get(cleaner.id, startedAt + DAY) as { id: number; windowId: number; startsAt: number };
    const slot = first.id;
    db.prepare(
      `UPDATE cleaner_slots SET status = 'booked' WHERE provider_id = ? AND status = 'free'
         AND NOT (window_id = ? AND starts_at >= ? AND ((starts_at - ?) % ${7 * DAY}) IN (0, ${HOUR}, ${7 * DAY - HOUR}))`,
    ).run(cleaner.id, first.windowId, first.startsAt, first.startsAt);
    const body = JSON.stringify({
      offerId: `cleaner:${cleaner.id}`,
      slotId: slot,
      helpRequest: {
        postcode: `${cleaner.pc4}AB`,
        birthYear: 1946,
        household: "single",
        needs: ["cleaning"],
        mobility: [],
        network: "none",
      },
      // The address where the help comes, in the cleaner's area: a profile's address elsewhere is
      // refused (it must lie in the municipality asked), so each racer gives it with the request.
      contact: {
        street: "Bankstraat",
        houseNumber: "1",
        postcode: `${cleaner.pc4}AB`,
        place: "Bankdorp",
        preferredContact: "email",
      },
    });
    const t = performance.now();
    const statuses = await Promise.all(
      cookies.map((cookie) =>
        fetch(`${baseUrl}/api/v1/requests`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Cookie: cookie },
          body,
        }).then(async (res) => {
          await res.arrayBuffer();
          return res.status;
        }),
      ),
    );
    const took = ms(t);
    // Checked in the database: the requests this round wrote, and who holds the slot.
    const rows = db
      .prepare("SELECT id FROM help_requests WHERE provider_id = ? AND kind = 'private_cleaner' AND created_at >= ?")
      .all(cleaner.id, startedAt) as { id: number }[];
    const holder = db.prepare("SELECT status, request_id AS requestId FROM cleaner_slots WHERE id = ?").get(slot) as {
      status: string;
      requestId: number | null;
    };
    const round: Round = {
      round: r + 1,
      cleaner: cleaner.id,
      slot,
      created: statuses.filter((s) => s === 201).length,
      conflicts: statuses.filter((s) => s === 409).length,
      other: statuses.filter((s) => s !== 201 && s !== 409).length,
      rowsWritten: rows.length,
      // A request written that does not hold the slot would be a second booking of it.
      overbookings: rows.filter((row) => row.id !== holder.requestId).length,
      ms: took,
    };
    rounds.push(round);
    log(
      `  round ${String(round.round).padStart(2)}: cleaner ${round.cleaner} slot ${round.slot}: ${round.created} × 201, ${round.conflicts} × 409, ${round.other} other; ${round.rowsWritten} written, slot ${holder.status}, ${round.overbookings} overbooked (${took} ms)`,
    );
  }
  db.close();
  return {
    rounds,
    winnersPerRound: rounds.map((r) => r.created),
    overbookings: rounds.reduce((n, r) => n + r.overbookings, 0),
    ok: rounds.every((r) => r.created === 1 && r.rowsWritten === 1 && r.overbookings === 0 && r.other === 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Pages behind a login

const STAFF_DOMAIN = "staff.bench.hulpwijzer.nl";

/**
 * Who the signed-in pages are measured as, added to the server's copy before it starts: an admin
 * and a consultant of the busiest municipality, the staff of its busiest cleaner and ZIN provider,
 * and the citizen with the most requests. They share the bench citizens' password hash.
 */
function addSignedInPeople(dbFile: string) {
  const db = new Database(dbFile);
  const hash = (
    db.prepare("SELECT password_hash AS h FROM users WHERE email = ?").get(citizenEmail(1)) as { h: string }
  ).h;
  const busiest = (
    db
      .prepare("SELECT municipality_code AS code FROM help_requests GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
      .get() as { code: string }
  ).code;
  const busiestProvider = (kind: string) =>
    (
      db
        .prepare(
          "SELECT provider_id AS id FROM help_requests WHERE kind = ? AND provider_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
        )
        .get(kind) as { id: number }
    ).id;
  const cleaner = busiestProvider("private_cleaner");
  const zin = busiestProvider("zin");
  const citizen = db
    .prepare(
      `SELECT u.email, (SELECT r.id FROM help_requests r WHERE r.citizen_user_id = u.id AND r.status = 'booked' LIMIT 1) AS booked
       FROM users u JOIN help_requests r ON r.citizen_user_id = u.id
       GROUP BY u.id HAVING booked IS NOT NULL ORDER BY count(*) DESC LIMIT 1`,
    )
    .get() as { email: string; booked: number };
  const insert = db.prepare(
    "INSERT OR IGNORE INTO users (email, name, password_hash, role, municipality_code, provider_id, totp_secret, totp_enabled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const staff = (email: string, name: string, role: string, code: string | null, provider: number | null) =>
    insert.run(email, name, hash, role, code, provider, DEMO_TOTP_SECRET, Date.now());
  staff(`admin@${STAFF_DOMAIN}`, "Bench beheerder", "admin", busiest, null);
  staff(`consulent@${STAFF_DOMAIN}`, "Bench consulent", "consultant", busiest, null);
  staff(`schoonmaker@${STAFF_DOMAIN}`, "Bench schoonmaker", "provider_staff", null, cleaner);
  staff(`zin@${STAFF_DOMAIN}`, "Bench zorgaanbieder", "provider_staff", null, zin);
  // An audit trail worth paging through: 20,000 events, reads in runs (grouped on the page) and changes.
  const admin = (db.prepare("SELECT id FROM users WHERE email = ?").get(`admin@${STAFF_DOMAIN}`) as { id: number }).id;
  const audit = db.prepare(
    "INSERT INTO audit_events (actor_user_id, action, subject_type, subject_id, detail, municipality_code, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const now = Date.now();
  db.transaction(() => {
    for (let i = 0; i < 20_000; i++)
      audit.run(
        admin,
        i % 3 === 0 ? "complaint.resolved" : "complaint.read",
        "complaint",
        String(i % 50),
        JSON.stringify({ from: "in_progress", to: "resolved" }),
        busiest,
        now - i * 20_000,
      );
  })();
  // An outbox worth reading: 100,000 messages of the busiest municipality's people, 300 of them
  // each for the measured citizen and staff (their notice lists), most read, some unread.
  const ids = (
    db.prepare("SELECT id FROM users WHERE municipality_code = ? OR role = 'citizen' LIMIT 5000").all(busiest) as {
      id: number;
    }[]
  ).map((r) => r.id);
  const measured = (
    db
      .prepare("SELECT id FROM users WHERE email IN (?, ?, ?, ?)")
      .all(citizen.email, `schoonmaker@${STAFF_DOMAIN}`, `consulent@${STAFF_DOMAIN}`, `admin@${STAFF_DOMAIN}`) as {
      id: number;
    }[]
  ).map((r) => r.id);
  const notice = db.prepare(
    `INSERT INTO notifications (recipient_user_id, kind, event_key, params, link, municipality_code, created_at, delivery_status, sent_at, read_at)
     VALUES (?, 'visit_reminder', ?, '{"providerName":"Bench","startAt":0}', '/mijn', ?, ?, 'sent', ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < 100_000; i++) {
      const at = now - i * 30_000;
      const to = i % 50 === 0 && measured.length > 0 ? measured[(i / 50) % measured.length] : ids[i % ids.length];
      notice.run(to, `bench:${i}`, busiest, at, at, i % 7 === 0 ? null : at);
    }
  })();
  // A running booking of the measured cleaner: her "stop the whole booking" page lists its visits.
  const cleanerBooked =
    (
      db
        .prepare("SELECT id FROM help_requests WHERE provider_id = ? AND status = 'booked' ORDER BY id LIMIT 1")
        .get(cleaner) as { id: number } | undefined
    )?.id ?? null;
  db.close();
  return { busiest, citizen, cleanerBooked };
}

type SignedInPage = { role: string; path: string; scenario: Scenario; toOptions: number };

/** Every signed-in page this round changed, p95 at 10 connections, as a multiple of options p95. */
async function signedInPages(
  baseUrl: string,
  people: ReturnType<typeof addSignedInPeople>,
  optionsP95: number,
): Promise<SignedInPage[]> {
  const pages: [string, string, string][] = [
    ["citizen", people.citizen.email, "/mijn"],
    ["citizen", people.citizen.email, `/mijn/aanvragen/${people.citizen.booked}`],
    ["cleaner", `schoonmaker@${STAFF_DOMAIN}`, "/aanbieder"],
    ["cleaner", `schoonmaker@${STAFF_DOMAIN}`, "/aanbieder/capaciteit"],
    ["cleaner", `schoonmaker@${STAFF_DOMAIN}`, "/aanbieder/bezoeken"],
    ["zin", `zin@${STAFF_DOMAIN}`, "/aanbieder/verwijzingen"],
    ["zin", `zin@${STAFF_DOMAIN}`, "/aanbieder/verwijzingen?weergave=afgerond"],
    ["zin", `zin@${STAFF_DOMAIN}`, "/aanbieder/capaciteit"],
    ["consultant", `consulent@${STAFF_DOMAIN}`, "/consulent"],
    ["consultant", `consulent@${STAFF_DOMAIN}`, "/consulent/zaken"],
    ["admin", `admin@${STAFF_DOMAIN}`, "/beheer/dashboard"],
    ["admin", `admin@${STAFF_DOMAIN}`, "/beheer/dashboard?gebied=regio"],
    ["admin", `admin@${STAFF_DOMAIN}`, "/beheer/dashboard.csv?gebied=regio&tabel=wachtenden"],
    ["admin", `admin@${STAFF_DOMAIN}`, "/beheer/audit"],
    ["admin", `admin@${STAFF_DOMAIN}`, "/beheer/audit?pagina=100"],
    ["admin", `admin@${STAFF_DOMAIN}`, "/beheer/audit.csv?formaat=excel"],
    ["admin", `admin@${STAFF_DOMAIN}`, "/beheer/aanbieders"],
    // Issue 16: notices, message choices, the outbox, the agenda and the account pages.
    ["citizen", people.citizen.email, "/meldingen"],
    ["citizen", people.citizen.email, "/account/berichten"],
    ["citizen", people.citizen.email, "/mijn/gegevens"],
    ["cleaner", `schoonmaker@${STAFF_DOMAIN}`, "/aanbieder/agenda"],
    ["cleaner", `schoonmaker@${STAFF_DOMAIN}`, "/meldingen"],
    ["consultant", `consulent@${STAFF_DOMAIN}`, "/meldingen"],
    ["admin", `admin@${STAFF_DOMAIN}`, "/beheer/berichten"],
    ["admin", `admin@${STAFF_DOMAIN}`, "/beheer/gebruikers"],
    ["admin", `admin@${STAFF_DOMAIN}`, "/account/wachtwoord"],
    // Issue 16, last steps: the account overview, the cleaner's request cards (with each booking's
    // weekly time and price) and her page to stop a whole booking.
    ["citizen", people.citizen.email, "/account"],
    ["cleaner", `schoonmaker@${STAFF_DOMAIN}`, "/aanbieder/aanvragen"],
    ...(people.cleanerBooked === null
      ? []
      : ([["cleaner", `schoonmaker@${STAFF_DOMAIN}`, `/aanbieder/stoppen/${people.cleanerBooked}`]] as [
          string,
          string,
          string,
        ][])),
  ];
  const cookies = new Map<string, string>();
  for (const [, email] of pages) if (!cookies.has(email)) cookies.set(email, await login(baseUrl, email));
  const measured: SignedInPage[] = [];
  for (const [role, email, path] of pages) {
    const cookie = cookies.get(email) as string;
    const status = (await fetch(baseUrl + path, { headers: { Cookie: cookie }, redirect: "manual" })).status;
    if (status !== 200) throw new Error(`${role} ${path} answers ${status}`);
    const scenario = await load(baseUrl, path, 10, Math.max(3, Math.round(duration / 2)), undefined, cookie);
    measured.push({ role, path, scenario, toOptions: round1(scenario.p95 / optionsP95) });
  }
  log(`  (p95 as a multiple of options p95 @10, ${optionsP95} ms)`);
  for (const m of measured) log(`  ${m.role.padEnd(10)} ${m.path.padEnd(44)} ${String(m.toOptions).padStart(6)} ×`);
  return measured;
}

// ---------------------------------------------------------------------------------------------
// Results

type Results = {
  version: 1;
  at: string;
  commit: string;
  dirty: boolean;
  machine: { cpus: number; node: string; nodeOptions: string[]; loadAverage: number[] };
  seed: number;
  durationS: number;
  dataset: { generatedAt: string; generationMs: number; reused: boolean; counts: Record<string, number> };
  startup: { nationalMs: number; coldMs: number };
  scenarios: { healthz100: Scenario; options10: Scenario; options100: Scenario; page10: Scenario };
  optionsToHealthzRatio: number;
  memory: { peakRssMb: number; sampledMb: number };
  race: Awaited<ReturnType<typeof race>>;
  /** Absent in results written before issue 15's last round. */
  signedIn?: SignedInPage[];
  bars: { bar: string; value: string; pass: boolean }[];
};

function qualityBars(r: Omit<Results, "bars">): Results["bars"] {
  return [
    {
      bar: "GET /api/v1/options p95 @10 < 25 ms",
      value: `${r.scenarios.options10.p95} ms`,
      pass: r.scenarios.options10.p95 < 25,
    },
    {
      bar: "GET /api/v1/options @100 ≥ ½ × /healthz req/s",
      value: `${r.scenarios.options100.rps} vs ${r.scenarios.healthz100.rps} req/s (${r.optionsToHealthzRatio})`,
      pass: r.optionsToHealthzRatio >= 0.5,
    },
    {
      bar: "GET /hulp/opties p95 @10 < 50 ms",
      value: `${r.scenarios.page10.p95} ms`,
      pass: r.scenarios.page10.p95 < 50,
    },
    {
      bar: "booking race: 1 winner per round, 0 overbookings",
      value: `winners ${[...new Set(r.race.winnersPerRound)].join("/")}, ${r.race.overbookings} overbooked`,
      pass: r.race.ok,
    },
    { bar: "peak RSS < 300 MB", value: `${r.memory.peakRssMb} MB`, pass: r.memory.peakRssMb < 300 },
    { bar: "cold start < 10 s", value: `${round1(r.startup.coldMs / 1000)} s`, pass: r.startup.coldMs < 10_000 },
  ];
}

function compare(previous: Results, latest: Results) {
  const rows: [string, number, number, "lower" | "higher"][] = [
    ["options @10 p95 (ms)", previous.scenarios.options10.p95, latest.scenarios.options10.p95, "lower"],
    ["options @10 req/s", previous.scenarios.options10.rps, latest.scenarios.options10.rps, "higher"],
    ["options @100 p95 (ms)", previous.scenarios.options100.p95, latest.scenarios.options100.p95, "lower"],
    ["options @100 req/s", previous.scenarios.options100.rps, latest.scenarios.options100.rps, "higher"],
    ["healthz @100 req/s", previous.scenarios.healthz100.rps, latest.scenarios.healthz100.rps, "higher"],
    ["options/healthz ratio", previous.optionsToHealthzRatio, latest.optionsToHealthzRatio, "higher"],
    ["/hulp/opties @10 p95 (ms)", previous.scenarios.page10.p95, latest.scenarios.page10.p95, "lower"],
    ["/hulp/opties @10 req/s", previous.scenarios.page10.rps, latest.scenarios.page10.rps, "higher"],
    ["peak RSS (MB)", previous.memory.peakRssMb, latest.memory.peakRssMb, "lower"],
    ["cold start (ms)", previous.startup.coldMs, latest.startup.coldMs, "lower"],
    ["start on national data (ms)", previous.startup.nationalMs, latest.startup.nationalMs, "lower"],
  ];
  log(`\nBefore → after (previous ${previous.commit}${previous.dirty ? "+changes" : ""} at ${previous.at})`);
  for (const [name, before, after, better] of rows) {
    const change = before === 0 ? 0 : ((after - before) / before) * 100;
    const improved = better === "lower" ? after < before : after > before;
    log(
      `  ${name.padEnd(30)} ${String(before).padStart(9)} → ${String(after).padStart(9)}  ${change >= 0 ? "+" : ""}${change.toFixed(0)}%${Math.abs(change) >= 5 ? (improved ? " better" : " worse") : ""}`,
    );
  }
}

function git(args: string[]): string {
  try {
    return execFileSync("git", args, { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  log(
    `npm run bench — seed ${seed}, ${duration} s per scenario, ${os.cpus().length} CPUs, Node ${process.version}, node ${[...nodeOptions, "server.js"].join(" ")}`,
  );
  const [loadAverage = 0] = os.loadavg();
  // The load generator shares the machine with the server; anything else running skews both.
  if (loadAverage > 1)
    log(`  note: load average ${loadAverage.toFixed(1)} before the run — other work on this machine skews the figures`);
  if (!fs.existsSync("build/server/index.js")) {
    log("no production build: building …");
    const built = spawnSync("npx", ["remix", "vite:build"], { stdio: "inherit" });
    if (built.status !== 0) throw new Error("build failed");
  }

  const t0 = performance.now();
  const dataset = ensureDataset(seed, { fresh, log });
  log(
    dataset.reused
      ? `dataset reused: ${path.relative(process.cwd(), dataset.file)} (generated ${dataset.stats.generatedAt} in ${round1(dataset.stats.ms / 1000)} s)`
      : `dataset generated in ${round1(ms(t0) / 1000)} s: ${path.relative(process.cwd(), dataset.file)}, ${Math.round(dataset.stats.bytes / 1e6)} MB`,
  );
  const c = dataset.stats.counts;
  log(
    `  ${c.municipalities} municipalities, ${c.providers} providers, ${c.cleanerSlots} cleaner slots (${c.bookedSlots} booked), ${c.requests} requests, ${c.requestEvents} events, ${c.citizens} citizens`,
  );

  // The server gets a copy: the race and the requests it makes never change the dataset itself.
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "hulpwijzer-bench-"));
  const dbFile = path.join(work, "bench.db");
  fs.copyFileSync(dataset.file, dbFile);
  const people = addSignedInPeople(dbFile);

  log("\nStarting the production build on the national dataset …");
  const server = await startServer({ DATABASE_URL: dbFile, SEED_DEMO: "false" });
  const pid = server.child.pid;
  if (pid === undefined) throw new Error("no server pid");
  const memory = memorySampler(pid);
  log(
    `  serving after ${server.startMs} ms (migrations, reference check, slot horizon refresh); peak RSS ${memory.peakMb()} MB`,
  );

  const queries = queryMix(dbFile, URL_COUNT, seed);
  const apiPaths = queries.map((q) => `/api/v1/options?${q}`);
  const pagePaths = queries.map((q) => `/hulp/opties?${q}`);
  // Every URL answers as it should before anything is timed (a 404 is a municipality without one).
  const sample = await Promise.all(apiPaths.slice(0, 20).map((p) => fetch(server.baseUrl + p).then((r) => r.status)));
  if (sample.some((s) => s !== 200)) throw new Error(`options URLs answer ${sample.join(",")}`);

  log(`\nLoad (${URL_COUNT} different requests, cycled; ${duration} s each, after a 3 s warm-up):`);
  await load(server.baseUrl, "warm-up", 10, 3, apiPaths); // not counted
  const healthz100 = await load(server.baseUrl, "/healthz", 100, duration);
  const options10 = await load(server.baseUrl, "/api/v1/options", 10, duration, apiPaths);
  const options100 = await load(server.baseUrl, "/api/v1/options", 100, duration, apiPaths);
  const page10 = await load(server.baseUrl, "/hulp/opties", 10, duration, pagePaths);
  log(`  peak RSS so far ${memory.peakMb()} MB`);

  log(`\nSigned-in pages (busiest municipality ${people.busiest}; 10 connections each):`);
  const signedIn = await signedInPages(server.baseUrl, people, options10.p95);
  log(`  peak RSS so far ${memory.peakMb()} MB`);

  log(`\nBooking race: ${RACERS} citizens, the last free slot of a cleaner, ${RACE_ROUNDS} rounds`);
  const raced = await race(server.baseUrl, dbFile);
  log(`  peak RSS so far ${memory.peakMb()} MB`);

  const mem = memory.stop();
  await server.stop();
  children.delete(server.child);

  log("\nCold start: empty data directory, demo seed, until /healthz answers …");
  const coldDir = path.join(work, "cold", "data");
  const cold = await startServer({ DATABASE_URL: path.join(coldDir, "hulpwijzer.db"), SEED_DEMO: "true" });
  await cold.stop();
  children.delete(cold.child);
  log(`  ${cold.startMs} ms`);
  fs.rmSync(work, { recursive: true, force: true });

  const partial = {
    version: 1 as const,
    at: new Date().toISOString(),
    commit: git(["rev-parse", "--short", "HEAD"]),
    dirty: git(["status", "--porcelain", "--untracked-files=no"]) !== "",
    machine: { cpus: os.cpus().length, node: process.version, nodeOptions, loadAverage: os.loadavg() },
    seed,
    durationS: duration,
    dataset: {
      generatedAt: dataset.stats.generatedAt,
      generationMs: dataset.stats.ms,
      reused: dataset.reused,
      counts: dataset.stats.counts,
    },
    startup: { nationalMs: server.startMs, coldMs: cold.startMs },
    scenarios: { healthz100, options10, options100, page10 },
    signedIn,
    optionsToHealthzRatio: Math.round((options100.rps / healthz100.rps) * 100) / 100,
    memory: mem,
    race: raced,
  };
  const results: Results = { ...partial, bars: qualityBars(partial) };

  fs.mkdirSync(RESULTS, { recursive: true });
  const latestFile = path.join(RESULTS, "latest.json");
  const previousFile = path.join(RESULTS, "previous.json");
  let previous: Results | undefined;
  if (fs.existsSync(latestFile)) {
    fs.renameSync(latestFile, previousFile);
    previous = JSON.parse(fs.readFileSync(previousFile, "utf8")) as Results;
  }
  fs.writeFileSync(latestFile, `${JSON.stringify(results, null, 2)}\n`);

  log(`\nPeak RSS of the server: ${mem.peakRssMb} MB`);
  if (previous?.version === 1) compare(previous, results);
  log("\nQuality bars (DESIGN.md):");
  for (const b of results.bars) log(`  ${b.pass ? "PASS" : "FAIL"}  ${b.bar.padEnd(50)} ${b.value}`);
  log("  (not measured here: `npm test` under 10 minutes)");
  log(`\nWritten to ${path.relative(process.cwd(), latestFile)} in ${round1(ms(started) / 1000)} s.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
