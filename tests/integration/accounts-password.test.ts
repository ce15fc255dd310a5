// Issue 16, accounts: a forgotten password is reset by an e-mailed link (one hour, once, the same
// answer for every address), a password is changed with the current one (other sessions end),
// staff made with a one-time password choose their own before anything else, and admins and
// colleagues see when an account last logged in.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, DEMO_PASSWORD, textOf } from "../support/client";
import { all, loggedIn, newCitizen, one, userId } from "../support/factories";
import { type MailCatcher, startMailCatcher } from "../support/mail";

let app: AppServer;
let mail: MailCatcher;

beforeAll(async () => {
  // A mail server that is down: the reset messages stay in the outbox, token and all, so this file
  // can read them there (accounts-mail.test.ts follows the link from the mail itself).
  mail = await startMailCatcher();
  mail.refuse(true);
  app = await startApp({ SMTP_URL: mail.url });
});
afterAll(async () => {
  await app?.stop();
  await mail?.stop();
});

const NEW_PASSWORD = "een heel nieuw wachtwoord";

type NoticeRow = {
  id: number;
  kind: string;
  event_key: string;
  params: string;
  link: string;
  secret: string | null;
  delivery_status: string;
  municipality_code: string | null;
};
const noticesOf = (id: number, kind: string) =>
  all<NoticeRow>(
    app,
    "SELECT * FROM notifications WHERE recipient_user_id = ? AND kind = ? AND channel = 'email' ORDER BY id",
    id,
    kind,
  );
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** Asks for a reset link as an anonymous browser; the raw token from the message's row. */
async function askReset(email: string): Promise<{ res: Response; text: string; secret: string | null }> {
  const res = await new Client(app.baseUrl).post("/wachtwoord-vergeten", { email });
  const text = textOf(await res.text());
  const id = one<{ id: number } | undefined>(app, "SELECT id FROM users WHERE email = ?", email)?.id;
  const secret = id === undefined ? null : (noticesOf(id, "password_reset").at(-1)?.secret ?? null);
  return { res, text, secret };
}

describe("asking for a reset link", () => {
  it("links from the login page", async () => {
    const html = await (await new Client(app.baseUrl).get("/inloggen")).text();
    expect(html).toContain('href="/wachtwoord-vergeten"');
    expect(textOf(html)).toContain("Wachtwoord vergeten?");
    const page = await new Client(app.baseUrl).get("/wachtwoord-vergeten");
    expect(page.status).toBe(200);
    expect(textOf(await page.text())).toContain("Vul het e-mailadres van uw account in.");
  });

  it("answers the same for a known and an unknown address, and writes the message only for the known one", async () => {
    const email = "vergeten@example.nl";
    await newCitizen(app, email);
    const id = userId(app, email);
    const known = await askReset(email);
    const unknown = await askReset("niemand-bekend@example.nl");
    expect(known.res.status).toBe(200);
    expect(unknown.res.status).toBe(200);
    expect(known.text).toContain("Kijk in uw e-mail");
    expect(known.text.replaceAll(email, "X")).toBe(unknown.text.replaceAll("niemand-bekend@example.nl", "X"));

    const [notice, ...more] = noticesOf(id, "password_reset");
    expect(more).toHaveLength(0);
    if (!notice) throw new Error("no password_reset notification");
    const secret = notice.secret ?? "";
    // 32 random bytes in base32; the message's link has the placeholder the delivery fills in.
    expect(secret).toMatch(/^[a-z2-7]{52}$/);
    expect(notice.link).toBe("/wachtwoord-herstellen/{secret}");
    expect(notice.municipality_code).toBeNull();
    expect(notice.delivery_status).toBe("pending"); // the mail server refuses: kept, tried again later
    // Only the hash is stored, as the token's id; the params name the time, never the token.
    const token = one<{ id: string; expires_at: number; created_at: number; used_at: number | null }>(
      app,
      "SELECT id, expires_at, created_at, used_at FROM password_reset_tokens WHERE user_id = ?",
      id,
    );
    expect(token.id).toBe(sha256(secret));
    expect(token.used_at).toBeNull();
    expect(token.expires_at - token.created_at).toBe(60 * 60_000);
    expect(notice.event_key).toBe(`reset:${token.id}`);
    expect(notice.params).not.toContain(secret);
    expect(JSON.parse(notice.params)).toEqual({ validUntilAt: new Date(token.expires_at).toISOString() });
    // Nothing was written for the unknown address but the audit line without a subject.
    expect(one(app, "SELECT count(*) AS n FROM password_reset_tokens")).toEqual({ n: 1 });
    expect(
      one(
        app,
        "SELECT count(*) AS n FROM audit_events WHERE action = 'password.reset_requested' AND subject_id IS NULL",
      ),
    ).toEqual({ n: 1 });
  });

  it("refuses a bad address at the field with 400, and too many requests for one address with 429", async () => {
    const bad = await new Client(app.baseUrl).post("/wachtwoord-vergeten", { email: "geen-adres" });
    expect(bad.status).toBe(400);
    expect(textOf(await bad.text())).toContain("Vul een geldig e-mailadres in");
    const email = "veel-te-vaak@example.nl"; // unknown: the limit counts typed addresses alike
    for (let i = 0; i < 5; i++) expect((await askReset(email)).res.status).toBe(200);
    const blocked = await askReset(email);
    expect(blocked.res.status).toBe(429);
    expect(blocked.res.headers.get("Retry-After")).toMatch(/^\d+$/);
    expect(blocked.text).toContain("Er zijn te veel links aangevraagd.");
  });
});

