// Property-based fuzzing over real HTTP: random and hostile values at every form action and JSON
// endpoint. Whatever arrives, the answer is never a 5xx; a refusal is a 4xx (or a redirect back
// with a failure notice) that says what is wrong in Dutch, and it leaves the database exactly as
// it was. Runs are reproducible: a fixed seed, FUZZ_RUNS to change the number of values, and
// FUZZ_SHRINK=true to have fast-check shrink a failure to a small counterexample (slow over HTTP).
import { createHash, createHmac } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "~/domain/policy";
import { addDays, isoWeekday } from "~/domain/time";
import { en } from "~/i18n/en";
import {
  EVALUATION_OUTCOMES,
  GENERAL_FACILITIES,
  LANGUAGES,
  PAYMENT_METHODS,
  PROVIDER_KINDS,
  SIGNAL_TYPES,
  STEERING_REASONS,
  VETTING_ITEMS,
} from "~db/enums";
import { addressFields } from "../support/address";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, DEMO_PASSWORD, textOf } from "../support/client";
import {
  addStaff,
  bookCleaner,
  createApiKey,
  GRONINGEN,
  helpQuery,
  loggedIn,
  moveVisit,
  newCitizen,
  one,
  requestKind,
  WOERDEN,
  WOERDEN_HELP,
} from "../support/factories";

const SEED = 20_260_808;
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
/** Endpoints with several intents: this many values per intent (at least RUNS per endpoint). */
const INTENT_RUNS = Math.max(40, Math.ceil(RUNS / 3));
const WEBHOOK_SECRET = "whsec_fuzz";
/** API keys of one provider of each kind, made by their staff in beforeAll. */
const API_KEYS = { zin: "", cleaner: "", physio: "", mediator: "" };

let app: AppServer;

// ── Hostile values ────────────────────────────────────────────────────────────────────────────
const SPECIAL = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u202Eevil\u202C",
  "مرحبا بالعالم",
  "שלום",
  "👵🏽🧹✨",
  "𝕳𝖚𝖑𝖕",
  "\uFEFF",
  "\r\n",
  "\t",
  "Ωμέγα",
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  "1; DELETE FROM help_requests",
  '" OR ""="',
  "%' --",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
  "{{7*7}}",
  "#{7*7}",
  "$(id)",
  "../../etc/passwd",
  "%00",
  "%2e%2e%2f",
  "__proto__",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "NaN",
  "Infinity",
  "-Infinity",
  "0",
  "-0",
  "-1",
  "1.5",
  "1,5",
  "1e309",
  "-1e309",
  "9007199254740993",
  "99999999999999999999999",
  "0x1F",
  "١٢٣",
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
  "0000-01-01",
  "0001-01-01",
  "9999-12-31",
  "1970-01-01",
  "2024-02-29",
  "2026-02-29",
  "+275760-09-13",
  "2026-1-1",
  "31-12-2026",
  "yesterday",
  "2026-06-01T00:00:00Z",
  "24:00",
  "23:60",
  "99:99",
  "GM0632",
  "GM9999",
  "GM0014",
];
const FRAGMENTS = ["a", "é", "€", "👵🏽", "\u0000", "<script>", "' OR 1=1 --", "\u202E", "1"];

/** Up to ~100 kB of one fragment (emoji may be cut in half: a lone surrogate). */
const huge = fc
  .tuple(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 2_000, max: 100_000 }))
  .map(([f, n]) => f.repeat(Math.ceil(n / f.length)).slice(0, n));

const numberish = fc.oneof(
  fc.integer().map(String),
  fc.integer({ min: -3, max: 40 }).map(String),
  fc.double().map(String),
  fc.bigInt().map(String),
);

const hostile: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 3, arbitrary: numberish },
  { weight: 1, arbitrary: huge },
);

/** A field's value: often a valid one (to get past the first check), often a hostile one. */
const value = (valid: readonly string[]) =>
  valid.length === 0
    ? hostile
    : fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...valid) }, { weight: 4, arbitrary: hostile });

type Entries = [string, string][];

/**
 * A form, half of the time wild (each field missing, once or repeated, valid or hostile), half of
 * the time nearly right (every field from its list, then up to two fields spoilt: a hostile
 * value, left out, or sent twice), so the values get past the first check to the deeper ones.
 * Either way with strange extra keys now and then.
 */
function form(fields: Record<string, readonly string[]>): fc.Arbitrary<Entries> {
  const names = Object.keys(fields);
  const perField = names.map((name) => {
    const valid = fields[name] ?? [];
    return fc.oneof(
      { weight: 1, arbitrary: fc.constant<Entries>([]) },
      { weight: 6, arbitrary: value(valid).map((v): Entries => [[name, v]]) },
      {
        weight: 1,
        arbitrary: fc
          .array(value(valid), { minLength: 2, maxLength: 3 })
          .map((vs) => vs.map((v): [string, string] => [name, v])),
      },
    );
  });
  const wild = fc.tuple(...perField).map((groups) => groups.flat());
  const spoil = fc.tuple(fc.nat(Math.max(0, names.length - 1)), fc.constantFrom("hostile", "drop", "twice"), hostile);
  const nearlyRight = fc
    .tuple(
      fc.tuple(...names.map((name) => (fields[name]?.length ? fc.constantFrom(...(fields[name] ?? [])) : hostile))),
      fc.array(spoil, { maxLength: 2 }),
    )
    .map(([values, spoils]) => {
      const entries: Entries = names.map((name, i) => [name, values[i] ?? ""]);
      for (const [i, how, bad] of spoils) {
        const at = entries.findIndex(([name]) => name === names[i]);
        if (at === -1) continue;
        const [name] = entries[at] as [string, string];
        if (how === "hostile") entries[at] = [name, bad];
        else if (how === "drop") entries.splice(at, 1);
        else entries.push([name, bad]);
      }
      return entries;
    });
  const extraKey = fc.oneof(
    fc.constantFrom("__proto__", "constructor", "_data", "index", "intent", "redirectTo", "x"),
    fc.string({ maxLength: 12 }),
  );
  const extras = fc.array(fc.tuple(extraKey, hostile), { maxLength: 2 });
  return fc.tuple(fc.oneof(wild, nearlyRight), extras).map(([entries, extra]) => [...entries, ...extra]);
}

/** How the form travels: mostly as a browser sends it, sometimes as something else entirely. */
type Encoding = "urlencoded" | "multipart" | "json" | "garbage" | "empty";
const encoding = fc.constantFrom<Encoding>(
  "urlencoded",
  "urlencoded",
  "urlencoded",
  "urlencoded",
  "multipart",
  "json",
  "garbage",
  "empty",
);

function encode(entries: Entries, how: Encoding): RequestInit {
  switch (how) {
    case "urlencoded":
      return {
        body: new URLSearchParams(entries).toString(),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      };
    case "multipart": {
      const data = new FormData();
      for (const [k, v] of entries) data.append(k, v);
      return { body: data };
    }
    case "json":
      return { body: JSON.stringify(Object.fromEntries(entries)), headers: { "Content-Type": "application/json" } };
    case "garbage":
      return {
        body: `--nope\r\nContent-Disposition: form-data; name="x"\r\n\r\n${entries[0]?.[1] ?? ""}`,
        headers: { "Content-Type": "multipart/form-data; boundary=other" },
      };
    case "empty":
      return { headers: { "Content-Type": "application/x-www-form-urlencoded" } };
  }
}

/** Any JSON value of the wrong kind: strings, numbers at the edges, booleans, null, arrays, objects. */
const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostile },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  {
    weight: 2,
    arbitrary: fc.constantFrom(1e308, -1e308, 2 ** 53 + 2, -1, 0, 0.5, 1.5, Number.MAX_SAFE_INTEGER, -0),
  },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(hostile, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 6 }), hostile, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/**
 * Entries as a query string. Node refuses request headers over 16 kB (431, before the app sees
 * them), so values in a URL are cut short: the huge ones go in bodies.
 */
function query(entries: Entries): string {
  const full = new URLSearchParams(entries).toString();
  return full.length <= 6_000
    ? full
    : new URLSearchParams(entries.map(([k, v]) => [k.slice(0, 50), v.slice(0, 200)])).toString();
}

