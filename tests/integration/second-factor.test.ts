// The second factor (ADR 025): staff give a TOTP code after their password (and set it up at their
// first login), no session exists in between, a code works once, recovery codes once each, the
// half-done login ends after five minutes, and citizens may turn it on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totpCodeAt, totpStep } from "~/auth/totp.server";
import { formatDateTime } from "~/i18n";
import { type AppServer, startApp } from "../support/app-server";
import { Client, currentCode, DEMO, DEMO_PASSWORD, DEMO_TOTP_SECRET, proposedSecret, textOf } from "../support/client";
import { addMunicipalityStaff, loggedIn, newCitizen, one } from "../support/factories";

let app: AppServer;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const sessionsOf = (email: string) =>
  one<{ n: number }>(
    app,
    "SELECT count(*) AS n FROM sessions WHERE user_id = (SELECT id FROM users WHERE email = ?)",
    email,
  ).n;
const events = (action: string, email: string) =>
  one<{ n: number }>(
    app,
    "SELECT count(*) AS n FROM audit_events WHERE action = ? AND subject_id = (SELECT id FROM users WHERE email = ?)",
    action,
    email,
  ).n;

/** Staff without a second factor yet, as an account made with a one-time password is. */
function newStaffWithoutTotp(email: string): void {
  addMunicipalityStaff(app, email, "consultant", "GM0632", "Nieuwe Collega");
  app.db().prepare("UPDATE users SET totp_secret = NULL, totp_enabled_at = NULL WHERE email = ?").run(email);
}

async function passwordOnly(email: string, password = DEMO_PASSWORD, redirectTo?: string) {
  const client = new Client(app.baseUrl);
  const res = await client.post("/inloggen", { email, password, ...(redirectTo ? { redirectTo } : {}) });
  return { client, res };
}

