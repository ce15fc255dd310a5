// Registration, login, logout and sessions the Lucia way, over real HTTP.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, DEMO_PASSWORD, textOf } from "../support/client";
import { sessionEndsAt } from "../support/factories";

let app: AppServer;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const DAY = 24 * 60 * 60 * 1000;
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

describe("login", () => {
  it("logs a demo citizen in with an HttpOnly SameSite=Lax cookie and stores only the token's hash", async () => {
    const client = new Client(app.baseUrl);
    const res = await client.post("/inloggen", { email: DEMO.citizen, password: DEMO_PASSWORD });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/mijn");
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("hw_session="));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    const token = client.cookies.get("hw_session") ?? "";
    expect(token).toMatch(/^[a-z2-7]{32}$/);
    const row = app.db().prepare("SELECT id, expires_at FROM sessions WHERE id = ?").get(sha256(token)) as
      | { id: string; expires_at: number }
      | undefined;
    expect(row?.id).toBe(sha256(token));
    expect(row?.expires_at).toBeGreaterThan(Date.now() + 29 * DAY);
    expect(app.db().prepare("SELECT count(*) AS n FROM sessions WHERE id = ?").get(token)).toEqual({ n: 0 });

    const page = await client.get("/mijn");
    expect(page.status).toBe(200);
    const text = textOf(await page.text());
    expect(text).toContain("Welkom, Wilma Jansen.");
    expect(text).toContain("Ingelogd als Wilma Jansen (inwoner)");
  });

  it("accepts an email address in another case and with spaces around it", async () => {
    const res = await new Client(app.baseUrl).post("/inloggen", {
      email: "  Inwoner@Demo.Hulpwijzer.NL ",
      password: DEMO_PASSWORD,
    });
    expect(res.status).toBe(302);
  });

  it("gives one generic Dutch message for a wrong password and for an unknown email, and keeps the email", async () => {
    const wrongPassword = await new Client(app.baseUrl).post("/inloggen", {
      email: DEMO.citizen,
      password: "niet-het-goede-wachtwoord",
    });
    const unknownEmail = await new Client(app.baseUrl).post("/inloggen", {
      email: "niemand@example.nl",
      password: "niet-het-goede-wachtwoord",
    });
    expect(wrongPassword.status).toBe(400);
    expect(unknownEmail.status).toBe(400);
    const a = await wrongPassword.text();
    const b = await unknownEmail.text();
    const message = "Het e-mailadres of het wachtwoord klopt niet.";
    expect(textOf(a)).toContain(message);
    expect(textOf(b)).toContain(message);
    expect(a).toContain(`value="${DEMO.citizen}"`);
    expect(a).not.toContain("niet-het-goede-wachtwoord");
    expect(wrongPassword.headers.getSetCookie().some((c) => c.startsWith("hw_session="))).toBe(false);
    const failures = app
      .db()
      .prepare("SELECT count(*) AS n FROM audit_events WHERE action = 'session.login_failed'")
      .get() as { n: number };
    expect(failures.n).toBeGreaterThanOrEqual(2);
  });

  it("answers field errors in Dutch with 400 for an empty form", async () => {
    const res = await new Client(app.baseUrl).post("/inloggen", { email: "", password: "" });
    expect(res.status).toBe(400);
    const text = textOf(await res.text());
    expect(text).toContain("Vul uw e-mailadres in.");
    expect(text).toContain("Vul uw wachtwoord in.");
  });

  it("returns to the page that asked for a login, but never to another site", async () => {
    const client = new Client(app.baseUrl);
    const guarded = await client.get("/consulent?tab=inbox");
    expect(guarded.status).toBe(302);
    expect(guarded.headers.get("location")).toBe("/inloggen?redirectTo=%2Fconsulent%3Ftab%3Dinbox");
    // The way back survives the second factor (ADR 025).
    const back = await client.completeSecondFactor(
      await client.post("/inloggen", {
        email: DEMO.consultant,
        password: DEMO_PASSWORD,
        redirectTo: "/consulent?tab=inbox",
      }),
      DEMO.consultant,
    );
    expect(back.headers.get("location")).toBe("/consulent?tab=inbox");
    const elsewhere = new Client(app.baseUrl);
    const offsite = await elsewhere.completeSecondFactor(
      await elsewhere.post("/inloggen", {
        email: DEMO.consultant,
        password: DEMO_PASSWORD,
        redirectTo: "https://evil.example/",
      }),
      DEMO.consultant,
    );
    expect(offsite.headers.get("location")).toBe("/consulent");
  });

  it("sends a logged-in user away from the login page to their own workspace", async () => {
    const client = new Client(app.baseUrl);
    await client.login(DEMO.admin);
    const res = await client.get("/inloggen");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/beheer");
  });

  it("answers 400, not 500, to a body that is not a form", async () => {
    const res = await fetch(`${app.baseUrl}/inloggen`, {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=nope" },
      body: "garbage",
    });
    expect(res.status).toBe(400);
  });
});

