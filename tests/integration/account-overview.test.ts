// /account: every role's overview of its own account pages; a citizen's details only for a citizen.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";

let app: AppServer;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const linksOn = (html: string) => [...html.matchAll(/<a[^>]*href="(\/(?:account|mijn)\/[^"]*)"/g)].map((m) => m[1]);

describe("/account", () => {
  it("lists the own-account pages, with the citizen's details for a citizen only, and is in the menu", async () => {
    const citizen = new Client(app.baseUrl);
    await citizen.login(DEMO.citizen);
    const mine = await citizen.get("/account");
    expect(mine.status).toBe(200);
    const html = await mine.text();
    expect(textOf(html)).toContain("Mijn account");
    expect(html).toContain('href="/account"');
    for (const to of [
      "/account/wachtwoord",
      "/account/tweestaps",
      "/account/sessies",
      "/account/berichten",
      "/mijn/gegevens",
    ]) {
      expect(linksOn(html)).toContain(to);
    }
    const admin = new Client(app.baseUrl);
    await admin.login(DEMO.admin);
    const staff = await (await admin.get("/account")).text();
    expect(linksOn(staff)).toContain("/account/tweestaps");
    expect(linksOn(staff)).not.toContain("/mijn/gegevens");
    expect((await new Client(app.baseUrl).get("/account")).status).toBe(302);
  });
});