/** A JSON object: wild (each field missing, valid or hostile) or nearly right (up to two spoilt). */
function jsonObject(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const model = Object.fromEntries(
    Object.entries(fields).map(([k, valid]) => [
      k,
      fc.oneof({ weight: 3, arbitrary: valid }, { weight: 3, arbitrary: hostileJson }),
    ]),
  );
  const wild = fc.record(model, { requiredKeys: [] });
  const keys = Object.keys(fields);
  const nearlyRight = fc
    .tuple(fc.record(fields), fc.array(fc.tuple(fc.constantFrom(...keys), fc.boolean(), hostileJson), { maxLength: 2 }))
    .map(([object, spoils]) => {
      const out: Record<string, unknown> = { ...object };
      for (const [key, drop, bad] of spoils) {
        if (drop) delete out[key];
        else out[key] = bad;
      }
      return out;
    });
  return fc.oneof(wild, nearlyRight);
}

/** A JSON body: mostly the expected shape, else another type, a repeated key, or not JSON at all. */
function jsonBody(object: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<string> {
  const duplicated = fc.tuple(object, fc.string({ maxLength: 12 }), hostileJson).map(([o, key, v]) => {
    const first = Object.keys(o)[0] ?? key;
    const rest = JSON.stringify(o).slice(1);
    return `{${JSON.stringify(first)}:${JSON.stringify(v)}${rest === "}" ? "}" : `,${rest}`}`;
  });
  const notJson = fc.oneof(
    fc.constantFrom("", "{", "nul", '{"a":}', "[1,]", "{'a':1}", "\u0000", "{}}", "[".repeat(5000)),
    hostile,
  );
  return fc.oneof(
    { weight: 8, arbitrary: object.map((o) => JSON.stringify(o)) },
    { weight: 1, arbitrary: hostileJson.map((v) => JSON.stringify(v) ?? "null") },
    { weight: 1, arbitrary: duplicated },
    { weight: 1, arbitrary: notJson },
  );
}

// ── What every answer must be ─────────────────────────────────────────────────────────────────
// Reads are audited by design (…listed, …read, …viewed, failed logins): not a change of data.
const READ_AUDITS =
  "action LIKE '%.listed' OR action LIKE '%.read' OR action LIKE '%.viewed' OR action = 'session.login_failed'";
const IGNORED_TABLES = new Set([
  "sessions",
  // Each login attempt is noted before the password is checked (the limit is taken there): by design.
  "auth_attempts",
  "audit_events",
  "postcode_areas",
  "municipalities",
  "__drizzle_migrations",
]);
let tables: string[] = [];
let thrown = 0; // values sent, for the record
let last = "";

/** A hash of every row of every table that holds state (sessions and read audits aside). */
function checksum(): string {
  const db = app.db();
  const hash = createHash("sha256");
  for (const table of tables) {
    const rows =
      table === "sqlite_sequence"
        ? db
            .prepare("SELECT * FROM sqlite_sequence WHERE name NOT IN ('audit_events', 'auth_attempts') ORDER BY name")
            .raw()
            .all()
        : table === "api_keys"
          ? // A key's last use is noted on every authenticated call, accepted or not: by design.
            db
              .prepare("SELECT id, provider_id, name, key_hash, prefix, revoked_at FROM api_keys ORDER BY id")
              .raw()
              .all()
          : db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().all();
    hash.update(`${table}:${JSON.stringify(rows)}\n`);
  }
  hash.update(
    JSON.stringify(db.prepare(`SELECT * FROM audit_events WHERE NOT (${READ_AUDITS}) ORDER BY id`).raw().all()),
  );
  return hash.digest("hex");
}

// A word only Dutch text has (every message of the app has one; English words like "is" do not count).
const DUTCH =
  /(^|[^\p{L}])(de|het|een|niet|geen|u|uw|wat|dit|deze|dat|van|voor|op|en|te|er|om|tot|aan|bij|naar|kan|kon|moet|zijn|heeft|vul|kies|gebruik|geef|log|lever|klopt|bestaat|toegang|gevonden|onbekend|onbekende|geldig|geldige|getal|tekens|datum|verzoek|aanlevering|handtekening|bericht)([^\p{L}]|$)/iu;
const ENGLISH_CATALOGUE = new Set(Object.values(en));
const ENGLISH = /(invalid input|expected|required|too (small|big)|must be|unrecognized|unexpected token)/i;

/** The messages a rejected page shows: the error page's title, alerts and field errors. */
function shownMessages(html: string): string[] {
  const out: string[] = [];
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html;
  const title = /<h1[^>]*id="error-title"[^>]*>([\s\S]*?)<\/h1>/.exec(main);
  if (title?.[1]) out.push(textOf(title[1]));
  for (const m of main.matchAll(/role="(alert|status)"[^>]*>([\s\S]*?)<\/(p|li|div)>/g)) out.push(textOf(m[2] ?? ""));
  for (const m of main.matchAll(/class="[^"]*form-field-error-message[^"]*"[^>]*>([\s\S]*?)<\/(p|div)>/g))
    out.push(textOf(m[1] ?? ""));
  return out.map((s) => s.trim()).filter((s) => s !== "");
}

function expectDutchMessage(context: string, res: Response, body: string) {
  const type = res.headers.get("content-type") ?? "";
  let messages: string[];
  if (type.includes("json")) {
    const json = JSON.parse(body) as { message?: unknown; errors?: Record<string, unknown> };
    messages = [json.message, ...Object.values(json.errors ?? {})].filter((m): m is string => typeof m === "string");
  } else if (type.includes("text/html")) {
    expect(body, context).toContain('<html lang="nl"');
    messages = shownMessages(body);
  } else {
    messages = [body];
  }
  expect(messages.length, `${context}: no message`).toBeGreaterThan(0);
  for (const message of messages) {
    expect(message.trim(), `${context}: an empty message`).not.toBe("");
    expect(message, `${context}: not Dutch`).toMatch(DUTCH);
    expect(message, `${context}: an English library message`).not.toMatch(ENGLISH);
    expect(ENGLISH_CATALOGUE.has(message), `${context}: the English text`).toBe(false);
  }
}

/** Refusals that come back as a redirect: "it did not work" notices and the way back. */
const FAILURE_NOTICE = /[?&]melding=(failed|method_failed|slot_gone|payment_failed|not_held|hold_expired)\b/;

type Verdict = { status: number; location: string; body: string; rejected: boolean };

/**
 * Checks one answer: never a 5xx, redirects stay on the site, no script smuggled into a page, and
 * a rejection has a Dutch message and changed nothing.
 */
async function verdict(
  label: string,
  input: unknown,
  res: Response,
  rejectedRedirect: (location: string) => boolean = () => false,
): Promise<Verdict> {
  const body = await res.text();
  const location = res.headers.get("location") ?? "";
  thrown += 1;
  const shown = JSON.stringify(input, (_k, v) =>
    typeof v === "string" && v.length > 80 ? `${v.slice(0, 80)}…(${v.length})` : v,
  );
  const context = `${label} ${shown?.slice(0, 600)} → ${res.status} ${location} ${body.slice(0, 300)}`;
  expect(res.status, context).toBeLessThan(500);
  const before = last;
  last = checksum();
  const redirected = res.status >= 300 && res.status < 400;
  if (redirected) expect(location, `${context}: off-site redirect`).toMatch(/^\/(?![/\\])/);
  if ((res.headers.get("content-type") ?? "").includes("text/html")) {
    expect(body, `${context}: unescaped markup`).not.toMatch(/<script>alert\(|<img src=x onerror|<svg onload/);
  }
  const rejected = res.status >= 400 || (redirected && (FAILURE_NOTICE.test(location) || rejectedRedirect(location)));
  if (rejected) {
    expect(last, `${context}: the database changed`).toBe(before);
    if (res.status >= 400) expectDutchMessage(context, res, body);
  }
  return { status: res.status, location, body, rejected };
}

function fuzz<T>(arb: fc.Arbitrary<T>, check: (value: T) => Promise<unknown>, numRuns = RUNS) {
  return fc.assert(
    fc.asyncProperty(arb, async (v) => {
      await check(v);
    }),
    { seed: SEED, numRuns, endOnFailure: process.env.FUZZ_SHRINK !== "true" },
  );
}

function postForm(client: Client, path: string, entries: Entries, how: Encoding) {
  const init = encode(entries, how);
  return client.request(path, { ...init, method: "POST" });
}

// ── The world the values are thrown at ────────────────────────────────────────────────────────
let citizen: Client; // owns the requests the providers and the consultant act on
let owner: Client; // owns the requests the /mijn fuzzing acts on (and may cancel)
let provider: Client; // Thuiszorg Groene Hart (ZIN)
let cleaner: Client; // Schoonmaakhulp Ans de Vries
let physio: Client; // Fysiotherapie Woerden Centrum (Powerful Ageing intakes)
let mediator: Client; // Burenhulp Bemiddeling Utrecht West (informal pgb)
let consultant: Client;
let admin: Client;
const ids = {
  cleanerRequest: 0,
  zinRequest: 0,
  paRequest: 0,
  mediationRequest: 0,
  othersRequest: 0,
  complaint: 0,
  own: [] as number[], // the owner's cleaner booking, Powerful Ageing and informal pgb requests
  ownSlots: [] as number[],
  annaCase: 0,
  ownCase: 0,
  referral: 0,
  signal: 0,
  slots: [] as number[],
  providers: [] as number[],
  woerdenProviders: [] as number[],
  payments: [] as number[],
};
const today = amsterdamDay(new Date());
const nextMonday = (() => {
  let d = addDays(today, 1);
  while (isoWeekday(d) !== 1) d = addDays(d, 1);
  return d;
})();
const DAYS = [today, addDays(today, 1), addDays(today, 30), nextMonday, addDays(today, -1), addDays(today, 400)];

beforeAll(async () => {
  app = await startApp({
    STRIPE_SECRET_KEY: "sk_test_fuzz",
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_BASE: "http://127.0.0.1:9", // nothing listens: online payments fail fast
  });
  const db = app.db();
  tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[])
    .map((t) => t.name)
    .filter((t) => !IGNORED_TABLES.has(t));

  addStaff(app, "fuzz.fysio@example.nl", "Fysiotherapie Woerden Centrum");
  addStaff(app, "fuzz.bemiddeling@example.nl", "Burenhulp Bemiddeling Utrecht West");
  citizen = await newCitizen(app, "fuzz.inwoner@example.nl");
  owner = await newCitizen(app, "fuzz.eigenaar@example.nl");
  provider = await loggedIn(app, DEMO.provider);
  cleaner = await loggedIn(app, DEMO.cleaner);
  physio = await loggedIn(app, "fuzz.fysio@example.nl");
  mediator = await loggedIn(app, "fuzz.bemiddeling@example.nl");
  API_KEYS.zin = await createApiKey(provider, "fuzz");
  API_KEYS.cleaner = await createApiKey(cleaner, "fuzz");
  API_KEYS.physio = await createApiKey(physio, "fuzz");
  API_KEYS.mediator = await createApiKey(mediator, "fuzz");
  consultant = await loggedIn(app, DEMO.consultant);
  admin = await loggedIn(app, DEMO.admin);

  ids.cleanerRequest = await bookCleaner(citizen);
  ids.zinRequest = await requestKind(citizen, "zin");
  ids.paRequest = await requestKind(citizen, "powerful_ageing");
  ids.mediationRequest = await requestKind(citizen, "pgb_informal");
  ids.own = [
    await bookCleaner(owner),
    await requestKind(owner, "powerful_ageing"),
    await requestKind(owner, "pgb_informal"),
  ];
  const filed = await citizen.post(`/mijn/aanvragen/${ids.cleanerRequest}`, {
    intent: "complaint",
    text: "De hulp kwam niet op de afgesproken tijd.",
  });
  expect(filed.status).toBe(302);
  ids.complaint = one<{ id: number }>(app, "SELECT max(id) AS id FROM complaints").id;
  ids.othersRequest = one<{ id: number }>(
    app,
    "SELECT r.id FROM help_requests r JOIN users u ON u.id = r.citizen_user_id WHERE u.email LIKE 'johanna%'",
  ).id;
  ids.annaCase = one<{ id: number }>(app, "SELECT id FROM cases WHERE person_name = 'Anna Visser'").id;
  ids.ownCase = one<{ id: number }>(app, "SELECT case_id AS id FROM help_requests WHERE id = ?", ids.zinRequest).id;
  ids.referral = one<{ id: number }>(app, "SELECT id FROM referrals ORDER BY id LIMIT 1").id;
  ids.signal = one<{ id: number }>(app, "SELECT id FROM signals ORDER BY id LIMIT 1").id;
  ids.slots = (
    db.prepare("SELECT id FROM cleaner_slots WHERE request_id = ? LIMIT 3").all(ids.cleanerRequest) as { id: number }[]
  ).map((s) => s.id);
  ids.ownSlots = (
    db.prepare("SELECT id FROM cleaner_slots WHERE request_id = ? LIMIT 3").all(ids.own[0]) as { id: number }[]
  ).map((s) => s.id);
  // A visit that took place, confirmed by the citizen: a payment for the webhook and the provider.
  const visit = moveVisit(app, ids.cleanerRequest, 0, Date.now() - 3 * 3_600_000);
  const done = await citizen.post(`/mijn/aanvragen/${ids.cleanerRequest}`, {
    intent: "visit-done",
    slotId: String(visit),
  });
  expect(done.headers.get("location")).toContain("melding=visit_done");
  ids.payments = (db.prepare("SELECT id FROM payments ORDER BY id").all() as { id: number }[]).map((p) => p.id);
  expect(ids.payments.length).toBeGreaterThan(0);
  ids.providers = (db.prepare("SELECT id FROM providers ORDER BY id").all() as { id: number }[]).map((p) => p.id);
  ids.woerdenProviders = (
    db
      .prepare("SELECT provider_id AS id FROM provider_service_areas WHERE municipality_code = ? ORDER BY 1")
      .all(WOERDEN) as { id: number }[]
  ).map((p) => p.id);

  // Pages that note something on their first view (stale-capacity reminders) are seen once first.
  for (const client of [provider, cleaner, physio, mediator]) await client.get("/aanbieder");
  last = checksum();
});
afterAll(async () => {
  await app?.stop();
});

const str = (...values: (string | number)[]) => values.map(String);
const HELP_FIELDS = {
  postcode: ["3441AB", "3441 ab", "9711AA", "3641", "1011AB"],
  birthYear: ["1946", "1990", "1930", String(new Date().getFullYear() - 120)],
  household: ["single", "couple"],
  partnerUnderAow: ["true", "false"],
  income: ["0", "25000", "", "1000000"],
  needs: ["cleaning", "laundry", "heavy_cleaning", "cleaning,laundry", "cleaning,cleaning"],
  mobility: ["stairs", "chair_rise", "stairs,chair_rise", ""],
  network: ["none", "some", "can_provide"],
  start: [today, addDays(today, 1), addDays(today, 30), nextMonday, addDays(today, 365)],
};

// ── What the fuzzing found, kept as plain cases ───────────────────────────────────────────────
describe("refusals the fuzzing found without a word (fixed), as plain cases", () => {
  async function refused(res: Response, status: number, message: string) {
    const v = await verdict("case", null, res);
    expect(v.status, v.body.slice(0, 300)).toBe(status);
    expect(textOf(v.body)).toContain(message);
  }

  it("a bad return address does not stop a login or a registration: it is dropped", async () => {
    const login = await postForm(
      new Client(app.baseUrl),
      "/inloggen",
      [
        ["email", DEMO.citizen],
        ["password", DEMO_PASSWORD],
        ["redirectTo", "/mijn"],
        ["redirectTo", "/beheer"],
      ],
      "urlencoded",
    );
    expect(login.status).toBe(302);
    expect(login.headers.get("location")).toBe("/mijn");
    const registered = await new Client(app.baseUrl).post("/registreren", {
      name: "Lange Terugweg",
      email: "terugweg@example.nl",
      password: "een lang genoeg wachtwoord",
      redirectTo: `/${"a".repeat(2001)}`,
    });
    // Registration ends on the same neutral page whatever happened (ADR 017); the overlong way back
    // is not carried on to its login form.
    expect(registered.status).toBe(200);
    expect(await registered.text()).not.toContain("a".repeat(2001));
    last = checksum();
  });

  it("an error on a hidden field is said in general terms", async () => {
    const res = await cleaner.post("/aanbieder/capaciteit", {
      type: "cleaner_exception",
      externalRef: "x".repeat(101),
      fromDate: addDays(today, 10),
      toDate: addDays(today, 11),
    });
    await refused(res, 400, "Een deel van het formulier klopt niet.");
  });

  it("capacity of a type another kind of provider publishes is a bad request", async () => {
    const res = await cleaner.post("/aanbieder/capaciteit", { type: "helper_pool", externalRef: "pool", helpers: "x" });
    await refused(res, 400, "Dit verzoek klopt niet");
  });

  it("another provider's referral or complaint is not found, even when the form is wrong too", async () => {
    await refused(
      await provider.post("/aanbieder/verwijzingen", { intent: "accept", referralId: "999999", startDate: "nee" }),
      404,
      "Pagina niet gevonden",
    );
    await refused(
      await cleaner.post("/aanbieder/klachten", { complaintId: "999999", response: "" }),
      404,
      "Pagina niet gevonden",
    );
  });

  it("a refusal for a step the referral no longer offers is said at the top of the page", async () => {
    // Anna Visser's referral has been accepted: there is no accept form, so no field to show it at.
    const res = await provider.post("/aanbieder/verwijzingen", {
      intent: "accept",
      referralId: String(ids.referral),
      startDate: "nee",
    });
    await refused(res, 400, "Dit kon niet: de verwijzing is intussen veranderd");
  });

  it("a refusal about a signal or an evaluation that is not on the case is said at the top", async () => {
    const path = `/consulent/zaken/${ids.annaCase}`;
    await refused(
      await consultant.post(path, { intent: "signal", signalId: "999999", action: "note" }),
      400,
      "Dat lukte niet.",
    );
    await refused(
      await consultant.post(path, { intent: "review", evaluationId: "999999", note: "" }),
      400,
      "Dat lukte niet.",
    );
    await refused(
      await consultant.post(path, { intent: "signal", signalId: String(ids.signal), action: "bogus" }),
      400,
      "Controleer de gemarkeerde velden.",
    );
  });

  it("a response to a resolved complaint is said to be impossible, not silently refused", async () => {
    const filed = await owner.post(`/mijn/aanvragen/${ids.own[0]}`, { intent: "complaint", text: "Weer te laat." });
    expect(filed.status).toBe(302);
    const id = one<{ id: number }>(app, "SELECT max(id) AS id FROM complaints").id;
    await admin.post(`/beheer/klachten/${id}`, { intent: "start" });
    await admin.post(`/beheer/klachten/${id}`, { intent: "resolve", resolution: "Besproken." });
    last = checksum();
    await refused(
      await admin.post(`/beheer/klachten/${id}`, { intent: "respond", response: "" }),
      400,
      "Dit kan niet in de huidige status van de klacht.",
    );
  });

  it("a refused signal when the provider has no clients says so", async () => {
    // The physiotherapist has an intake, not a client yet.
    await refused(await physio.post("/aanbieder/signalen", { client: "", type: "", text: "" }), 400, "cliënt");
  });
});

// ── JSON API ──────────────────────────────────────────────────────────────────────────────────
describe("GET /api/v1/options", () => {
  it("answers any query with 200, a Dutch 400 or 404, and never writes", async () => {
    await fuzz(form(HELP_FIELDS), async (entries) => {
      const res = await fetch(`${app.baseUrl}/api/v1/options?${query(entries)}`);
      const v = await verdict("options", entries, res);
      expect([200, 400, 404]).toContain(v.status);
      expect(last).toBe(checksum());
    });
  });
});

describe("GET /api/v1/services", () => {
  it("answers any query with 200 or a Dutch 400", async () => {
    const fields = {
      municipality: [WOERDEN, GRONINGEN, "GM9999", "gm0632", ""],
      kind: [...PROVIDER_KINDS, ""],
      page: ["1", "2", "100000", "100001", "0"],
      per_page: ["1", "50", "100", "101"],
    };
    await fuzz(form(fields), async (entries) => {
      const res = await fetch(`${app.baseUrl}/api/v1/services?${query(entries)}`);
      const v = await verdict("services", entries, res);
      expect([200, 400]).toContain(v.status);
    });
  });
});

describe("POST /api/v1/requests", () => {
  const helpRequest = jsonObject(
    Object.fromEntries(Object.entries(HELP_FIELDS).map(([k, valid]) => [k, fc.constantFrom<unknown>(...valid)])),
  );
  const body = jsonBody(
    jsonObject({
      offerId: fc.constantFrom("zin:1", "cleaner:5", "cohort:1", "cohort:2", "mediation:10", "consultation", "zin:999"),
      slotId: fc.integer({ min: 1, max: 200 }),
      helpRequest: fc.oneof(helpRequest, fc.constant(WOERDEN_HELP)),
      // Asked at the first request: a valid address, one elsewhere, or a half one.
      contact: fc.constantFrom<unknown>(addressFields(), addressFields("9711AA"), { street: "Kerkstraat" }),
    }),
  );

  it("refuses what is not a valid request with a Dutch 4xx and writes nothing", async () => {
    const asker = await newCitizen(app, "fuzz.api@example.nl");
    last = checksum();
    await fuzz(fc.tuple(body, fc.constantFrom("application/json", "text/plain", "")), async ([text, type]) => {
      const res = await asker.request("/api/v1/requests", {
        method: "POST",
        headers: type ? { "Content-Type": type } : {},
        body: text,
      });
      const v = await verdict("requests", text, res);
      expect([201, 400, 404, 409, 413]).toContain(v.status);
    });
  });
});

describe("PUT /api/v1/capacity", () => {
  const day = fc.constantFrom(...DAYS, "9999-12-27", "9999-12-31", "0001-01-01", "1970-01-05", "2024-02-29");
  const time = fc.constantFrom("09:00", "13:30", "00:00", "23:59", "24:00", "9:00");
  const ref = fc.constantFrom("fuzz-1", "fuzz-2", " ", "x".repeat(101));
  const municipality = fc.constantFrom(WOERDEN, "GM0589", GRONINGEN, "GM9999");
  const count = fc.oneof(fc.integer({ min: -5, max: 2000 }), fc.constantFrom(100_000, 100_001, "3", "3,0"));
  const RECORDS = {
    zin_week: {
      municipalityCode: municipality,
      weekStart: day,
      hoursPerWeek: fc.oneof(fc.double({ min: -10, max: 3000 }), fc.constantFrom("12,5", "8")),
      newClients: count,
      earliestStart: day,
    },
    zin_waiting_list: { municipalityCode: municipality, length: count },
    cleaner_window: {
      weekday: fc.integer({ min: 0, max: 8 }),
      startTime: time,
      endTime: time,
      visitMinutes: fc.integer({ min: 0, max: 600 }),
    },
    cleaner_exception: { fromDate: day, toDate: day, reason: fc.constantFrom("Vakantie", "x".repeat(201)) },
    mediation_month: {
      municipalityCode: municipality,
      month: fc.constantFrom(today.slice(0, 7), "9999-12", "2026-13"),
      newMatches: count,
    },
    helper_pool: { helpers: count },
    cohort: {
      startDate: day,
      sessions: fc.array(fc.record({ weekday: fc.integer({ min: 0, max: 8 }), time }), { maxLength: 3 }),
      seats: fc.integer({ min: -1, max: 101 }),
      location: fc.constantFrom("Zaal", ""),
      locationPostcode: fc.constantFrom("3441AB", "3441 ab", "x"),
    },
  } as const;
  type RecordType = keyof typeof RECORDS;
  const TYPES: Record<keyof typeof API_KEYS, RecordType[]> = {
    zin: ["zin_week", "zin_waiting_list"],
    cleaner: ["cleaner_window", "cleaner_exception"],
    physio: ["cohort"],
    mediator: ["mediation_month", "helper_pool"],
  };
  /** A record of a type: well formed (its values may still be odd), or spoilt in any way. */
  const recordOf = (type: RecordType) => {
    const fields: Record<string, fc.Arbitrary<unknown>> = {
      type: fc.constant(type),
      externalRef: ref,
      ...RECORDS[type],
    };
    return fc.oneof(
      { weight: 2, arbitrary: fc.record(fields) },
      {
        weight: 2,
        arbitrary: jsonObject({ ...fields, deleted: fc.constantFrom(true, false, "true") }),
      },
    );
  };
  const anyRecord = fc.oneof(...(Object.keys(RECORDS) as RecordType[]).map(recordOf), hostileJson);
  const batch = fc.constantFrom(...(Object.keys(TYPES) as (keyof typeof API_KEYS)[])).chain((kind) =>
    fc.tuple(
      fc.constant(kind),
      jsonBody(
        jsonObject({
          records: fc.array(
            fc.oneof(
              { weight: 4, arbitrary: fc.constantFrom(...TYPES[kind]).chain(recordOf) },
              { weight: 1, arbitrary: anyRecord },
            ),
            { maxLength: 3 },
          ),
        }),
      ),
    ),
  );

  it("refuses any bad batch as a whole with a Dutch 4xx, and writes nothing", async () => {
    const auth = (kind: keyof typeof API_KEYS) =>
      fc.oneof(
        { weight: 8, arbitrary: fc.constant(`Bearer ${API_KEYS[kind]}`) },
        { weight: 1, arbitrary: hostile.map((h) => `Bearer ${h.slice(0, 1000)}`) },
        {
          weight: 1,
          arbitrary: fc.constantFrom("", "Basic Zm9vOmJhcg==", `bearer ${API_KEYS.zin}`, `Bearer ${API_KEYS.zin}x`),
        },
      );
    const arb = batch.chain(([kind, text]) => fc.tuple(fc.constant(text), auth(kind)));
    await fuzz(arb, async ([text, authorization]) => {
      const headers: Record<string, string> = { "Content-Type": "application/json" };
      // A header value may not hold control characters or non-Latin-1 text: fetch would refuse it.
      if (/^[\x20-\x7e]*$/.test(authorization)) headers.Authorization = authorization;
      const res = await fetch(`${app.baseUrl}/api/v1/capacity`, { method: "PUT", headers, body: text });
      const v = await verdict("capacity", { text, authorization }, res);
      expect([200, 400, 401, 413]).toContain(v.status);
    });
  });
});

describe("capacity at the edges of what is valid", () => {
  // Capacity dates run from 2000-01-01 to 2099-12-31; a ZIN week must not be over yet (the last
  // Monday: 28 Dec 2099), and its earliest start is not before it (put on its Monday when it was).
  const MONDAYS = [nextMonday, "2099-12-28"];
  const anyDay = fc.constantFrom(today, addDays(today, 1), "2000-01-01", "2024-02-29", "2099-12-31");
  const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }));
  const hhmm = ([h, m]: [number, number]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
  const text = fc.oneof(
    fc.constantFrom("Zaal 1", "<b>Zaal</b>", "‮Zaal", "👵🏽 zaal"),
    fc.string({ minLength: 1, maxLength: 200 }).filter((t) => t.trim() !== ""),
  );
  const batches: Record<keyof typeof API_KEYS, fc.Arbitrary<Record<string, unknown>[]>> = {
    zin: fc.uniqueArray(
      fc.oneof(
        // References as the demo's, so a record for a published period is an update of it.
        fc
          .record({
            type: fc.constant("zin_week"),
            municipalityCode: fc.constantFrom(WOERDEN, "GM0589", "GM0335"),
            weekStart: fc.constantFrom(...MONDAYS),
            hoursPerWeek: fc.double({ min: 0, max: 2000, noNaN: true }),
            newClients: fc.integer({ min: 0, max: 1000 }),
            earliestStart: anyDay,
          })
          .map((r) => ({
            ...r,
            // New clients need hours: a week with clients and 0 hours is refused.
            hoursPerWeek: r.newClients > 0 && r.hoursPerWeek === 0 ? 0.5 : r.hoursPerWeek,
            earliestStart: [r.earliestStart, r.weekStart].sort()[1],
            externalRef: `${r.municipalityCode}-${r.weekStart}`,
          })),
        fc
          .record({
            type: fc.constant("zin_waiting_list"),
            municipalityCode: fc.constantFrom(WOERDEN, "GM0589"),
            length: fc.integer({ min: 0, max: 100_000 }),
          })
          .map((r) => ({ ...r, externalRef: `wachtlijst-${r.municipalityCode}` })),
      ),
      { minLength: 1, maxLength: 3, selector: (r) => r.externalRef },
    ),
    cleaner: fc.uniqueArray(
      fc.oneof(
        fc
          // The weekend, where the demo cleaner has no window to overlap; at least one visit fits.
          .tuple(clock, clock, fc.integer({ min: 6, max: 7 }), fc.integer({ min: 30, max: 480 }))
          .filter(([a, b, , visitMinutes]) => b[0] * 60 + b[1] - (a[0] * 60 + a[1]) >= visitMinutes)
          .map(([a, b, weekday, visitMinutes]) => ({
            type: "cleaner_window",
            externalRef: "edge-window",
            weekday,
            startTime: hhmm(a),
            endTime: hhmm(b),
            visitMinutes,
          })),
        fc.tuple(anyDay, anyDay, text).map(([a, b, reason]) => {
          const [fromDate = today, last = today] = [a, b].sort();
          // Days off that are over are refused; ones that began earlier and last until today are not.
          const toDate = [last, today].sort()[1] ?? today;
          return { type: "cleaner_exception", externalRef: "edge-exception", fromDate, toDate, reason };
        }),
      ),
      { minLength: 1, maxLength: 2, selector: (r) => r.externalRef },
    ),
    physio: fc
      .tuple(
        anyDay,
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 6 }),
        clock,
        clock,
        fc.integer({ min: 1, max: 100 }),
        text,
      )
      .map(([startDate, w1, shift, t1, t2, seats, location]) => [
        {
          type: "cohort",
          externalRef: "edge-cohort",
          startDate,
          sessions: [
            { weekday: w1, time: hhmm(t1) },
            { weekday: ((w1 - 1 + shift) % 7) + 1, time: hhmm(t2) },
          ],
          seats,
          location,
          locationPostcode: "3441AB",
        },
      ]),
    mediator: fc.uniqueArray(
      fc.oneof(
        fc
          .record({
            type: fc.constant("mediation_month"),
            municipalityCode: fc.constantFrom(WOERDEN, "GM0589"),
            month: fc.constantFrom(today.slice(0, 7), "0001-01", "9999-12"),
            newMatches: fc.integer({ min: 0, max: 1000 }),
          })
          .map((r) => ({ ...r, externalRef: `${r.municipalityCode}-${r.month}` })),
        fc.record({
          type: fc.constant("helper_pool"),
          externalRef: fc.constant("pool"),
          helpers: fc.integer({ min: 0, max: 100_000 }),
        }),
      ),
      { minLength: 1, maxLength: 2, selector: (r) => r.externalRef },
    ),
  };
  const kinds = Object.keys(batches) as (keyof typeof API_KEYS)[];

  it("stores records with odd but valid values, and every page that shows capacity still renders", async () => {
    const help = helpQuery();
    const pages: [() => Client, string][] = [
      [() => new Client(app.baseUrl), `/api/v1/options?${help}`],
      [() => new Client(app.baseUrl), `/api/v1/options?${help}&start=${addDays(today, 300)}`],
      [() => new Client(app.baseUrl), "/api/v1/services?municipality=GM0632"],
      [() => citizen, `/hulp/opties?${help}`],
      [() => provider, "/aanbieder/capaciteit"],
      [() => cleaner, "/aanbieder"],
      [() => cleaner, "/aanbieder/capaciteit"],
      [() => physio, "/aanbieder/geschiedenis"],
      [() => mediator, "/aanbieder"],
      [() => admin, "/beheer/dashboard"],
    ];
    await fuzz(
      fc.constantFrom(...kinds).chain((kind) => fc.tuple(fc.constant(kind), batches[kind])),
      async ([kind, records]) => {
        const res = await fetch(`${app.baseUrl}/api/v1/capacity`, {
          method: "PUT",
          headers: { "Content-Type": "application/json", Authorization: `Bearer ${API_KEYS[kind]}` },
          body: JSON.stringify({ records }),
        });
        const v = await verdict(`capacity ${kind}`, records, res);
        expect(v.status, v.body.slice(0, 300)).toBe(200);
        for (const [client, path] of pages) {
          const page = await client().get(path);
          expect(page.status, `${path} after ${JSON.stringify(records)}: ${(await page.text()).slice(0, 300)}`).toBe(
            200,
          );
          last = checksum();
        }
      },
      Math.ceil(RUNS / 3),
    );
  });
});

