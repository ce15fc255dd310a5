// Security over real HTTP, beyond what foundation.test.ts (the start page's headers, one
// cross-site sign-up) and auth.test.ts (the session cookie at login) already check: the headers on
// every kind of response, every cookie the app sets, and cross-site changes refused at every
// mutating endpoint with nothing written. Also two transport rules of server.js.
import { createHash } from "node:crypto";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressFields } from "../support/address";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, DEMO_PASSWORD } from "../support/client";
import {
  bookCleaner,
  cancelQuote,
  caseOf,
  createApiKey,
  helpQuery,
  indicateZin,
  loggedIn,
  newCitizen,
  one,
  providerId,
  requestKind,
  sessionEndsAt,
  WOERDEN_HELP,
} from "../support/factories";
import { split } from "../support/spreadsheet";

let app: AppServer;
let citizen: Client;
let leaver: Client; // the same citizen in another browser, who logs out
let provider: Client;
let consultant: Client;
let admin: Client;
const ids = { booking: 0, cancelQuote: 0, zin: 0, caseId: 0, indication: 0, complaint: 0, token: "", paOffer: "" };
const help = helpQuery();
let apiKey = ""; // Thuiszorg Groene Hart's, made by its staff

beforeAll(async () => {
  app = await startApp();
  citizen = await newCitizen(app, "veilig@example.nl");
  leaver = await loggedIn(app, "veilig@example.nl");
  provider = await loggedIn(app, DEMO.provider);
  apiKey = await createApiKey(provider);
  consultant = await loggedIn(app, DEMO.consultant);
  admin = await loggedIn(app, DEMO.admin);
  ids.booking = await bookCleaner(citizen);
  ids.cancelQuote = await cancelQuote(citizen, ids.booking);
  ids.zin = await requestKind(citizen, "zin");
  ids.caseId = caseOf(app, ids.zin);
  ids.indication = (await indicateZin(app, consultant, ids.caseId)).indication;
  await citizen.post(`/mijn/aanvragen/${ids.zin}`, { intent: "complaint", text: "Niemand belt terug." });
  ids.complaint = one<{ id: number }>(app, "SELECT id FROM complaints WHERE request_id = ?", ids.zin).id;
  const options = (await (await citizen.get(`/api/v1/options?${help}`)).json()) as {
    options: { kind: string; offerId: string; eligible: boolean }[];
  };
  ids.paOffer = options.options.find((o) => o.kind === "powerful_ageing" && o.eligible)?.offerId ?? "";
  ids.token = /\/agenda\/([a-z2-7]{32})\.ics/.exec(await (await citizen.get("/mijn")).text())?.[1] ?? "";
  expect(ids.token).not.toBe("");
});
afterAll(async () => {
  await app?.stop();
});

