// Issue 14, finding A: an admin cannot hand themselves another municipality's data by making a
// staff account for a provider that also works there. Such a provider's further accounts are
// made by its own staff, and every new account shows in the audit log of each municipality it
// can read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import { addMunicipalityStaff, GRONINGEN, loggedIn, readersOf, WOERDEN } from "../support/factories";

const OUDEWATER = "GM0589";

let app: AppServer;
let admin: Client;
const { one, all, providerId, userId } = readersOf(() => app);

beforeAll(async () => {
  app = await startApp();
  admin = await loggedIn(app, DEMO.admin);
  // The demo has no admin for Oudewater, which Thuiszorg Groene Hart also serves.
  addMunicipalityStaff(app, "beheer.oudewater@example.nl", "admin", OUDEWATER, "Olga Oudewater");
});
afterAll(async () => {
  await app?.stop();
});

function oneTimePassword(html: string): string {
  const match = /data-testid="one-time-password"[^>]*>([^<]+)</.exec(html);
  if (!match?.[1]) throw new Error("no one-time password on the page");
  return match[1];
}

/** The admin's form, asking for a staff account at a provider (by id). */
function postProviderStaff(client: Client, name: string, email: string, provider: number) {
  return client.post("/beheer/gebruikers", {
    name,
    email,
    role: "provider_staff",
    providerId: String(provider),
  });
}

const countUsers = (email: string) => one<{ n: number }>("SELECT count(*) AS n FROM users WHERE email = ?", email).n;

/** The `user.created` events about one account: the municipality of each, and what the detail says. */
function creationEvents(id: number) {
  return all<{ m: string | null; detail: string }>(
    "SELECT municipality_code AS m, detail FROM audit_events WHERE action = 'user.created' AND subject_id = ? ORDER BY municipality_code",
    String(id),
  ).map((e) => ({ m: e.m, detail: JSON.parse(e.detail) as Record<string, unknown> }));
}

describe("an admin and provider staff accounts", () => {
  it("is refused a second account for a provider that also serves other municipalities (403, Dutch)", async () => {
    const res = await postProviderStaff(
      admin,
      "Stille Meelezer",
      "meelezer@groenehart.example",
      providerId("Thuiszorg Groene Hart"),
    );
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(textOf(html)).toContain(
      "Deze aanbieder werkt ook in andere gemeenten en heeft al een account. Verdere accounts maakt de aanbieder zelf aan, bij Collega's.",
    );
    expect(html).toContain('value="meelezer@groenehart.example"');
    expect(countUsers("meelezer@groenehart.example")).toBe(0);
    // The form does not offer it either.
    const page = await (await admin.get("/beheer/gebruikers")).text();
    expect(page).not.toContain(`<option value="${providerId("Thuiszorg Groene Hart")}"`);
  });

  it("makes the first account of such a provider at vetting, and only the first", async () => {
    const physio = providerId("Fysiotherapie Woerden Centrum"); // Woerden, Oudewater, Montfoort; no account yet
    const vetting = textOf(await (await admin.get(`/beheer/aanbieders/${physio}`)).text());
    expect(vetting).toContain("Deze aanbieder heeft nog geen account. Eerste account aanmaken");
    // The link fills in the contact the provider applied with.
    const form = await (await admin.get(`/beheer/gebruikers?aanbieder=${physio}`)).text();
    const contact = one<{ email: string }>("SELECT contact_email AS email FROM providers WHERE id = ?", physio);
    expect(form).toContain(`value="${contact.email}"`);

    const first = await postProviderStaff(admin, "Eerste Fysio", "eerste@fysiowoerden.example", physio);
    expect(first.status).toBe(200);
    const id = userId("eerste@fysiowoerden.example");
    const events = creationEvents(id);
    expect(events.map((e) => e.m)).toEqual(["GM0335", OUDEWATER, WOERDEN]);
    expect(events[0]?.detail).toMatchObject({ role: "provider_staff", providerId: physio, firstOfProvider: true });
    expect(events[0]?.detail.reads).toEqual(expect.arrayContaining([WOERDEN, OUDEWATER, "GM0335"]));

    const second = await postProviderStaff(admin, "Tweede Fysio", "tweede@fysiowoerden.example", physio);
    expect(second.status).toBe(403);
    expect(countUsers("tweede@fysiowoerden.example")).toBe(0);
    expect(textOf(await (await admin.get(`/beheer/aanbieders/${physio}`)).text())).toContain(
      "verdere accounts maakt de aanbieder zelf aan",
    );
  });

  it("lets two simultaneous first accounts of a provider make only one", async () => {
    const mediator = providerId("Burenhulp Bemiddeling Utrecht West");
    const answers = await Promise.all(
      [0, 1, 2, 3].map((i) => postProviderStaff(admin, `Gelijktijdig ${i}`, `gelijk${i}@burenhulp.example`, mediator)),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 403, 403, 403]);
    expect(one<{ n: number }>("SELECT count(*) AS n FROM users WHERE provider_id = ?", mediator).n).toBe(1);
  });

  it("makes as many accounts as needed for a provider that serves only the admin's municipality", async () => {
    const groningen = await loggedIn(app, DEMO.adminGroningen);
    const local = providerId("Huishoudhulp Stad Groningen"); // Groningen only
    for (const n of [1, 2]) {
      const res = await postProviderStaff(groningen, `Stad ${n}`, `stad${n}@huishoudhulp.example`, local);
      expect(res.status).toBe(200);
    }
    expect(creationEvents(userId("stad2@huishoudhulp.example")).map((e) => e.m)).toEqual([GRONINGEN]);
  });

  it("keeps a Groningen admin out of Woerden's providers and their own new staff in Groningen", async () => {
    const groningen = await loggedIn(app, DEMO.adminGroningen);
    for (const name of ["Thuiszorg Groene Hart", "Thuishulp Utrecht West"]) {
      const res = await postProviderStaff(groningen, "Overstapper", "overstap@example.nl", providerId(name));
      expect(res.status).toBe(400);
      expect(textOf(await res.text())).toContain("Kies de aanbieder waar deze medewerker werkt.");
    }
    expect(countUsers("overstap@example.nl")).toBe(0);
    // A consultant or admin is made in the admin's own municipality, whatever else is posted.
    const res = await groningen.post("/beheer/gebruikers", {
      name: "Nieuwe Beheerder",
      email: "beheer2@groningen.example",
      role: "admin",
      municipalityCode: WOERDEN,
      providerId: String(providerId("Thuiszorg Groene Hart")),
    });
    expect(res.status).toBe(200);
    expect(
      one("SELECT municipality_code AS m, provider_id AS p FROM users WHERE email = ?", "beheer2@groningen.example"),
    ).toEqual({ m: GRONINGEN, p: null });
    expect(creationEvents(userId("beheer2@groningen.example")).map((e) => e.m)).toEqual([GRONINGEN]);
  });
});

