// Staff menus show only what applies (issue 15), and the routes agree: a cleaner has no referrals
// or signals, a ZIN provider no requests or visits, and HHT exists only where the policy offers it.
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

/** The links of the main menu, by their path. */
async function menuOf(client: Client): Promise<string[]> {
  const html = await (await client.get("/")).text();
  const nav = html.slice(html.indexOf('class="hw-nav"'), html.indexOf("</nav>", html.indexOf('class="hw-nav"')));
  return [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? "");
}

async function expectNotFound(client: Client, path: string, form?: Record<string, string>) {
  const res = form ? await client.post(path, form) : await client.get(path);
  expect(res.status, path).toBe(404);
  expect(textOf(await res.text())).toContain("Deze pagina bestaat niet");
}

describe("a private cleaner's workspace", () => {
  it("has no referrals or signals, in the menu or at the URL; it has visits", async () => {
    const cleaner = new Client(app.baseUrl);
    await cleaner.login(DEMO.cleaner);
    const menu = await menuOf(cleaner);
    expect(menu).not.toContain("/aanbieder/verwijzingen");
    expect(menu).not.toContain("/aanbieder/signalen");
    expect(menu).toContain("/aanbieder/bezoeken");
    expect(menu).toContain("/aanbieder/capaciteit");
    await expectNotFound(cleaner, "/aanbieder/verwijzingen");
    await expectNotFound(cleaner, "/aanbieder/verwijzingen", { referralId: "1", intent: "accept" });
    await expectNotFound(cleaner, "/aanbieder/signalen");
    await expectNotFound(cleaner, "/aanbieder/signalen", { client: "request:1", type: "loneliness", text: "x" });
    expect((await cleaner.get("/aanbieder/bezoeken")).status).toBe(200);
  });

  it("keeps the menu on one row of sections: history and API keys are reached from the capacity page", async () => {
    const cleaner = new Client(app.baseUrl);
    await cleaner.login(DEMO.cleaner);
    const menu = await menuOf(cleaner);
    expect(menu.filter((href) => href.startsWith("/aanbieder"))).toEqual([
      "/aanbieder",
      "/aanbieder/aanvragen",
      "/aanbieder/agenda",
      "/aanbieder/bezoeken",
      "/aanbieder/klachten",
      "/aanbieder/capaciteit",
      "/aanbieder/collegas",
    ]);
    const capacity = await (await cleaner.get("/aanbieder/capaciteit")).text();
    expect(capacity).toContain('href="/aanbieder/geschiedenis"');
    expect(capacity).toContain('href="/aanbieder/api-sleutels"');
    expect((await cleaner.get("/aanbieder/geschiedenis")).status).toBe(200);
  });
});

describe("a ZIN provider's workspace", () => {
  it("has referrals and signals, not requests or visits", async () => {
    const zin = new Client(app.baseUrl);
    await zin.login(DEMO.provider);
    const menu = await menuOf(zin);
    expect(menu).toContain("/aanbieder/verwijzingen");
    expect(menu).toContain("/aanbieder/signalen");
    expect(menu).not.toContain("/aanbieder/aanvragen");
    expect(menu).not.toContain("/aanbieder/bezoeken");
    await expectNotFound(zin, "/aanbieder/aanvragen");
    await expectNotFound(zin, "/aanbieder/bezoeken");
    await expectNotFound(zin, "/aanbieder/bezoeken", { intent: "done", id: "1" });
    expect((await zin.get("/aanbieder/verwijzingen")).status).toBe(200);
  });
});

describe("the admin's HHT statement", () => {
  it("is in the menu and on its URL only where the municipality offers the HHT subsidy", async () => {
    const admin = new Client(app.baseUrl);
    await admin.login(DEMO.admin);
    expect(await menuOf(admin)).not.toContain("/beheer/hht");
    await expectNotFound(admin, "/beheer/hht");
    expect((await admin.get("/beheer/hht.csv")).status).toBe(404);
    app
      .db()
      .prepare("UPDATE municipality_policies SET hht_subsidy_per_hour_cents = 1600 WHERE municipality_code = 'GM0632'")
      .run();
    expect(await menuOf(admin)).toContain("/beheer/hht");
    expect((await admin.get("/beheer/hht")).status).toBe(200);
    expect((await admin.get("/beheer/hht.csv")).status).toBe(200);
  });
});

describe("every provider kind's own pages", () => {
  // The physio practice's capacity page once failed to render (a form schema conform could not
  // read), and no test opened it as a physio: every demo provider opens each page in its menu.
  it.each([
    ["cleaner", DEMO.cleaner],
    ["ZIN provider", DEMO.provider],
    ["physio practice", DEMO.physio],
    ["mediator", DEMO.mediator],
  ])("a %s opens every page in its menu", async (_kind, email) => {
    const staff = new Client(app.baseUrl);
    await staff.login(email);
    const pages = (await menuOf(staff)).filter((p) => p.startsWith("/aanbieder") || p.startsWith("/account"));
    expect(pages).toContain("/aanbieder/capaciteit");
    for (const path of pages) {
      const res = await staff.get(path);
      expect(res.status, path).toBe(200);
      expect(textOf(await res.text()), path).not.toContain("Er ging iets mis");
    }
  });
});