/** The directives of a Content-Security-Policy header, by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = "", ...values]) => [name, values]),
  );
}

function expectSecurityHeaders(res: Response, label: string) {
  const csp = directives(res.headers.get("content-security-policy") ?? "");
  const scripts = csp.get("script-src") ?? [];
  expect(scripts, label).toContain("'self'");
  expect(
    scripts.some((s) => /^'nonce-[A-Za-z0-9+/]{22}==' ?$/.test(s)),
    `${label}: a nonce`,
  ).toBe(true);
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"]) {
    expect(scripts, `${label}: script-src ${unsafe}`).not.toContain(unsafe);
  }
  expect(csp.get("default-src"), label).toEqual(["'self'"]);
  expect(csp.get("frame-ancestors"), label).toEqual(["'none'"]);
  expect(csp.get("object-src"), label).toEqual(["'none'"]);
  expect(csp.get("base-uri"), label).toEqual(["'self'"]);
  expect(csp.get("form-action"), label).toEqual(["'self'", "https://checkout.stripe.com"]);
  expect(res.headers.get("x-content-type-options"), label).toBe("nosniff");
  expect(res.headers.get("referrer-policy"), label).toBe("strict-origin-when-cross-origin");
  expect(res.headers.get("x-frame-options"), label).toBe("DENY");
  expect(res.headers.get("x-powered-by"), label).toBeNull();
}

const nonceOf = (res: Response) => /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];

describe("security headers", () => {
  it("are on every kind of response: pages, refusals, redirects, API, downloads, feeds, assets", async () => {
    const anonymous = new Client(app.baseUrl);
    const page = await (await anonymous.get("/")).text();
    const asset = /(?:src|href)="(\/assets\/[^"]+\.js)"/.exec(page)?.[1] ?? "";
    expect(asset).not.toBe("");
    const cases: [string, Client, string, RequestInit?][] = [
      ["a public page", anonymous, "/"],
      ["the questions", anonymous, "/hulp/leeftijd?postcode=3441AB"],
      ["a citizen's page", citizen, `/mijn/aanvragen/${ids.booking}`],
      ["a consultant's case", consultant, `/consulent/zaken/${ids.caseId}`],
      ["an admin's page", admin, "/beheer/audit"],
      ["a refused form (400)", anonymous, "/inloggen", { method: "POST", body: new URLSearchParams({ email: "" }) }],
      ["a 403 page", citizen, "/beheer"],
      ["a 404 page", anonymous, "/bestaat-niet"],
      ["a redirect to the login page", anonymous, "/mijn"],
      ["API JSON", anonymous, `/api/v1/options?${help}`],
      ["an API refusal", anonymous, "/api/v1/options?postcode=x"],
      ["an API 401", anonymous, "/api/v1/capacity"],
      ["the OpenAPI document", anonymous, "/api/v1/openapi.json"],
      ["open data", anonymous, "/api/v1/services"],
      ["a CSV download", admin, "/beheer/dashboard.csv?tabel=wachtenden"],
      ["a refused download", citizen, "/beheer/hht.csv"],
      ["a JSON download", consultant, `/consulent/indicaties/${ids.indication}.json`],
      ["the calendar feed", anonymous, `/agenda/${ids.token}.ics`],
      ["a single-fetch data request", citizen, "/mijn.data"],
      ["a static asset", anonymous, asset],
      ["the health check", anonymous, "/healthz"],
      [
        "a refused cross-site post",
        citizen,
        "/uitloggen",
        { method: "POST", headers: { Origin: "https://evil.example" } },
      ],
    ];
    for (const [label, client, path, init] of cases) {
      const res = await client.request(path, init);
      expect(res.status, label).toBeLessThan(500);
      expectSecurityHeaders(res, `${label} (${path}, ${res.status})`);
      await res.arrayBuffer();
    }
  });

  it("a fresh nonce for each response, on every script and nothing inline that it does not cover", async () => {
    const pages: [Client, string][] = [
      [new Client(app.baseUrl), "/"],
      [new Client(app.baseUrl), `/hulp/opties?${help}`],
      [citizen, "/mijn"],
      [citizen, `/mijn/aanvragen/${ids.booking}`],
      [provider, "/aanbieder/capaciteit"],
      [provider, "/aanbieder/verwijzingen"],
      [consultant, `/consulent/zaken/${ids.caseId}`],
      [admin, "/beheer/dashboard"],
      [admin, `/beheer/klachten/${ids.complaint}`],
      [citizen, "/beheer"], // the error page
    ];
    const nonces = new Set<string>();
    for (const [client, path] of pages) {
      const res = await client.get(path);
      const html = await res.text();
      const nonce = nonceOf(res) ?? "";
      expect(nonces.has(nonce), `${path}: a nonce used twice`).toBe(false);
      nonces.add(nonce);
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
      // Inline handlers and javascript: URLs would be blocked by the policy (and must not be needed).
      expect(html, path).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
      expect(html, path).not.toMatch(/(href|src|action)\s*=\s*["']?\s*javascript:/i);
    }
  });
});

describe("cookies", () => {
  /** Every Set-Cookie of a response, as [name, attributes]. */
  const cookiesOf = (res: Response | http.IncomingMessage) => {
    const lines =
      res instanceof Response ? res.headers.getSetCookie() : ([] as string[]).concat(res.headers["set-cookie"] ?? []);
    return lines.map((line) => [line.split("=")[0] ?? "", line] as const);
  };
  const expectSafe = (name: string, line: string) => {
    expect(line, name).toMatch(/;\s*HttpOnly(;|$)/i);
    expect(line, name).toMatch(/;\s*SameSite=Lax(;|$)/i);
    expect(line, name).toMatch(/;\s*Path=\/(;|$)/i);
  };

  it("every cookie the app sets is HttpOnly and SameSite=Lax: session (log in, renew, log out), known browser and language", async () => {
    const seen = new Map<string, string[]>();
    const note = (res: Response) => {
      for (const [name, line] of cookiesOf(res)) seen.set(name, [...(seen.get(name) ?? []), line]);
    };
    const client = new Client(app.baseUrl);
    note(
      await client.post("/registreren", {
        name: "Koekje",
        email: "koekje@example.nl",
        password: "een lang wachtwoord",
      }),
    );
    note(await client.post("/uitloggen", {}));
    note(await client.post("/inloggen", { email: "koekje@example.nl", password: "een lang wachtwoord" }));
    sessionEndsAt(app, client, Date.now() + 86_400_000);
    note(await client.get("/mijn")); // renewed: sent again
    note(await client.post("/taal", { lang: "en", redirectTo: "/" }));
    expect([...seen.keys()].sort()).toEqual(["hw_device", "hw_lang", "hw_session"]);
    // Signing up sets no session (it ends on a neutral page, ADR 017): log out, log in and renew do.
    expect(seen.get("hw_session")?.length).toBe(3);
    for (const [name, lines] of seen) for (const line of lines) expectSafe(name, line);
  });

  it("the session cookie is Secure when the site is not on this machine (and not sent back over plain HTTP)", async () => {
    const body = new URLSearchParams({ email: DEMO.citizen, password: DEMO_PASSWORD }).toString();
    const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const url = new URL(app.baseUrl);
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: "/inloggen",
          method: "POST",
          headers: {
            Host: "hulpwijzer.example",
            "Content-Type": "application/x-www-form-urlencoded",
            "Content-Length": Buffer.byteLength(body),
          },
        },
        resolve,
      );
      req.on("error", reject);
      req.end(body);
    });
    res.resume();
    expect(res.statusCode).toBe(302);
    const [[name, line] = ["", ""]] = cookiesOf(res);
    expect(name).toBe("hw_session");
    expectSafe(name, line);
    expect(line).toMatch(/;\s*Secure(;|$)/i);
  });
});