describe("POST /api/webhooks/stripe", () => {
  const fields = {
    id: fc.oneof(
      fc.constantFrom("evt_1", "evt_fuzz", ""),
      fc.uuid().map((u) => `evt_${u}`),
    ),
    created: fc.oneof(
      fc.integer({ min: 1_600_000_000, max: 2_000_000_000 }),
      fc.constantFrom(0, 8_640_000_000_000, 9_007_199_254_740, Number.MAX_SAFE_INTEGER),
    ),
    type: fc.constantFrom(
      "checkout.session.completed",
      "checkout.session.expired",
      "checkout.session.async_payment_succeeded",
      "payment_intent.succeeded",
      "payment_intent.payment_failed",
      "charge.refunded",
      "customer.created",
    ),
  };
  const object = {
    id: fc.constantFrom("cs_1", "pi_1", "ch_1"),
    metadata: fc.record({ paymentId: fc.constantFrom("1", "2", "999", "-1", "1.5") }, { requiredKeys: [] }),
    amount: fc.integer({ min: -100, max: 100_000 }),
    amount_total: fc.integer({ min: -100, max: 100_000 }),
    payment_intent: fc.constantFrom("pi_1", "pi_2", ""),
    amount_refunded: fc.oneof(fc.integer({ min: -100, max: 100_000 }), fc.constant(1e300)),
    payment_status: fc.constantFrom("paid", "unpaid", "no_payment_required"),
  };
  // Well formed with odd values (what a signed event could carry), or any shape at all.
  const event = fc.oneof(
    {
      weight: 2,
      arbitrary: fc.record({ ...fields, data: fc.record({ object: fc.record(object, { requiredKeys: [] }) }) }),
    },
    { weight: 1, arbitrary: jsonObject({ ...fields, data: jsonObject({ object: jsonObject(object) }) }) },
  );
  const sign = (body: string, t: number) =>
    `t=${t},v1=${createHmac("sha256", WEBHOOK_SECRET).update(`${t}.${body}`).digest("hex")}`;

  it("refuses unsigned and badly signed events with a Dutch 400, and a signed odd one never breaks it", async () => {
    const signature = fc.constantFrom("none", "hostile", "wrong", "stale", "valid", "valid", "valid");
    await fuzz(fc.tuple(jsonBody(event), signature, hostile), async ([text, how, junk]) => {
      const now = Math.floor(Date.now() / 1000);
      const header = {
        none: undefined,
        hostile: /^[\x20-\x7e]+$/.test(junk) ? junk.slice(0, 1000) : "t=1,v1=00",
        wrong: `t=${now},v1=${"0".repeat(64)}`,
        stale: sign(text, now - 3600),
        valid: sign(text, now),
      }[how];
      const res = await fetch(`${app.baseUrl}/api/webhooks/stripe`, {
        method: "POST",
        headers: { "Content-Type": "application/json", ...(header ? { "Stripe-Signature": header } : {}) },
        body: text,
      });
      const v = await verdict("stripe", { text, how, header }, res);
      if (how !== "valid") expect(v.status).toBe(400);
    });
  });
});

