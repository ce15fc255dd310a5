// The consultant's workspace over real HTTP: the inbox, a case (talk, draagkracht, consent,
// options), steering with a reason, ZIN with an indication and a referral, signals, the WMO301
// export — and that nobody outside the municipality sees or changes any of it.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressFields } from "../support/address";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import { citizenAskingZin, helpQuery, newCitizen, readersOf } from "../support/factories";

let app: AppServer;
let consultant: Client;
let groningen: Client;
let provider: Client;
const { one, providerId } = readersOf(() => app);

beforeAll(async () => {
  app = await startApp();
  consultant = new Client(app.baseUrl);
  await consultant.login(DEMO.consultant);
  groningen = new Client(app.baseUrl);
  await groningen.login(DEMO.consultantGroningen);
  provider = new Client(app.baseUrl);
  await provider.login(DEMO.provider);
});
afterAll(async () => {
  await app?.stop();
});

describe("the inbox", () => {
  it("shows the demo's work of every kind: a ZIN request, a talk, an urgent signal, a due evaluation", async () => {
    const page = textOf(await (await consultant.get("/consulent")).text());
    expect(page).toContain("Aanvraag: Zorg in natura Johanna de Boer");
    expect(page).toContain("Aanvraag: Gesprek gevraagd Henk Bakker");
    expect(page).toContain("Signaal: Valrisico Urgent Anna Visser");
    expect(page).toContain("Evaluatie: Evaluatie nodig Anna Visser");
    const anna = one<{ id: number }>("SELECT id FROM cases WHERE person_name = 'Anna Visser'").id;
    const text = textOf(await (await consultant.get(`/consulent/zaken/${anna}`)).text());
    expect(text).toContain("Indicatie: 2,5 uur per week");
    expect(text).toContain("Verwijzing naar Thuiszorg Groene Hart");
    expect(text).toContain("Mevrouw is deze week twee keer bijna gevallen");
  });

  it("lists a new ZIN request with its age, and counts it in the navigation", async () => {
    const { caseId } = await citizenAskingZin(app, "inbox@example.nl", "Mevrouw Inbox");
    const page = textOf(await (await consultant.get("/consulent")).text());
    expect(page).toContain("Aanvraag: Zorg in natura");
    expect(page).toContain("Mevrouw Inbox");
    expect(page).toContain("vandaag");
    expect(page).toMatch(/Inbox \(\d+\)/);
    const html = await (await consultant.get("/consulent?soort=signal")).text();
    expect(textOf(html)).not.toContain("Mevrouw Inbox");
    expect(await (await consultant.get("/consulent?soort=request&sorteer=newest")).text()).toContain(
      `/consulent/zaken/${caseId}`,
    );
    // Groningen's consultant has a different inbox.
    expect(textOf(await (await groningen.get("/consulent")).text())).not.toContain("Mevrouw Inbox");
  });
});

describe("asking for a talk", () => {
  it("puts the citizen's question in the inbox, on their case", async () => {
    const citizen = await newCitizen(app, "praten@example.nl", "Mevrouw Praat");
    const query = helpQuery();
    const options = textOf(await (await citizen.get(`/hulp/opties?${query}`)).text());
    expect(options).toContain("Liever eerst een gesprek?");
    const page = textOf(await (await citizen.get(`/hulp/aanvragen?offer=consultation&${query}`)).text());
    expect(page).toContain("Een consulent van de gemeente neemt contact met u op");
    const res = await citizen.post(`/hulp/aanvragen?offer=consultation&${query}`, {
      forWhom: "self",
      ...addressFields(),
    });
    expect(res.status).toBe(302);
    const id = Number(/aanvragen\/(\d+)/.exec(res.headers.get("location") ?? "")?.[1]);
    expect(
      one("SELECT kind, status, case_id IS NOT NULL AS c, municipality_code AS m FROM help_requests WHERE id = ?", id),
    ).toEqual({ kind: "consultation", status: "submitted", c: 1, m: "GM0632" });
    const again = await citizen.post(`/hulp/aanvragen?offer=consultation&${query}`, { forWhom: "self" });
    expect(again.status).toBe(409);
    const inbox = textOf(await (await consultant.get("/consulent")).text());
    expect(inbox).toContain("Aanvraag: Gesprek gevraagd");
    expect(inbox).toContain("Mevrouw Praat");
  });
});