describe("cross-site changes", () => {
  const tables = () =>
    (
      app.db().prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'audit_events'").all() as {
        name: string;
      }[]
    ).map((t) => t.name);
  /** Every row of every table but the audit log (reading a page is audited). */
  const snapshot = () =>
    createHash("sha256")
      .update(JSON.stringify(tables().map((t) => app.db().prepare(`SELECT * FROM "${t}" ORDER BY rowid`).raw().all())))
      .digest("hex");

  type Change = [label: string, client: () => Client, path: () => string, init: () => RequestInit];
  const form = (fields: Record<string, string>): RequestInit => ({
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
  const json = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
    method,
    body: JSON.stringify(body),
    headers: { "Content-Type": "application/json", ...headers },
  });
  // Each change would be accepted from the site itself (the last test shows it for all of them).
  const CHANGES: Change[] = [
    [
      "log in",
      () => new Client(app.baseUrl),
      () => "/inloggen",
      () => form({ email: DEMO.citizen, password: DEMO_PASSWORD }),
    ],
    [
      "sign up",
      () => new Client(app.baseUrl),
      () => "/registreren",
      () => form({ name: "X", email: "x@example.nl", password: "lang-genoeg-wachtwoord" }),
    ],
    ["log out", () => leaver, () => "/uitloggen", () => form({})],
    ["switch language", () => leaver, () => "/taal", () => form({ lang: "en", redirectTo: "/" })],
    [
      "apply as a provider",
      () => new Client(app.baseUrl),
      () => "/aanbieder/aanmelden",
      () =>
        form({
          kind: "zin",
          name: "Kwade Zorg",
          kvkNumber: "12345678",
          contactName: "K",
          contactEmail: "k@example.nl",
          serves: "GM0632",
          languages: "nl",
          cao: "vvt",
        }),
    ],
    [
      "ask for a talk",
      () => citizen,
      () => `/hulp/aanvragen?offer=consultation&${help}`,
      () => form({ forWhom: "self", ...addressFields() }),
    ],
    [
      "request help over the API",
      () => citizen,
      () => "/api/v1/requests",
      () => json("POST", { offerId: ids.paOffer, helpRequest: WOERDEN_HELP, contact: addressFields() }),
    ],
    [
      "complain",
      () => citizen,
      () => `/mijn/aanvragen/${ids.booking}`,
      () => form({ intent: "complaint", text: "Kwaad opzet" }),
    ],
    [
      "cancel a request",
      () => citizen,
      () => `/mijn/aanvragen/${ids.booking}`,
      // As confirmed: what cancelling costs (a visit may start within 24 hours), as the confirmation shows it.
      () => form({ intent: "cancel", quoted: String(ids.cancelQuote) }),
    ],
    ["confirm all capacity", () => provider, () => "/aanbieder/capaciteit", () => form({ intent: "confirm-all" })],
    ["make an API key", () => provider, () => "/aanbieder/api-sleutels", () => form({ name: "kwaad" })],
    [
      "publish capacity over the API",
      () => new Client(app.baseUrl),
      () => "/api/v1/capacity",
      () =>
        json(
          "PUT",
          {
            records: [
              { type: "zin_waiting_list", externalRef: "wachtlijst-GM0632", municipalityCode: "GM0632", length: 99 },
            ],
          },
          { Authorization: `Bearer ${apiKey}` },
        ),
    ],
    [
      "note a talk",
      () => consultant,
      () => `/consulent/zaken/${ids.caseId}`,
      () => form({ intent: "talk", situation: "Door een andere site geschreven" }),
    ],
    [
      "make a staff account",
      () => admin,
      () => "/beheer/gebruikers",
      () => form({ name: "Kwaad", email: "kwaad@example.nl", role: "admin" }),
    ],
    [
      "suspend a provider",
      () => admin,
      () => `/beheer/aanbieders/${providerId(app, "Thuiszorg Groene Hart")}`,
      () => form({ intent: "status", to: "suspended", reason: "kwaad" }),
    ],
    ["take up a complaint", () => admin, () => `/beheer/klachten/${ids.complaint}`, () => form({ intent: "start" })],
  ];

  it("are refused with a Dutch 403 from another site, a sibling host or an opaque origin, and write nothing", async () => {
    const host = new URL(app.baseUrl).host;
    const before = snapshot();
    const sessions = app.db().prepare("SELECT count(*) AS n FROM sessions").get();
    // Compared by host (and port), so it works behind a TLS proxy that speaks HTTP to the app.
    for (const origin of ["https://evil.example", `http://evil.${host}`, "http://127.0.0.1:1", "null"]) {
      for (const [label, client, path, init] of CHANGES) {
        const request = init();
        const res = await client().request(path(), {
          ...request,
          headers: { ...Object.fromEntries(new Headers(request.headers)), Origin: origin },
        });
        expect(res.status, `${label} from ${origin}`).toBe(403);
        expect(await res.text(), label).toContain("Verzoek van een andere website geweigerd.");
        expect(res.headers.getSetCookie(), label).toEqual([]);
      }
    }
    // No Origin, but the browser's own word that it comes from another site.
    for (const [label, client, path, init] of CHANGES) {
      const request = init();
      const res = await client().request(path(), {
        ...request,
        headers: { ...Object.fromEntries(new Headers(request.headers)), "Sec-Fetch-Site": "cross-site" },
      });
      expect(res.status, `${label} marked cross-site`).toBe(403);
    }
    expect(snapshot()).toBe(before);
    // No session was made or ended: the citizen is still logged in.
    expect(app.db().prepare("SELECT count(*) AS n FROM sessions").get()).toEqual(sessions);
    expect((await leaver.get("/mijn")).status).toBe(200);
  });

  it("the same changes from the site itself go through (so the refusal above was the origin check)", async () => {
    const origin = app.baseUrl;
    for (const [label, client, path, init] of CHANGES) {
      const before = snapshot();
      const request = init();
      const res = await client().request(path(), {
        ...request,
        headers: { ...Object.fromEntries(new Headers(request.headers)), Origin: origin },
      });
      expect(res.status, `${label}: ${(await res.text()).slice(0, 200)}`).toBeLessThan(400);
      expect(res.headers.get("location") ?? "", label).not.toMatch(/^\/inloggen/);
      // Logging out, a language and a session change no table of data; the rest write.
      if (!["log in", "log out", "switch language"].includes(label)) expect(snapshot(), label).not.toBe(before);
    }
  });
});