describe("a staff login with TOTP on", () => {
  it("asks for the code after the password, with no session and no page of the role before it", async () => {
    const before = sessionsOf(DEMO.consultant);
    const { client, res } = await passwordOnly(DEMO.consultant);
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/inloggen/code");
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("hw_pending=")) ?? "";
    expect(cookie).toMatch(/Path=\/inloggen/);
    expect(cookie).toMatch(/Max-Age=300/);
    expect(client.cookies.has("hw_session")).toBe(false);
    expect(sessionsOf(DEMO.consultant)).toBe(before);
    // The pending token stored only hashed.
    const token = client.cookies.get("hw_pending") ?? "";
    expect(one<{ n: number }>(app, "SELECT count(*) AS n FROM pending_logins WHERE id = ?", token).n).toBe(0);

    // Every page of the role, and the others', still sends to the login (the cookie sent everywhere).
    for (const path of [
      "/consulent",
      "/consulent/zaken",
      "/beheer",
      "/mijn",
      "/account/sessies",
      "/account/tweestaps",
    ]) {
      const guarded = await client.get(path, { headers: { Cookie: `hw_pending=${token}` } });
      expect(guarded.status, path).toBe(302);
      expect(guarded.headers.get("location"), path).toMatch(/^\/inloggen\?redirectTo=/);
    }
    const page = await client.get("/inloggen/code");
    expect(page.status).toBe(200);
    expect(textOf(await page.text())).toContain("Code uit uw app");
  });

  it("starts the session with the right code and goes where the login was asked for", async () => {
    const { client, res } = await passwordOnly(DEMO.consultant, DEMO_PASSWORD, "/consulent?tab=inbox");
    expect(res.headers.get("location")).toBe("/inloggen/code");
    const passedBefore = events("second_factor.passed", DEMO.consultant);
    const done = await client.post("/inloggen/code", { code: currentCode(app.baseUrl, DEMO.consultant) });
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe("/consulent?tab=inbox");
    expect(done.headers.getSetCookie().some((c) => c.startsWith("hw_session="))).toBe(true);
    expect(client.cookies.has("hw_pending")).toBe(false);
    expect((await client.get("/consulent")).status).toBe(200);
    expect(events("second_factor.passed", DEMO.consultant)).toBe(passedBefore + 1);
    // The half-done login is gone: its page sends back to the login.
    expect((await new Client(app.baseUrl).get("/inloggen/code")).headers.get("location")).toBe(
      "/inloggen?melding=verlopen",
    );
  });

  it("refuses a wrong code with a Dutch message and a 400, and makes no session", async () => {
    const { client } = await passwordOnly(DEMO.admin);
    const before = sessionsOf(DEMO.admin);
    const right = currentCode(app.baseUrl, DEMO.admin);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, "0");
    const res = await client.post("/inloggen/code", { code: wrong });
    expect(res.status).toBe(400);
    expect(textOf(await res.text())).toContain("Deze code klopt niet of is al gebruikt.");
    expect(sessionsOf(DEMO.admin)).toBe(before);
    expect((await client.get("/beheer")).status).toBe(302);
    expect(events("second_factor.failed", DEMO.admin)).toBeGreaterThan(0);
    // Empty and nonsense: a 400 too, never a 500.
    expect((await client.post("/inloggen/code", { code: "" })).status).toBe(400);
    expect((await client.post("/inloggen/code", { code: "<script>" })).status).toBe(400);
  });

  it("accepts a code only once (replay), also from another browser", async () => {
    const first = await passwordOnly(DEMO.provider);
    const code = currentCode(app.baseUrl, DEMO.provider);
    expect((await first.client.post("/inloggen/code", { code })).status).toBe(302);
    const second = await passwordOnly(DEMO.provider);
    const replayed = await second.client.post("/inloggen/code", { code });
    expect(replayed.status).toBe(400);
    expect(textOf(await replayed.text())).toContain("Deze code klopt niet of is al gebruikt.");
    expect(second.client.cookies.has("hw_session")).toBe(false);
  });

  it("limits the codes tried: after five wrong ones even the right code waits (429)", async () => {
    const email = "geduld@woerden.example";
    addMunicipalityStaff(app, email, "consultant", "GM0632");
    const { client } = await passwordOnly(email);
    for (let i = 0; i < 5; i++) {
      expect((await client.post("/inloggen/code", { code: "000000" })).status).toBe(400);
    }
    const blocked = await client.post("/inloggen/code", { code: currentCode(app.baseUrl, email) });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(textOf(await blocked.text())).toContain("Er is te vaak een verkeerde code ingevuld.");
    expect(client.cookies.has("hw_session")).toBe(false);
  });

  it("ends the half-done login after five minutes: the right code then starts nothing", async () => {
    const { client } = await passwordOnly(DEMO.consultantGroningen);
    app
      .db()
      .prepare("UPDATE pending_logins SET expires_at = ?")
      .run(Date.now() - 1000);
    const page = await client.get("/inloggen/code");
    expect(page.status).toBe(302);
    expect(page.headers.get("location")).toBe("/inloggen?melding=verlopen");
    const late = await client.post("/inloggen/code", { code: currentCode(app.baseUrl, DEMO.consultantGroningen) });
    expect(late.status).toBe(302);
    expect(late.headers.get("location")).toBe("/inloggen?melding=verlopen");
    expect(client.cookies.has("hw_session")).toBe(false);
    expect(textOf(await (await client.get("/inloggen?melding=verlopen")).text())).toContain(
      "Inloggen duurde te lang of is afgebroken.",
    );
  });
});