// ── Forms without an account ──────────────────────────────────────────────────────────────────
describe("anonymous forms", () => {
  it("POST /registreren: a Dutch 400 for every bad registration, nothing stored", async () => {
    const fields = {
      name: ["Jan", "A"],
      email: ["fuzz.reg@example.nl", DEMO.citizen, "a@b.nl", "a@b"],
      password: ["een lang genoeg wachtwoord", "kort"],
      redirectTo: ["/mijn", "//evil.example", "https://evil.example/"],
    };
    await fuzz(fc.tuple(form(fields), encoding), async ([entries, how]) => {
      const res = await postForm(new Client(app.baseUrl), "/registreren", entries, how);
      await verdict("registreren", entries, res);
    });
  });

  it("POST /inloggen: a Dutch 400 for every failed login, nothing stored", async () => {
    const fields = {
      email: [DEMO.citizen, "niemand@example.nl", "a@b"],
      password: [DEMO_PASSWORD, "verkeerd"],
      redirectTo: ["/mijn", "//evil.example", "https://evil.example/", "/\\evil.example"],
    };
    await fuzz(fc.tuple(form(fields), encoding), async ([entries, how]) => {
      const res = await postForm(new Client(app.baseUrl), "/inloggen", entries, how);
      await verdict("inloggen", entries, res);
    });
  });

  it("POST /aanbieder/aanmelden: a provider's application is refused in Dutch or stored whole", async () => {
    const fields = {
      kind: [...PROVIDER_KINDS],
      name: ["Fuzz Zorg"],
      kvkNumber: ["12345678", "1234 5678", "1234567"],
      contactName: ["Piet"],
      contactEmail: ["piet@example.nl"],
      contactPhone: ["0612345678"],
      serves: [WOERDEN, GRONINGEN, "GM9999"],
      languages: [...LANGUAGES],
      homePostcode: ["3441AB"],
      maxTravelKm: ["10", "0", "101"],
      hourlyRate: ["24,50", "9,99"],
      acceptsHht: ["yes", "no"],
      cao: ["schoonmaak", "vvt"],
      mediationFee: ["100", "2001"],
      address: ["Straat 1"],
    };
    await fuzz(
      fc.tuple(form(fields), encoding),
      async ([entries, how]) => {
        const res = await postForm(new Client(app.baseUrl), "/aanbieder/aanmelden", entries, how);
        await verdict("aanmelden", entries, res);
      },
      Math.ceil(RUNS / 2),
    );
  });

  it("POST /taal: only a known language, and back to this site only", async () => {
    await fuzz(
      fc.tuple(
        form({ lang: ["nl", "en", "fr"], redirectTo: ["/", "/hulp", "//evil.example", "https://evil.example"] }),
        encoding,
      ),
      async ([entries, how]) => {
        const res = await postForm(new Client(app.baseUrl), "/taal", entries, how);
        await verdict("taal", entries, res);
      },
      Math.ceil(RUNS / 2),
    );
  });
});

