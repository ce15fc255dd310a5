// Vetting tells the truth (issue 15): an expired VOG is refused with the day it expired, a
// cleaner's checklist is a cleaner's, and the application is on the page beside it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vogExpiresOn } from "~/domain/vetting";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import { dayAfter } from "../support/days";
import { applyAsProvider, cleanerApplication } from "../support/factories/applications";

let app: AppServer;
let admin: Client;

beforeAll(async () => {
  app = await startApp();
  admin = new Client(app.baseUrl);
  await admin.login(DEMO.admin);
});
afterAll(async () => {
  await app?.stop();
});

const today = () => new Date().toISOString().slice(0, 10);
const yearsBefore = (day: string, years: number) => `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;
const inWords = (day: string) =>
  new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );

describe("the VOG's age", () => {
  it("refuses 'In orde' for a VOG older than three years, saying the day it expired", async () => {
    const id = await applyAsProvider(app, cleanerApplication("Oude Verklaring Schoonmaak"));
    // Ten days past three years (away from 29 February, so the anniversary is a plain date).
    const vogDate = yearsBefore(dayAfter(today(), -10), 3).replace(/-02-29$/, "-02-28");
    const res = await admin.post(`/beheer/aanbieders/${id}`, { intent: "check", item: "vog", ok: "yes", vogDate });
    expect(res.status).toBe(400);
    const text = textOf(await res.text());
    expect(text).toContain(`Deze VOG is verlopen op ${inWords(vogExpiresOn(vogDate))}`);
    expect(app.db().prepare("SELECT count(*) AS n FROM provider_vetting_checks WHERE provider_id = ?").get(id)).toEqual(
      { n: 0 },
    );

    // 'Niet in orde' with the old VOG may be recorded: that is the truth.
    const notOk = await admin.post(`/beheer/aanbieders/${id}`, { intent: "check", item: "vog", ok: "no", vogDate });
    expect(notOk.status).toBe(302);
    // A VOG of last month is in order, and its date is said in words.
    const recent = dayAfter(today(), -30);
    const ok = await admin.post(`/beheer/aanbieders/${id}`, {
      intent: "check",
      item: "vog",
      ok: "yes",
      vogDate: recent,
    });
    expect(ok.status).toBe(302);
    const page = textOf(await (await admin.get(`/beheer/aanbieders/${id}`)).text());
    expect(page).toContain(`In orde (VOG van ${inWords(recent)})`);
  });

  it("shows a VOG recorded in order that has since expired as not in order, with the day", async () => {
    const id = await applyAsProvider(
      app,
      cleanerApplication("Verlopen Intussen Schoonmaak", { kvkNumber: "1122 3344" }),
    );
    const vogDate = yearsBefore(dayAfter(today(), -40), 3).replace(/-02-29$/, "-02-28");
    // Recorded back when it counted (straight in the database: the form only takes today's truth).
    app
      .db()
      .prepare(
        "INSERT INTO provider_vetting_checks (provider_id, item, ok, vog_date, checked_by_user_id) VALUES (?, 'vog', 1, ?, NULL)",
      )
      .run(id, vogDate);
    const page = textOf(await (await admin.get(`/beheer/aanbieders/${id}`)).text());
    expect(page).toContain(`Niet in orde (VOG van ${inWords(vogDate)}, verlopen op ${inWords(vogExpiresOn(vogDate))})`);
    expect(page).not.toContain("In orde (VOG");
  });
});

describe("a cleaner's checklist", () => {
  it("lists and takes only what a cleaner is checked on, not the ZIN contract or cao", async () => {
    const id = await applyAsProvider(app, cleanerApplication("Alleen Eigen Lijst", { kvkNumber: "5566 7788" }));
    const html = await (await admin.get(`/beheer/aanbieders/${id}`)).text();
    const text = textOf(html);
    expect(text).toContain("Verklaring omtrent het gedrag (VOG)");
    expect(text).not.toContain("Contract met de gemeente (zorg in natura)");
    expect(text).not.toContain("Cao (Schoonmaak of VVT)");
    expect(html).not.toContain('value="contract"');
    expect(html).not.toContain('value="cao"');
    for (const item of ["contract", "cao"]) {
      const res = await admin.post(`/beheer/aanbieders/${id}`, { intent: "check", item, ok: "yes" });
      expect(res.status).toBe(400);
      expect(textOf(await res.text())).toContain("Kies een onderdeel van de controlelijst van deze soort aanbieder.");
    }
    // A ZIN provider has no VOG on its list but does have the contract and cao.
    const zin = textOf(
      await (
        await admin.get(
          `/beheer/aanbieders/${app.db().prepare("SELECT id FROM providers WHERE name = 'Thuiszorg Groene Hart'").pluck().get()}`,
        )
      ).text(),
    );
    expect(zin).toContain("Contract met de gemeente (zorg in natura)");
    expect(zin).not.toContain("Verklaring omtrent het gedrag (VOG)");
  });
});

describe("the application beside the checklist", () => {
  it("shows contact, rate, distance and languages as the provider applied", async () => {
    const id = await applyAsProvider(
      app,
      cleanerApplication("Aanmelding In Beeld", { kvkNumber: "9988 7766", contactName: "Mira Jansen" }),
      [["languages", "tr"]],
    );
    const text = textOf(await (await admin.get(`/beheer/aanbieders/${id}`)).text());
    const application = text.slice(text.indexOf("Aanmelding"), text.indexOf("Controlelijst"));
    expect(application).toContain("Contactpersoon Mira Jansen");
    expect(application).toContain("E-mailadres sevda@example.nl");
    expect(application).toContain("Telefoonnummer 06 1234 5678");
    expect(application).toContain("Uurtarief € 26,50");
    expect(application).toContain("Reist hoogstens 15 km");
    expect(application).toContain("Talen Nederlands, Turks");
    expect(application).toContain("Werkt met de HHT-subsidie Ja");
  });
});

describe("an impossible VOG date", () => {
  it("is refused with a Dutch message, whatever the outcome, keeping the input and storing nothing", async () => {
    const id = await applyAsProvider(app, cleanerApplication("Verkeerde Datum Schoonmaak"));
    const count = () =>
      app.db().prepare("SELECT count(*) AS n FROM provider_vetting_checks WHERE provider_id = ?").get(id);
    for (const ok of ["no", "yes"]) {
      const res = await admin.post(`/beheer/aanbieders/${id}`, {
        intent: "check",
        item: "vog",
        ok,
        vogDate: "1800-01-01",
        note: "Gezien bij intake",
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(textOf(html)).toContain(
        "Een VOG van vóór 1 januari 1990 kan niet kloppen. Vul de datum in die op de VOG staat.",
      );
      // The admin's input stays in the form.
      expect(html).toContain('value="1800-01-01"');
      expect(html).toContain("Gezien bij intake");
    }
    // In the future: its own message (also with 'Niet in orde').
    const future = await admin.post(`/beheer/aanbieders/${id}`, {
      intent: "check",
      item: "vog",
      ok: "no",
      vogDate: dayAfter(today(), 30),
    });
    expect(future.status).toBe(400);
    expect(textOf(await future.text())).toContain("De datum van de VOG ligt in de toekomst.");
    // Nonsense is a 4xx too, never a 500.
    const nonsense = await admin.post(`/beheer/aanbieders/${id}`, {
      intent: "check",
      item: "vog",
      ok: "no",
      vogDate: "1990-02-31",
    });
    expect(nonsense.status).toBe(400);
    expect(count()).toEqual({ n: 0 });
    // The first possible day and an old but real VOG may be recorded as not in order.
    const old = await admin.post(`/beheer/aanbieders/${id}`, {
      intent: "check",
      item: "vog",
      ok: "no",
      vogDate: "1990-01-01",
    });
    expect(old.status).toBe(302);
    expect(count()).toEqual({ n: 1 });
  });
});