describe("a new staff member's first login", () => {
  const email = "nieuw@woerden.example";
  let recovery: string[] = [];

  it("sets TOTP up with a server-drawn QR code; a wrong code is refused, the right one enrols", async () => {
    newStaffWithoutTotp(email);
    const { client, res } = await passwordOnly(email);
    expect(res.headers.get("location")).toBe("/inloggen/instellen");
    expect((await client.get("/consulent")).status).toBe(302);
    const html = await (await client.get("/inloggen/instellen")).text();
    expect(html).toContain("<svg");
    expect(html).toContain('data-testid="totp-qr"');
    const secret = proposedSecret(html);
    // The secret in groups of four for typing it in.
    expect(textOf(html)).toContain(secret.match(/.{4}/g)?.join(" "));

    // The form carries no secret: the server keeps the one it proposed (ADR 032).
    expect(html).not.toContain('name="secret"');
    const wrong = await client.post("/inloggen/instellen", {
      code: "123456" === totpCodeAt(secret, totpStep()) ? "654321" : "123456",
    });
    expect(wrong.status).toBe(400);
    const wrongHtml = await wrong.text();
    expect(textOf(wrongHtml)).toContain("Deze code klopt niet.");
    // The same secret again: it is the one just scanned.
    expect(proposedSecret(wrongHtml)).toBe(secret);
    expect(one<{ s: string | null }>(app, "SELECT totp_secret AS s FROM users WHERE email = ?", email).s).toBeNull();

    const done = await client.post("/inloggen/instellen", { code: totpCodeAt(secret, totpStep()) });
    expect(done.status).toBe(200);
    const text = textOf(await done.text());
    expect(text).toContain("Bewaar uw herstelcodes");
    recovery = [...text.matchAll(/\b([a-z2-9]{5}-[a-z2-9]{5})\b/g)].map((m) => m[1] ?? "");
    expect(new Set(recovery).size).toBe(10);
    expect((await client.get("/consulent")).status).toBe(200);

    const row = one<{ s: string; at: number }>(
      app,
      "SELECT totp_secret AS s, totp_enabled_at AS at FROM users WHERE email = ?",
      email,
    );
    expect(row.s).toBe(secret);
    expect(row.at).toBeGreaterThan(0);
    const hashes = app
      .db()
      .prepare("SELECT code_hash AS h FROM recovery_codes WHERE user_id = (SELECT id FROM users WHERE email = ?)")
      .all(email) as { h: string }[];
    expect(hashes).toHaveLength(10);
    for (const code of recovery) expect(hashes.map((h) => h.h).join(" ")).not.toContain(code);
    expect(events("second_factor.enrolled", email)).toBe(1);

    // Shown once: the page now sends the logged-in user home, and its answer held the only copy.
    expect((await client.get("/inloggen/instellen")).status).toBe(302);
  });

  it("then asks for a code at the next login, never for enrolment again", async () => {
    const { client, res } = await passwordOnly(email);
    expect(res.headers.get("location")).toBe("/inloggen/code");
    const wrongStep = await client.get("/inloggen/instellen");
    expect(wrongStep.headers.get("location")).toBe("/inloggen/code");
    // A forged enrolment with a secret of the attacker's choosing is not possible from the code step.
    const forged = await client.post("/inloggen/instellen", { secret: DEMO_TOTP_SECRET, code: "000000" });
    expect(forged.headers.get("location")).toBe("/inloggen/code");
  });

  it("accepts each recovery code once instead of a code", async () => {
    const code = recovery[0] ?? "";
    const first = await passwordOnly(email);
    const used = await first.client.post("/inloggen/code", { code: code.toUpperCase() });
    expect(used.status).toBe(302);
    expect(used.headers.get("location")).toBe("/consulent");
    expect(events("second_factor.recovery_used", email)).toBe(1);
    const again = await passwordOnly(email);
    const refused = await again.client.post("/inloggen/code", { code });
    expect(refused.status).toBe(400);
    // Another one still works.
    expect((await again.client.post("/inloggen/code", { code: recovery[1] ?? "" })).status).toBe(302);
  });
});

describe("the test helpers", () => {
  it("log demo staff in through the second factor", async () => {
    const client = await loggedIn(app, DEMO.cleaner);
    expect((await client.get("/aanbieder")).status).toBe(200);
    expect(DEMO_TOTP_SECRET).toMatch(/^[A-Z2-7]{32}$/);
  });

  it("leave the demo citizen without a second factor", async () => {
    const { client, res } = await passwordOnly(DEMO.citizen);
    expect(res.headers.get("location")).toBe("/mijn");
    expect(client.cookies.has("hw_session")).toBe(true);
  });
});

