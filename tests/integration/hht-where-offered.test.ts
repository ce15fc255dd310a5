// HHT only where a municipality offers it (issue 15): with no HHT in the policy, the cleaner's
// payments page has no "Van de gemeente (HHT)" line or municipality column, and the admin's vetting
// page says the municipality offers no HHT beside the cleaner's answer — the rule the admin's HHT
// menu item follows (domain/workspace hhtApplies). Once the policy offers it, both show it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "~/domain/policy";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import { bookCleaner, moveVisit, newCitizen, one } from "../support/factories";

const HOUR = 3_600_000;

let app: AppServer;
let cleaner: Client;
let admin: Client;
let month: string;
let cleanerId: number;

beforeAll(async () => {
  app = await startApp();
  cleaner = new Client(app.baseUrl);
  await cleaner.login(DEMO.cleaner);
  admin = new Client(app.baseUrl);
  await admin.login(DEMO.admin);
  // The demo's municipalities offer no HHT; a visit that took place gives the table a row.
  const citizen = await newCitizen(app, "hht-nergens@example.nl", "Mevrouw Nergens");
  const requestId = await bookCleaner(citizen);
  const visitAt = Date.now() - 4 * HOUR;
  const slotId = moveVisit(app, requestId, 0, visitAt);
  const done = await cleaner.post("/aanbieder/bezoeken", { intent: "done", id: String(slotId) });
  expect(done.headers.get("location")).toContain("melding=done");
  month = amsterdamDay(new Date(visitAt)).slice(0, 7);
  cleanerId = one<{ id: number }>(app, "SELECT provider_id AS id FROM help_requests WHERE id = ?", requestId).id;
});
afterAll(async () => {
  await app?.stop();
});

const paymentsPage = async () => textOf(await (await cleaner.get(`/aanbieder/bezoeken?maand=${month}`)).text());
const applicationOnVetting = async () => {
  const text = textOf(await (await admin.get(`/beheer/aanbieders/${cleanerId}`)).text());
  return text.slice(text.indexOf("Werkt met de HHT-subsidie"), text.indexOf("Controlelijst"));
};

describe("HHT on staff pages", () => {
  it("is not shown where no municipality of the provider offers it, and is once the policy does", async () => {
    const without = await paymentsPage();
    expect(without).toContain("Mevrouw Nergens");
    expect(without).toContain("Ontvangen van inwoners");
    expect(without).not.toContain("Van de gemeente (HHT)");
    expect(without).not.toContain("Deel gemeente");
    expect(await applicationOnVetting()).toContain(
      "Werkt met de HHT-subsidie Ja, maar de gemeente biedt geen HHT-subsidie aan",
    );

    app
      .db()
      .prepare("UPDATE municipality_policies SET hht_subsidy_per_hour_cents = 1600 WHERE municipality_code = 'GM0632'")
      .run();
    const offered = await paymentsPage();
    expect(offered).toContain("Van de gemeente (HHT)");
    expect(offered).toContain("Deel gemeente");
    const answer = await applicationOnVetting();
    expect(answer).toContain("Werkt met de HHT-subsidie Ja");
    expect(answer).not.toContain("biedt geen HHT-subsidie aan");
  });
});
