// Onboarding, vetting and the provider workspace over HTTP, with each role kept to its own data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import { dayAfter, mondayAhead } from "../support/days";
import { addStaff, readersOf } from "../support/factories";

let app: AppServer;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const { one, providerId, userId } = readersOf(() => app);

const cleanerApplication = {
  kind: "private_cleaner",
  name: "Glans & Glimmer",
  kvkNumber: "1234 5678",
  contactName: "Fatma Demir",
  contactEmail: "fatma@glans.example",
  serves: "GM0632",
  languages: "nl",
  homePostcode: "3441 ab",
  maxTravelKm: "12",
  hourlyRate: "24,50",
  acceptsHht: "yes",
};

describe("/aanbieder/aanmelden", () => {
  it("says nothing a link's author wrote: only a numeric reference is shown", async () => {
    const forged = await fetch(
      `${app.baseUrl}/aanbieder/aanmelden?ontvangen=${encodeURIComponent("1 – bel 0900-1234 voor uw geld")}&naam=${encodeURIComponent("De gemeente zegt: uw uitkering stopt")}`,
    );
    const text = textOf(await forged.text());
    expect(forged.status).toBe(200);
    expect(text).not.toContain("uitkering");
    expect(text).not.toContain("0900");
    expect(text).not.toContain("Bedankt voor uw aanmelding");
    const numeric = textOf(await (await fetch(`${app.baseUrl}/aanbieder/aanmelden?ontvangen=7&naam=Nep`)).text());
    expect(numeric).toContain("Wij hebben uw aanmelding ontvangen (kenmerk 7)");
    expect(numeric).not.toContain("Nep");
  });

  it("takes an application as pending, with the details its kind needs", async () => {
    const body = new URLSearchParams(cleanerApplication);
    body.append("languages", "tr");
    body.append("serves", "GM0589");
    const res = await fetch(`${app.baseUrl}/aanbieder/aanmelden`, {
      method: "POST",
      body,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      redirect: "manual",
    });
    expect(res.status).toBe(302);
    const page = await fetch(app.baseUrl + (res.headers.get("location") ?? ""));
    expect(textOf(await page.text())).toContain("Wij hebben uw aanmelding ontvangen (kenmerk ");
    const row = app
      .db()
      .prepare(
        "SELECT id, kind, vetting_status AS status, kvk_number AS kvk, home_pc4 AS pc4, max_travel_km AS km, hourly_rate_cents AS rate, accepts_hht AS hht, languages, cao FROM providers WHERE name = 'Glans & Glimmer'",
      )
      .get() as Record<string, unknown>;
    expect(row).toMatchObject({
      kind: "private_cleaner",
      status: "pending",
      kvk: "12345678",
      pc4: "3441",
      km: 12,
      rate: 2450,
      hht: 1,
      cao: null,
    });
    expect(JSON.parse(String(row.languages))).toEqual(["nl", "tr"]);
    expect(
      app
        .db()
        .prepare("SELECT municipality_code AS m FROM provider_service_areas WHERE provider_id = ? ORDER BY 1")
        .all(row.id),
    ).toEqual([{ m: "GM0589" }, { m: "GM0632" }]);
  });

  it("asks for what the chosen kind needs, in Dutch, and keeps the answers", async () => {
    const res = await new Client(app.baseUrl).post("/aanbieder/aanmelden", {
      ...cleanerApplication,
      kvkNumber: "1234",
      hourlyRate: "",
      homePostcode: "",
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    const text = textOf(html);
    expect(text).toContain("Een KvK-nummer bestaat uit 8 cijfers.");
    expect(text).toContain("Vul een uurtarief in tussen € 10 en € 100");
    expect(text).toContain("Vul de postcode van uw vestiging in");
    expect(html).toContain('value="Fatma Demir"');
  });

  it("refuses municipalities that do not take part and unknown postcodes", async () => {
    const res = await new Client(app.baseUrl).post("/aanbieder/aanmelden", {
      ...cleanerApplication,
      serves: "GM0363",
      homePostcode: "0000",
    });
    expect(res.status).toBe(400);
    expect(app.db().prepare("SELECT count(*) AS n FROM providers WHERE kvk_number = '12345678'").get()).toEqual({
      n: 1,
    });
  });
});

describe("vetting", () => {
  it("shows an admin only providers serving their municipality", async () => {
    const groningen = new Client(app.baseUrl);
    await groningen.login(DEMO.adminGroningen);
    const list = textOf(await (await groningen.get("/beheer/aanbieders")).text());
    expect(list).toContain("Huishoudhulp Stad Groningen");
    expect(list).not.toContain("Thuiszorg Groene Hart");
    expect((await groningen.get(`/beheer/aanbieders/${providerId("Thuiszorg Groene Hart")}`)).status).toBe(404);
    const suspend = await groningen.post(`/beheer/aanbieders/${providerId("Thuiszorg Groene Hart")}`, {
      to: "suspended",
      reason: "x",
    });
    expect(suspend.status).toBe(404);
    expect(
      app.db().prepare("SELECT vetting_status AS s FROM providers WHERE name = 'Thuiszorg Groene Hart'").get(),
    ).toEqual({ s: "vetted" });
  });

  it("needs a complete checklist to approve, with a valid VOG for a cleaner", async () => {
    const admin = new Client(app.baseUrl);
    await admin.login(DEMO.admin);
    const id = providerId("Glans & Glimmer");
    const early = await admin.post(`/beheer/aanbieders/${id}`, { to: "vetted" });
    expect(early.status).toBe(400);
    expect(textOf(await early.text())).toContain("Goedkeuren kan pas als de controlelijst compleet is.");

    const oldVog = await admin.post(`/beheer/aanbieders/${id}`, {
      intent: "check",
      item: "vog",
      ok: "yes",
      vogDate: "2020-01-01",
    });
    expect(oldVog.status).toBe(400); // too old to be in order: refused, with the day it expired
    for (const item of ["identity", "insurance"]) {
      // A date sent along with another item is not a VOG date.
      expect(
        (await admin.post(`/beheer/aanbieders/${id}`, { intent: "check", item, ok: "yes", vogDate: "2026-01-01" }))
          .status,
      ).toBe(302);
    }
    expect(
      app
        .db()
        .prepare("SELECT vog_date AS d FROM provider_vetting_checks WHERE provider_id = ? AND item = 'identity'")
        .get(id),
    ).toEqual({ d: null });
    const page = textOf(await (await admin.get(`/beheer/aanbieders/${id}`)).text());
    expect(page).toContain("Nog nodig voor goedkeuring: Verklaring omtrent het gedrag (VOG), niet ouder dan 3 jaar.");

    const noDate = await admin.post(`/beheer/aanbieders/${id}`, { intent: "check", item: "vog", ok: "yes" });
    expect(noDate.status).toBe(400);
    const future = await admin.post(`/beheer/aanbieders/${id}`, {
      intent: "check",
      item: "vog",
      ok: "yes",
      vogDate: "2999-01-01",
    });
    expect(future.status).toBe(400);
    const recent = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    expect(
      (await admin.post(`/beheer/aanbieders/${id}`, { intent: "check", item: "vog", ok: "yes", vogDate: recent }))
        .status,
    ).toBe(302);

    const approve = await admin.post(`/beheer/aanbieders/${id}`, { to: "vetted" });
    expect(approve.status).toBe(302);
    expect(app.db().prepare("SELECT vetting_status AS s FROM providers WHERE id = ?").get(id)).toEqual({ s: "vetted" });
    const checks = app
      .db()
      .prepare("SELECT item, checked_by_user_id AS by FROM provider_vetting_checks WHERE provider_id = ? ORDER BY id")
      .all(id);
    expect(checks).toHaveLength(3); // the expired VOG was refused, not recorded
  });

  it("suspends only with a reason, logs the change and who made it", async () => {
    const admin = new Client(app.baseUrl);
    await admin.login(DEMO.admin);
    const id = providerId("Schoonmaakhulp Ans de Vries");
    expect((await admin.post(`/beheer/aanbieders/${id}`, { to: "suspended", reason: "" })).status).toBe(400);
    expect((await admin.post(`/beheer/aanbieders/${id}`, { to: "suspended", reason: "VOG verlopen" })).status).toBe(
      302,
    );
    expect(
      app.db().prepare("SELECT vetting_status AS s, suspension_reason AS r FROM providers WHERE id = ?").get(id),
    ).toEqual({
      s: "suspended",
      r: "VOG verlopen",
    });
    const adminId = userId(DEMO.admin);
    expect(
      app
        .db()
        .prepare(
          "SELECT from_status AS f, to_status AS t, reason, changed_by_user_id AS by FROM provider_status_changes WHERE provider_id = ?",
        )
        .get(id),
    ).toEqual({ f: "vetted", t: "suspended", reason: "VOG verlopen", by: adminId });
    expect(
      app
        .db()
        .prepare("SELECT count(*) AS n FROM audit_events WHERE action = 'provider.status_changed' AND subject_id = ?")
        .get(String(id)),
    ).toEqual({ n: 1 });
    // The provider's own staff see why.
    addStaff(app, "ans.staff@example.nl", "Schoonmaakhulp Ans de Vries");
    const staff = new Client(app.baseUrl);
    await staff.login("ans.staff@example.nl");
    expect(textOf(await (await staff.get("/aanbieder")).text())).toContain("Reden: VOG verlopen");
  });

  it("is for admins only", async () => {
    const consultant = new Client(app.baseUrl);
    await consultant.login(DEMO.consultant);
    expect((await consultant.get("/beheer/aanbieders")).status).toBe(403);
    expect(
      (
        await consultant.post(`/beheer/aanbieders/${providerId("Thuiszorg Groene Hart")}`, {
          to: "suspended",
          reason: "x",
        })
      ).status,
    ).toBe(403);
  });
});

describe("the provider workspace", () => {
  it("reminds a provider of stale capacity in its notifications, once", async () => {
    addStaff(app, "vecht.staff@example.nl", "Zorggroep Vechtstreek");
    const staff = new Client(app.baseUrl);
    await staff.login("vecht.staff@example.nl");
    const text = textOf(await (await staff.get("/aanbieder")).text());
    expect(text).toMatch(/Let op: \d+ record\(s\) zijn verouderd/);
    expect(text).toMatch(/is 20 dagen niet bevestigd/);
    // Only fresh capacity counts as free: Vechtstreek's De Ronde Venen weeks do not.
    const fresh = app
      .db()
      .prepare(
        "SELECT sum(new_clients) AS n FROM zin_capacity_weeks WHERE provider_id = ? AND municipality_code = 'GM1904' AND week_start >= date('now', '-6 days')",
      )
      .get(providerId("Zorggroep Vechtstreek")) as { n: number };
    expect(text).toMatch(new RegExp(`Samen in deze (week|\\d+ weken): [\\d,]+ uur; nieuwe cliënten: ${fresh.n}\\.`));
    const first = (
      app
        .db()
        .prepare("SELECT count(*) AS n FROM provider_notifications WHERE provider_id = ?")
        .get(providerId("Zorggroep Vechtstreek")) as { n: number }
    ).n;
    expect(first).toBeGreaterThan(0);
    await staff.get("/aanbieder");
    expect(
      app
        .db()
        .prepare("SELECT count(*) AS n FROM provider_notifications WHERE provider_id = ?")
        .get(providerId("Zorggroep Vechtstreek")),
    ).toEqual({ n: first });

    // "Alles klopt nog" makes all capacity fresh again; reminders can be marked read.
    expect((await staff.post("/aanbieder/capaciteit", { intent: "confirm-all" })).status).toBe(302);
    expect(textOf(await (await staff.get("/aanbieder/capaciteit")).text())).not.toContain("Verouderd (");
    await staff.post("/aanbieder", {});
    expect(textOf(await (await staff.get("/aanbieder")).text())).toContain("Geen nieuwe meldingen.");
  });

  it("saves a form record with Dutch validation, and shows it in the history", async () => {
    const staff = new Client(app.baseUrl);
    await staff.login(DEMO.provider);
    const bad = await staff.post("/aanbieder/capaciteit", {
      type: "zin_waiting_list",
      externalRef: "web-x",
      municipalityCode: "GM0014",
      length: "-3",
    });
    expect(bad.status).toBe(400);
    expect(textOf(await bad.text())).toContain("Vul een heel getal in van 0 of meer.");
    const notServed = await staff.post("/aanbieder/capaciteit", {
      type: "zin_waiting_list",
      externalRef: "web-y",
      municipalityCode: "GM0014",
      length: "3",
    });
    expect(notServed.status).toBe(400);
    expect(textOf(await notServed.text())).toContain("Deze gemeente hoort niet bij uw werkgebied.");
    const ok = await staff.post("/aanbieder/capaciteit", {
      type: "zin_week",
      externalRef: "web-week-test",
      municipalityCode: "GM0589",
      weekStart: mondayAhead(12),
      hoursPerWeek: "6,5",
      newClients: "2",
      earliestStart: dayAfter(mondayAhead(12)),
    });
    expect(ok.status).toBe(302);
    expect(
      app
        .db()
        .prepare("SELECT minutes_per_week AS m FROM zin_capacity_weeks WHERE external_ref = 'web-week-test'")
        .get(),
    ).toEqual({ m: 390 });
    const history = textOf(await (await staff.get("/aanbieder/geschiedenis")).text());
    expect(history).toMatch(/Ruimte voor nieuwe cliënten per week \( ?web-week-test ?\) toegevoegd Marieke Smit/);
    expect(history).toContain("Uren per week voor nieuwe cliënten: 6.5");
  });

  it("answers 400 to a record type that is not one of ours, even a name every object has", async () => {
    const staff = new Client(app.baseUrl);
    await staff.login(DEMO.provider);
    for (const type of ["toString", "constructor", "__proto__", "nonsense"]) {
      expect((await staff.post("/aanbieder/capaciteit", { type, externalRef: "x" })).status, type).toBe(400);
    }
  });

  it("lets staff create and revoke their own API keys only", async () => {
    const staff = new Client(app.baseUrl);
    await staff.login(DEMO.provider);
    const created = await staff.post("/aanbieder/api-sleutels", { name: "Rooster" });
    const key = /data-testid="new-api-key"[^>]*>([^<]+)</.exec(await created.text())?.[1] ?? "";
    expect(key).toMatch(/^hwk_[a-z2-7]{32}$/);
    const get = await fetch(`${app.baseUrl}/api/v1/capacity`, { headers: { Authorization: `Bearer ${key}` } });
    expect((await get.json()).providerId).toBe(providerId("Thuiszorg Groene Hart"));
    const keyId = one<{ id: number }>("SELECT id FROM api_keys WHERE name = 'Rooster'").id;

    const other = new Client(app.baseUrl);
    await other.login("vecht.staff@example.nl");
    expect((await other.post("/aanbieder/api-sleutels", { intent: "revoke", keyId: String(keyId) })).status).toBe(400);
    expect(
      (await fetch(`${app.baseUrl}/api/v1/capacity`, { headers: { Authorization: `Bearer ${key}` } })).status,
    ).toBe(200);

    expect((await staff.post("/aanbieder/api-sleutels", { intent: "revoke", keyId: String(keyId) })).status).toBe(200);
    expect(
      (await fetch(`${app.baseUrl}/api/v1/capacity`, { headers: { Authorization: `Bearer ${key}` } })).status,
    ).toBe(401);
  });
});