describe("transport rules of server.js", () => {
  it("drops Remix's legacy ?_data parameter: the page or API answers as without it, and nothing is logged", async () => {
    const plain = await fetch(`${app.baseUrl}/api/v1/options?${help}`);
    const withData = await fetch(`${app.baseUrl}/api/v1/options?${help}&_data=routes%2Fapi.v1.options`);
    expect(withData.status).toBe(200);
    expect(await withData.json()).toEqual(await plain.json());
    const page = await new Client(app.baseUrl).get("/?_data=root");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    const guarded = await new Client(app.baseUrl).get("/mijn?_data=routes%2Fmijn._index");
    expect(guarded.status).toBe(302);
    expect(guarded.headers.get("location")).toBe("/inloggen?redirectTo=%2Fmijn");
    expect(app.output()).not.toMatch(/_data requests|Unexpected Server Error/);
  });

  /**
   * A form posted the way a slow browser uploads it: headers and a first part, the rest only after
   * the answer has come (the refusal is decided before the body is read). Returns the answer, its
   * Connection header, and whether sending the rest failed.
   */
  function slowUpload(path: string, cookie: string, size: number) {
    const url = new URL(app.baseUrl);
    const first = "intent=talk&situation=";
    type Answer = { status: number; connection: string | undefined; upload: string };
    return new Promise<Answer>((resolve) => {
      const agent = new http.Agent({ keepAlive: true });
      const done = (answer: Answer) => {
        req.destroy();
        agent.destroy();
        resolve(answer);
      };
      const req = http.request({
        host: url.hostname,
        port: url.port,
        path,
        method: "POST",
        agent,
        headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded", "Content-Length": size },
      });
      req.on("error", (e: NodeJS.ErrnoException) =>
        done({ status: 0, connection: undefined, upload: e.code ?? "error" }),
      );
      req.on("response", (res) => {
        res.resume();
        res.on("end", () => {
          const answer = { status: res.statusCode ?? 0, connection: res.headers.connection, upload: "stalled" };
          // The answer is in; the browser is still sending the rest of the form.
          const stalled = setTimeout(() => done(answer), 500);
          req.end("x".repeat(size - first.length), () => {
            clearTimeout(stalled);
            done({ ...answer, upload: "sent" });
          });
        });
      });
      req.write(first);
    });
  }

  it("a refusal sent before a form was read is answered, and the rest of the upload is taken (no reset)", async () => {
    // 404 for a case that does not exist: decided before the body is read.
    const answer = await slowUpload("/consulent/zaken/999999", consultant.cookieHeader(), 900_000);
    expect(answer).toEqual({ status: 404, connection: "keep-alive", upload: "sent" });
    // Over 1 MiB the connection is closed instead: nobody is made to wait for a huge upload.
    const huge = await slowUpload("/consulent/zaken/999999", consultant.cookieHeader(), 2_000_000);
    expect(huge).toMatchObject({ status: 404, connection: "close" });
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
  });
});

