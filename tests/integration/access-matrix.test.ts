// Who may see and do what, over real HTTP: every page and endpoint against nine people. The table
// below is the rule: who may (200, or the status given), and what everyone else gets — anonymous
// visitors go to the login page with a way back (302), a logged-in user of another role gets a
// Dutch 403, and someone of the right role for whom the object is not theirs (another citizen,
// provider or municipality) gets 404, as if it did not exist. Objects are made in the test.
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import {
  addNotice,
  addStaff,
  bookCleaner,
  caseOf,
  GRONINGEN,
  helpQuery,
  indicateZin,
  loggedIn,
  newCitizen,
  one,
  providerId,
  requestKind,
  userId,
  WOERDEN,
} from "../support/factories";

const PEOPLE = [
  "anonymous",
  "citizen",
  "otherCitizen",
  "providerA",
  "providerB",
  "consultantA",
  "consultantB",
  "adminA",
  "adminB",
] as const;
type Who = (typeof PEOPLE)[number];

const CITIZENS: Who[] = ["citizen", "otherCitizen"];
const PROVIDERS: Who[] = ["providerA", "providerB"];
const CONSULTANTS: Who[] = ["consultantA", "consultantB"];
const ADMINS: Who[] = ["adminA", "adminB"];

type Row = {
  /** The route as a person reads it. */
  route: string;
  path: () => string;
  method?: "GET" | "POST" | "PUT";
  /** A form (or, for the API, JSON) to send; a refusal for the people who may is expected then. */
  form?: () => Record<string, string>;
  json?: unknown;
  /** Who gets `ok` (200 unless said otherwise). */
  may: readonly Who[];
  ok?: number;
  /** The right role, but not theirs: 404. */
  notTheirs?: readonly Who[];
  /** Everyone else who is logged in (403 unless said otherwise). */
  others?: number;
  /** Anonymous visitors (302 to the login page unless said otherwise). */
  anonymous?: number;
};

let app: AppServer;
const people = {} as Record<Who, Client>;
const ids = { request: 0, caseId: 0, indication: 0, referral: 0, complaint: 0, provider: 0, token: "", notice: 0 };
const help = helpQuery();

beforeAll(async () => {
  app = await startApp();
  people.anonymous = new Client(app.baseUrl);
  people.citizen = await newCitizen(app, "matrix.inwoner@example.nl");
  people.otherCitizen = await newCitizen(app, "matrix.ander@example.nl");
  addStaff(app, "matrix.vechtstreek@example.nl", "Zorggroep Vechtstreek");
  const staff: Record<Exclude<Who, "anonymous" | "citizen" | "otherCitizen">, string> = {
    providerA: DEMO.provider, // Thuiszorg Groene Hart, ZIN in Woerden
    providerB: "matrix.vechtstreek@example.nl", // Zorggroep Vechtstreek, ZIN elsewhere
    consultantA: DEMO.consultant, // Woerden
    consultantB: DEMO.consultantGroningen,
    adminA: DEMO.admin, // Woerden
    adminB: DEMO.adminGroningen,
  };
  for (const [who, email] of Object.entries(staff)) people[who as Who] = await loggedIn(app, email);

  // The citizen asks for ZIN at Groene Hart (a case in Woerden), books a cleaner (a calendar) and
  // complains about the ZIN request; the consultant indicates ZIN, which refers it to Groene Hart.
  const citizen = people.citizen;
  ids.request = await requestKind(citizen, "zin");
  await bookCleaner(citizen);
  expect(
    (await citizen.post(`/mijn/aanvragen/${ids.request}`, { intent: "complaint", text: "Niemand belt terug." })).status,
  ).toBe(302);
  ids.complaint = one<{ id: number }>(app, "SELECT id FROM complaints WHERE request_id = ?", ids.request).id;
  ids.caseId = caseOf(app, ids.request);
  await people.consultantA.post(`/consulent/zaken/${ids.caseId}`, {
    intent: "talk",
    situation: "Notitie van de consulent: trap is een risico.",
  });
  ({ indication: ids.indication, referral: ids.referral } = await indicateZin(app, people.consultantA, ids.caseId));
  ids.provider = providerId(app, "Thuiszorg Groene Hart");
  const mijn = await (await citizen.get("/mijn")).text();
  ids.token = /\/agenda\/([a-z2-7]{32})\.ics/.exec(mijn)?.[1] ?? "";
  expect(ids.token).not.toBe("");
  // A notice of the citizen's (issue 16): following it is theirs alone.
  ids.notice = addNotice(app, {
    to: userId(app, "matrix.inwoner@example.nl"),
    kind: "request_received",
    params: { number: ids.request },
    link: `/mijn/aanvragen/${ids.request}`,
    createdAt: new Date(),
  });
  // The objects are where the matrix says they are.
  expect(one(app, "SELECT municipality_code AS m FROM cases WHERE id = ?", ids.caseId)).toEqual({ m: WOERDEN });
  expect(one(app, "SELECT provider_id AS p FROM complaints WHERE id = ?", ids.complaint)).toEqual({ p: ids.provider });
  expect(
    one(
      app,
      "SELECT count(*) AS n FROM provider_service_areas WHERE provider_id = ? AND municipality_code = ?",
      ids.provider,
      GRONINGEN,
    ),
  ).toEqual({ n: 0 });
});
afterAll(async () => {
  await app?.stop();
});