// ── The citizen ───────────────────────────────────────────────────────────────────────────────
describe("the citizen's forms", () => {
  it("POST /hulp/aanvragen?…: any answers in the URL and any form, refused in Dutch or sent back to the questions", async () => {
    const answers = form({
      ...HELP_FIELDS,
      offer: ["consultation", "zin:1", "cleaner:5", "cohort:1", "mediation:10", "x"],
    });
    const fields = form({
      slotId: str(1, 2, 3, 50),
      forWhom: ["self", "other"],
      actingName: ["Kees"],
      actingRelation: ["zoon"],
      consent: ["on"],
      // The address asked at the first request, also outside the PC4 data or the municipality.
      ...Object.fromEntries(Object.entries(addressFields()).map(([k, v]) => [k, [v]])),
      postcode: ["3441AB", "9711AA", "0000AA", "x"],
    });
    const asker = await newCitizen(app, "fuzz.hulp@example.nl");
    last = checksum();
    await fuzz(fc.tuple(answers, fields, encoding), async ([q, entries, how]) => {
      const res = await postForm(asker, `/hulp/aanvragen?${query(q)}`, entries, how);
      // Answers that do not hold go back to the questions, which explain what is missing.
      await verdict("hulp/aanvragen", { q, entries }, res, (location) => location.startsWith("/hulp?"));
    });
  });

  const INTENTS = [
    "change-slot",
    "complaint",
    "confirm",
    "payment-method",
    "visit-done",
    "cancel-visit",
    "pay",
    "cancel",
    "other",
  ];
  for (const intent of INTENTS) {
    it(`POST /mijn/aanvragen/:id intent=${intent}: refused in Dutch, or back with a notice`, async () => {
      const id = fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...ids.own).map(String) },
        { weight: 2, arbitrary: fc.constant(String(ids.othersRequest)) },
        { weight: 2, arbitrary: hostile.map((h) => encodeURIComponent(h.slice(0, 200)) || "0") },
      );
      const fields = form({
        intent: intent === "other" ? [] : [intent],
        slotId: str(...ids.ownSlots, 1, 999),
        text: ["De hulp kwam niet.", "kort"],
        method: [...PAYMENT_METHODS],
        paymentId: str(...ids.payments, 999),
      });
      await fuzz(
        fc.tuple(id, fields, encoding),
        async ([requestId, entries, how]) => {
          const res = await postForm(owner, `/mijn/aanvragen/${requestId}`, entries, how);
          await verdict(
            `mijn/aanvragen/${requestId}`,
            entries,
            res,
            // A cancel that is not possible goes back to the request, without a notice.
            (location) => !location.includes("melding="),
          );
        },
        INTENT_RUNS,
      );
    });
  }
});

