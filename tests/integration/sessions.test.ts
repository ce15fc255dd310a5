// Staff sessions end after 2 hours without a request and 12 hours in all; citizens keep 30 days
// sliding (ADR 017). Everyone sees where they are logged in and can log out everywhere else; a
// deactivated staff account is logged out everywhere at once.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, DEMO_PASSWORD, textOf } from "../support/client";
import { addStaff, loggedIn, one, userId } from "../support/factories";

let app: AppServer;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const idOf = (client: Client) =>
  createHash("sha256")
    .update(client.cookies.get("hw_session") ?? "")
    .digest("hex");
type Times = { created_at: number; last_seen_at: number; expires_at: number };
const timesOf = (client: Client) =>
  one<Times | undefined>(app, "SELECT created_at, last_seen_at, expires_at FROM sessions WHERE id = ?", idOf(client));
const setTimes = (client: Client, times: Partial<Times>) => {
  for (const [column, value] of Object.entries(times)) {
    app.db().prepare(`UPDATE sessions SET ${column} = ? WHERE id = ?`).run(value, idOf(client));
  }
};

describe("a staff session", () => {
  it("starts with a cookie for 12 hours and a server-side end 2 hours on", async () => {
    const client = new Client(app.baseUrl);
    const res = await client.login(DEMO.consultant);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("hw_session=")) ?? "";
    const expires = Date.parse(/Expires=([^;]+)/.exec(cookie)?.[1] ?? "");
    expect(expires).toBeGreaterThan(Date.now() + 11 * HOUR);
    expect(expires).toBeLessThanOrEqual(Date.now() + 12 * HOUR);
    const times = timesOf(client);
    expect(times?.expires_at).toBeGreaterThan(Date.now() + HOUR + 50 * MINUTE);
    expect(times?.expires_at).toBeLessThanOrEqual(Date.now() + 2 * HOUR);
  });

  it("ends after 2 hours without a request, and the row is deleted", async () => {
    const client = await loggedIn(app, DEMO.consultant);
    setTimes(client, { created_at: Date.now() - 3 * HOUR, last_seen_at: Date.now() - 2 * HOUR - 1000 });
    const res = await client.get("/consulent");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toMatch(/^\/inloggen/);
    expect(timesOf(client)).toBeUndefined();
  });

  it("ends 12 hours after the login even when used all along", async () => {
    const client = await loggedIn(app, DEMO.provider);
    setTimes(client, { created_at: Date.now() - 12 * HOUR - 1000, last_seen_at: Date.now() - MINUTE });
    expect((await client.get("/aanbieder")).status).toBe(302);
    expect(timesOf(client)).toBeUndefined();
  });

  it("records use at most once a minute, moving the idle end along", async () => {
    const client = await loggedIn(app, DEMO.admin);
    const recent = Date.now() - 30_000;
    setTimes(client, { last_seen_at: recent });
    expect((await client.get("/beheer")).status).toBe(200);
    expect(timesOf(client)?.last_seen_at).toBe(recent);
    const earlier = Date.now() - HOUR;
    setTimes(client, { last_seen_at: earlier, expires_at: earlier + 2 * HOUR });
    expect((await client.get("/beheer")).status).toBe(200);
    const times = timesOf(client);
    expect(times?.last_seen_at).toBeGreaterThan(Date.now() - MINUTE);
    expect(times?.expires_at).toBeGreaterThan(Date.now() + HOUR + 50 * MINUTE);
  });
});

describe("a citizen session", () => {
  it("has no idle end: unused for ten days it still works, and keeps 30 days sliding", async () => {
    const client = await loggedIn(app, DEMO.citizen);
    setTimes(client, { created_at: Date.now() - 20 * DAY, last_seen_at: Date.now() - 10 * DAY });
    expect((await client.get("/mijn")).status).toBe(200);
    expect(timesOf(client)?.expires_at).toBeGreaterThan(Date.now() + 29 * DAY);
  });
});

describe("/account/sessies", () => {
  const firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
  const safari =
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
  const loginWith = async (email: string, userAgent: string) => {
    const client = new Client(app.baseUrl);
    const init = { headers: { "User-Agent": userAgent } };
    const res = await client.post("/inloggen", { email, password: DEMO_PASSWORD }, init);
    expect(res.status).toBe(302);
    await client.completeSecondFactor(res, email, init);
    return client;
  };

  it("lists one's own sessions with browser, start and last use, marks this one, and is linked from the menu", async () => {
    const email = "sessies.lijst@example.nl";
    addStaff(app, email, "Thuiszorg Groene Hart", "Sessie Lijst");
    const here = await loginWith(email, firefox);
    await loginWith(email, safari);
    await loginWith(DEMO.provider, safari); // someone else's: not listed
    const res = await here.get("/account/sessies");
    expect(res.status).toBe(200);
    const html = await res.text();
    const text = textOf(html);
    expect(text).toContain("Waar u bent ingelogd");
    expect(text).toContain("Firefox · Windows (deze sessie)");
    expect(text).toContain("Safari · iOS");
    expect(text.match(/deze sessie/g)).toHaveLength(1);
    expect(text.match(/Safari · iOS/g)).toHaveLength(1);
    expect(html).toContain('href="/account/sessies"');
    expect(html).not.toContain(idOf(here));
  });

  it("logs out everywhere else after a confirmation, and keeps this session", async () => {
    const email = "sessies.overal@example.nl";
    addStaff(app, email, "Thuiszorg Groene Hart", "Sessie Overal");
    const here = await loginWith(email, firefox);
    const phone = await loginWith(email, safari);
    const laptop = await loginWith(email, firefox);
    const ask = await here.get("/account/sessies?bevestigen=overal");
    expect(textOf(await ask.text())).toContain(
      "Op alle andere plekken waar u bent ingelogd (aantal: 2) wordt u uitgelogd.",
    );
    const done = await here.post("/account/sessies", { intent: "end-others" });
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe("/account/sessies?melding=uitgelogd");
    expect(textOf(await (await here.get(done.headers.get("location") ?? "")).text())).toContain(
      "U bent op alle andere apparaten uitgelogd.",
    );
    expect((await phone.get("/aanbieder")).status).toBe(302);
    expect((await laptop.get("/aanbieder")).status).toBe(302);
    expect((await here.get("/aanbieder")).status).toBe(200);
    expect(one(app, "SELECT count(*) AS n FROM sessions WHERE user_id = ?", userId(app, email))).toEqual({ n: 1 });
  });

  it("answers a Dutch 400 to anything else, and sends anonymous visitors to the login page", async () => {
    const client = await loggedIn(app, DEMO.citizen);
    const bad = await client.post("/account/sessies", { intent: "alles-weg" });
    expect(bad.status).toBe(400);
    expect(textOf(await bad.text())).toMatch(/klopt niet|Er ging iets mis|niet goed/i);
    const anonymous = await new Client(app.baseUrl).get("/account/sessies");
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toBe("/inloggen?redirectTo=%2Faccount%2Fsessies");
  });
});