describe("registration", () => {
  it("shows Dutch field errors with 400 and keeps what was typed (but not the password)", async () => {
    const res = await new Client(app.baseUrl).post("/registreren", {
      name: "Jan de Vries",
      email: "jan@",
      password: "kort",
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    const text = textOf(html);
    expect(text).toContain("Vul een geldig e-mailadres in");
    expect(text).toContain("Een wachtwoord is minimaal 12 tekens.");
    expect(html).toContain('value="Jan de Vries"');
    expect(html).toContain('value="jan@"');
    expect(html).not.toContain('value="kort"');
    expect(html).toMatch(/aria-invalid="true"/);
  });

  it("refuses a name that reads as an address or markup (staff see names in mail and calendars)", async () => {
    for (const name of ["Atk Bcc: evil@example.com", "Kijk op https://evil.example", "<b>Jan</b>"]) {
      const res = await new Client(app.baseUrl).post("/registreren", {
        name,
        email: "naam.test@example.nl",
        password: "een zin van woorden",
      });
      expect(res.status, name).toBe(400);
      expect(textOf(await res.text())).toContain("Vul hier alleen een naam in, zonder e-mailadres, webadres");
    }
  });

  it("registers a citizen, then lets them log in and go on; a known email gets the very same page", async () => {
    const client = new Client(app.baseUrl);
    const res = await client.post("/registreren", {
      name: "Gerrit Hoek",
      email: "gerrit@example.nl",
      password: "een zin van woorden",
      redirectTo: "/hulp",
    });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().some((c) => c.startsWith("hw_session="))).toBe(false);
    const html = await res.text();
    expect(textOf(html)).toContain(
      "Als dit e-mailadres nog niet bij ons bekend was, is uw account aangemaakt: log hieronder in met het wachtwoord dat u net koos. Had u al een account met dit e-mailadres? Dan blijft uw eerdere wachtwoord gelden; log daarmee in.",
    );
    // The login form comes prefilled and keeps where the person was going.
    expect(html).toContain('action="/inloggen"');
    expect(html).toContain('value="gerrit@example.nl"');
    expect(html).toMatch(/name="redirectTo" value="\/hulp"/);
    expect(html).not.toContain("een zin van woorden");
    const row = app.db().prepare("SELECT role, password_hash FROM users WHERE email = 'gerrit@example.nl'").get() as {
      role: string;
      password_hash: string;
    };
    expect(row.role).toBe("citizen");
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const login = await client.post("/inloggen", {
      email: "gerrit@example.nl",
      password: "een zin van woorden",
      redirectTo: "/mijn",
    });
    expect(login.status).toBe(302);
    expect(textOf(await (await client.get("/mijn")).text())).toContain("Welkom, Gerrit Hoek.");

    const again = await new Client(app.baseUrl).post("/registreren", {
      name: "Ander",
      email: "Gerrit@Example.nl",
      password: "een ander wachtwoord",
      redirectTo: "/hulp",
    });
    expect(again.status).toBe(200);
    // The known email's page reads exactly like the new one's (the email shown is the one typed).
    expect(textOf(await again.text())).toBe(textOf(html));
    expect(app.db().prepare("SELECT count(*) AS n FROM users WHERE email = 'gerrit@example.nl'").get()).toEqual({
      n: 1,
    });
    // Nobody got into the existing account with the other password.
    expect(
      (
        await new Client(app.baseUrl).post("/inloggen", {
          email: "gerrit@example.nl",
          password: "een ander wachtwoord",
        })
      ).status,
    ).toBe(400);
  });
});

describe("sessions", () => {
  it("logs out with a POST: the session row is deleted and the cookie cleared", async () => {
    const client = new Client(app.baseUrl);
    await client.login(DEMO.citizen);
    const token = client.cookies.get("hw_session") ?? "";
    const res = await client.post("/uitloggen", {});
    expect(res.status).toBe(302);
    expect(res.headers.getSetCookie().some((c) => c.startsWith("hw_session=;") && /Max-Age=0/.test(c))).toBe(true);
    expect(app.db().prepare("SELECT count(*) AS n FROM sessions WHERE id = ?").get(sha256(token))).toEqual({ n: 0 });
    // The old token no longer works even if a client kept it.
    const replay = await fetch(`${app.baseUrl}/mijn`, {
      headers: { Cookie: `hw_session=${token}` },
      redirect: "manual",
    });
    expect(replay.status).toBe(302);
  });

  it("treats a malformed cookie as anonymous, never a 500", async () => {
    for (const cookie of [
      "hw_session=%%%",
      `hw_session=${"a".repeat(5000)}`,
      "hw_session",
      "=;;=;",
      "hw_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ]) {
      const home = await fetch(`${app.baseUrl}/`, { headers: { Cookie: cookie } });
      expect(home.status).toBe(200);
      const guarded = await fetch(`${app.baseUrl}/mijn`, { headers: { Cookie: cookie }, redirect: "manual" });
      expect(guarded.status).toBe(302);
    }
  });

  it("treats an expired session as anonymous and deletes it", async () => {
    const client = new Client(app.baseUrl);
    await client.login(DEMO.citizen);
    const id = sessionEndsAt(app, client, Date.now() - 1000);
    const res = await client.get("/mijn");
    expect(res.status).toBe(302);
    expect(app.db().prepare("SELECT count(*) AS n FROM sessions WHERE id = ?").get(id)).toEqual({ n: 0 });
  });

  it("slides the expiry: a session used in its second half is extended to 30 days, cookie included", async () => {
    const client = new Client(app.baseUrl);
    await client.login(DEMO.citizen);
    const id = sessionEndsAt(app, client, Date.now() + 10 * DAY);
    const res = await client.get("/");
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("hw_session="));
    expect(cookie).toBeDefined();
    const expires = Date.parse(/Expires=([^;]+)/.exec(cookie ?? "")?.[1] ?? "");
    expect(expires).toBeGreaterThan(Date.now() + 29 * DAY);
    const row = app.db().prepare("SELECT expires_at FROM sessions WHERE id = ?").get(id) as { expires_at: number };
    expect(row.expires_at).toBeGreaterThan(Date.now() + 29 * DAY);
    // A fresh session is not re-sent on every page.
    const again = await client.get("/");
    expect(again.headers.getSetCookie().some((c) => c.startsWith("hw_session="))).toBe(false);
  });
});

describe("role guards", () => {
  const pages = {
    "/mijn": "citizen",
    "/aanbieder": "provider",
    "/consulent": "consultant",
    "/beheer": "admin",
  } as const;

  it("sends anonymous visitors of every workspace to the login page with a way back", async () => {
    for (const path of Object.keys(pages)) {
      const res = await fetch(app.baseUrl + path, { redirect: "manual" });
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).toBe(`/inloggen?redirectTo=${encodeURIComponent(path)}`);
    }
  });

  it("lets each role into its own workspace only; others get a Dutch 403", async () => {
    for (const [role, email] of Object.entries({
      citizen: DEMO.citizen,
      provider: DEMO.provider,
      consultant: DEMO.consultant,
      admin: DEMO.admin,
    })) {
      const client = new Client(app.baseUrl);
      await client.login(email);
      for (const [path, owner] of Object.entries(pages)) {
        const res = await client.get(path);
        if (owner === role) {
          expect(res.status, `${role} on ${path}`).toBe(200);
        } else {
          expect(res.status, `${role} on ${path}`).toBe(403);
          expect(textOf(await res.text())).toContain("Geen toegang");
        }
      }
    }
  });

  it("shows each member of staff who they are and what they are scoped to", async () => {
    const consultant = new Client(app.baseUrl);
    await consultant.login(DEMO.consultant);
    expect(textOf(await (await consultant.get("/consulent")).text())).toContain("U werkt voor de gemeente Woerden.");
    const groningen = new Client(app.baseUrl);
    await groningen.login(DEMO.consultantGroningen);
    expect(textOf(await (await groningen.get("/consulent")).text())).toContain("U werkt voor de gemeente Groningen.");
    const provider = new Client(app.baseUrl);
    await provider.login(DEMO.provider);
    const providerText = textOf(await (await provider.get("/aanbieder")).text());
    expect(providerText).toContain("U werkt voor Thuiszorg Groene Hart.");
    expect(providerText).toContain("Montfoort, Oudewater, Woerden");
    const admin = new Client(app.baseUrl);
    await admin.login(DEMO.admin);
    const adminText = textOf(await (await admin.get("/beheer")).text());
    expect(adminText).toContain("U beheert de gemeente Woerden.");
    expect(adminText).toContain("€ 21,80"); // the 2026 abonnementstarief
    expect(adminText).toContain("€ 15,90"); // informal pgb rate: 50% of €31.80
  });
});