describe("a reset link", () => {
  it("works once: sets the password, ends every session, and then says it was used", async () => {
    const email = "eenmaal@example.nl";
    const first = await newCitizen(app, email);
    const second = await loggedIn(app, email);
    const id = userId(app, email);
    const { secret } = await askReset(email);
    const path = `/wachtwoord-herstellen/${secret}`;

    const page = await new Client(app.baseUrl).get(path);
    expect(page.status).toBe(200);
    // The token is in the path: the page's own policy (a browser takes the last one) sends no Referer.
    expect(page.headers.get("Referrer-Policy")?.split(",").at(-1)?.trim()).toBe("no-referrer");
    expect(textOf(await page.text())).toContain(`Kies een nieuw wachtwoord voor het account van ${email}`);

    const mismatch = await new Client(app.baseUrl).post(path, { password: NEW_PASSWORD, passwordAgain: "iets anders" });
    expect(mismatch.status).toBe(400);
    expect(textOf(await mismatch.text())).toContain("De twee wachtwoorden zijn niet gelijk.");
    const short = await new Client(app.baseUrl).post(path, { password: "kort", passwordAgain: "kort" });
    expect(short.status).toBe(400);
    expect(textOf(await short.text())).toContain("Een wachtwoord is minimaal 12 tekens.");

    const done = await new Client(app.baseUrl).post(path, { password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD });
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe("/inloggen?melding=wachtwoord-gewijzigd");
    const notice = textOf(await (await new Client(app.baseUrl).get("/inloggen?melding=wachtwoord-gewijzigd")).text());
    expect(notice).toContain("Uw wachtwoord is gewijzigd.");

    // Everyone who was logged in is out; the old password no longer works, the new one does.
    expect(one(app, "SELECT count(*) AS n FROM sessions WHERE user_id = ?", id)).toEqual({ n: 0 });
    expect((await first.get("/mijn")).status).toBe(302);
    expect((await second.get("/mijn")).status).toBe(302);
    expect((await new Client(app.baseUrl).post("/inloggen", { email, password: DEMO_PASSWORD })).status).toBe(400);
    await new Client(app.baseUrl).login(email, NEW_PASSWORD);

    // Once only.
    const again = await new Client(app.baseUrl).post(path, {
      password: "nog een ander wachtwoord",
      passwordAgain: "nog een ander wachtwoord",
    });
    expect(again.status).toBe(410);
    const againText = textOf(await again.text());
    expect(againText).toContain("Deze link is al gebruikt");
    expect(againText).toContain("Vraag een nieuwe link aan");
    expect((await new Client(app.baseUrl).get(path)).status).toBe(410);
    await new Client(app.baseUrl).login(email, NEW_PASSWORD);

    // The change is told, in the audit log and as a message (with no secret of its own).
    expect(
      one(app, "SELECT count(*) AS n FROM audit_events WHERE action = 'password.reset' AND subject_id = ?", String(id)),
    ).toEqual({ n: 1 });
    const [changed, ...more] = noticesOf(id, "password_changed");
    expect(more).toHaveLength(0);
    expect(changed?.secret).toBeNull();
    expect(Object.keys(JSON.parse(changed?.params ?? "{}"))).toEqual(["changedAt"]);
  });

  it("is refused once its hour is over, with the way to ask a new one", async () => {
    const email = "te-laat@example.nl";
    await newCitizen(app, email);
    const { secret } = await askReset(email);
    // The hour has passed (the app reads its clock; the row says when the hour ends).
    app
      .db()
      .prepare("UPDATE password_reset_tokens SET expires_at = ?, created_at = ? WHERE id = ?")
      .run(Date.now() - 1000, Date.now() - 60 * 60_000 - 1000, sha256(secret ?? ""));
    const path = `/wachtwoord-herstellen/${secret}`;
    const page = await new Client(app.baseUrl).get(path);
    expect(page.status).toBe(410);
    const html = await page.text();
    expect(textOf(html)).toContain("Deze link is verlopen. Een link is een uur geldig.");
    expect(html).toContain('href="/wachtwoord-vergeten"');
    const post = await new Client(app.baseUrl).post(path, { password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD });
    expect(post.status).toBe(410);
    await new Client(app.baseUrl).login(email, DEMO_PASSWORD); // the password stayed
  });

  it("ends when a newer one is asked for, and a made-up token is a 404 in Dutch", async () => {
    const email = "twee-keer@example.nl";
    await newCitizen(app, email);
    const older = (await askReset(email)).secret;
    const newer = (await askReset(email)).secret;
    expect(newer).not.toBe(older);
    const old = await new Client(app.baseUrl).get(`/wachtwoord-herstellen/${older}`);
    expect(old.status).toBe(410);
    expect(textOf(await old.text())).toContain("er is daarna een nieuwere link aangevraagd");
    expect((await new Client(app.baseUrl).get(`/wachtwoord-herstellen/${newer}`)).status).toBe(200);
    const madeUp = await new Client(app.baseUrl).get(`/wachtwoord-herstellen/${"a".repeat(52)}`);
    expect(madeUp.status).toBe(404);
    expect(textOf(await madeUp.text())).toContain("Deze link klopt niet.");
  });
});