describe("a citizen", () => {
  it("may turn TOTP on; the login then asks for it; off again only with a current code", async () => {
    const email = "tweestaps@example.nl";
    const citizen = await newCitizen(app, email, "Tineke Twee");
    const page = await citizen.get("/account/tweestaps");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(textOf(html)).toContain("Tweestapsverificatie staat uit");
    const secret = proposedSecret(html);
    const wrong = await citizen.post("/account/tweestaps", { intent: "enable", code: "00000" });
    expect(wrong.status).toBe(400);
    const on = await citizen.post("/account/tweestaps", { intent: "enable", code: totpCodeAt(secret, totpStep()) });
    expect(on.status).toBe(200);
    const onText = textOf(await on.text());
    expect(onText).toContain("Bewaar uw herstelcodes");
    // The codes on their own, with the step on (issue 16 walk): no off-form beside them.
    expect(onText).toContain("Ik heb de codes bewaard, ga verder");
    expect(onText).not.toContain("Tweestapsverificatie uitzetten");

    const { client, res } = await passwordOnly(email);
    expect(res.headers.get("location")).toBe("/inloggen/code");
    expect((await client.post("/inloggen/code", { code: currentCode(app.baseUrl, email) })).status).toBe(302);

    const refused = await client.post("/account/tweestaps", { intent: "disable", code: "000000" });
    expect(refused.status).toBe(400);
    expect(textOf(await refused.text())).toContain("Deze code klopt niet of is al gebruikt.");
    const off = await client.post("/account/tweestaps", { intent: "disable", code: currentCode(app.baseUrl, email) });
    expect(off.status).toBe(200);
    expect(textOf(await off.text())).toContain("Tweestapsverificatie staat nu uit.");
    expect((await passwordOnly(email)).res.headers.get("location")).toBe("/mijn");
  });
});

describe("an admin's reset", () => {
  it("makes a staff member of its own municipality enrol again, and nobody else's", async () => {
    const email = "telefoon.kwijt@woerden.example";
    const id = addMunicipalityStaff(app, email, "consultant", "GM0632", "Telefoon Kwijt");
    const groningen = await loggedIn(app, DEMO.adminGroningen);
    const notTheirs = await groningen.post(`/beheer/gebruikers/${id}/tweestaps`, {});
    expect(notTheirs.status).toBe(404);
    expect(one<{ s: string | null }>(app, "SELECT totp_secret AS s FROM users WHERE id = ?", id).s).toBe(
      DEMO_TOTP_SECRET,
    );

    expect(await (await groningen.get("/beheer/gebruikers")).text()).not.toContain(
      `/beheer/gebruikers/${id}/tweestaps`,
    );
    // She is logged in somewhere (with the phone that is gone, say).
    const hers = await loggedIn(app, email);
    expect((await hers.get("/consulent")).status).toBe(200);
    const admin = await loggedIn(app, DEMO.admin);
    // Linked from the staff list, for the staff the admin may also deactivate.
    expect(await (await admin.get("/beheer/gebruikers")).text()).toContain(`href="/beheer/gebruikers/${id}/tweestaps"`);
    const asked = await admin.get(`/beheer/gebruikers/${id}/tweestaps`);
    expect(asked.status).toBe(200);
    expect(textOf(await asked.text())).toContain("Telefoon Kwijt (telefoon.kwijt@woerden.example)");
    const done = await admin.post(`/beheer/gebruikers/${id}/tweestaps`, {});
    expect(done.status).toBe(302);
    expect(textOf(await (await admin.get(done.headers.get("location") ?? "")).text())).toContain(
      "De tweestapsverificatie van Telefoon Kwijt is gewist.",
    );
    expect(one<{ s: string | null }>(app, "SELECT totp_secret AS s FROM users WHERE id = ?", id).s).toBeNull();
    // The reset ends her sessions, as a deactivation does (from the attack).
    expect((await hers.get("/consulent")).status).toBe(302);
    expect((await passwordOnly(email)).res.headers.get("location")).toBe("/inloggen/instellen");
    expect(
      one<{ n: number }>(
        app,
        "SELECT count(*) AS n FROM audit_events WHERE action = 'second_factor.reset' AND subject_id = ?",
        String(id),
      ).n,
    ).toBe(1);
  });
});