// ── Provider staff ────────────────────────────────────────────────────────────────────────────
describe("the provider's forms", () => {
  const CAPACITY_FIELDS = {
    municipalityCode: [WOERDEN, "GM0589", GRONINGEN],
    weekStart: [nextMonday, today, "9999-12-27"],
    hoursPerWeek: ["12,5", "8", "2001"],
    newClients: ["3", "1001"],
    earliestStart: DAYS,
    length: ["17", "100001"],
    weekday: str(1, 5, 7, 8),
    startTime: ["09:00", "13:00"],
    endTime: ["12:00", "08:00"],
    visitMinutes: ["120", "29", "481"],
    fromDate: DAYS,
    toDate: DAYS,
    reason: ["Vakantie"],
    month: [today.slice(0, 7), "2026-13"],
    newMatches: ["4"],
    helpers: ["12"],
    startDate: DAYS,
    session1Weekday: str(1, 2),
    session1Time: ["10:00"],
    session2Weekday: str(2, 4),
    session2Time: ["10:00"],
    seats: ["12", "0", "101"],
    location: ["Zaal"],
    locationPostcode: ["3441AB"],
  };
  for (const [who, types] of [
    ["provider", ["zin_week", "zin_waiting_list"]],
    ["cleaner", ["cleaner_window", "cleaner_exception"]],
  ] as const) {
    it(`POST /aanbieder/capaciteit as ${who}: refused in Dutch, all or nothing`, async () => {
      const client = who === "provider" ? provider : cleaner;
      const refs = (
        app
          .db()
          .prepare(
            "SELECT external_ref AS r FROM zin_waiting_lists UNION SELECT external_ref FROM cleaner_windows LIMIT 5",
          )
          .all() as { r: string }[]
      ).map((r) => r.r);
      const fields = form({
        intent: ["delete", "confirm-all", "save"],
        type: [...types, "cohort", "helper_pool", "mediation_month", "nope"],
        externalRef: [...refs, "web-fuzz-1", "x".repeat(101)],
        ...CAPACITY_FIELDS,
      });
      await fuzz(fc.tuple(fields, encoding), async ([entries, how]) => {
        const res = await postForm(client, "/aanbieder/capaciteit", entries, how);
        await verdict("capaciteit", entries, res);
      });
    });
  }

  it("POST /aanbieder/aanvragen: a decision on a request that is not open or not ours fails, unchanged", async () => {
    const fields = form({
      action: ["enrol", "match", "decline"],
      requestId: str(ids.paRequest, ids.mediationRequest, ids.othersRequest, ids.cleanerRequest),
      helperFirstName: ["Fatima"],
      helperStartDate: DAYS,
      reason: ["Geen plek"],
    });
    await fuzz(fc.tuple(fc.constantFrom("physio", "mediator"), fields, encoding), async ([who, entries, how]) => {
      const res = await postForm(who === "physio" ? physio : mediator, "/aanbieder/aanvragen", entries, how);
      await verdict("aanbieder/aanvragen", { who, entries }, res);
    });
  });

  it("POST /aanbieder/signalen: only about a client the provider serves, else a Dutch 400", async () => {
    const fields = form({
      client: [`referral:${ids.referral}`, `request:${ids.othersRequest}`, "referral:999"],
      type: [...SIGNAL_TYPES],
      urgency: ["normal", "urgent"],
      text: ["Mevrouw lijkt eenzaam."],
    });
    await fuzz(fc.tuple(fields, encoding), async ([entries, how]) => {
      const res = await postForm(provider, "/aanbieder/signalen", entries, how);
      await verdict("signalen", entries, res);
    });
  });

  it("POST /aanbieder/bezoeken: marking a visit or payment that is not ours or not due fails, unchanged", async () => {
    const fields = form({ intent: ["done", "missed", "received"], id: str(...ids.slots, ...ids.payments, 1, 999) });
    await fuzz(fc.tuple(fields, encoding), async ([entries, how]) => {
      const res = await postForm(cleaner, "/aanbieder/bezoeken", entries, how);
      await verdict("bezoeken", entries, res);
    });
  });

  it("POST /aanbieder/klachten and /aanbieder/api-sleutels: refused in Dutch, unchanged", async () => {
    const complaint = form({ complaintId: str(ids.complaint, 999), response: ["Excuses, we komen morgen."] });
    const keys = form({ intent: ["revoke", "create"], keyId: str(1, 999), name: ["sleutel"] });
    await fuzz(fc.tuple(fc.boolean(), complaint, keys, encoding), async ([toComplaints, c, k, how]) => {
      const res = toComplaints
        ? await postForm(cleaner, "/aanbieder/klachten", c, how)
        : await postForm(provider, "/aanbieder/api-sleutels", k, how);
      await verdict(toComplaints ? "klachten" : "api-sleutels", toComplaints ? c : k, res);
    });
  });

  for (const intent of ["accept", "decline", "start", "end", "evaluate", "other"]) {
    it(`POST /aanbieder/verwijzingen intent=${intent}: refused in Dutch, unchanged`, async () => {
      const fields = form({
        intent: intent === "other" ? ["withdraw"] : [intent],
        referralId: str(ids.referral, ids.referral + 1, 999),
        startDate: DAYS,
        reason: ["Geen personeel"],
        outcome: [...EVALUATION_OUTCOMES],
        explanation: ["Het gaat goed."],
      });
      await fuzz(
        fc.tuple(fields, encoding),
        async ([entries, how]) => {
          const res = await postForm(provider, "/aanbieder/verwijzingen", entries, how);
          await verdict("verwijzingen", entries, res);
        },
        INTENT_RUNS,
      );
    });
  }
});