describe("forged form bodies", () => {
  it("ignores conform's reserved fields: a Dutch 4xx or a normal answer, never a 500", async () => {
    const talk = `/consulent/zaken/${ids.caseId}`;
    const forged = [
      ["anonymous log in", new Client(app.baseUrl), "/inloggen", { email: DEMO.citizen, password: "fout" }],
      ["a case form", consultant, talk, { intent: "talk", situation: "Woont alleen." }],
      ["a request form", citizen, `/mijn/aanvragen/${ids.zin}`, { intent: "complaint", text: "Nog steeds niets." }],
    ] as const;
    for (const [label, client, path, fields] of forged) {
      for (const reserved of [{ __state__: "{" }, { __intent__: "x" }, { __intent__: "validate/email" }] as Record<
        string,
        string
      >[]) {
        const res = await client.post(path, { ...fields, ...reserved });
        expect(res.status, `${label} ${Object.keys(reserved)[0]}`).toBeLessThan(500);
      }
    }
    for (const path of ["/beheer/audit?__state__=%7B", "/beheer/klachten?__intent__=x&status=open"]) {
      const res = await admin.get(path);
      expect(res.status, path).toBeLessThan(500);
      expect(await res.text(), path).not.toMatch(/Unexpected Server Error/);
    }
    for (const intent of ["__proto__", "", "checkout"]) {
      const res = await citizen.post(`/mijn/aanvragen/${ids.zin}`, { intent });
      expect(res.status, `intent ${intent}`).toBe(400);
    }
    expect(app.output()).not.toMatch(/SyntaxError|Unknown intent/);
  });

  it("refuses a form with more fields than any form has (conform's parse is quadratic in them)", async () => {
    const body = `email=${encodeURIComponent(DEMO.citizen)}&password=x${"&email=a".repeat(40_000)}`;
    const anonymous = await fetch(`${app.baseUrl}/inloggen`, {
      method: "POST",
      body,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(anonymous.status).toBe(413);
    expect(await anonymous.text()).toContain("Dit is te veel om te versturen");
    const repeated = new URLSearchParams({ intent: "talk", situation: "Woont alleen." });
    for (let i = 0; i < 5_000; i++) repeated.append("facilities", "y");
    const res = await consultant.request(`/consulent/zaken/${ids.caseId}`, {
      method: "POST",
      body: repeated,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(413);
    const query = await admin.get(`/beheer/audit?${"actie=x&".repeat(2_000)}`);
    expect(query.status).toBe(413);
  });
});

describe("CSV downloads", () => {
  it("never hand a spreadsheet a formula, whether it splits on ; , or tab", async () => {
    const evil = 'Thuiszorg;=HYPERLINK("https://evil.example";"klik")|\t=1+1\r@SUM(1)';
    app.db().prepare("UPDATE providers SET name = ? WHERE name = 'Thuiszorg Groene Hart'").run(evil);
    try {
      // The default period (the last 91 days): a fixed start date is out of range on some days.
      const res = await admin.get("/beheer/dashboard.csv?tabel=wachtlijsten");
      expect(res.status).toBe(200);
      const csv = await res.text();
      expect(csv).toContain("Thuiszorg");
      // Each line split naively on every separator a spreadsheet might use, quotes honoured.
      for (const line of csv.split("\r\n")) {
        for (const separator of [";", ",", "\t"]) {
          const cells = split(line, separator);
          for (const c of cells) expect(c, `${separator} in ${line}`).not.toMatch(/^[=+@]/);
        }
      }
    } finally {
      app.db().prepare("UPDATE providers SET name = 'Thuiszorg Groene Hart' WHERE name = ?").run(evil);
    }
  });
});

describe("downloads and feeds that only answer GET", () => {
  it("answer a POST with a Dutch 405 and Allow, not Remix's English error", async () => {
    const paths = [
      "/healthz",
      "/mijn/gegevens.json",
      `/consulent/indicaties/${ids.indication}.json`,
      "/beheer/dashboard.csv",
      "/beheer/hht.csv",
      `/agenda/${ids.token}.ics`,
    ];
    for (const path of paths) {
      const res = await citizen.post(path, {});
      expect(res.status, path).toBe(405);
      expect(res.headers.get("allow"), path).toBe("GET, HEAD");
      expect(await res.text(), path).toBe("Op dit adres kunt u alleen iets opvragen, niet versturen.\n");
    }
    expect(app.output()).not.toMatch(/did not provide an `action`/);
  });
});

describe("form bodies over the limit", () => {
  it("refuse a form over 64 KiB on every form page with a Dutch 413; only the case page takes 128 KiB", async () => {
    const over = (bytes: number) => `text=${"a".repeat(bytes)}`;
    const pages: [Client, string][] = [
      [new Client(app.baseUrl), "/inloggen"],
      [new Client(app.baseUrl), "/registreren"],
      [new Client(app.baseUrl), "/aanbieder/aanmelden"],
      [new Client(app.baseUrl), "/hulp/postcode"],
      [citizen, `/hulp/aanvragen?${help}&offer=${ids.paOffer}`],
      [citizen, `/mijn/aanvragen/${ids.booking}`],
      [citizen, "/mijn/gegevens"],
      [citizen, "/account/sessies"],
      [citizen, "/taal"],
      [provider, "/aanbieder/capaciteit"],
      // Requests to a provider are not a ZIN provider's section (it gets referrals): the cleaner's.
      [await loggedIn(app, DEMO.cleaner), "/aanbieder/aanvragen"],
      [provider, "/aanbieder/api-sleutels"],
      [provider, "/aanbieder/collegas"],
      [provider, "/aanbieder/klachten"],
      [provider, "/aanbieder/signalen"],
      [provider, "/aanbieder/verwijzingen"],
      [admin, "/beheer/gebruikers"],
      [admin, `/beheer/klachten/${ids.complaint}`],
    ];
    for (const [client, path] of pages) {
      const res = await client.request(path, {
        method: "POST",
        body: over(64 * 1024),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      });
      expect(res.status, path).toBe(413);
      expect(await res.text(), path).toContain("Dit is te veel om te versturen");
    }
    const casePage = `/consulent/zaken/${ids.caseId}`;
    const talk = (bytes: number) =>
      consultant.request(casePage, {
        method: "POST",
        body: `intent=talk&situation=${"a".repeat(bytes)}`,
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      });
    expect((await talk(100 * 1024)).status).not.toBe(413);
    expect((await talk(128 * 1024)).status).toBe(413);
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
  });

  it("refuse a declared or a chunked form over the limit with a Dutch 413, and the server lives on", async () => {
    const { port } = new URL(app.baseUrl);
    const big = `email=x&password=${"a".repeat(64 * 1024)}`;
    const declared = await fetch(`${app.baseUrl}/inloggen`, {
      method: "POST",
      body: big,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(declared.status).toBe(413);
    expect(await declared.text()).toContain("Dit is te veel om te versturen");
    // 300 MB announced: answered at once, the body never read.
    const huge = await new Promise<number | undefined>((resolve) => {
      const req = http.request(
        {
          host: "127.0.0.1",
          port,
          method: "POST",
          path: "/inloggen",
          headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": 300 * 1024 * 1024 },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode);
          req.destroy();
        },
      );
      req.on("error", () => resolve(undefined));
      req.write("email=x&password=");
    });
    expect(huge).toBe(413);
    // A form just under the limit still works: a failed login, not a refusal of the body.
    const fits = await fetch(`${app.baseUrl}/inloggen`, {
      method: "POST",
      body: `email=x%40example.nl&password=${"a".repeat(60 * 1024)}`,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(fits.status).toBe(400);
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
  });
});

describe("methods the web does not carry", () => {
  it("answer TRACE and WebDAV methods with a 405 before Remix, not an English 500", async () => {
    const { port } = new URL(app.baseUrl);
    for (const method of ["TRACE", "PROPFIND", "MKCOL"]) {
      for (const path of ["/healthz", "/", "/inloggen", "/api/v1/options"]) {
        const status = await new Promise<number | undefined>((resolve, reject) => {
          const req = http.request({ host: "127.0.0.1", port, method, path }, (res) => {
            res.resume();
            resolve(res.statusCode);
          });
          req.on("error", reject);
          req.end();
        });
        expect(status, `${method} ${path}`).toBe(405);
      }
    }
    expect(app.output()).not.toMatch(/HTTP method is unsupported/);
  });
});