describe("the secret being set up stays on the server (ADR 032)", () => {
  const userIdOf = (email: string) => one<{ id: number }>(app, "SELECT id FROM users WHERE email = ?", email).id;
  const totpSecretOf = (email: string) =>
    one<{ s: string | null }>(app, "SELECT totp_secret AS s FROM users WHERE email = ?", email).s;
  /** A code from the attacker's own secret, never by chance the kept candidate's. */
  const forgedCode = (candidate: string) => {
    const code = totpCodeAt(DEMO_TOTP_SECRET, totpStep());
    return code === totpCodeAt(candidate, totpStep()) ? String((Number(code) + 1) % 1_000_000).padStart(6, "0") : code;
  };

  /**
   * Posts the attacker's secret with a right code for it (refused, nothing set up), then the kept
   * secret's code still naming the attacker's secret (set up with the kept one).
   */
  async function forgeThenConfirm(
    client: Client,
    path: string,
    fields: Record<string, string>,
    email: string,
    shown: string,
  ) {
    const forged = await client.post(path, { ...fields, secret: DEMO_TOTP_SECRET, code: forgedCode(shown) });
    expect(forged.status).toBe(400);
    expect(textOf(await forged.text())).toContain("Deze code klopt niet.");
    expect(totpSecretOf(email)).toBeNull();
    // A reload shows the same kept secret (the one scanned).
    expect(proposedSecret(await (await client.get(path)).text())).toBe(shown);
    const done = await client.post(path, { ...fields, secret: DEMO_TOTP_SECRET, code: totpCodeAt(shown, totpStep()) });
    expect(done.status).toBe(200);
    expect(totpSecretOf(email)).toBe(shown);
  }

  it("at a first login: a posted secret is ignored and the candidate kept with the half-done login is checked", async () => {
    const email = "eigen.geheim@woerden.example";
    newStaffWithoutTotp(email);
    const { client } = await passwordOnly(email);
    const html = await (await client.get("/inloggen/instellen")).text();
    expect(html).not.toContain('name="secret"');
    const shown = proposedSecret(html);
    expect(shown).not.toBe(DEMO_TOTP_SECRET);
    const kept = () =>
      one<{ s: string | null } | undefined>(
        app,
        "SELECT totp_candidate AS s FROM pending_logins WHERE user_id = ?",
        userIdOf(email),
      )?.s;
    expect(kept()).toBe(shown);

    await forgeThenConfirm(client, "/inloggen/instellen", {}, email, shown);
    expect(kept()).toBeUndefined();
  });

  it("on the account page: the candidate is kept with the session, and a posted one is ignored", async () => {
    const email = "eigen.geheim@example.nl";
    const citizen = await newCitizen(app, email, "Gerrit Geheim");
    const html = await (await citizen.get("/account/tweestaps")).text();
    expect(html).not.toContain('name="secret"');
    const shown = proposedSecret(html);
    const kept = () =>
      one<{ s: string | null }>(
        app,
        "SELECT totp_candidate AS s FROM sessions WHERE user_id = ? ORDER BY created_at DESC LIMIT 1",
        userIdOf(email),
      ).s;
    expect(kept()).toBe(shown);
    await forgeThenConfirm(citizen, "/account/tweestaps", { intent: "enable" }, email, shown);
    expect(kept()).toBeNull();
  });

  it("refuses a confirmation when no secret was proposed to this session (400, in Dutch)", async () => {
    const email = "zonder.pagina@example.nl";
    const citizen = await newCitizen(app, email, "Zonder Pagina");
    const res = await citizen.post("/account/tweestaps", {
      intent: "enable",
      secret: DEMO_TOTP_SECRET,
      code: totpCodeAt(DEMO_TOTP_SECRET, totpStep()),
    });
    expect(res.status).toBe(400);
    expect(textOf(await res.text())).toContain("Deze pagina is verlopen.");
    expect(totpSecretOf(email)).toBeNull();
  });
});

