// A browser logged out from elsewhere is told why on /inloggen (ADR 040): a new password (changed
// or reset by e-mail), deactivation by an admin, or a staff session past its time. Once, only to
// the browser that holds the old cookie, and no token kept in plain text. Against the built server.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { Client, DEMO, DEMO_PASSWORD, textOf } from "../support/client";
import { addMunicipalityStaff, all, loggedIn, newCitizen, one, userId } from "../support/factories";
import { addressesOf, serverWithMail } from "../support/mail";

const server = serverWithMail();
const NEW_PASSWORD = "een heel nieuw wachtwoord";

const PASSWORD_CHANGED =
  "U bent uitgelogd omdat het wachtwoord van dit account is gewijzigd. Log opnieuw in met het nieuwe wachtwoord.";
const DEACTIVATED = "U bent uitgelogd omdat dit account is gedeactiveerd.";
const EXPIRED = "U bent uitgelogd omdat u een tijd niets heeft gedaan";
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/**
 * The browser whose session ended, on its next visit to a page it was on: sent to /inloggen, told
 * why there with its dead cookie cleared; returns the login page's text.
 */
async function cameBack(client: Client, path: string): Promise<string> {
  const res = await client.get(path);
  expect(res.status).toBe(302);
  const location = res.headers.get("location") ?? "";
  expect(location).toBe(`/inloggen?${new URLSearchParams({ redirectTo: path })}`);
  const login = await client.get(location);
  expect(login.status).toBe(200);
  expect(login.headers.getSetCookie().some((c) => /^hw_session=;.*Max-Age=0/i.test(c))).toBe(true);
  expect(client.cookies.has("hw_session")).toBe(false);
  return textOf(await login.text());
}

describe("a browser logged out from elsewhere", () => {
  it("is told the password was changed, once, and no token is kept in plain text", async () => {
    const email = "twee-browsers@example.nl";
    const here = await newCitizen(server.app, email);
    const elsewhere = await loggedIn(server.app, email);
    const token = elsewhere.cookies.get("hw_session") ?? "";
    const res = await here.post("/account/wachtwoord", {
      currentPassword: DEMO_PASSWORD,
      password: NEW_PASSWORD,
      passwordAgain: NEW_PASSWORD,
    });
    expect(res.status).toBe(302);
    // Only the ended session's hash and why, no account named; never the token itself.
    expect(all(server.app, "SELECT id, reason FROM ended_sessions WHERE id = ?", sha256(token))).toEqual([
      { id: sha256(token), reason: "password_changed" },
    ]);
    expect(one(server.app, "SELECT count(*) AS n FROM ended_sessions WHERE id = ?", token)).toEqual({ n: 0 });
    expect(Object.keys(one<object>(server.app, "SELECT * FROM ended_sessions LIMIT 1"))).toEqual([
      "id",
      "reason",
      "ended_at",
    ]);

    expect(await cameBack(elsewhere, "/mijn")).toContain(PASSWORD_CHANGED);
    // Told once: the cookie is gone, and so is the reason.
    expect(textOf(await (await elsewhere.get("/inloggen")).text())).not.toContain("U bent uitgelogd");
    expect(one(server.app, "SELECT count(*) AS n FROM ended_sessions WHERE id = ?", sha256(token))).toEqual({ n: 0 });
    // The browser that changed it stays in and hears nothing of it.
    expect((await here.get("/mijn")).status).toBe(200);
    await elsewhere.login(email, NEW_PASSWORD);
    expect((await elsewhere.get("/mijn")).status).toBe(200);
  });

  it("is told the same after a reset by e-mail", async () => {
    const email = "reset-twee@example.nl";
    const before = await newCitizen(server.app, email);
    await new Client(server.app.baseUrl).post("/wachtwoord-vergeten", { email });
    // The link as the e-mail carries it.
    const [message] = await server.mail.waitFor(
      (m) => addressesOf(m).includes(email) && m.subject === "Nieuw wachtwoord kiezen",
    );
    const secret = /\/wachtwoord-herstellen\/([a-z2-7]{52})/.exec(message?.text ?? "")?.[1];
    const path = `/wachtwoord-herstellen/${secret}`;
    const done = await new Client(server.app.baseUrl).post(path, {
      password: NEW_PASSWORD,
      passwordAgain: NEW_PASSWORD,
    });
    expect(done.status).toBe(302);
    expect(await cameBack(before, "/account/sessies")).toContain(PASSWORD_CHANGED);
  });

  it("is told the account was deactivated, and a staff session past its time that it expired", async () => {
    const admin = await loggedIn(server.app, DEMO.admin);
    addMunicipalityStaff(server.app, "weg@woerden.example", "consultant", "GM0632", "Wim Weg");
    const leaving = await loggedIn(server.app, "weg@woerden.example");
    const res = await admin.post("/beheer/gebruikers", {
      intent: "deactivate",
      userId: String(userId(server.app, "weg@woerden.example")),
    });
    expect(res.status).toBe(200);
    expect(await cameBack(leaving, "/consulent")).toContain(DEACTIVATED);

    addMunicipalityStaff(server.app, "stil@woerden.example", "consultant", "GM0632", "Sanne Stil");
    const idle = await loggedIn(server.app, "stil@woerden.example");
    const id = sha256(idle.cookies.get("hw_session") ?? "");
    // Three hours without a request (the idle limit is two).
    server.app
      .db()
      .prepare("UPDATE sessions SET last_seen_at = ? WHERE id = ?")
      .run(Date.now() - 3 * 60 * 60_000, id);
    expect(await cameBack(idle, "/consulent")).toContain(EXPIRED);
    expect(one(server.app, "SELECT count(*) AS n FROM sessions WHERE id = ?", id)).toEqual({ n: 0 });
  });

  it("is told it was logged out from another device ('overal anders uitloggen')", async () => {
    const email = "overal-anders@example.nl";
    const here = await newCitizen(server.app, email);
    const elsewhere = await loggedIn(server.app, email);
    expect((await here.post("/account/sessies", { intent: "end-others" })).status).toBe(302);
    expect(await cameBack(elsewhere, "/mijn")).toContain(
      "U bent uitgelogd omdat op een ander apparaat is gekozen om overal anders uit te loggen.",
    );
    expect((await here.get("/mijn")).status).toBe(200);
  });

  it("tells nothing to a made-up or long-dead cookie, and nothing on a normal visit", async () => {
    expect(textOf(await (await new Client(server.app.baseUrl).get("/inloggen")).text())).not.toContain(
      "U bent uitgelogd",
    );
    const madeUp = new Client(server.app.baseUrl);
    madeUp.cookies.set("hw_session", "a".repeat(32));
    expect(textOf(await (await madeUp.get("/inloggen")).text())).not.toContain("U bent uitgelogd");
    // A day later the reason is gone: the old cookie reads as any unknown one.
    const email = "lang-geleden@example.nl";
    const here = await newCitizen(server.app, email);
    const elsewhere = await loggedIn(server.app, email);
    await here.post("/account/wachtwoord", {
      currentPassword: DEMO_PASSWORD,
      password: NEW_PASSWORD,
      passwordAgain: NEW_PASSWORD,
    });
    server.app
      .db()
      .prepare("UPDATE ended_sessions SET ended_at = ? WHERE id = ?")
      .run(Date.now() - 25 * 60 * 60_000, sha256(elsewhere.cookies.get("hw_session") ?? ""));
    expect(textOf(await (await elsewhere.get("/inloggen")).text())).not.toContain("U bent uitgelogd");
  });
});
