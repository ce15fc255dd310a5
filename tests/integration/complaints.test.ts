// Complaints from filing to resolution: the citizen files one, the provider responds, the admin of
// the citizen's municipality takes it through received → in progress → resolved, refused steps
// change nothing, other municipalities and providers see nothing, and the citizen reads the outcome.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import { bookCleaner, readersOf } from "../support/factories";

let app: AppServer;
let citizen: Client;
let cleaner: Client;
let otherProvider: Client;
let admin: Client;
let adminGroningen: Client;

let requestId: number;
let complaintId: number;
let ans: number;

const COMPLAINT = "De hulp kwam twee keer niet opdagen zonder bericht.";
const PROVIDER_RESPONSE = "Onze medewerker was ziek; de planning heeft u niet gebeld. Dat spijt ons.";
const ADMIN_RESPONSE = "Na overleg: de aanbieder belt voortaan bij ziekte en stuurt een vervanger.";
const RESOLUTION = "Wij hebben afgesproken dat u bij ziekte dezelfde dag wordt gebeld en een vervanger krijgt.";

const { one, all, userId, providerId } = readersOf(() => app);

type Row = {
  status: string;
  provider_response: string | null;
  provider_response_by_user_id: number | null;
  handled_by_user_id: number | null;
  in_progress_at: number | null;
  resolved_at: number | null;
  resolution: string | null;
};
const complaintRow = (id = complaintId) =>
  one<Row>(
    `SELECT status, provider_response, provider_response_by_user_id, handled_by_user_id, in_progress_at, resolved_at,
       resolution FROM complaints WHERE id = ?`,
    id,
  );
const eventKinds = (id = complaintId) =>
  all<{ kind: string }>("SELECT kind FROM complaint_events WHERE complaint_id = ? ORDER BY id", id).map((e) => e.kind);
/** What a reader sees: React separates adjacent text with empty comments, a reader does not. */
const read = async (res: Response) => textOf((await res.text()).replaceAll("<!-- -->", ""));
const page = async (who: Client, path: string) => {
  const res = await who.get(path);
  return { status: res.status, text: await read(res) };
};

beforeAll(async () => {
  app = await startApp();
  citizen = new Client(app.baseUrl);
  await citizen.login(DEMO.citizen);
  cleaner = new Client(app.baseUrl);
  await cleaner.login(DEMO.cleaner);
  otherProvider = new Client(app.baseUrl);
  await otherProvider.login(DEMO.provider);
  admin = new Client(app.baseUrl);
  await admin.login(DEMO.admin);
  adminGroningen = new Client(app.baseUrl);
  await adminGroningen.login(DEMO.adminGroningen);

  // The citizen books a weekly visit from the demo cleaner in Woerden.
  ans = providerId("Schoonmaakhulp Ans de Vries");
  requestId = await bookCleaner(citizen);
});
afterAll(async () => {
  await app?.stop();
});

