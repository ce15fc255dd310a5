// The skeleton over real HTTP: start-up migrates, loads reference data and seeds once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, textOf } from "../support/client";

let app: AppServer;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

describe("start-up", () => {
  it("applies the committed migrations", () => {
    const applied = app.db().prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as { n: number };
    expect(applied.n).toBeGreaterThanOrEqual(1);
    const mode = app.db().pragma("journal_mode", { simple: true });
    expect(mode).toBe("wal");
  });

  it("loads every PC4 and municipality from the open dataset", () => {
    const db = app.db();
    expect(db.prepare("SELECT count(*) AS n FROM postcode_areas").get()).toEqual({ n: 4081 });
    expect(db.prepare("SELECT count(*) AS n FROM municipalities").get()).toEqual({ n: 342 });
    expect(
      db
        .prepare(
          "SELECT p.place, m.name, m.code, p.lat, p.lon FROM postcode_areas p JOIN municipalities m ON m.code = p.municipality_code WHERE pc4 = '3641'",
        )
        .get(),
    ).toEqual({ place: "Mijdrecht", name: "De Ronde Venen", code: "GM0736", lat: 52.2061, lon: 4.8618 });
    // A quoted CSV field with a comma in it survives.
    expect(db.prepare("SELECT name FROM municipalities WHERE code = 'GM0820'").get()).toEqual({
      name: "Nuenen, Gerwen en Nederwetten",
    });
  });

  it("seeds the six demo municipalities with their policy, by year", () => {
    const rows = app
      .db()
      .prepare(
        `SELECT m.name, m.region, p.effective_from AS "from", p.abonnementstarief_cents AS tariff,
                p.zin_hourly_tariff_cents AS zin, p.draagkracht_threshold_percent AS threshold,
                p.social_minimum_single_cents AS smSingle, p.stale_after_days AS stale
         FROM municipality_policies p JOIN municipalities m ON m.code = p.municipality_code
         WHERE p.effective_from = '2026-01-01' ORDER BY m.name`,
      )
      .all();
    expect(rows.map((r) => (r as { name: string }).name)).toEqual([
      "De Ronde Venen",
      "Groningen",
      "Montfoort",
      "Oudewater",
      "Stichtse Vecht",
      "Woerden",
    ]);
    expect(rows[5]).toEqual({
      name: "Woerden",
      region: "Utrecht West",
      from: "2026-01-01",
      tariff: 2180,
      zin: 3180,
      threshold: 150,
      smSingle: 136906,
      stale: 14,
    });
    const tariffs = app
      .db()
      .prepare(
        "SELECT effective_from, abonnementstarief_cents FROM municipality_policies WHERE municipality_code = 'GM0632' ORDER BY 1",
      )
      .raw()
      .all();
    expect(tariffs).toEqual([
      ["2024-01-01", 2060],
      ["2025-01-01", 2100],
      ["2026-01-01", 2180],
    ]);
  });

  it("seeds at least 12 providers over all four kinds, with service areas and vetting status", () => {
    const db = app.db();
    const byKind = db.prepare("SELECT kind, count(*) AS n FROM providers GROUP BY kind ORDER BY kind").all();
    expect(byKind.map((r) => (r as { kind: string }).kind)).toEqual([
      "pgb_mediator",
      "physio",
      "private_cleaner",
      "zin",
    ]);
    const total = db.prepare("SELECT count(*) AS n FROM providers").get() as { n: number };
    expect(total.n).toBeGreaterThanOrEqual(12);
    const withoutArea = db
      .prepare("SELECT count(*) AS n FROM providers WHERE id NOT IN (SELECT provider_id FROM provider_service_areas)")
      .get();
    expect(withoutArea).toEqual({ n: 0 });
    const pending = db.prepare("SELECT count(*) AS n FROM providers WHERE vetting_status = 'pending'").get() as {
      n: number;
    };
    expect(pending.n).toBeGreaterThan(0);
    // Every demo municipality is served by every kind.
    const gaps = db
      .prepare(
        `SELECT m.municipality_code, k.kind FROM municipality_policies m
         CROSS JOIN (SELECT DISTINCT kind FROM providers) k
         WHERE m.effective_from = '2026-01-01' AND NOT EXISTS (
           SELECT 1 FROM provider_service_areas a JOIN providers p ON p.id = a.provider_id
           WHERE a.municipality_code = m.municipality_code AND p.kind = k.kind)`,
      )
      .all();
    expect(gaps).toEqual([]);
  });

  it("seeds one demo user per role, with argon2id hashes and the right scope", () => {
    const users = app
      .db()
      .prepare(
        "SELECT email, role, municipality_code AS m, provider_id IS NOT NULL AS hasProvider, password_hash AS h FROM users ORDER BY id",
      )
      .all() as { email: string; role: string; m: string | null; hasProvider: number; h: string }[];
    const byEmail = Object.fromEntries(users.map((u) => [u.email, u]));
    expect(byEmail["inwoner@demo.hulpwijzer.nl"]).toMatchObject({ role: "citizen", m: null, hasProvider: 0 });
    expect(byEmail["aanbieder@demo.hulpwijzer.nl"]).toMatchObject({ role: "provider_staff", m: null, hasProvider: 1 });
    expect(byEmail["consulent@demo.hulpwijzer.nl"]).toMatchObject({ role: "consultant", m: "GM0632" });
    expect(byEmail["beheer@demo.hulpwijzer.nl"]).toMatchObject({ role: "admin", m: "GM0632" });
    for (const u of users) expect(u.h).toMatch(/^\$argon2id\$/);
  });

  it("never seeds over existing data on a restart", async () => {
    const db = app.db();
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const before = { users: count("users"), providers: count("providers"), policies: count("municipality_policies") };
    // An admin's change (Fysio Vecht en Venen: no account or request in the demo refers to it).
    db.prepare("DELETE FROM providers WHERE kvk_number = '90000134'").run();
    await app.restart();
    expect(count("users")).toBe(before.users);
    expect(count("providers")).toBe(before.providers - 1);
    expect(count("municipality_policies")).toBe(before.policies);
    expect(count("postcode_areas")).toBe(4081);
  });
});