// ── The consultant ────────────────────────────────────────────────────────────────────────────
describe("the consultant's case", () => {
  const INTENTS = [
    "talk",
    "draagkracht",
    "consent",
    "decide",
    "paymentMethod",
    "withdraw",
    "referAgain",
    "review",
    "signal",
    "other",
  ];
  for (const intent of INTENTS) {
    it(`POST /consulent/zaken/:id intent=${intent}: refused in Dutch, unchanged`, async () => {
      const caseId = fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(ids.annaCase, ids.ownCase).map(String) },
        { weight: 1, arbitrary: hostile.map((h) => encodeURIComponent(h.slice(0, 200)) || "0") },
      );
      const fields = form({
        intent: intent === "other" ? [] : [intent],
        situation: ["Woont alleen."],
        ownAbilities: ["Kookt zelf."],
        network: ["Dochter"],
        facilities: [...GENERAL_FACILITIES],
        notes: ["-"],
        household: ["single", "couple"],
        partnerUnderAow: ["on", "true"],
        income: ["25000", "12345678"],
        shareIntake: ["on"],
        shareHealth: ["on"],
        phone: ["0612345678", "+31 (0)6 1234"],
        preferences: ["Ochtend"],
        offerId: ["zin:1", "cleaner:5", "cohort:1", "mediation:10", "own_strength"],
        reason: [...STEERING_REASONS],
        note: ["Besproken."],
        hours: ["2,5", "0", "41", "1e3"],
        startDate: DAYS,
        months: ["3", "6", "12", "7"],
        requestId: str(ids.cleanerRequest, ids.zinRequest, ids.othersRequest),
        method: [...PAYMENT_METHODS],
        referralId: str(ids.referral, 999),
        providerId: str(...ids.providers.slice(0, 4)),
        evaluationId: str(1, 999),
        signalId: str(ids.signal, 999),
        action: ["acknowledge", "note", "close"],
      });
      await fuzz(
        fc.tuple(caseId, fields, encoding),
        async ([id, entries, how]) => {
          const res = await postForm(consultant, `/consulent/zaken/${id}`, entries, how);
          await verdict(`consulent/zaken/${id}`, entries, res);
        },
        INTENT_RUNS,
      );
    });
  }
});