describe("complaint handling", () => {
  it("takes a citizen's complaint, recorded as received under their municipality", async () => {
    const res = await citizen.post(`/mijn/aanvragen/${requestId}`, { intent: "complaint", text: COMPLAINT });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`/mijn/aanvragen/${requestId}?melding=complaint`);
    const row = one<{ id: number; status: string; provider_id: number; municipality_code: string }>(
      "SELECT id, status, provider_id, municipality_code FROM complaints WHERE request_id = ?",
      requestId,
    );
    complaintId = row.id;
    expect(row).toMatchObject({ status: "received", provider_id: ans, municipality_code: "GM0632" });
    expect(eventKinds()).toEqual(["received"]);
    expect(
      one(
        "SELECT municipality_code AS m FROM audit_events WHERE action = 'complaint.filed' AND subject_id = ?",
        String(complaintId),
      ),
    ).toEqual({ m: "GM0632" });

    const mine = await page(citizen, `/mijn/aanvragen/${requestId}`);
    expect(mine.text).toContain(`(ontvangen): ${COMPLAINT}`);
    expect(mine.text).not.toContain("Reactie van de aanbieder:");
  });

  it("shows the provider the complaint without the citizen's name or contact details, and takes its response", async () => {
    const list = await page(cleaner, "/aanbieder/klachten");
    expect(list.status).toBe(200);
    expect(list.text).toContain(`Klacht ${complaintId}`);
    expect(list.text).toContain(COMPLAINT);
    expect(list.text).toContain(`nummer ${requestId}, Een vaste particuliere schoonmaakhulp`);
    expect(list.text).toContain("Woerden");
    expect(list.text).not.toContain("Wilma Jansen");
    expect(list.text).not.toContain(DEMO.citizen);
    expect(list.text).not.toContain("3441");
    expect(
      one<{ n: number }>(
        "SELECT count(*) AS n FROM audit_events WHERE action = 'complaints.listed' AND subject_type = 'provider' AND subject_id = ? AND municipality_code = 'GM0632'",
        String(ans),
      ).n,
    ).toBe(1);

    const empty = await cleaner.post("/aanbieder/klachten", { complaintId: String(complaintId), response: "  " });
    expect(empty.status).toBe(400);
    expect(await read(empty)).toContain("Vul de reactie van de aanbieder in.");
    const tooLong = await cleaner.post("/aanbieder/klachten", {
      complaintId: String(complaintId),
      response: "x".repeat(2001),
    });
    expect(tooLong.status).toBe(400);
    expect(await read(tooLong)).toContain("De reactie mag ten hoogste 2000 tekens lang zijn.");
    expect(complaintRow().provider_response).toBeNull();

    const ok = await cleaner.post("/aanbieder/klachten", {
      complaintId: String(complaintId),
      response: PROVIDER_RESPONSE,
    });
    expect(ok.status).toBe(302);
    expect(ok.headers.get("location")).toBe(`/aanbieder/klachten?melding=saved#complaint-${complaintId}`);
    expect(complaintRow()).toMatchObject({
      status: "received",
      provider_response: PROVIDER_RESPONSE,
      provider_response_by_user_id: userId("schoonmaak@demo.hulpwijzer.nl"),
    });
    expect(eventKinds()).toEqual(["received", "provider_response"]);
    const after = await page(cleaner, "/aanbieder/klachten?melding=saved");
    expect(after.text).toContain("Uw reactie is naar de gemeente gestuurd.");
    expect(after.text).toContain(PROVIDER_RESPONSE);
  });

  it("keeps another provider's staff out: not listed, and a response is 404 with nothing changed", async () => {
    const before = complaintRow();
    const list = await page(otherProvider, "/aanbieder/klachten");
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(COMPLAINT);
    expect(list.text).not.toContain(`Klacht ${complaintId}`);
    const res = await otherProvider.post("/aanbieder/klachten", {
      complaintId: String(complaintId),
      response: "Dit is niet van ons.",
    });
    expect(res.status).toBe(404);
    expect(complaintRow()).toEqual(before);
    expect(eventKinds()).toEqual(["received", "provider_response"]);
  });

  it("keeps the Groningen admin out: 404 for the page and every action, nothing changed", async () => {
    const before = complaintRow();
    expect((await adminGroningen.get(`/beheer/klachten/${complaintId}`)).status).toBe(404);
    const list = await page(adminGroningen, "/beheer/klachten");
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(`Klacht ${complaintId}`);
    expect(list.text).toContain("Er zijn nog geen klachten.");
    // Filtering on the provider shows nothing of Woerden's either, not even the provider's name.
    const filtered = await page(adminGroningen, `/beheer/klachten?aanbieder=${ans}`);
    expect(filtered.text).toContain("Klachten (0)");
    expect(filtered.text).not.toContain("Schoonmaakhulp Ans de Vries");
    expect((await adminGroningen.post(`/beheer/klachten/${complaintId}`, { intent: "start" })).status).toBe(404);
    expect(
      (await adminGroningen.post(`/beheer/klachten/${complaintId}`, { intent: "respond", response: "Nee." })).status,
    ).toBe(404);
    expect(complaintRow()).toEqual(before);
    expect(
      one<{ n: number }>(
        "SELECT count(*) AS n FROM audit_events WHERE subject_type = 'complaint' AND subject_id = ? AND actor_user_id = ?",
        String(complaintId),
        userId(DEMO.adminGroningen),
      ).n,
    ).toBe(0);
  });

  it("keeps other roles out of the admin's pages", async () => {
    expect((await citizen.get("/beheer/klachten")).status).toBe(403);
    expect((await cleaner.get(`/beheer/klachten/${complaintId}`)).status).toBe(403);
    expect((await citizen.get("/aanbieder/klachten")).status).toBe(403);
    const anonymous = await new Client(app.baseUrl).get("/beheer/klachten");
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toBe("/inloggen?redirectTo=%2Fbeheer%2Fklachten");
  });

  it("lists the municipality's complaints newest first, with age, provider and kind, filtered by the URL", async () => {
    // A second, newer complaint on the same request.
    await citizen.post(`/mijn/aanvragen/${requestId}`, {
      intent: "complaint",
      text: "Ook de afspraak van vandaag ging niet door.",
    });
    const second = one<{ id: number }>("SELECT max(id) AS id FROM complaints").id;
    expect(second).toBeGreaterThan(complaintId);

    const res = await admin.get("/beheer/klachten");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`href="/beheer/klachten/${complaintId}"`);
    const text = textOf(html);
    expect(text).toContain("Klachten (2)");
    expect(text.indexOf(`Klacht ${second}`)).toBeLessThan(text.indexOf(`Klacht ${complaintId}`));
    expect(text).toContain(`Klacht ${complaintId} `);
    const row = text.slice(text.indexOf(`Klacht ${complaintId} `));
    expect(row).toMatch(
      /^Klacht \d+ .+? (vandaag|1 dag) Schoonmaakhulp Ans de Vries Een vaste particuliere schoonmaakhulp ontvangen/,
    );

    const received = await page(admin, `/beheer/klachten?status=received&aanbieder=${ans}`);
    expect(received.text).toContain("Klachten (2)");
    const resolved = await page(admin, "/beheer/klachten?status=resolved");
    expect(resolved.text).toContain("Klachten (0)");
    expect(resolved.text).toContain("Er zijn geen klachten die bij deze filters passen.");
    // A provider without complaints (serving Woerden) from a shared link: an empty list, and still chosen.
    const groeneHart = providerId("Thuiszorg Groene Hart");
    const otherOne = await admin.get(`/beheer/klachten?aanbieder=${groeneHart}`);
    const otherHtml = await otherOne.text();
    expect(otherHtml).toMatch(new RegExp(`<option value="${groeneHart}" selected="">Thuiszorg Groene Hart</option>`));
    expect(textOf(otherHtml)).toContain("Klachten (0)");
    const bad = await admin.get("/beheer/klachten?status=kwijt");
    expect(bad.status).toBe(400);
    expect(await read(bad)).toContain("Kies een status uit de lijst.");
    expect(
      one<{ n: number }>(
        "SELECT count(*) AS n FROM audit_events WHERE action = 'complaints.listed' AND actor_user_id = ? AND municipality_code = 'GM0632'",
        userId(DEMO.admin),
      ).n,
    ).toBe(4);
  });

  it("shows the admin the complaint, the request it is about (no health details) and its history", async () => {
    const { status, text } = await page(admin, `/beheer/klachten/${complaintId}`);
    expect(status).toBe(200);
    expect(text).toContain(COMPLAINT);
    expect(text).toContain("Soort hulp Een vaste particuliere schoonmaakhulp");
    expect(text).toContain("Aanbieder Schoonmaakhulp Ans de Vries");
    expect(text).toContain("Status van de aanvraag Geboekt");
    expect(text).toContain(PROVIDER_RESPONSE);
    expect(text).toContain("Klacht ontvangen door Wilma Jansen (inwoner)");
    expect(text).toContain(
      `Reactie van de aanbieder vastgelegd door Ans de Vries (medewerker aanbieder) — ${PROVIDER_RESPONSE}`,
    );
    expect(text).not.toMatch(/traplopen/i);
    expect(text).toContain("Neem de klacht eerst in behandeling; daarna kunt u haar afhandelen.");
    expect(
      one(
        "SELECT municipality_code AS m FROM audit_events WHERE action = 'complaint.read' AND subject_id = ?",
        String(complaintId),
      ),
    ).toEqual({ m: "GM0632" });
  });

  it("refuses to resolve a received complaint", async () => {
    const before = complaintRow();
    const early = await admin.post(`/beheer/klachten/${complaintId}`, { intent: "resolve", resolution: RESOLUTION });
    expect(early.status).toBe(302);
    expect(early.headers.get("location")).toBe(`/beheer/klachten/${complaintId}?melding=failed`);
    expect(complaintRow()).toEqual(before);
    expect((await page(admin, `/beheer/klachten/${complaintId}?melding=failed`)).text).toContain(
      "Dit kan niet in de huidige status van de klacht. Er is niets gewijzigd.",
    );
    expect(eventKinds()).toEqual(["received", "provider_response"]);
  });

  it("starts handling once; a second start changes nothing", async () => {
    const started = await admin.post(`/beheer/klachten/${complaintId}`, { intent: "start" });
    expect(started.headers.get("location")).toBe(`/beheer/klachten/${complaintId}?melding=start`);
    const row = complaintRow();
    expect(row).toMatchObject({ status: "in_progress", handled_by_user_id: userId(DEMO.admin) });
    expect(row.in_progress_at).toEqual(expect.any(Number));
    const again = await admin.post(`/beheer/klachten/${complaintId}`, { intent: "start" });
    expect(again.headers.get("location")).toBe(`/beheer/klachten/${complaintId}?melding=failed`);
    expect(complaintRow()).toEqual(row);

    // The citizen sees it is being handled, but not yet the provider's response.
    const mine = await page(citizen, `/mijn/aanvragen/${requestId}`);
    expect(mine.text).toContain(`(in behandeling): ${COMPLAINT}`);
    expect(mine.text).not.toContain(PROVIDER_RESPONSE);
  });

  it("records the provider's response as the admin, then resolves with a note", async () => {
    const tooLong = await admin.post(`/beheer/klachten/${complaintId}`, {
      intent: "respond",
      response: "x".repeat(2001),
    });
    expect(tooLong.status).toBe(400);
    const responded = await admin.post(`/beheer/klachten/${complaintId}`, {
      intent: "respond",
      response: ADMIN_RESPONSE,
    });
    expect(responded.headers.get("location")).toBe(`/beheer/klachten/${complaintId}?melding=respond`);
    expect(complaintRow()).toMatchObject({
      status: "in_progress",
      provider_response: ADMIN_RESPONSE,
      provider_response_by_user_id: userId(DEMO.admin),
    });

    const before = complaintRow();
    const noNote = await admin.post(`/beheer/klachten/${complaintId}`, { intent: "resolve", resolution: " " });
    expect(noNote.status).toBe(400);
    expect(await read(noNote)).toContain("Toelichting op de afhandeling: Vul een toelichting op de afhandeling in.");
    expect(complaintRow()).toEqual(before);

    const resolved = await admin.post(`/beheer/klachten/${complaintId}`, { intent: "resolve", resolution: RESOLUTION });
    expect(resolved.headers.get("location")).toBe(`/beheer/klachten/${complaintId}?melding=resolve`);
    const row = complaintRow();
    expect(row).toMatchObject({ status: "resolved", resolution: RESOLUTION, handled_by_user_id: userId(DEMO.admin) });
    expect(row.resolved_at).toEqual(expect.any(Number));
    expect(eventKinds()).toEqual(["received", "provider_response", "in_progress", "provider_response", "resolved"]);

    const { text } = await page(admin, `/beheer/klachten/${complaintId}?melding=resolve`);
    expect(text).toContain("De klacht is afgehandeld. De inwoner ziet de afhandeling bij de aanvraag.");
    expect(text).toContain("Deze klacht is afgehandeld. Er valt niets meer aan te veranderen.");
    expect(text).toContain(`Afgehandeld door `);
    expect(text).toContain(RESOLUTION);
  });

  it("changes nothing on a resolved complaint, whoever tries", async () => {
    const before = complaintRow();
    const attempts: Record<string, string>[] = [
      { intent: "start" },
      { intent: "respond", response: "Nog een reactie." },
      { intent: "resolve", resolution: "Nog een afhandeling." },
    ];
    for (const fields of attempts) {
      const res = await admin.post(`/beheer/klachten/${complaintId}`, fields);
      expect(res.headers.get("location")).toBe(`/beheer/klachten/${complaintId}?melding=failed`);
    }
    const late = await cleaner.post("/aanbieder/klachten", { complaintId: String(complaintId), response: "Te laat." });
    expect(late.headers.get("location")).toBe(`/aanbieder/klachten?melding=failed#complaint-${complaintId}`);
    expect((await page(cleaner, "/aanbieder/klachten?melding=failed")).text).toContain(
      "Deze klacht is al afgehandeld. Er is niets gewijzigd.",
    );
    expect(complaintRow()).toEqual(before);
    expect(eventKinds()).toHaveLength(5);
  });

  it("shows the citizen the outcome: resolved, the provider's response and the resolution", async () => {
    const mine = await page(citizen, `/mijn/aanvragen/${requestId}`);
    expect(mine.text).toContain(`(afgehandeld): ${COMPLAINT}`);
    expect(mine.text).toContain(`Reactie van de aanbieder: ${ADMIN_RESPONSE}`);
    expect(mine.text).toContain(`Afhandeling door de gemeente: ${RESOLUTION}`);
    // The other complaint is still received: nothing of this outcome shows with it.
    expect(mine.text).toContain("(ontvangen): Ook de afspraak van vandaag ging niet door.");
  });

  it("audits every read and change under the citizen's municipality", async () => {
    const actions = all<{ action: string; m: string | null }>(
      `SELECT action, municipality_code AS m FROM audit_events
       WHERE action LIKE 'complaint%' AND actor_user_id <> ? ORDER BY id`,
      userId(DEMO.adminGroningen),
    );
    expect(new Set(actions.map((a) => a.action))).toEqual(
      new Set([
        "complaint.filed",
        "complaints.read",
        "complaints.listed",
        "complaint.responded",
        "complaint.read",
        "complaint.started",
        "complaint.resolved",
      ]),
    );
    expect(actions.every((a) => a.m === "GM0632")).toBe(true);
    // The Groningen admin's (empty) list is logged under Groningen, never under Woerden.
    expect(
      all<{ m: string }>(
        "SELECT municipality_code AS m FROM audit_events WHERE action = 'complaints.listed' AND actor_user_id = ?",
        userId(DEMO.adminGroningen),
      ).map((a) => a.m),
    ).toEqual(["GM0014", "GM0014"]);
    expect(
      all<{ detail: string }>(
        "SELECT detail FROM audit_events WHERE action = 'complaint.resolved' AND subject_id = ?",
        String(complaintId),
      ).map((a) => JSON.parse(a.detail)),
    ).toEqual([{ from: "in_progress", to: "resolved", by: "admin" }]);
  });
});