describe("pages and headers", () => {
  it("answers /healthz with plain ok", async () => {
    const res = await fetch(`${app.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await res.text()).toBe("ok");
  });

  it("serves the Dutch start page with security headers and a CSP nonce on every script", async () => {
    const res = await fetch(`${app.baseUrl}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline' 'nonce"); // scripts: nonce only
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    const html = await res.text();
    expect(html).toContain('<html lang="nl" class="utrecht-theme">');
    expect(html).toContain('href="#main"');
    const nonce = /nonce-([^']+)'/.exec(csp)?.[1];
    const inlineScripts = html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? [];
    expect(inlineScripts.length).toBeGreaterThan(0);
    for (const tag of inlineScripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(textOf(html)).toContain("Hulp in het huishouden, zo licht als het kan");
    expect(textOf(html)).toContain("GeoNames");
  });

  it("shows a friendly Dutch 404 for unknown paths", async () => {
    const res = await fetch(`${app.baseUrl}/bestaat-niet`);
    expect(res.status).toBe(404);
    const text = textOf(await res.text());
    expect(text).toContain("Pagina niet gevonden");
    expect(text).toContain("Naar de startpagina");
  });

  it("switches to English and back with the language form, on the same page", async () => {
    const client = new Client(app.baseUrl);
    const res = await client.post("/taal", { lang: "en", redirectTo: "/inloggen" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/inloggen");
    const html = await (await client.get("/inloggen")).text();
    expect(html).toContain('<html lang="en"');
    expect(textOf(html)).toContain("Log in with your email address and password.");
    await client.post("/taal", { lang: "nl", redirectTo: "/inloggen" });
    expect(textOf(await (await client.get("/inloggen")).text())).toContain("Log in met uw e-mailadres en wachtwoord.");
  });

  it("never redirects the language switch off-site", async () => {
    const res = await new Client(app.baseUrl).post("/taal", { lang: "en", redirectTo: "//evil.example/x" });
    expect(res.headers.get("location")).toBe("/");
  });

  it("refuses a cross-site form post with 403 and leaves data alone", async () => {
    const before = app.db().prepare("SELECT count(*) AS n FROM users").get();
    const res = await new Client(app.baseUrl).post(
      "/registreren",
      { name: "X", email: "x@example.nl", password: "lang-genoeg-wachtwoord" },
      { headers: { Origin: "https://evil.example" } },
    );
    expect(res.status).toBe(403);
    expect(app.db().prepare("SELECT count(*) AS n FROM users").get()).toEqual(before);
  });
});

describe("bad input to the language switch", () => {
  it("answers 400 for a language we do not have, and sets no cookie", async () => {
    const client = new Client(app.baseUrl);
    const res = await client.post("/taal", { lang: "fr", redirectTo: "/" });
    expect(res.status).toBe(400);
    expect(client.cookies.has("hw_lang")).toBe(false);
    expect(textOf(await res.text())).toContain("Dit verzoek klopt niet");
  });
});