// ── The municipality's admin ──────────────────────────────────────────────────────────────────
describe("the admin's forms", () => {
  it("POST /beheer/gebruikers: a staff account is refused in Dutch, or made whole", async () => {
    const fields = form({
      name: ["Nieuwe Collega"],
      email: ["collega@example.nl", DEMO.consultant],
      role: ["consultant", "admin", "provider_staff", "citizen"],
      providerId: str(...ids.providers.slice(0, 3), 999),
    });
    await fuzz(
      fc.tuple(fields, encoding),
      async ([entries, how]) => {
        const res = await postForm(admin, "/beheer/gebruikers", entries, how);
        await verdict("gebruikers", entries, res);
      },
      Math.ceil(RUNS / 2),
    );
  });

  for (const intent of ["check", "status"]) {
    it(`POST /beheer/aanbieders/:id intent=${intent}: refused in Dutch, unchanged`, async () => {
      const id = fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...ids.woerdenProviders).map(String) },
        { weight: 1, arbitrary: hostile.map((h) => encodeURIComponent(h.slice(0, 200)) || "0") },
      );
      const fields = form({
        intent: [intent],
        item: [...VETTING_ITEMS],
        ok: ["yes", "no"],
        vogDate: DAYS,
        note: ["Gezien."],
        to: ["vetted", "suspended", "pending"],
        reason: ["Klachten"],
      });
      await fuzz(
        fc.tuple(id, fields, encoding),
        async ([providerPath, entries, how]) => {
          const res = await postForm(admin, `/beheer/aanbieders/${providerPath}`, entries, how);
          await verdict(`beheer/aanbieders/${providerPath}`, entries, res);
        },
        INTENT_RUNS,
      );
    });
  }

  for (const intent of ["start", "respond", "resolve", "other"]) {
    it(`POST /beheer/klachten/:id intent=${intent}: refused in Dutch, unchanged`, async () => {
      const id = fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(ids.complaint, 999).map(String) },
        { weight: 1, arbitrary: hostile.map((h) => encodeURIComponent(h.slice(0, 200)) || "0") },
      );
      const fields = form({
        intent: intent === "other" ? [] : [intent],
        response: ["We lossen het op."],
        resolution: ["Opgelost."],
      });
      await fuzz(
        fc.tuple(id, fields, encoding),
        async ([complaintPath, entries, how]) => {
          const res = await postForm(admin, `/beheer/klachten/${complaintPath}`, entries, how);
          await verdict(`beheer/klachten/${complaintPath}`, entries, res);
        },
        INTENT_RUNS,
      );
    });
  }
});

// ── Query parameters of pages ─────────────────────────────────────────────────────────────────
describe("query parameters", () => {
  const day = [...DAYS, ""];
  const pages: [string, () => Client, () => string, Record<string, readonly string[]>][] = [
    [
      "audit",
      () => admin,
      () => "/beheer/audit",
      {
        actie: ["request.created", ""],
        email: [DEMO.citizen],
        onderwerp: ["help_request"],
        nummer: ["1", "abc-1.2"],
        van: day,
        tot: day,
        pagina: ["1", "2", "100001", "0"],
      },
    ],
    ["dashboard", () => admin, () => "/beheer/dashboard", { gebied: ["regio", "eigen"], van: day, tot: day }],
    [
      "dashboard.csv",
      () => admin,
      () => "/beheer/dashboard.csv",
      { tabel: ["waiting", "capacity", "ladder", "nope"], gebied: ["regio"], van: day, tot: day },
    ],
    ["hht", () => admin, () => "/beheer/hht", { maand: [today.slice(0, 7), "2026-13", "9999-12"] }],
    ["hht.csv", () => admin, () => "/beheer/hht.csv", { maand: [today.slice(0, 7), "2026-13", "0000-01"] }],
    [
      "klachten",
      () => admin,
      () => "/beheer/klachten",
      { status: ["received", "resolved", "x"], aanbieder: str(1, 5, 0) },
    ],
    ["inbox", () => consultant, () => "/consulent", { soort: ["request", "signal", "x"], sorteer: ["newest", "type"] }],
    ["zaken", () => consultant, () => "/consulent/zaken", { zoek: ["Anna", "%", "_"] }],
    ["opties", () => citizen, () => "/hulp/opties", HELP_FIELDS],
    ["bezoeken", () => cleaner, () => "/aanbieder/bezoeken", { maand: [today.slice(0, 7), "9999-12", "0000-01"] }],
    ["capaciteit", () => provider, () => "/aanbieder/capaciteit", { bewerk: ["zin_waiting_list:x", ""] }],
    [
      "aanvraag",
      () => citizen,
      () => `/mijn/aanvragen/${ids.cleanerRequest}`,
      { melding: ["confirmed", "x"], bezoeken: ["3"] },
    ],
  ];
  it("never breaks a page: 200 or a Dutch 4xx, and a page view writes nothing", async () => {
    const page = fc.integer({ min: 0, max: pages.length - 1 });
    const arb = page.chain((i) => fc.tuple(fc.constant(i), form((pages[i] as (typeof pages)[number])[3])));
    await fuzz(
      arb,
      async ([i, entries]) => {
        const [name, client, path] = pages[i] as (typeof pages)[number];
        const before = last;
        const res = await client().get(`${path()}?${query(entries)}`);
        const v = await verdict(name, entries, res);
        // A page may send a bad query back to where it is asked (the questions of /hulp).
        expect([200, 302, 400, 404], `${name}: ${v.status}`).toContain(v.status);
        expect(last, `${name}: a page view changed data`).toBe(before);
      },
      RUNS * 2,
    );
  });
});

describe("after all of that", () => {
  it("threw thousands of values, and the server logged no error for any of them", () => {
    expect(thrown).toBeGreaterThan(RUNS * 20);
    expect(app.output()).not.toMatch(/error|exception|unhandled/i);
  });

  it("every page still renders: nothing accepted above left data that breaks a page", async () => {
    const visits: [Client, string][] = [
      [citizen, "/mijn"],
      [citizen, `/mijn/aanvragen/${ids.cleanerRequest}`],
      [citizen, "/hulp/opties?postcode=3441AB&birthYear=1946&household=single&needs=cleaning&network=none"],
      [provider, "/aanbieder"],
      [provider, "/aanbieder/capaciteit"],
      [provider, "/aanbieder/geschiedenis"],
      [provider, "/aanbieder/verwijzingen"],
      [provider, "/aanbieder/signalen"],
      [cleaner, "/aanbieder/capaciteit"],
      [cleaner, "/aanbieder/bezoeken"],
      [cleaner, "/aanbieder/klachten"],
      [physio, "/aanbieder/aanvragen"],
      [mediator, "/aanbieder/aanvragen"],
      [consultant, "/consulent"],
      [consultant, "/consulent/zaken"],
      [consultant, `/consulent/zaken/${ids.annaCase}`],
      [consultant, `/consulent/zaken/${ids.ownCase}`],
      [admin, "/beheer"],
      [admin, "/beheer/gebruikers"],
      [admin, "/beheer/aanbieders"],
      [admin, "/beheer/klachten"],
      [admin, `/beheer/klachten/${ids.complaint}`],
      [admin, "/beheer/dashboard"],
      [admin, "/beheer/audit"],
      [new Client(app.baseUrl), "/api/v1/services"],
      [
        new Client(app.baseUrl),
        "/api/v1/options?postcode=3441AB&birthYear=1946&household=single&needs=cleaning&network=none",
      ],
    ];
    for (const id of ids.woerdenProviders) visits.push([admin, `/beheer/aanbieders/${id}`]);
    for (const [client, path] of visits) {
      const res = await client.get(path);
      expect(res.status, `${path}: ${(await res.text()).slice(0, 300)}`).toBe(200);
    }
  });
});