describe("a case", () => {
  it("records the talk, the draagkracht and the consent — audited, income left out of the log", async () => {
    const { caseId } = await citizenAskingZin(app, "talk@example.nl", "Meneer Gesprek");
    const page = await consultant.get(`/consulent/zaken/${caseId}`);
    expect(page.status).toBe(200);
    const text = textOf(await page.text());
    expect(text).toContain("Zaak van Meneer Gesprek");
    // The choice says its wait (or start), in the consultant's voice.
    expect(text).toMatch(
      /Huishoudelijke hulp van een thuiszorgaanbieder – Thuiszorg Groene Hart, (wachttijd ongeveer \d+ weken?|kan beginnen op \S+dag \d+ \S+ \d{4}) \(aanbevolen voor de inwoner; gevraagd door de inwoner\)/,
    );
    expect(text).toContain("Kosten gemeente per maand");
    expect(text).toContain("Verschil met zorg in natura");
    expect(
      one<{ n: number }>(
        "SELECT count(*) AS n FROM audit_events WHERE action = 'case.read' AND subject_id = ? AND municipality_code = 'GM0632'",
        String(caseId),
      ).n,
    ).toBeGreaterThan(0);

    const talk = await consultant.post(`/consulent/zaken/${caseId}`, {
      intent: "talk",
      situation: "Woont alleen, trap is lastig",
      ownAbilities: "Kleine was zelf",
      network: "Dochter woont ver weg",
      facilities: "meal_service",
      notes: "",
    });
    expect(talk.status).toBe(302);
    expect(one("SELECT talk_situation AS s, talk_facilities AS f FROM cases WHERE id = ?", caseId)).toEqual({
      s: "Woont alleen, trap is lastig",
      f: '["meal_service"]',
    });

    const bad = await consultant.post(`/consulent/zaken/${caseId}`, {
      intent: "draagkracht",
      household: "single",
      income: "veel",
    });
    expect(bad.status).toBe(400);
    expect(textOf(await bad.text())).toContain("Vul het netto inkomen per maand in");
    expect(one<{ i: number | null }>("SELECT dk_income_cents AS i FROM cases WHERE id = ?", caseId).i).toBeNull();

    // €2,500 for a single person of AOW age: 163% of €1,530.21 — above the 150% threshold.
    const ok = await consultant.post(`/consulent/zaken/${caseId}`, {
      intent: "draagkracht",
      household: "single",
      income: "2500",
    });
    expect(ok.status).toBe(302);
    expect(one("SELECT dk_income_cents AS i, dk_percent AS p FROM cases WHERE id = ?", caseId)).toEqual({
      i: 250000,
      p: 163,
    });
    const after = textOf(await (await consultant.get(`/consulent/zaken/${caseId}`)).text());
    expect(after).toContain("Inkomen: 163% van het sociaal minimum");
    expect(after).toContain("zorg in natura blijft mogelijk");
    const logged = app
      .db()
      .prepare("SELECT detail FROM audit_events WHERE action = 'case.draagkracht_saved' AND subject_id = ?")
      .all(String(caseId)) as { detail: string }[];
    expect(logged).toHaveLength(1);
    // The log says it was done, not the income nor the percentage it can be worked back from.
    expect(logged[0]?.detail).toBeNull();

    const consent = await consultant.post(`/consulent/zaken/${caseId}`, {
      intent: "consent",
      shareIntake: "on",
      phone: "0348 123 456",
      preferences: "Liefst 's ochtends",
    });
    expect(consent.status).toBe(302);
    expect(
      one(
        "SELECT consent_share_intake AS i, consent_share_health AS h, contact_phone AS p FROM cases WHERE id = ?",
        caseId,
      ),
    ).toEqual({ i: 1, h: 0, p: "0348 123 456" });
    // The notice stands in the section the page comes back to, not 3,000 px above it.
    const location = consent.headers.get("location") ?? "";
    expect(location).toMatch(/melding=saved&bij=consent#consent$/);
    const html = await (await consultant.get(location.replace(/#.*/, ""))).text();
    const section = html.slice(html.indexOf('<section id="consent"'));
    expect(textOf(section.slice(0, section.indexOf("</section>")))).toContain("Opgeslagen.");
    expect(textOf(html.slice(0, html.indexOf('<section id="answers"')))).not.toContain("Opgeslagen.");
  });

  it("steers to a private cleaner with a reason: the citizen's request shows it", async () => {
    const { client, caseId, requestId } = await citizenAskingZin(app, "steer@example.nl", "Mevrouw Stuur");
    const cleaner = one<{ offer: string }>(
      "SELECT 'cleaner:' || id AS offer FROM providers WHERE name = 'Schoonmaakhulp Ans de Vries'",
    ).offer;
    const missing = await consultant.post(`/consulent/zaken/${caseId}`, { intent: "decide", offerId: cleaner });
    expect(missing.status).toBe(400);
    expect(textOf(await missing.text())).toContain("Kies een reden.");
    const res = await consultant.post(`/consulent/zaken/${caseId}`, {
      intent: "decide",
      offerId: cleaner,
      reason: "private_affordable",
      note: "Kan het betalen, wil snel beginnen",
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toContain("melding=steered");
    expect(one("SELECT kind, reason, request_id AS r FROM case_decisions WHERE case_id = ?", caseId)).toEqual({
      kind: "private_cleaner",
      reason: "private_affordable",
      r: requestId,
    });
    expect(one<{ status: string }>("SELECT status FROM help_requests WHERE id = ?", requestId).status).toBe("steered");
    const mine = await (await client.get(`/mijn/aanvragen/${requestId}`)).text();
    expect(textOf(mine)).toContain("Samen met de consulent gekozen voor andere hulp");
    expect(textOf(mine)).toContain(
      "U heeft samen met de consulent gekozen voor: Een vaste particuliere schoonmaakhulp – Schoonmaakhulp Ans de Vries.",
    );
    // The internal note stays with the municipality; the citizen gets a way to book the choice.
    expect(mine).not.toContain("Kan het betalen");
    expect(mine).toContain(`/hulp/aanvragen?offer=${encodeURIComponent(cleaner)}&amp;postcode=3441AB`);
    // Out of the inbox now.
    expect(await (await consultant.get("/consulent")).text()).not.toContain("Mevrouw Stuur");
  });

  it("grants ZIN only with consent: an indication of 3 months with its evaluation date, and a referral with the intake", async () => {
    const { caseId, requestId, client } = await citizenAskingZin(app, "zin@example.nl", "Meneer Indicatie");
    const offer = `zin:${providerId("Thuiszorg Groene Hart")}`;
    const start = one<{ d: string }>("SELECT date('now', '+7 days') AS d").d;
    const fields = {
      intent: "decide",
      offerId: offer,
      reason: "zin_needed_complex",
      hours: "2,5",
      startDate: start,
      months: "3",
    };
    const noConsent = await consultant.post(`/consulent/zaken/${caseId}`, fields);
    expect(noConsent.status).toBe(400);
    expect(textOf(await noConsent.text())).toContain("Leg eerst de toestemming van de inwoner vast");
    expect(one<{ n: number }>("SELECT count(*) AS n FROM indications WHERE case_id = ?", caseId).n).toBe(0);

    const past = await consultant.post(`/consulent/zaken/${caseId}`, { ...fields, startDate: "2020-01-01" });
    expect(past.status).toBe(400);
    expect(textOf(await past.text())).toContain("Vul een ingangsdatum in, vandaag of later.");

    await consultant.post(`/consulent/zaken/${caseId}`, {
      intent: "consent",
      shareIntake: "on",
      phone: "",
      preferences: "",
    });
    await consultant.post(`/consulent/zaken/${caseId}`, { intent: "draagkracht", household: "single", income: "1400" });
    const ok = await consultant.post(`/consulent/zaken/${caseId}`, fields);
    expect(ok.status).toBe(302);
    const ind = one<{ id: number; m: number; s: string; e: string; ev: string; first: number; months: number }>(
      `SELECT id, minutes_per_week AS m, start_date AS s, end_date AS e, evaluation_date AS ev, first, duration_months AS months
       FROM indications WHERE case_id = ?`,
      caseId,
    );
    expect(ind).toMatchObject({ m: 150, s: start, first: 1, months: 3 });
    expect(ind.e > ind.ev && ind.ev > ind.s).toBe(true);
    const referral = one<{ status: string; intake: string; p: number }>(
      "SELECT status, intake, provider_id AS p FROM referrals WHERE indication_id = ?",
      ind.id,
    );
    expect(referral.status).toBe("sent");
    expect(referral.p).toBe(providerId("Thuiszorg Groene Hart"));
    const intake = JSON.parse(referral.intake) as Record<string, unknown>;
    expect(intake).toMatchObject({
      name: "Meneer Indicatie",
      minutesPerWeek: 150,
      postcode: "3441AB",
      situation: null,
    });
    expect(referral.intake).not.toMatch(/income|140000|1400/);
    expect(one<{ status: string }>("SELECT status FROM help_requests WHERE id = ?", requestId).status).toBe(
      "indicated",
    );
    const mine = textOf(await (await client.get(`/mijn/aanvragen/${requestId}`)).text());
    expect(mine).toContain("De gemeente heeft 2,5 uur hulp per week toegekend");
    expect(mine).toContain("Thuiszorg Groene Hart krijgt uw gegevens en neemt contact met u op.");

    // The WMO301-shaped export, for the consultant's own municipality only.
    const exported = await consultant.get(`/consulent/indicaties/${ind.id}.json`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-disposition")).toContain(`toewijzing-${ind.id}.json`);
    const body = (await exported.json()) as { messageType: string; assignment: Record<string, unknown> };
    expect(body.messageType).toBe("WMO301");
    expect(body.assignment).toMatchObject({ volume: 150, unit: "minute", frequency: "per_week", start, end: ind.e });
    expect((await groningen.get(`/consulent/indicaties/${ind.id}.json`)).status).toBe(404);
  });
});

describe("guards on decisions and referrals", () => {
  it("refuses a second ZIN while one is under way, far-off dates, re-referral without consent, and an export after a decline", async () => {
    const { caseId } = await citizenAskingZin(app, "guard@example.nl", "Meneer Bewaakt");
    const offer = `zin:${providerId("Thuiszorg Groene Hart")}`;
    const start = one<{ d: string }>("SELECT date('now', '+3 days') AS d").d;
    await consultant.post(`/consulent/zaken/${caseId}`, { intent: "consent", shareIntake: "on" });
    const decide = (extra: Record<string, string> = {}) =>
      consultant.post(`/consulent/zaken/${caseId}`, {
        intent: "decide",
        offerId: offer,
        reason: "zin_needed_complex",
        hours: "2",
        startDate: start,
        months: "12",
        ...extra,
      });
    const far = await decide({ startDate: "9999-12-01" });
    expect(far.status).toBe(400);
    expect((await decide()).status).toBe(302);
    // A first indication runs 3 months whatever was posted.
    const ind = one<{ id: number; months: number }>(
      "SELECT id, duration_months AS months FROM indications WHERE case_id = ?",
      caseId,
    );
    expect(ind.months).toBe(3);
    const twice = await decide();
    expect(twice.status).toBe(400);
    expect(textOf(await twice.text())).toContain("Er loopt al een verwijzing naar een aanbieder.");
    expect(one<{ n: number }>("SELECT count(*) AS n FROM referrals WHERE case_id = ?", caseId).n).toBe(1);

    // The provider declines; the citizen then withdraws consent: no new referral with their data.
    const referral = one<{ id: number }>("SELECT id FROM referrals WHERE case_id = ?", caseId).id;
    await provider.post("/aanbieder/verwijzingen", { referralId: String(referral), intent: "decline", reason: "vol" });
    expect((await consultant.get(`/consulent/indicaties/${ind.id}.json`)).status).toBe(404);
    await consultant.post(`/consulent/zaken/${caseId}`, { intent: "consent" });
    const again = await consultant.post(`/consulent/zaken/${caseId}`, {
      intent: "referAgain",
      referralId: String(referral),
      providerId: String(providerId("Thuiszorg Groene Hart")),
    });
    expect(again.headers.get("location")).toContain("melding=failed");
    expect(one<{ n: number }>("SELECT count(*) AS n FROM referrals WHERE case_id = ?", caseId).n).toBe(1);
    // Another case's referral, posted through this case's page, is not touched.
    const other = await citizenAskingZin(app, "guard2@example.nl", "Mevrouw Ander");
    const withdraw = await consultant.post(`/consulent/zaken/${other.caseId}`, {
      intent: "withdraw",
      referralId: String(referral),
    });
    expect(withdraw.headers.get("location")).toContain("melding=failed");
    expect(one<{ status: string }>("SELECT status FROM referrals WHERE id = ?", referral).status).toBe("declined");
  });
});

describe("signals", () => {
  it("are acknowledged, noted and closed by the consultant of the client's municipality only", async () => {
    const { caseId } = await citizenAskingZin(app, "signal@example.nl", "Mevrouw Signaal");
    const raisedAt = Date.now() - 6 * 86_400_000; // a week ago: over 2 working days
    const { id } = one<{ id: number }>(
      `INSERT INTO signals (case_id, provider_id, municipality_code, type, urgency, text, status, created_at)
       VALUES (?, ?, 'GM0632', 'loneliness', 'urgent', 'Zit veel alleen, at niet', 'open', ?) RETURNING id`,
      caseId,
      providerId("Thuiszorg Groene Hart"),
      raisedAt,
    );
    const inboxText = textOf(await (await consultant.get("/consulent?soort=signal")).text());
    expect(inboxText).toContain("Signaal: Eenzaamheid");
    expect(inboxText).toContain("Te laat");

    // Another municipality cannot touch it.
    const foreign = await groningen.post(`/consulent/zaken/${caseId}`, {
      intent: "signal",
      signalId: String(id),
      action: "acknowledge",
    });
    expect(foreign.status).toBe(404);
    expect(one<{ status: string }>("SELECT status FROM signals WHERE id = ?", id).status).toBe("open");

    const ack = await consultant.post(`/consulent/zaken/${caseId}`, {
      intent: "signal",
      signalId: String(id),
      action: "acknowledge",
    });
    expect(ack.status).toBe(302);
    expect(one<{ status: string }>("SELECT status FROM signals WHERE id = ?", id).status).toBe("acknowledged");
    const empty = await consultant.post(`/consulent/zaken/${caseId}`, {
      intent: "signal",
      signalId: String(id),
      action: "close",
      note: "  ",
    });
    expect(empty.status).toBe(400);
    expect(textOf(await empty.text())).toContain("Vul een aantekening in");
    await consultant.post(`/consulent/zaken/${caseId}`, {
      intent: "signal",
      signalId: String(id),
      action: "note",
      note: "Gebeld met dochter; dagbesteding besproken",
    });
    const closed = await consultant.post(`/consulent/zaken/${caseId}`, {
      intent: "signal",
      signalId: String(id),
      action: "close",
      note: "Aangemeld bij de dagbesteding",
    });
    expect(closed.status).toBe(302);
    expect(one("SELECT status, close_note AS n FROM signals WHERE id = ?", id)).toEqual({
      status: "closed",
      n: "Aangemeld bij de dagbesteding",
    });
    expect(one<{ n: number }>("SELECT count(*) AS n FROM signal_notes WHERE signal_id = ?", id).n).toBe(1);
    expect(textOf(await (await consultant.get("/consulent?soort=signal")).text())).not.toContain("Mevrouw Signaal");
  });
});

describe("isolation", () => {
  it("keeps a case to its municipality's consultants", async () => {
    const { caseId, client: citizen } = await citizenAskingZin(app, "iso@example.nl", "Meneer Apart");
    const reads = () =>
      one<{ n: number }>(
        "SELECT count(*) AS n FROM audit_events WHERE action = 'case.read' AND subject_id = ?",
        String(caseId),
      ).n;
    const before = reads();
    // Another municipality: exactly like a case that does not exist.
    expect((await groningen.get(`/consulent/zaken/${caseId}`)).status).toBe(404);
    expect((await groningen.get("/consulent/zaken/999999")).status).toBe(404);
    const write = await groningen.post(`/consulent/zaken/${caseId}`, { intent: "talk", situation: "Overschreven" });
    expect(write.status).toBe(404);
    expect(one<{ s: string | null }>("SELECT talk_situation AS s FROM cases WHERE id = ?", caseId).s).toBeNull();
    expect(textOf(await (await groningen.get("/consulent/zaken?zoek=Apart")).text())).toContain("Geen zaken gevonden");
    // Other roles: not a consultant's page at all.
    expect((await provider.get(`/consulent/zaken/${caseId}`)).status).toBe(403);
    expect((await citizen.get(`/consulent/zaken/${caseId}`)).status).toBe(403);
    expect((await fetch(`${app.baseUrl}/consulent/zaken/${caseId}`, { redirect: "manual" })).status).toBe(302);
    expect(reads()).toBe(before);
    // Its own consultant finds it.
    expect(textOf(await (await consultant.get("/consulent/zaken?zoek=apart")).text())).toContain("Meneer Apart");
  });

  it("answers bad input with a 4xx, never a 500", async () => {
    const { caseId } = await citizenAskingZin(app, "bad@example.nl", "Mevrouw Fout");
    expect((await consultant.get("/consulent/zaken/abc")).status).toBe(404);
    expect((await consultant.get("/consulent/indicaties/0.json")).status).toBe(404);
    const unknownIntent = await consultant.post(`/consulent/zaken/${caseId}`, { intent: "drop_tables" });
    expect(unknownIntent.status).toBe(302);
    expect(unknownIntent.headers.get("location")).toContain("melding=failed");
    const badOffer = await consultant.post(`/consulent/zaken/${caseId}`, {
      intent: "decide",
      offerId: "cleaner:999999",
      reason: "private_affordable",
    });
    expect(badOffer.status).toBe(400);
    expect(textOf(await badOffer.text())).toContain("Deze optie is er niet (meer)");
    const badSignal = await consultant.post(`/consulent/zaken/${caseId}`, {
      intent: "signal",
      signalId: "x",
      action: "explode",
    });
    expect(badSignal.status).toBe(400);
  });
});