const ALL: readonly Who[] = PEOPLE;
const userIdOf = (email: string) => one<{ id: number }>(app, "SELECT id FROM users WHERE email = ?", email).id;
const ROWS: Row[] = [
  // ── Open to everyone ──
  { route: "/", path: () => "/", may: ALL },
  { route: "/hulp", path: () => "/hulp", may: ALL },
  { route: "/hulp/:stap", path: () => `/hulp/leeftijd?postcode=3441AB`, may: ALL },
  { route: "/hulp/opties?…", path: () => `/hulp/opties?${help}`, may: ALL },
  { route: "/hulp/elders", path: () => "/hulp/elders?postcode=1011AB", may: ALL },
  { route: "/aanbieder/aanmelden", path: () => "/aanbieder/aanmelden", may: ALL },
  { route: "/healthz", path: () => "/healthz", may: ALL },
  { route: "GET /api/v1/options?…", path: () => `/api/v1/options?${help}`, may: ALL },
  { route: "GET /api/v1/services", path: () => "/api/v1/services", may: ALL },
  { route: "GET /api/v1/openapi.json", path: () => "/api/v1/openapi.json", may: ALL },
  // Any other API path: a JSON 404 for everyone (methods.test.ts tries every method).
  { route: "/api/$", path: () => "/api/v2/anything", may: [], others: 404, anonymous: 404 },
  // The calendar address is the key: calendar apps send no cookie.
  { route: "/agenda/:token.ics", path: () => `/agenda/${ids.token}.ics`, may: ALL },
  { route: "/agenda/:other.ics", path: () => `/agenda/${"a".repeat(32)}.ics`, may: [], others: 404, anonymous: 404 },
  { route: "an unknown page", path: () => "/bestaat-niet", may: [], others: 404, anonymous: 404 },
  // ── Only without an account: the others go to their own workspace ──
  { route: "/inloggen", path: () => "/inloggen", may: ["anonymous"], others: 302 },
  { route: "/registreren", path: () => "/registreren", may: ["anonymous"], others: 302 },
  { route: "/wachtwoord-vergeten", path: () => "/wachtwoord-vergeten", may: ["anonymous"], others: 302 },
  // A reset link is its own key (accounts-password.test.ts): a made-up one is a 404 for everyone.
  {
    route: "/wachtwoord-herstellen/:token",
    path: () => `/wachtwoord-herstellen/${"a".repeat(52)}`,
    may: [],
    others: 404,
    anonymous: 404,
  },
  // ── Forms that only answer a POST ──
  { route: "GET /taal", path: () => "/taal", may: [], others: 302, anonymous: 302 },
  { route: "GET /uitloggen", path: () => "/uitloggen", may: [], others: 302, anonymous: 302 },
  { route: "GET /api/v1/requests", path: () => "/api/v1/requests", may: [], others: 405, anonymous: 405 },
  { route: "GET /api/webhooks/stripe", path: () => "/api/webhooks/stripe", may: [], others: 405, anonymous: 405 },
  // ── Everyone with an account: their own sessions, by the session ──
  { route: "/account/sessies", path: () => "/account/sessies", may: ALL.filter((w) => w !== "anonymous") },
  { route: "/account", path: () => "/account", may: ALL.filter((w) => w !== "anonymous") },
  { route: "/account/wachtwoord", path: () => "/account/wachtwoord", may: ALL.filter((w) => w !== "anonymous") },
  // The second factor (ADR 025): its login steps only with a half-done login (none here).
  { route: "/inloggen/code", path: () => "/inloggen/code", may: [], anonymous: 302, others: 302 },
  // A new staff member's own password (ADR 034): also only with a half-done login.
  { route: "/inloggen/wachtwoord", path: () => "/inloggen/wachtwoord", may: [], anonymous: 302, others: 302 },
  { route: "/inloggen/instellen", path: () => "/inloggen/instellen", may: ["anonymous"], others: 302 },
  { route: "/account/tweestaps", path: () => "/account/tweestaps", may: ALL.filter((w) => w !== "anonymous") },
  {
    route: "/beheer/gebruikers/:id/tweestaps",
    path: () => `/beheer/gebruikers/${userIdOf(DEMO.consultant)}/tweestaps`,
    may: ["adminA"],
    notTheirs: ["adminB"],
  },
  // Everyone's own notices and message choices, by the session; another person's notice is not found.
  { route: "/meldingen", path: () => "/meldingen", may: ALL.filter((w) => w !== "anonymous") },
  {
    route: "/meldingen/:id",
    path: () => `/meldingen/${ids.notice}`,
    may: ["citizen"],
    ok: 302,
    notTheirs: ALL.filter((w) => w !== "anonymous" && w !== "citizen"),
  },
  { route: "/account/berichten", path: () => "/account/berichten", may: ALL.filter((w) => w !== "anonymous") },
  // ── Citizens ──
  { route: "/mijn", path: () => "/mijn", may: CITIZENS },
  // A citizen's own data, by the session: everyone sees only their own.
  { route: "/mijn/gegevens", path: () => "/mijn/gegevens", may: CITIZENS },
  { route: "/mijn/gegevens.json", path: () => "/mijn/gegevens.json", may: CITIZENS },
  {
    route: "/mijn/aanvragen/:id",
    path: () => `/mijn/aanvragen/${ids.request}`,
    may: ["citizen"],
    notTheirs: ["otherCitizen"],
  },
  { route: "/hulp/aanvragen?offer=…", path: () => `/hulp/aanvragen?offer=consultation&${help}`, may: CITIZENS },
  // ── Provider staff (their own provider's data only, by the session) ──
  ...[
    "/aanbieder",
    "/aanbieder/capaciteit",
    "/aanbieder/geschiedenis",
    "/aanbieder/api-sleutels",
    "/aanbieder/verwijzingen",
    "/aanbieder/signalen",
    "/aanbieder/klachten",
    "/aanbieder/collegas",
  ].map((p): Row => ({ route: p, path: () => p, may: PROVIDERS })),
  // Sections that do not apply to a ZIN provider (all here are): not found (workspace-sections.test.ts).
  ...["/aanbieder/aanvragen", "/aanbieder/bezoeken", "/aanbieder/agenda"].map(
    (p): Row => ({ route: p, path: () => p, may: [], notTheirs: PROVIDERS }),
  ),
  // A cleaner calls a visit off from her agenda: an agenda section, so not a ZIN provider's either.
  { route: "/aanbieder/afzeggen/:slotId", path: () => "/aanbieder/afzeggen/1", may: [], notTheirs: PROVIDERS },
  {
    route: "POST /aanbieder/afzeggen/:slotId",
    path: () => "/aanbieder/afzeggen/1",
    method: "POST",
    form: () => ({ reason: "ill" }),
    may: [],
    notTheirs: PROVIDERS,
  },
  // A cleaner stops a whole booking from her agenda (ADR 041): an agenda section too.
  { route: "/aanbieder/stoppen/:requestId", path: () => "/aanbieder/stoppen/1", may: [], notTheirs: PROVIDERS },
  {
    route: "POST /aanbieder/stoppen/:requestId",
    path: () => "/aanbieder/stoppen/1",
    method: "POST",
    form: () => ({ reason: "moving" }),
    may: [],
    notTheirs: PROVIDERS,
  },
  // An API key, not a session: staff logged in on the site get no capacity over the API.
  { route: "GET /api/v1/capacity", path: () => "/api/v1/capacity", may: [], others: 401, anonymous: 401 },
  // ── Consultants (their own municipality's cases only) ──
  { route: "/consulent", path: () => "/consulent", may: CONSULTANTS },
  { route: "/consulent/zaken", path: () => "/consulent/zaken", may: CONSULTANTS },
  {
    route: "/consulent/zaken/:id",
    path: () => `/consulent/zaken/${ids.caseId}`,
    may: ["consultantA"],
    notTheirs: ["consultantB"],
  },
  {
    route: "/consulent/indicaties/:id.json",
    path: () => `/consulent/indicaties/${ids.indication}.json`,
    may: ["consultantA"],
    notTheirs: ["consultantB"],
  },
  // ── Municipality admins (their own municipality only) ──
  ...[
    "/beheer",
    "/beheer/gebruikers",
    "/beheer/aanbieders",
    "/beheer/klachten",
    "/beheer/audit",
    "/beheer/dashboard",
    "/beheer/berichten",
  ].map((p): Row => ({ route: p, path: () => p, may: ADMINS })),
  // No demo municipality offers the HHT subsidy: its statement does not exist there.
  { route: "/beheer/hht", path: () => "/beheer/hht", may: [], notTheirs: ADMINS },
  { route: "/beheer/dashboard.csv", path: () => "/beheer/dashboard.csv?tabel=wachtenden", may: ADMINS },
  { route: "/beheer/hht.csv", path: () => "/beheer/hht.csv", may: [], notTheirs: ADMINS },
  { route: "/beheer/audit.csv", path: () => "/beheer/audit.csv", may: ADMINS },
  {
    route: "/beheer/aanbieders/:id",
    path: () => `/beheer/aanbieders/${ids.provider}`,
    may: ["adminA"],
    notTheirs: ["adminB"],
  },
  {
    route: "/beheer/klachten/:id",
    path: () => `/beheer/klachten/${ids.complaint}`,
    may: ["adminA"],
    notTheirs: ["adminB"],
  },

  // ── Changes (each one refused, so the table can be run in any order): the owner is told what is
  //    wrong (400), another of the same role finds nothing (404), other roles get 403 ──
  {
    route: "POST /mijn/aanvragen/:id",
    path: () => `/mijn/aanvragen/${ids.request}`,
    method: "POST",
    form: () => ({ intent: "complaint", text: "kort" }),
    may: ["citizen"],
    ok: 400,
    notTheirs: ["otherCitizen"],
  },
  {
    route: "POST /hulp/aanvragen?offer=…",
    path: () => `/hulp/aanvragen?offer=consultation&${help}`,
    method: "POST",
    form: () => ({ forWhom: "nobody" }),
    may: CITIZENS,
    ok: 400,
  },
  {
    route: "POST /aanbieder/verwijzingen",
    path: () => "/aanbieder/verwijzingen",
    method: "POST",
    form: () => ({ intent: "decline", referralId: String(ids.referral), reason: "" }),
    may: ["providerA"],
    ok: 400,
    notTheirs: ["providerB"],
  },
  {
    route: "POST /aanbieder/klachten",
    path: () => "/aanbieder/klachten",
    method: "POST",
    form: () => ({ complaintId: String(ids.complaint), response: "" }),
    may: ["providerA"],
    ok: 400,
    notTheirs: ["providerB"],
  },
  {
    route: "POST /aanbieder/capaciteit",
    path: () => "/aanbieder/capaciteit",
    method: "POST",
    form: () => ({ type: "nope" }),
    may: PROVIDERS,
    ok: 400,
  },
  {
    route: "POST /aanbieder/collegas",
    path: () => "/aanbieder/collegas",
    method: "POST",
    form: () => ({ name: "", email: "geen-adres" }),
    may: PROVIDERS,
    ok: 400,
  },
  {
    route: "POST /consulent/zaken/:id",
    path: () => `/consulent/zaken/${ids.caseId}`,
    method: "POST",
    form: () => ({ intent: "talk", situation: "x".repeat(4001) }),
    may: ["consultantA"],
    ok: 400,
    notTheirs: ["consultantB"],
  },
  {
    route: "POST /beheer/gebruikers",
    path: () => "/beheer/gebruikers",
    method: "POST",
    form: () => ({ name: "", email: "geen-adres", role: "consultant" }),
    may: ADMINS,
    ok: 400,
  },
  {
    // A message that is not the admin's municipality's (or not failed) is not sent again.
    route: "POST /beheer/berichten",
    path: () => "/beheer/berichten",
    method: "POST",
    form: () => ({ intent: "retry", id: "999999" }),
    may: ADMINS,
    ok: 409,
  },
  {
    route: "POST /beheer/aanbieders/:id",
    path: () => `/beheer/aanbieders/${ids.provider}`,
    method: "POST",
    form: () => ({ intent: "check", item: "horoscoop", ok: "yes" }),
    may: ["adminA"],
    ok: 400,
    notTheirs: ["adminB"],
  },
  {
    route: "POST /beheer/klachten/:id",
    path: () => `/beheer/klachten/${ids.complaint}`,
    method: "POST",
    form: () => ({ intent: "respond", response: "" }),
    may: ["adminA"],
    ok: 400,
    notTheirs: ["adminB"],
  },
  {
    route: "POST /account/tweestaps",
    path: () => "/account/tweestaps",
    method: "POST",
    form: () => ({ intent: "iets-anders" }),
    may: ALL.filter((w) => w !== "anonymous"),
    ok: 400,
  },
  {
    route: "POST /meldingen",
    path: () => "/meldingen",
    method: "POST",
    form: () => ({ intent: "iets-anders" }),
    may: ALL.filter((w) => w !== "anonymous"),
    ok: 400,
  },
  {
    route: "POST /account/berichten",
    path: () => "/account/berichten",
    method: "POST",
    form: () => ({ language: "xx" }),
    may: ALL.filter((w) => w !== "anonymous"),
    ok: 400,
  },
  {
    route: "POST /account/sessies",
    path: () => "/account/sessies",
    method: "POST",
    form: () => ({ intent: "iets-anders" }),
    may: ALL.filter((w) => w !== "anonymous"),
    ok: 400,
  },
  {
    route: "POST /beheer/gebruikers (deactivate)",
    path: () => "/beheer/gebruikers",
    method: "POST",
    form: () => ({ intent: "deactivate", userId: "nope" }),
    may: ADMINS,
    ok: 400,
  },
  // The JSON API answers in JSON, never with a redirect to a login page.
  {
    route: "POST /api/v1/requests",
    path: () => "/api/v1/requests",
    method: "POST",
    json: { offerId: "" },
    may: CITIZENS,
    ok: 400,
    anonymous: 401,
  },
  {
    route: "PUT /api/v1/capacity",
    path: () => "/api/v1/capacity",
    method: "PUT",
    json: { records: [] },
    may: [],
    others: 401,
    anonymous: 401,
  },
];