describe("a login is logged once it is complete", () => {
  const lastLogin = (email: string) =>
    one<{ at: number | null }>(app, "SELECT last_login_at AS at FROM users WHERE email = ?", email).at;

  it("with a code: no 'Ingelogd' and no last login at the password, both after the code", async () => {
    const email = "pas.na.code@woerden.example";
    addMunicipalityStaff(app, email, "consultant", "GM0632");
    const { client } = await passwordOnly(email);
    expect(events("session.login", email)).toBe(0);
    expect(events("session.second_factor_asked", email)).toBe(1);
    expect(lastLogin(email)).toBeNull();
    expect((await client.post("/inloggen/code", { code: "000000" })).status).toBe(400);
    expect(events("session.login", email)).toBe(0);
    expect(lastLogin(email)).toBeNull();

    expect((await client.post("/inloggen/code", { code: currentCode(app.baseUrl, email) })).status).toBe(302);
    expect(events("session.login", email)).toBe(1);
    expect(lastLogin(email)).toBeGreaterThan(0);
  });

  it("at a first login's enrolment: only once the first code confirmed it", async () => {
    const email = "pas.na.instellen@woerden.example";
    newStaffWithoutTotp(email);
    const { client } = await passwordOnly(email);
    const secret = proposedSecret(await (await client.get("/inloggen/instellen")).text());
    expect(events("session.login", email)).toBe(0);
    expect(lastLogin(email)).toBeNull();
    expect((await client.post("/inloggen/instellen", { code: totpCodeAt(secret, totpStep()) })).status).toBe(200);
    expect(events("session.login", email)).toBe(1);
    expect(lastLogin(email)).toBeGreaterThan(0);
  });

  it("without a second factor (a citizen who has none): at the password, where the session starts", async () => {
    const before = events("session.login", DEMO.citizen);
    const { client } = await passwordOnly(DEMO.citizen);
    expect(client.cookies.has("hw_session")).toBe(true);
    expect(events("session.login", DEMO.citizen)).toBe(before + 1);
    expect(events("session.second_factor_asked", DEMO.citizen)).toBe(0);
  });
});

describe("the staff list", () => {
  it("says per account whether the second factor is set up and since when, also on a phone's cards", async () => {
    const on = "met.app@woerden.example";
    const off = "zonder.app@woerden.example";
    addMunicipalityStaff(app, on, "consultant", "GM0632", "Met App");
    const since = Date.UTC(2026, 10, 2, 9, 30);
    app.db().prepare("UPDATE users SET totp_enabled_at = ? WHERE email = ?").run(since, on);
    newStaffWithoutTotp(off);
    const admin = await loggedIn(app, DEMO.admin);
    const html = await (await admin.get("/beheer/gebruikers")).text();
    const rowOf = (email: string) => html.split("<tr").find((row) => row.includes(email)) ?? "";
    // The column's Dutch label is the card's label too (DataTable's data-label).
    expect(html).toContain(">Tweestapsverificatie</th>");
    expect(rowOf(on)).toContain('data-label="Tweestapsverificatie"');
    expect(textOf(rowOf(on))).toContain(`Ingesteld sinds ${formatDateTime(since, "nl")}`);
    expect(textOf(rowOf(off))).toContain("Nog niet ingesteld");
    expect(rowOf(off)).not.toContain("/tweestaps");
  });
});

describe("the code field (issue 16 walk)", () => {
  it("says recovery codes are taken, tells a typing slip from a wrong code, and offers the app link", async () => {
    const { client } = await passwordOnly(DEMO.consultant);
    const html = await (await client.get("/inloggen/code")).text();
    expect(html).toMatch(/autocomplete="one-time-code"/i);
    expect(textOf(html)).toContain("Code van 6 cijfers of een herstelcode");
    const slip = await client.post("/inloggen/code", { code: "abc" });
    expect(slip.status).toBe(400);
    const slipText = textOf(await slip.text());
    expect(slipText).toContain("Vul de 6 cijfers uit uw app in, of een herstelcode");
    expect(slipText).not.toContain("Deze code klopt niet");

    const email = "veld.nieuw@woerden.example";
    newStaffWithoutTotp(email);
    const fresh = await passwordOnly(email);
    const enrol = await (await fresh.client.get("/inloggen/instellen")).text();
    expect(enrol).toMatch(/inputmode="numeric"/i);
    expect(enrol).toMatch(/href="otpauth:\/\/totp\/[^"]+secret=[A-Z2-7]{32}/);
    expect(textOf(enrol)).toContain("Open in uw authenticator-app");
  });
});