describe("deactivating a staff account", () => {
  it("deletes all its sessions in the same step and refuses its logins", async () => {
    const email = "weg.ermee@example.nl";
    // A provider that works only in Groningen: its accounts are the Groningen admin's to end.
    const id = addStaff(app, email, "Huishoudhulp Stad Groningen", "Weg Ermee");
    const one1 = await loggedIn(app, email);
    const two = await loggedIn(app, email);
    expect(one(app, "SELECT count(*) AS n FROM sessions WHERE user_id = ?", id)).toEqual({ n: 2 });
    const admin = await loggedIn(app, DEMO.adminGroningen);
    // Asked once more first, with what it does.
    const asked = textOf(await (await admin.get(`/beheer/gebruikers?deactiveren=${id}`)).text());
    expect(asked).toContain("Weet u zeker dat u het account van Weg Ermee wilt deactiveren?");
    const res = await admin.post("/beheer/gebruikers", { intent: "deactivate", userId: String(id) });
    expect(res.status).toBe(200);
    expect(textOf(await res.text())).toContain("Het account is gedeactiveerd.");
    expect(one(app, "SELECT count(*) AS n FROM sessions WHERE user_id = ?", id)).toEqual({ n: 0 });
    expect((await one1.get("/aanbieder")).status).toBe(302);
    expect((await two.get("/aanbieder")).status).toBe(302);
    // The right password no longer works, with the one generic message.
    const again = await new Client(app.baseUrl).post("/inloggen", { email, password: DEMO_PASSWORD });
    expect(again.status).toBe(400);
    expect(textOf(await again.text())).toContain("Het e-mailadres of het wachtwoord klopt niet.");
    expect(
      one(
        app,
        "SELECT actor_user_id AS actor FROM audit_events WHERE action = 'user.deactivated' AND subject_id = ?",
        String(id),
      ),
    ).toEqual({ actor: userId(app, DEMO.adminGroningen) });
    // In the admin's own audit log.
    expect(textOf(await (await admin.get("/beheer/audit")).text())).toMatch(/gedeactiveerd/i);
    expect(textOf(await (await admin.get("/beheer/gebruikers")).text())).toContain("Gedeactiveerd sinds");
  });

  it("is not one admin's to do for a provider that also works in other municipalities (403)", async () => {
    const id = addStaff(app, "gedeeld@example.nl", "Thuiszorg Groene Hart", "Gedeelde Collega");
    const admin = await loggedIn(app, DEMO.admin);
    const res = await admin.post("/beheer/gebruikers", { intent: "deactivate", userId: String(id) });
    expect(res.status).toBe(403);
    expect(one(app, "SELECT deactivated_at AS d FROM users WHERE id = ?", id)).toEqual({ d: null });
    const list = await (await admin.get("/beheer/gebruikers")).text();
    expect(list).not.toContain("Gedeelde Collega deactiveren");
  });

  it("is refused for someone outside the admin's municipality (404), oneself and nonsense (400)", async () => {
    const groningen = await loggedIn(app, DEMO.adminGroningen);
    const woerdenConsultant = userId(app, DEMO.consultant);
    expect(
      (await groningen.post("/beheer/gebruikers", { intent: "deactivate", userId: String(woerdenConsultant) })).status,
    ).toBe(404);
    const admin = await loggedIn(app, DEMO.admin);
    expect(
      (await admin.post("/beheer/gebruikers", { intent: "deactivate", userId: String(userId(app, DEMO.admin)) }))
        .status,
    ).toBe(400);
    expect((await admin.post("/beheer/gebruikers", { intent: "deactivate", userId: "-1e9" })).status).toBe(400);
    expect((await admin.post("/beheer/gebruikers", { intent: "deactivate" })).status).toBe(400);
    // A citizen is no staff to deactivate.
    expect(
      (await admin.post("/beheer/gebruikers", { intent: "deactivate", userId: String(userId(app, DEMO.citizen)) }))
        .status,
    ).toBe(404);
    expect((await loggedIn(app, DEMO.consultant)).cookies.size).toBeGreaterThan(0);
  });
});