/** The URL a flat route file serves: dots are slashes, $x a parameter, [.] a dot, (…) optional. */
function urlOf(file: string): string {
  const segments = file
    .replace(/\.tsx?$/, "")
    .replace(/\[\.(\w*)\]/g, "\u0000$1")
    .split(".")
    .filter((s) => s !== "_index")
    // A trailing "_" only keeps a route out of its parent's layout (inloggen_.code: /inloggen/code).
    .map((s) =>
      s
        .replace(/_$/, "")
        .replace(/^\(?\$(\w+)\)?/, ":$1")
        .replace("\u0000", "."),
    );
  return `/${segments.join("/")}`;
}

function expected(row: Row, who: Who): number {
  if (row.may.includes(who)) return row.ok ?? 200;
  if (row.notTheirs?.includes(who)) return 404;
  if (who === "anonymous") return row.anonymous ?? 302;
  return row.others ?? 403;
}

function send(row: Row, who: Who): Promise<Response> {
  const client = people[who];
  if (row.json !== undefined) {
    return client.request(row.path(), {
      method: row.method ?? "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(row.json),
    });
  }
  if (row.method === "POST") return client.post(row.path(), row.form?.() ?? {});
  return client.get(row.path());
}

/** The state a refused change must leave alone. */
function snapshot(): string {
  return JSON.stringify(
    [
      "help_requests",
      "complaints",
      "complaint_events",
      "cases",
      "referrals",
      "provider_vetting_checks",
      "users",
      "capacity_changes",
    ].map((t) => app.db().prepare(`SELECT * FROM ${t} ORDER BY rowid`).raw().all()),
  );
}

