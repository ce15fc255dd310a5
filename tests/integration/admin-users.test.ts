// Staff accounts are created by a municipality admin, inside that municipality only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import { readersOf } from "../support/factories";

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

const { providerId, userId } = readersOf(() => app);

function oneTimePassword(html: string): string {
  const match = /data-testid="one-time-password"[^>]*>([^<]+)</.exec(html);
  if (!match?.[1]) throw new Error("no one-time password on the page");
  return match[1];
}

/** The text of the staff table's row that names this person. */
function rowText(html: string, name: string): string {
  const row = [...html.matchAll(/<tr[\s\S]*?<\/tr>/g)].map((m) => textOf(m[0])).find((r) => r.includes(name));
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe("/beheer/gebruikers", () => {
  it("lists the municipality's staff, and staff of providers serving it, not other municipalities'", async () => {
    const res = await admin.get("/beheer/gebruikers");
    expect(res.status).toBe(200);
    const text = textOf(await res.text());
    expect(text).toContain("Sanne de Boer"); // Woerden consultant
    expect(text).toContain("Marieke Smit"); // staff of Thuiszorg Groene Hart, which serves Woerden
    expect(text).not.toContain("Jorien Wiersma"); // Groningen consultant
  });

  it("creates a consultant whose one-time password works, scoped to the admin's municipality", async () => {
    const res = await admin.post("/beheer/gebruikers", {
      name: "Kim Consulent",
      email: "kim@woerden.example",
      role: "consultant",
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(textOf(html)).toContain("Account aangemaakt");
    const password = oneTimePassword(html);
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const row = app
      .db()
      .prepare("SELECT role, municipality_code AS m FROM users WHERE email = 'kim@woerden.example'")
      .get();
    expect(row).toEqual({ role: "consultant", m: "GM0632" });
    const audit = app
      .db()
      .prepare("SELECT action, actor_user_id AS actor FROM audit_events WHERE action = 'user.created'")
      .get() as {
      actor: number;
    };
    const adminId = userId(DEMO.admin);
    expect(audit.actor).toBe(adminId);

    const kim = new Client(app.baseUrl);
    const login = await kim.post("/inloggen", { email: "kim@woerden.example", password });
    // A new staff member chooses her own password first, then sets up the second factor (ADR 034).
    expect(login.headers.get("location")).toBe("/inloggen/wachtwoord");
    // Not the one-time password itself: the admin who gave it would still know it (attack).
    const same = await kim.post("/inloggen/wachtwoord", { password, passwordAgain: password });
    expect(same.status).toBe(400);
    expect(textOf(await same.text())).toContain("Kies een ander wachtwoord dan het eenmalige wachtwoord dat u kreeg.");
    // Nor the same retyped: in capitals, or without its dashes (attack).
    for (const variant of [password.toUpperCase(), password.replace(/-/g, ""), ` ${password}`]) {
      const retyped = await kim.post("/inloggen/wachtwoord", { password: variant, passwordAgain: variant });
      expect(retyped.status, variant).toBe(400);
    }
    const own = "kims eigen wachtwoord";
    const chosen = await kim.post("/inloggen/wachtwoord", { password: own, passwordAgain: own });
    expect(chosen.headers.get("location")).toBe("/inloggen/instellen");
    expect((await kim.completeSecondFactor(chosen, "kim@woerden.example")).status).toBe(200);
    const home = await kim.get("/inloggen");
    expect(home.headers.get("location")).toBe("/consulent");
    expect(textOf(await (await kim.get("/consulent")).text())).toContain("U werkt voor de gemeente Woerden.");
    // The password is not shown again.
    expect(await (await admin.get("/beheer/gebruikers")).text()).not.toContain(password);
  });

  it("creates provider staff only for a provider that serves the municipality", async () => {
    // Its first account: further accounts of a provider that also works elsewhere are its own (account-scope.test.ts).
    const ok = await admin.post("/beheer/gebruikers", {
      name: "Piet Planner",
      email: "piet@burenhulp.example",
      role: "provider_staff",
      providerId: String(providerId("Burenhulp Bemiddeling Utrecht West")),
    });
    expect(ok.status).toBe(200);
    expect(
      app
        .db()
        .prepare("SELECT provider_id AS p, municipality_code AS m FROM users WHERE email = 'piet@burenhulp.example'")
        .get(),
    ).toEqual({
      p: providerId("Burenhulp Bemiddeling Utrecht West"),
      m: null,
    });

    const elsewhere = await admin.post("/beheer/gebruikers", {
      name: "Niet Hier",
      email: "niet@stad.example",
      role: "provider_staff",
      providerId: String(providerId("Huishoudhulp Stad Groningen")),
    });
    expect(elsewhere.status).toBe(400);
    expect(textOf(await elsewhere.text())).toContain("Kies de aanbieder waar deze medewerker werkt.");
    expect(app.db().prepare("SELECT count(*) AS n FROM users WHERE email = 'niet@stad.example'").get()).toEqual({
      n: 0,
    });
  });

  it("makes no account for a provider not vetted yet (or suspended), and does not offer it", async () => {
    const pending = providerId("Thuishulp Utrecht West"); // serves Woerden, still pending
    const form = await (await admin.get(`/beheer/gebruikers?aanbieder=${pending}`)).text();
    const select = /<select[^>]*name="providerId"[\s\S]*?<\/select>/.exec(form)?.[0] ?? "";
    expect(select).toContain("Fysiotherapie Woerden Centrum"); // vetted, no account yet
    expect(select).not.toContain("Thuishulp Utrecht West");
    expect(select).not.toContain(`value="${pending}"`);
    const res = await admin.post("/beheer/gebruikers", {
      name: "Te Vroeg",
      email: "te-vroeg@thuishulp.example",
      role: "provider_staff",
      providerId: String(pending),
    });
    expect(res.status).toBe(400);
    expect(textOf(await res.text())).toContain("Deze aanbieder is nog niet goedgekeurd");
    expect(app.db().prepare("SELECT count(*) AS n FROM users WHERE provider_id = ?").get(pending)).toEqual({ n: 0 });
    // The vetting page says when an account can be made, instead of offering one.
    const vetting = textOf(await (await admin.get(`/beheer/aanbieders/${pending}`)).text());
    expect(vetting).toContain("Een account kunt u aanmaken zodra de aanbieder is goedgekeurd.");
    expect(vetting).not.toContain("Eerste account aanmaken");
  });

  it("rejects bad input with Dutch messages and 400, keeping the values", async () => {
    const missingProvider = await admin.post("/beheer/gebruikers", {
      name: "Zonder",
      email: "zonder@example.nl",
      role: "provider_staff",
    });
    expect(missingProvider.status).toBe(400);
    const html = await missingProvider.text();
    expect(textOf(html)).toContain("Kies de aanbieder waar deze medewerker werkt.");
    expect(html).toContain('value="zonder@example.nl"');

    const badRole = await admin.post("/beheer/gebruikers", { name: "Rol", email: "rol@example.nl", role: "citizen" });
    expect(badRole.status).toBe(400);
    expect(textOf(await badRole.text())).toContain("Kies een rol.");

    const taken = await admin.post("/beheer/gebruikers", {
      name: "Dubbel",
      email: DEMO.consultant,
      role: "consultant",
    });
    expect(taken.status).toBe(400);
    expect(textOf(await taken.text())).toContain("Er is al een account met dit e-mailadres.");

    const garbage = await admin.post("/beheer/gebruikers", {
      name: "x".repeat(5000),
      email: "<script>@",
      role: "admin",
      providerId: "-1",
    });
    expect(garbage.status).toBe(400);
  });

  it("says per account whether it is active and has the second factor, with the one-time password's validity", async () => {
    const made = await admin.post("/beheer/gebruikers", {
      name: "Stella Status",
      email: "stella@woerden.example",
      role: "consultant",
    });
    const madeText = textOf(await made.text());
    // Truthful: nothing makes the one-time password expire; only her own first password ends it.
    expect(madeText).toContain("Dit eenmalige wachtwoord verloopt niet vanzelf");
    const list = await (await admin.get("/beheer/gebruikers")).text();
    // The scrolling box is named and reachable by keyboard.
    expect(list).toMatch(
      /<section[^>]*aria-label="Tabel met de medewerkers van Woerden[^"]*"[^>]*tabindex="0"|<section[^>]*tabindex="0"[^>]*aria-label="Tabel met de medewerkers van Woerden/,
    );
    const stella = rowText(list, "Stella Status");
    expect(stella).toContain("Actief");
    expect(stella).toContain("Stella Status deactiveren");
    expect(stella).toContain("Nog niet ingesteld");
    const self = rowText(list, DEMO.admin);
    expect(self).toContain("Actief (uzelf)");
    expect(self).toMatch(/Ingesteld sinds \w+ \d+ \w+ \d{4}/);

    const id = userId("stella@woerden.example");
    // Her id in another spelling is no id: refused (400), and she stays active.
    for (const odd of [`0x${id.toString(16)}`, `${id}e0`, `0${id}`]) {
      const res = await admin.post("/beheer/gebruikers", { intent: "deactivate", userId: odd });
      expect(res.status, odd).toBe(400);
    }
    expect(rowText(await (await admin.get("/beheer/gebruikers")).text(), "Stella Status")).toContain("Actief");
    expect((await admin.post("/beheer/gebruikers", { intent: "deactivate", userId: String(id) })).status).toBe(200);
    const after = rowText(await (await admin.get("/beheer/gebruikers")).text(), "Stella Status");
    expect(after).toMatch(/Gedeactiveerd sinds \w+ \d+ \w+ \d{4}/);
    expect(after).not.toContain("deactiveren");
  });

  it("is for admins only", async () => {
    const consultant = new Client(app.baseUrl);
    await consultant.login(DEMO.consultant);
    const res = await consultant.post("/beheer/gebruikers", {
      name: "Stiekem",
      email: "stiekem@example.nl",
      role: "admin",
    });
    expect(res.status).toBe(403);
    expect(app.db().prepare("SELECT count(*) AS n FROM users WHERE email = 'stiekem@example.nl'").get()).toEqual({
      n: 0,
    });
    const anonymous = await new Client(app.baseUrl).post("/beheer/gebruikers", {
      name: "A",
      email: "a@example.nl",
      role: "admin",
    });
    expect(anonymous.status).toBe(302);
  });
});
