// A citizen who is not logged in picks one of a cleaner's free times on /hulp/opties, logs in (or
// registers first) and lands on the booking step with that time still chosen; the way back stays
// on this site (over real HTTP against the built server).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO_PASSWORD } from "../support/client";
import { helpQuery, providerId } from "../support/factories";

let app: AppServer;

const decode = (s: string) => s.replace(/&amp;/g, "&").replace(/&quot;/g, '"');
/** The way back a page's login or register form sends on (the language switch has one of its own: this page). */
const redirectField = (html: string) =>
  [...html.matchAll(/name="redirectTo" value="([^"]*)"/g)]
    .map((m) => decode(m[1] ?? ""))
    .find((to) => to.startsWith("/hulp/")) ?? "";
/** The time a booking page has chosen (its checked slot radio), or null. */
const checkedSlot = (html: string) => {
  const input = [...html.matchAll(/<input[^>]*name="slotId"[^>]*>/g)].map((m) => m[0]).find((i) => /\schecked/.test(i));
  return input ? Number(/value="(\d+)"/.exec(input)?.[1]) : null;
};

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

/** The booking links of a cleaner's free times on the options page (decoded), for a visitor. */
async function slotLinks(visitor: Client): Promise<string[]> {
  const html = await (await visitor.get(`/hulp/opties?${helpQuery()}`)).text();
  const ans = providerId(app, "Schoonmaakhulp Ans de Vries");
  return [...html.matchAll(/href="(\/hulp\/aanvragen\?[^"]+)"/g)]
    .map((m) => decode(m[1] ?? ""))
    .filter((href) => href.includes(`offer=cleaner%3A${ans}`) && href.includes("&slot="));
}

describe("picking a cleaner's time before logging in", () => {
  it("logs in and lands on the booking step with that time chosen", async () => {
    const visitor = new Client(app.baseUrl);
    const links = await slotLinks(visitor);
    expect(links.length).toBeGreaterThan(1);
    // Not the first time: the page must not just choose the first.
    const link = links[1] ?? "";
    const slot = Number(new URL(link, app.baseUrl).searchParams.get("slot"));

    const toLogin = await visitor.get(link);
    expect(toLogin.status).toBe(302);
    const loginUrl = toLogin.headers.get("location") ?? "";
    expect(loginUrl).toMatch(/^\/inloggen\?redirectTo=/);
    const loginPage = await (await visitor.get(loginUrl)).text();
    const back = redirectField(loginPage);
    expect(back).toBe(link);

    const loggedIn = await visitor.post("/inloggen", {
      email: "inwoner@demo.hulpwijzer.nl",
      password: DEMO_PASSWORD,
      redirectTo: back,
    });
    expect(loggedIn.status).toBe(302);
    expect(loggedIn.headers.get("location")).toBe(link);
    const booking = await (await visitor.get(link)).text();
    expect(checkedSlot(booking)).toBe(slot);
  });

  it("registers first, then logs in and lands on the booking step with that time chosen", async () => {
    const visitor = new Client(app.baseUrl);
    const link = (await slotLinks(visitor))[0] ?? "";
    const slot = Number(new URL(link, app.baseUrl).searchParams.get("slot"));
    const loginUrl = (await visitor.get(link)).headers.get("location") ?? "";
    const loginPage = await (await visitor.get(loginUrl)).text();
    // The login page's "register" link carries the way back.
    const registerHref = decode(/href="(\/registreren\?[^"]+)"/.exec(loginPage)?.[1] ?? "");
    expect(new URL(registerHref, app.baseUrl).searchParams.get("redirectTo")).toBe(link);
    const registerPage = await (await visitor.get(registerHref)).text();
    const registered = await visitor.post(registerHref, {
      name: "Mevrouw Eerst Registreren",
      email: "eerst-registreren@example.nl",
      password: DEMO_PASSWORD,
      redirectTo: redirectField(registerPage),
    });
    expect(registered.status).toBe(200);
    const next = await registered.text();
    const loggedIn = await visitor.post("/inloggen", {
      email: "eerst-registreren@example.nl",
      password: DEMO_PASSWORD,
      redirectTo: redirectField(next),
    });
    expect(loggedIn.headers.get("location")).toBe(link);
    expect(checkedSlot(await (await visitor.get(link)).text())).toBe(slot);
  });

  it("says so when the chosen time went in the meantime, and chooses none", async () => {
    const citizen = new Client(app.baseUrl);
    await citizen.login("inwoner@demo.hulpwijzer.nl");
    const link = (await slotLinks(citizen))[0] ?? "";
    const gone = link.replace(/slot=\d+/, "slot=999999");
    const html = await (await citizen.get(gone)).text();
    expect(checkedSlot(html)).toBeNull();
    expect(html).toContain("De tijd die u koos is niet meer vrij. Kies hieronder een andere tijd.");
  });

  it("keeps the open-redirect protection: a way back to another site goes home", async () => {
    const visitor = new Client(app.baseUrl);
    const res = await visitor.post("/inloggen", {
      email: "inwoner@demo.hulpwijzer.nl",
      password: DEMO_PASSWORD,
      redirectTo: "//evil.example/hulp/aanvragen?slot=1",
    });
    expect(res.headers.get("location")).toBe("/mijn");
  });
});