describe("the access matrix", () => {
  it("covers every route of the app", () => {
    const covered = new Set(ROWS.map((r) => r.route.replace(/^(GET|POST|PUT) /, "").replace(/\?.*$/, "")));
    for (const file of readdirSync("app/routes")) {
      if (file === "$.tsx") continue; // the 404 page for every other path: "an unknown page"
      expect(covered, file).toContain(urlOf(file));
    }
  });

  for (const row of ROWS) {
    it(`${row.route}: ${row.may.length === PEOPLE.length ? "everyone" : row.may.join(", ") || "nobody"}`, async () => {
      const before = row.method ? snapshot() : "";
      for (const who of PEOPLE) {
        const res = await send(row, who);
        const want = expected(row, who);
        const body = await res.text();
        expect(res.status, `${who} on ${row.route}: ${body.slice(0, 200)}`).toBe(want);
        if (want === 302 && who === "anonymous" && row.anonymous === undefined) {
          expect(res.headers.get("location"), `${who} on ${row.route}`).toMatch(/^\/inloggen\?redirectTo=%2F/);
        }
        if (want === 403) expect(textOf(body), `${who} on ${row.route}`).toMatch(/Geen toegang|Alleen inwoners/);
        if (want === 404 && row.notTheirs?.includes(who)) {
          expect(textOf(body), `${who} on ${row.route}`).toContain("Pagina niet gevonden");
        }
      }
      if (row.method) expect(snapshot(), `${row.route} changed data`).toBe(before);
    });
  }

  it("logged-in users are sent from the login pages to their own workspace", async () => {
    const homes: Partial<Record<Who, string>> = {
      citizen: "/mijn",
      providerA: "/aanbieder",
      consultantB: "/consulent",
      adminA: "/beheer",
    };
    for (const [who, home] of Object.entries(homes)) {
      const res = await people[who as Who].get("/inloggen");
      expect(res.headers.get("location")).toBe(home);
    }
  });

  it("single-fetch data requests (…/x.data) apply the same rules and leak nothing", async () => {
    // What each object's data holds that nobody else may read.
    const complaint = "Niemand belt terug.";
    const note = "trap is een risico";
    const cases: [string, Who, number, string][] = [
      [`/mijn/aanvragen/${ids.request}.data`, "citizen", 200, complaint],
      [`/mijn/aanvragen/${ids.request}.data`, "otherCitizen", 404, complaint],
      [`/mijn/aanvragen/${ids.request}.data`, "consultantA", 403, complaint],
      [`/consulent/zaken/${ids.caseId}.data`, "consultantA", 200, note],
      [`/consulent/zaken/${ids.caseId}.data`, "consultantB", 404, note],
      [`/consulent/zaken/${ids.caseId}.data`, "citizen", 403, note],
      [`/beheer/klachten/${ids.complaint}.data`, "adminA", 200, complaint],
      [`/beheer/klachten/${ids.complaint}.data`, "adminB", 404, complaint],
      [`/beheer/klachten/${ids.complaint}.data`, "providerA", 403, complaint],
    ];
    for (const [path, who, status, secret] of cases) {
      const res = await people[who].get(path);
      const body = await res.text();
      expect(res.status, `${who} on ${path}`).toBe(status);
      if (status === 200) expect(body).toContain(secret);
      else expect(body, `${who} on ${path}`).not.toContain(secret);
    }
    // Anonymous: a redirect to the login page, in single-fetch form, and no data.
    const anonymous = await people.anonymous.get(`/mijn/aanvragen/${ids.request}.data`);
    expect(anonymous.status).toBe(202);
    const text = await anonymous.text();
    expect(text).toContain("/inloggen");
    expect(text).not.toContain(complaint);
  });
});