describe("/aanbieder/collegas", () => {
  it("lets a provider's staff member add a colleague, who logs in as that provider", async () => {
    const marieke = await loggedIn(app, DEMO.provider); // Thuiszorg Groene Hart
    const page = await marieke.get("/aanbieder/collegas");
    expect(page.status).toBe(200);
    expect(textOf(await page.text())).toContain("Marieke Smit");

    const bad = await marieke.post("/aanbieder/collegas", { name: "", email: "geen-adres" });
    expect(bad.status).toBe(400);
    expect(textOf(await bad.text())).toContain("Vul een geldig e-mailadres in");

    const res = await marieke.post("/aanbieder/collegas", {
      name: "Karin Planner",
      email: "karin@groenehart.example",
      // Posted scope is ignored: the colleague works where the session's staff member works.
      providerId: String(providerId("Huishoudhulp Stad Groningen")),
      role: "admin",
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(textOf(html)).toContain("Account aangemaakt");
    const password = oneTimePassword(html);
    expect(
      one(
        "SELECT role, provider_id AS p, municipality_code AS m FROM users WHERE email = ?",
        "karin@groenehart.example",
      ),
    ).toEqual({
      role: "provider_staff",
      p: providerId("Thuiszorg Groene Hart"),
      m: null,
    });
    const taken = await marieke.post("/aanbieder/collegas", { name: "Dubbel", email: DEMO.consultant });
    expect(taken.status).toBe(400);
    expect(textOf(await taken.text())).toContain("Er is al een account met dit e-mailadres.");

    const karin = new Client(app.baseUrl);
    const login = await karin.post("/inloggen", { email: "karin@groenehart.example", password });
    // A new staff member chooses her own password first, then sets up the second factor (ADR 034),
    // then lands in the workspace.
    expect(login.headers.get("location")).toBe("/inloggen/wachtwoord");
    const own = "karins eigen wachtwoord";
    const chosen = await karin.post("/inloggen/wachtwoord", { password: own, passwordAgain: own });
    expect(chosen.headers.get("location")).toBe("/inloggen/instellen");
    expect((await karin.completeSecondFactor(chosen, "karin@groenehart.example")).status).toBe(200);
    const home = await karin.get("/inloggen");
    expect(home.headers.get("location")).toBe("/aanbieder");
    expect(textOf(await (await karin.get("/aanbieder")).text())).toContain("U werkt voor Thuiszorg Groene Hart.");
  });

  it("shows the new account in the audit log of every municipality it can read, and no other", async () => {
    const karin = userId("karin@groenehart.example");
    const marieke = userId(DEMO.provider);
    expect(creationEvents(karin).map((e) => e.m)).toEqual(["GM0335", OUDEWATER, WOERDEN, "GM0736"]);
    const filter = `/beheer/audit?actie=user.created&onderwerp=user&nummer=${karin}`;
    for (const email of [DEMO.admin, "beheer.oudewater@example.nl"]) {
      const res = await (await loggedIn(app, email)).get(filter);
      expect(res.status).toBe(200);
      const text = textOf(await res.text());
      expect(text, email).toContain("Account voor medewerker aangemaakt");
      expect(text, email).toContain("Marieke Smit");
      expect(text, email).toContain(`aanbieder: ${providerId("Thuiszorg Groene Hart")}`);
    }
    const elsewhere = textOf(await (await loggedIn(app, DEMO.adminGroningen)).get(filter).then((r) => r.text()));
    expect(elsewhere).toContain("Er zijn geen gebeurtenissen die bij deze filters passen.");
    expect(
      one<{ n: number }>(
        "SELECT count(*) AS n FROM audit_events WHERE action = 'user.created' AND actor_user_id = ?",
        marieke,
      ).n,
    ).toBe(4);
  });

  it("is for provider staff only", async () => {
    for (const email of [DEMO.admin, DEMO.consultant, DEMO.citizen]) {
      const res = await (await loggedIn(app, email)).post("/aanbieder/collegas", {
        name: "Stiekem",
        email: "stiekem@example.nl",
      });
      expect(res.status, email).toBe(403);
    }
    expect(countUsers("stiekem@example.nl")).toBe(0);
    const anonymous = await new Client(app.baseUrl).get("/aanbieder/collegas");
    expect(anonymous.status).toBe(302);
  });
});