describe("changing the password while logged in", () => {
  it("needs the current password: a wrong one is a 400 with a Dutch message at the field", async () => {
    const email = "wijzig-fout@example.nl";
    const client = await newCitizen(app, email);
    const res = await client.post("/account/wachtwoord", {
      currentPassword: "niet mijn wachtwoord",
      password: NEW_PASSWORD,
      passwordAgain: NEW_PASSWORD,
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(textOf(html)).toContain("Het huidige wachtwoord klopt niet.");
    expect(html).toMatch(
      /aria-invalid="true"[^>]*name="currentPassword"|name="currentPassword"[^>]*aria-invalid="true"/,
    );
    expect(html).not.toContain("niet mijn wachtwoord");
    await new Client(app.baseUrl).login(email, DEMO_PASSWORD); // unchanged
    const same = await client.post("/account/wachtwoord", {
      currentPassword: DEMO_PASSWORD,
      password: DEMO_PASSWORD,
      passwordAgain: DEMO_PASSWORD,
    });
    expect(same.status).toBe(400);
    expect(textOf(await same.text())).toContain("Kies een ander wachtwoord dan uw huidige.");
  });

  it("ends the other sessions and keeps this one, tells the person, and is in the audit log", async () => {
    const email = "wijzig-goed@example.nl";
    const here = await newCitizen(app, email);
    const elsewhere = await loggedIn(app, email);
    const id = userId(app, email);
    expect(textOf(await (await here.get("/account/sessies")).text())).toContain("Wachtwoord wijzigen");
    const res = await here.post("/account/wachtwoord", {
      currentPassword: DEMO_PASSWORD,
      password: NEW_PASSWORD,
      passwordAgain: NEW_PASSWORD,
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/account/wachtwoord?melding=gewijzigd");
    expect(textOf(await (await here.get("/account/wachtwoord?melding=gewijzigd")).text())).toContain(
      "Uw wachtwoord is gewijzigd. Op andere apparaten bent u uitgelogd.",
    );
    expect((await here.get("/mijn")).status).toBe(200);
    expect((await elsewhere.get("/mijn")).status).toBe(302);
    expect(one(app, "SELECT count(*) AS n FROM sessions WHERE user_id = ?", id)).toEqual({ n: 1 });
    await new Client(app.baseUrl).login(email, NEW_PASSWORD);
    expect(noticesOf(id, "password_changed")).toHaveLength(1);
    expect(
      one(app, "SELECT detail FROM audit_events WHERE action = 'password.changed' AND subject_id = ?", String(id)),
    ).toEqual({ detail: JSON.stringify({ sessionsEnded: 1 }) });
  });
});

/** The admin's form: a new staff account and its one-time password, shown once. */
async function createStaff(admin: Client, fields: Record<string, string>): Promise<string> {
  const res = await admin.post("/beheer/gebruikers", fields);
  expect(res.status).toBe(200);
  const match = /data-testid="one-time-password"[^>]*>([^<]+)</.exec(await res.text());
  if (!match?.[1]) throw new Error("no one-time password on the page");
  return match[1];
}

describe("a staff account made with a one-time password", () => {
  it("the demo's own accounts are never asked to change", () => {
    // The demo logins in the README must just work.
    for (const email of Object.values(DEMO)) {
      expect(one(app, "SELECT must_change_password AS m FROM users WHERE email = ?", email)).toEqual({ m: 0 });
    }
  });

  it("chooses its own password first, without retyping the one-time one, then sets up the second factor (ADR 034)", async () => {
    const admin = await loggedIn(app, DEMO.admin);
    const email = "nieuwe.consulent@woerden.example";
    const oneTime = await createStaff(admin, { name: "Nieuwe Consulent", email, role: "consultant" });
    expect(one(app, "SELECT must_change_password AS m FROM users WHERE email = ?", email)).toEqual({ m: 1 });
    const kim = new Client(app.baseUrl);
    const login = await kim.post("/inloggen", { email, password: oneTime, redirectTo: "/consulent/zaken" });
    expect(login.headers.get("location")).toBe("/inloggen/wachtwoord");
    // No session before both steps: no staff page, so no staff menu either.
    expect(kim.cookies.has("hw_session")).toBe(false);
    for (const path of ["/consulent", "/consulent/zaken", "/account/sessies"]) {
      expect((await kim.get(path)).headers.get("location"), path).toMatch(/^\/inloggen\?redirectTo=/);
    }
    // The set-up step waits until the password is chosen.
    expect((await kim.get("/inloggen/instellen")).headers.get("location")).toBe("/inloggen/wachtwoord");
    const page = await kim.get("/inloggen/wachtwoord");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(textOf(html)).toContain("Kies uw eigen wachtwoord");
    expect(textOf(html)).not.toContain("Eenmalig wachtwoord");
    expect(html).not.toContain('name="currentPassword"');
    expect(textOf(html)).not.toContain("Inbox");

    const mismatch = await kim.post("/inloggen/wachtwoord", { password: NEW_PASSWORD, passwordAgain: "iets anders" });
    expect(mismatch.status).toBe(400);
    const chosen = await kim.post("/inloggen/wachtwoord", { password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD });
    expect(chosen.status).toBe(302);
    expect(chosen.headers.get("location")).toBe("/inloggen/instellen");
    expect(one(app, "SELECT must_change_password AS m FROM users WHERE email = ?", email)).toEqual({ m: 0 });
    expect(
      one(
        app,
        "SELECT count(*) AS n FROM audit_events WHERE action = 'password.chosen' AND subject_id = ?",
        String(userId(app, email)),
      ),
    ).toEqual({ n: 1 });
    // A second post of the step is no way to set another password.
    expect(
      (
        await kim.post("/inloggen/wachtwoord", { password: "nog een ander", passwordAgain: "nog een ander" })
      ).headers.get("location"),
    ).toBe("/inloggen/instellen");
    expect((await kim.completeSecondFactor(chosen, email)).status).toBe(200);
    expect((await kim.get("/consulent/zaken")).status).toBe(200);
    // The one-time password is spent; the own one works.
    expect((await new Client(app.baseUrl).post("/inloggen", { email, password: oneTime })).status).toBe(400);
    expect((await new Client(app.baseUrl).post("/inloggen", { email, password: NEW_PASSWORD })).status).toBe(302);
  });

  it("holds for provider staff a colleague made", async () => {
    const colleague = await loggedIn(app, DEMO.cleaner);
    const res = await colleague.post("/aanbieder/collegas", {
      name: "Kees Nieuw",
      email: "kees.nieuw@schoonmaak.example",
    });
    expect(res.status).toBe(200);
    const oneTime = /data-testid="one-time-password"[^>]*>([^<]+)</.exec(await res.text())?.[1] ?? "";
    const kees = new Client(app.baseUrl);
    const login = await kees.post("/inloggen", { email: "kees.nieuw@schoonmaak.example", password: oneTime });
    expect(login.headers.get("location")).toBe("/inloggen/wachtwoord");
    expect((await kees.get("/aanbieder")).headers.get("location")).toMatch(/^\/inloggen\?redirectTo=/);
    const chosen = await kees.post("/inloggen/wachtwoord", { password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD });
    expect(chosen.headers.get("location")).toBe("/inloggen/instellen");
    expect((await kees.completeSecondFactor(chosen, "kees.nieuw@schoonmaak.example")).status).toBe(200);
    expect((await kees.get("/aanbieder/capaciteit")).status).toBe(200);
  });
});

describe("last login", () => {
  it("is recorded at each login and shown to the admin and to colleagues", async () => {
    const admin = await loggedIn(app, DEMO.admin);
    const email = "nooit-ingelogd@woerden.example";
    await createStaff(admin, { name: "Aaltje Nooit", email, role: "consultant" });
    const row = (html: string, name: string) => {
      const at = html.indexOf(name);
      return textOf(html.slice(at, html.indexOf("</tr>", at)));
    };
    let list = await (await admin.get("/beheer/gebruikers")).text();
    expect(textOf(list)).toContain("Laatst ingelogd");
    expect(row(list, "Aaltje Nooit")).toContain("Nog nooit ingelogd");
    const before = Date.now();
    await loggedIn(app, DEMO.consultant);
    const at = one<{ at: number }>(app, "SELECT last_login_at AS at FROM users WHERE email = ?", DEMO.consultant).at;
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    list = await (await admin.get("/beheer/gebruikers")).text();
    expect(row(list, "Sanne de Boer")).not.toContain("Nog nooit ingelogd");
    expect(row(list, "Sanne de Boer")).toMatch(/\d{1,2}:\d{2}/);

    const cleaner = await loggedIn(app, DEMO.cleaner);
    const colleagues = await (await cleaner.get("/aanbieder/collegas")).text();
    expect(textOf(colleagues)).toContain("Laatst ingelogd");
  });
});

describe("the reset message in the notice list", () => {
  it("leads to asking a new link, not to a link without its token (from the outside walk)", async () => {
    const email = "melding-reset@example.nl";
    const citizen = await newCitizen(app, email, "Melding Reset");
    await askReset(email);
    const list = await (await citizen.get("/meldingen")).text();
    expect(textOf(list)).toContain("Nieuw wachtwoord kiezen");
    const id = /href="\/meldingen\/(\d+)"/.exec(list)?.[1];
    const followed = await citizen.get(`/meldingen/${id}`);
    expect(followed.headers.get("location")).toBe("/wachtwoord-vergeten");
  });
});
