// The provider's side of the referral loop (referrals with the intake, accept → start →
// evaluate → end, signals) and the admin's audit log — each kept to its own provider or
// municipality. Referrals and audit events are written to the database; the rest goes over HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "~/domain/policy";
import { addDays } from "~/domain/time";
import { formatDateTime, formatDay } from "~/i18n";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import { addStaff, GRONINGEN, readersOf, referralInDatabase, WOERDEN, WOERDEN_HELP } from "../support/factories";

const PAGE = "/aanbieder/verwijzingen";

let app: AppServer;
let provider: Client;
let otherProvider: Client;
const today = amsterdamDay(new Date());

const { one, all, userId } = readersOf(() => app);

/** What each referral's citizen asked and told the consultant, as the checks below read it. */
const ASKED = {
  help: { ...WOERDEN_HELP, birthYear: 1944, needs: ["cleaning", "laundry"], income: 1876 },
  phone: "06-12345678",
  preferences: "Liefst dinsdagochtend",
} as const;

const referral = (id: number) =>
  one<{ status: string; startDate: string | null; declineReason: string | null; endReason: string | null }>(
    `SELECT status, start_date AS startDate, decline_reason AS declineReason, end_reason AS endReason
     FROM referrals WHERE id = ?`,
    id,
  );
const requestStatus = (id: number) =>
  one<{ status: string }>("SELECT status FROM help_requests WHERE id = ?", id).status;
const eventCount = (referralId: number) =>
  one<{ n: number }>("SELECT count(*) AS n FROM referral_events WHERE referral_id = ?", referralId).n;

/** The section of the referrals page about one referral, as text. */
async function referralSection(client: Client, id: number, path = PAGE): Promise<string> {
  const html = await (await client.get(path)).text();
  const start = html.indexOf(`id="referral-${id}"`);
  expect(start).toBeGreaterThan(-1);
  const end = html.indexOf("<section", start + 1);
  return textOf(html.slice(start, end === -1 ? undefined : end));
}

/** Where a step sends the provider back: to the referral itself, on the tab it is now on. */
const backAt = (intent: string, id: number, ended = false) =>
  `${PAGE}?melding=${intent}&verwijzing=${id}${ended ? "&weergave=afgerond" : ""}#referral-${id}`;
const ENDED_TAB = `${PAGE}?weergave=afgerond`;

const act = (client: Client, referralId: number, intent: string, fields: Record<string, string> = {}) =>
  client.post(PAGE, { referralId: String(referralId), intent, ...fields });

beforeAll(async () => {
  app = await startApp();
  provider = new Client(app.baseUrl);
  await provider.login(DEMO.provider);
  addStaff(app, "vechtstreek@example.nl", "Zorggroep Vechtstreek", "Kees Bakker");
  otherProvider = new Client(app.baseUrl);
  await otherProvider.login("vechtstreek@example.nl");
});
afterAll(async () => {
  await app?.stop();
});

describe("referrals: the provider sees the intake, never income", () => {
  it("shows the intake summary, the indication and the status", async () => {
    const plain = await referralInDatabase(app, { ...ASKED, name: "Gerda Smits" });
    const withFamily = await referralInDatabase(app, {
      ...ASKED,
      name: "Piet de Vries",
      actedBy: { name: "Anja de Vries", relation: "dochter" },
      situation: "Heeft sinds een val moeite met traplopen.",
    });

    const page = textOf(await (await provider.get(PAGE)).text());
    expect(page).toContain("Verwijzingen van de gemeente");
    expect(page).not.toMatch(/inkomen|income|draagkracht|1\.876|1876|187654/i);

    const gerda = await referralSection(provider, plain.referralId);
    // Not accepted yet: who and where are held back (issue 16); the area, the hours and the needs.
    expect(gerda).toContain("Inwoner in 3441");
    expect(gerda).not.toContain("Gerda Smits");
    expect(gerda).toContain("Status: Nieuw, wacht op uw besluit");
    expect(gerda).not.toContain(plain.email);
    expect(gerda).not.toContain("06-12345678");
    expect(gerda).not.toContain("3441AB");
    expect(gerda).not.toContain("Geboortejaar");
    expect(gerda).toContain("Hulpvraag schoonmaken, was");
    expect(gerda).toContain("Uren per week 2,5 uur per week");
    expect(gerda).toContain("Beperkingen traplopen moeilijk");
    expect(gerda).toContain("Wensen Liefst dinsdagochtend");
    // No consent to share health detail: no situation at all.
    expect(gerda).not.toContain("Situatie");
    expect(gerda).not.toContain("Aangevraagd door");
    const evaluation = addDays(today, 5);
    expect(gerda).toContain(
      `Periode ${formatDay(addDays(evaluation, -70), "nl")} tot en met ${formatDay(addDays(evaluation, 14), "nl")}`,
    );
    expect(gerda).toContain(`Evaluatiedatum ${formatDay(evaluation, "nl")}`);
    expect(gerda).toContain("Gemeente Woerden");
    // A new referral can be accepted or declined; nothing else yet.
    expect(gerda).toContain("Accepteren");
    // The start date's hint states the rule the server applies: from today, within the indication.
    expect(gerda).toContain(
      `De dag waarop de hulp begint: van ${formatDay(today, "nl")} tot en met ${formatDay(addDays(evaluation, 14), "nl")} (de indicatie).`,
    );
    expect(gerda).toContain("Reden van afwijzen");
    expect(gerda).not.toContain("De hulp is gestart");
    expect(gerda).not.toContain("Evaluatie nodig");

    const piet = await referralSection(provider, withFamily.referralId);
    expect(piet).not.toContain("Anja de Vries");
    expect(piet).toContain("Situatie Heeft sinds een val moeite met traplopen.");

    // Accepted: now the client, the family member and the contact details.
    await act(provider, plain.referralId, "accept", { startDate: today });
    await act(provider, withFamily.referralId, "accept", { startDate: today });
    const gerdaAccepted = await referralSection(provider, plain.referralId);
    expect(gerdaAccepted).toContain("Gerda Smits");
    expect(gerdaAccepted).toContain(plain.email);
    expect(gerdaAccepted).toContain("06-12345678");
    expect(gerdaAccepted).toContain("3441AB");
    expect(gerdaAccepted).toContain("Geboortejaar 1944");
    expect(await referralSection(provider, withFamily.referralId)).toContain(
      "Aangevraagd door Anja de Vries (dochter)",
    );

    // Reading the referrals is audited under the clients' municipality.
    const listed = one<{ municipality: string; detail: string }>(
      `SELECT municipality_code AS municipality, detail FROM audit_events
       WHERE action = 'referrals.listed' ORDER BY id DESC LIMIT 1`,
    );
    expect(listed.municipality).toBe(WOERDEN);
    expect(JSON.parse(listed.detail).referralIds).toEqual(
      expect.arrayContaining([plain.referralId, withFamily.referralId]),
    );
  });

  it("refuses a start date outside the indication's period, each with its own message", async () => {
    // The indication starts 30 days from today and ends 114 days from today.
    const { referralId } = await referralInDatabase(app, { ...ASKED, name: "Gerda Smit", evaluationInDays: 100 });
    const early = await act(provider, referralId, "accept", { startDate: addDays(today, 1) });
    expect(early.status).toBe(400);
    // An instruction that names the day to choose from, in words.
    expect(textOf(await early.text())).toContain(
      `Kies een startdatum op of na ${formatDay(addDays(today, 30), "nl")}, de dag dat de indicatie ingaat.`,
    );
    const late = await act(provider, referralId, "accept", { startDate: addDays(today, 115) });
    expect(late.status).toBe(400);
    expect(textOf(await late.text())).toContain(
      `Kies een startdatum op of vóór ${formatDay(addDays(today, 114), "nl")}, de laatste dag van de indicatie.`,
    );
    expect(referral(referralId)).toMatchObject({ status: "sent", startDate: null });
    const first = await act(provider, referralId, "accept", { startDate: addDays(today, 30) });
    expect(first.status).toBe(302);
    expect(referral(referralId)).toMatchObject({ status: "accepted", startDate: addDays(today, 30) });
  });

  it("refuses a start date in the past and a step that does not fit the status, changing nothing", async () => {
    const { referralId, requestId } = await referralInDatabase(app, { ...ASKED, name: "Truus Hendriks" });
    const before = eventCount(referralId);

    const past = await act(provider, referralId, "accept", { startDate: addDays(today, -1) });
    expect(past.status).toBe(400);
    expect(textOf(await past.text())).toContain("De startdatum ligt in het verleden. Kies vandaag of een latere dag.");
    const nonsense = await act(provider, referralId, "accept", { startDate: "2026-02-30" });
    expect(nonsense.status).toBe(400);
    expect(textOf(await nonsense.text())).toContain("Vul een geldige startdatum in.");

    const start = await act(provider, referralId, "start");
    expect(start.status).toBe(302);
    expect(start.headers.get("location")).toBe(backAt("failed", referralId));
    const failed = textOf(await (await provider.get(`${PAGE}?melding=failed`)).text());
    expect(failed).toContain("Dit kon niet");
    const end = await act(provider, referralId, "end", { reason: "Klaar" });
    expect(end.headers.get("location")).toBe(backAt("failed", referralId));
    const evaluate = await act(provider, referralId, "evaluate", { outcome: "same", explanation: "Gaat goed" });
    expect(evaluate.headers.get("location")).toBe(backAt("failed", referralId));
    const unknown = await act(provider, referralId, "withdraw");
    expect(unknown.headers.get("location")).toBe(`${PAGE}?melding=failed`);

    expect(referral(referralId)).toEqual({ status: "sent", startDate: null, declineReason: null, endReason: null });
    expect(eventCount(referralId)).toBe(before);
    expect(requestStatus(requestId)).toBe("indicated");
    expect(one<{ n: number }>("SELECT count(*) AS n FROM evaluations WHERE referral_id = ?", referralId).n).toBe(0);
  });

  it("declines with a reason, which is required", async () => {
    const { referralId, requestId, caseId } = await referralInDatabase(app, { ...ASKED, name: "Bep Mulder" });
    const empty = await act(provider, referralId, "decline", { reason: "  " });
    expect(empty.status).toBe(400);
    expect(textOf(await empty.text())).toContain("Vul een reden in.");
    expect(referral(referralId).status).toBe("sent");

    const res = await act(provider, referralId, "decline", { reason: "Geen ruimte in deze wijk" });
    expect(res.headers.get("location")).toBe(backAt("decline", referralId, true));
    expect(referral(referralId)).toMatchObject({ status: "declined", declineReason: "Geen ruimte in deze wijk" });
    expect(requestStatus(requestId)).toBe("indicated"); // back to the consultant, the request waits
    const section = await referralSection(provider, referralId, ENDED_TAB);
    expect(section).toContain("Status: Afgewezen");
    expect(section).toContain("Reden van afwijzen Geen ruimte in deze wijk");
    expect(section).not.toContain("Wat wilt u doen?");
    // Not its client: the provider no longer sees the intake.
    expect(section).toContain("De gegevens van de inwoner zijn daarom niet meer voor u zichtbaar.");
    expect(section).not.toContain("@example");
    expect(
      one<{ municipality: string; subject: string }>(
        `SELECT municipality_code AS municipality, subject_id AS subject FROM audit_events
         WHERE action = 'referral.decline' ORDER BY id DESC LIMIT 1`,
      ),
    ).toEqual({ municipality: WOERDEN, subject: String(caseId) });
  });

  it("accept → start → evaluate → end, and the citizen's request follows", async () => {
    const { referralId, requestId, caseId } = await referralInDatabase(app, { ...ASKED, name: "Wim Verhoeven" });

    const accept = await act(provider, referralId, "accept", { startDate: today });
    expect(accept.status).toBe(302);
    expect(accept.headers.get("location")).toBe(backAt("accept", referralId));
    expect(referral(referralId)).toMatchObject({ status: "accepted", startDate: today });
    expect(requestStatus(requestId)).toBe("indicated");
    let section = await referralSection(provider, referralId);
    expect(section).toContain("Status: Geaccepteerd");
    expect(section).toContain(`Afgesproken start ${formatDay(today, "nl")}`);
    expect(section).toContain("De hulp is gestart");
    expect(section).not.toContain("Reden van afwijzen");
    // Accepting twice is not a step that exists any more.
    expect((await act(provider, referralId, "accept", { startDate: today })).headers.get("location")).toBe(
      backAt("failed", referralId),
    );

    expect((await act(provider, referralId, "start")).headers.get("location")).toBe(backAt("start", referralId));
    expect(referral(referralId).status).toBe("started");
    expect(requestStatus(requestId)).toBe("care_started");
    section = await referralSection(provider, referralId);
    expect(section).toContain("Status: Hulp loopt");
    // The evaluation date is 5 days away: due, with its form.
    expect(section).toContain("Evaluatie nodig");
    expect(section).toContain("Hoeveel hulp is er daarna nodig?");
    expect(section).toContain("Reden van beëindigen");

    const noOutcome = await act(provider, referralId, "evaluate", { explanation: "Gaat goed" });
    expect(noOutcome.status).toBe(400);
    expect(textOf(await noOutcome.text())).toContain("Kies of er minder, evenveel of meer hulp nodig is.");
    const badOutcome = await act(provider, referralId, "evaluate", { outcome: "lots", explanation: "Gaat goed" });
    expect(badOutcome.status).toBe(400);
    const noText = await act(provider, referralId, "evaluate", { outcome: "same", explanation: "" });
    expect(noText.status).toBe(400);
    expect(textOf(await noText.text())).toContain("Vul een korte toelichting in.");
    expect(one<{ n: number }>("SELECT count(*) AS n FROM evaluations WHERE referral_id = ?", referralId).n).toBe(0);

    const evaluate = await act(provider, referralId, "evaluate", {
      outcome: "fewer",
      explanation: "Mevrouw doet de was weer zelf.",
    });
    expect(evaluate.headers.get("location")).toBe(backAt("evaluate", referralId));
    expect(
      one("SELECT outcome, explanation FROM evaluations WHERE referral_id = ?", referralId) as Record<string, string>,
    ).toEqual({ outcome: "fewer", explanation: "Mevrouw doet de was weer zelf." });
    section = await referralSection(provider, referralId);
    expect(section).toContain("Minder uren");
    expect(section).toContain("Mevrouw doet de was weer zelf.");
    expect(section).not.toContain("Evaluatie nodig");
    expect(section).not.toContain("Hoeveel hulp is er daarna nodig?");
    // Once only.
    expect(
      (await act(provider, referralId, "evaluate", { outcome: "more", explanation: "Nog eens" })).headers.get(
        "location",
      ),
    ).toBe(backAt("failed", referralId));

    expect((await act(provider, referralId, "end", { reason: "" })).status).toBe(400);
    expect(referral(referralId).status).toBe("started");
    const end = await act(provider, referralId, "end", { reason: "Verhuisd naar een verpleeghuis" });
    expect(end.headers.get("location")).toBe(backAt("end", referralId, true));
    expect(referral(referralId)).toMatchObject({ status: "ended", endReason: "Verhuisd naar een verpleeghuis" });
    expect(requestStatus(requestId)).toBe("care_ended");
    section = await referralSection(provider, referralId, ENDED_TAB);
    expect(section).toContain("Status: Beëindigd");
    expect(section).toContain("Reden van beëindigen Verhuisd naar een verpleeghuis");
    expect(section).not.toContain("Wat wilt u doen?");

    expect(
      all<{ status: string }>("SELECT status FROM referral_events WHERE referral_id = ? ORDER BY id", referralId).map(
        (e) => e.status,
      ),
    ).toEqual(["sent", "accepted", "started", "ended"]);
    expect(
      all<{ action: string; municipality: string }>(
        `SELECT action, municipality_code AS municipality FROM audit_events
         WHERE subject_type = 'case' AND subject_id = ? ORDER BY id`,
        String(caseId),
      ),
    ).toEqual(
      ["referral.accept", "referral.start", "referral.evaluated", "referral.end"].map((action) => ({
        action,
        municipality: WOERDEN,
      })),
    );
  });

  it("gives staff of another provider nothing: not listed, and actions change nothing", async () => {
    const sent = await referralInDatabase(app, { ...ASKED, name: "Jan Bosman" });
    const accepted = await referralInDatabase(app, { ...ASKED, name: "Riet Bosman", status: "accepted" });
    const page = textOf(await (await otherProvider.get(PAGE)).text());
    expect(page).not.toContain("Jan Bosman");
    expect(page).not.toContain("Riet Bosman");
    expect(page).toContain("Er zijn nog geen verwijzingen.");

    const attempts = [
      await act(otherProvider, sent.referralId, "accept", { startDate: today }),
      await act(otherProvider, sent.referralId, "decline", { reason: "Niet van ons" }),
      await act(otherProvider, accepted.referralId, "start"),
      await act(otherProvider, accepted.referralId, "evaluate", { outcome: "same", explanation: "x" }),
    ];
    expect(attempts.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    expect(referral(sent.referralId)).toEqual({
      status: "sent",
      startDate: null,
      declineReason: null,
      endReason: null,
    });
    expect(referral(accepted.referralId).status).toBe("accepted");
    expect(requestStatus(accepted.requestId)).toBe("indicated");
    expect(eventCount(sent.referralId)).toBe(1);
    expect(eventCount(accepted.referralId)).toBe(1);

    // Citizens and consultants have no provider workspace.
    const citizen = new Client(app.baseUrl);
    await citizen.login(DEMO.citizen);
    expect((await citizen.get(PAGE)).status).toBe(403);
    expect((await new Client(app.baseUrl).get(PAGE)).headers.get("location")).toMatch(/^\/inloggen\?redirectTo=/);
  });
});

describe("signals: only about the provider's own clients", () => {
  it("explains the empty state when there are no clients", async () => {
    const page = textOf(await (await otherProvider.get("/aanbieder/signalen")).text());
    expect(page).toContain("U kunt een signaal melden over cliënten die u nu helpt");
    expect(page).toContain("U heeft nog geen signalen gemeld.");
  });

  it("raises a signal for a client, refuses anyone else, and shows its status", async () => {
    const { referralId, caseId } = await referralInDatabase(app, { ...ASKED, name: "Door Willems", status: "started" });
    const client = `referral:${referralId}`;
    const form = await (await provider.get("/aanbieder/signalen")).text();
    expect(form).toContain(`value="${client}"`);
    expect(textOf(form)).toContain("Door Willems, 3441AB (huishoudelijke hulp in natura)");
    for (const label of ["Eenzaamheid", "Overbelaste mantelzorger", "Valrisico", "Zelfverwaarlozing", "Anders"]) {
      expect(textOf(form)).toContain(label);
    }
    const count = () => one<{ n: number }>("SELECT count(*) AS n FROM signals").n;
    const before = count();

    const madeUp = await provider.post("/aanbieder/signalen", {
      client: "referral:999999",
      type: "loneliness",
      urgency: "normal",
      text: "Zit veel alleen.",
    });
    expect(madeUp.status).toBe(400);
    expect(textOf(await madeUp.text())).toContain("Kies een cliënt die u nu helpt.");
    // A real client, but of another provider.
    const notTheirs = await otherProvider.post("/aanbieder/signalen", {
      client,
      type: "loneliness",
      urgency: "normal",
      text: "Zit veel alleen.",
    });
    expect(notTheirs.status).toBe(400);
    const invalid = await provider.post("/aanbieder/signalen", {
      client,
      type: "boredom",
      urgency: "soon",
      text: "x".repeat(1001),
    });
    expect(invalid.status).toBe(400);
    const invalidText = textOf(await invalid.text());
    expect(invalidText).toContain("Kies een soort signaal.");
    expect(invalidText).toContain("Kies hoe dringend het is.");
    expect(invalidText).toContain("Een signaal mag hoogstens 1000 tekens lang zijn.");
    expect(count()).toBe(before);

    const ok = await provider.post("/aanbieder/signalen", {
      client,
      type: "carer_overload",
      urgency: "urgent",
      text: "De dochter is op en zegt dat ze het niet meer volhoudt.",
    });
    expect(ok.status).toBe(302);
    expect(ok.headers.get("location")).toBe("/aanbieder/signalen?melding=raised");
    const signal = one<Record<string, unknown>>(
      `SELECT case_id AS caseId, municipality_code AS municipality, type, urgency, status, text
       FROM signals ORDER BY id DESC LIMIT 1`,
    );
    expect(signal).toEqual({
      caseId,
      municipality: WOERDEN,
      type: "carer_overload",
      urgency: "urgent",
      status: "open",
      text: "De dochter is op en zegt dat ze het niet meer volhoudt.",
    });
    let list = textOf(await (await provider.get("/aanbieder/signalen?melding=raised")).text());
    expect(list).toContain("Het signaal is gemeld bij de gemeente.");
    expect(list).toContain("Door Willems Overbelaste mantelzorger Dringend");
    expect(list).toMatch(/De dochter is op en zegt dat ze het niet meer volhoudt\. Open/);

    // The municipality picks it up, then closes it.
    const acknowledged = Date.parse("2026-03-02T09:30:00Z");
    app.db().prepare("UPDATE signals SET status = 'acknowledged', acknowledged_at = ?").run(acknowledged);
    list = textOf(await (await provider.get("/aanbieder/signalen")).text());
    expect(list).toContain(`Opgepakt door de gemeente op ${formatDateTime(acknowledged, "nl")}`);
    const closed = Date.parse("2026-03-04T15:00:00Z");
    app.db().prepare("UPDATE signals SET status = 'closed', closed_at = ?").run(closed);
    list = textOf(await (await provider.get("/aanbieder/signalen")).text());
    expect(list).toContain(`Afgesloten op ${formatDateTime(closed, "nl")}`);
    // The other provider sees none of it.
    expect(textOf(await (await otherProvider.get("/aanbieder/signalen")).text())).not.toContain("Door Willems");
  });
});

describe("the audit log: the admin's own municipality only", () => {
  const insertEvent = (
    municipality: string | null,
    action: string,
    opts: { actor?: string; subjectId?: string; at?: number; detail?: Record<string, unknown> } = {},
  ) =>
    app
      .db()
      .prepare(
        `INSERT INTO audit_events (created_at, actor_user_id, action, subject_type, subject_id, detail, municipality_code)
         VALUES (?, (SELECT id FROM users WHERE email = ?), ?, 'case', ?, ?, ?)`,
      )
      .run(
        opts.at ?? Date.now(),
        opts.actor ?? null,
        action,
        opts.subjectId ?? null,
        opts.detail ? JSON.stringify(opts.detail) : null,
        municipality,
      );
  const rows = (html: string) => (html.match(/<tr/g)?.length ?? 1) - 1;
  /** The results table only (the filter's select also names actions). */
  const table = (html: string) => {
    const start = html.indexOf("<table");
    return start === -1 ? "" : textOf(html.slice(start, html.indexOf("</table>", start)));
  };

  let woerden: Client;
  let groningen: Client;
  beforeAll(async () => {
    insertEvent(WOERDEN, "test.woerden_only", { actor: DEMO.consultant, subjectId: "777", detail: { note: "w" } });
    insertEvent(GRONINGEN, "test.groningen_only", { actor: DEMO.consultantGroningen, subjectId: "424242" });
    insertEvent(null, "test.nowhere", { subjectId: "31337" });
    insertEvent(WOERDEN, "test.by_system", { subjectId: "888" });
    insertEvent(WOERDEN, "test.long_ago", { at: Date.parse("2020-01-01T10:00:00Z"), subjectId: "2020" });
    // Older than the rest, so they do not crowd the first page of the unfiltered log.
    const base = Date.parse("2021-06-01T12:00:00Z");
    for (let i = 0; i < 60; i++) insertEvent(WOERDEN, "test.paging", { subjectId: `p${i}`, at: base - i * 1000 });
    woerden = new Client(app.baseUrl);
    await woerden.login(DEMO.admin);
    groningen = new Client(app.baseUrl);
    await groningen.login(DEMO.adminGroningen);
  });

  it("shows Woerden's events to Woerden's admin and Groningen's to Groningen's", async () => {
    const page = textOf(await (await woerden.get("/beheer/audit")).text());
    expect(page).toContain("Auditlog");
    expect(page).toContain("test.woerden_only");
    expect(page).toContain("Sanne de Boer (consulent@demo.hulpwijzer.nl), Wmo-consulent");
    expect(page).not.toContain("test.groningen_only");
    expect(page).not.toContain("424242");
    expect(page).not.toContain("test.nowhere");
    // Events of the referral loop carry Woerden; their labels are Dutch.
    const accepted = textOf(await (await woerden.get("/beheer/audit?actie=referral.accept")).text());
    expect(accepted).toContain("Verwijzing geaccepteerd");
    expect(accepted).toContain("Marieke Smit (aanbieder@demo.hulpwijzer.nl), medewerker aanbieder");

    const other = textOf(await (await groningen.get("/beheer/audit")).text());
    expect(other).toContain("test.groningen_only");
    // A case that does not exist reads as its kind and number, in words.
    expect(other).toContain("Dossier (nr. 424242)");
    expect(other).not.toContain("test.woerden_only");
    expect(other).not.toContain("Verwijzing geaccepteerd");
    expect(other).not.toContain("Marieke Smit");
  });

  it("filters by action, email, subject, subject type and dates, in the URL", async () => {
    const byAction = await (await woerden.get("/beheer/audit?actie=test.woerden_only")).text();
    expect(rows(byAction)).toBe(1);
    expect(table(byAction)).toContain(
      "Sanne de Boer (consulent@demo.hulpwijzer.nl), Wmo-consulent Andere gebeurtenis (test.woerden_only) Dossier (nr. 777) aantekening: w",
    );
    // The action select offers the actions present, with the chosen one selected.
    expect(byAction).toMatch(/<option value="test.woerden_only" selected="">/);
    expect(byAction).not.toContain('value="test.groningen_only"');

    const system = table(await (await woerden.get("/beheer/audit?nummer=888")).text());
    expect(system).toContain("systeem");
    expect(system).toContain("test.by_system");

    const emailText = table(await (await woerden.get("/beheer/audit?email=AANBIEDER%40demo")).text());
    expect(emailText).toContain("Marieke Smit");
    expect(emailText).not.toContain("Sanne de Boer (");
    expect(emailText).not.toContain("test.paging");
    expect(emailText).not.toContain("systeem");

    // Someone else's municipality's case number finds nothing.
    const foreign = textOf(await (await woerden.get("/beheer/audit?nummer=424242")).text());
    expect(foreign).toContain("Er zijn geen gebeurtenissen die bij deze filters passen.");

    const day = table(await (await woerden.get("/beheer/audit?van=2020-01-01&tot=2020-01-01")).text());
    expect(day).toContain("test.long_ago");
    expect(day).toContain(formatDateTime(Date.parse("2020-01-01T10:00:00Z"), "nl"));
    expect(day).not.toContain("test.woerden_only");
    const sinceToday = textOf(await (await woerden.get(`/beheer/audit?van=${today}&actie=test.long_ago`)).text());
    expect(sinceToday).toContain("Er zijn geen gebeurtenissen die bij deze filters passen.");

    const providers = table(await (await woerden.get("/beheer/audit?onderwerp=provider")).text());
    expect(providers).toContain("Verwijzingen bekeken door aanbieder");
    expect(providers).not.toContain("dossier");

    const bad = await woerden.get("/beheer/audit?van=2026-13-01&tot=2020-01-01");
    expect(bad.status).toBe(400);
    expect(textOf(await bad.text())).toContain("Vul een geldige datum in.");
    const order = await woerden.get("/beheer/audit?van=2026-02-01&tot=2026-01-01");
    expect(order.status).toBe(400);
    expect(textOf(await order.text())).toContain("De einddatum moet op of na de begindatum liggen.");
    const page0 = await woerden.get("/beheer/audit?pagina=0");
    expect(page0.status).toBe(400);
    expect(textOf(await page0.text())).toContain("Deze pagina bestaat niet.");
  });

  it("pages 50 at a time, newest first", async () => {
    const first = await (await woerden.get("/beheer/audit?actie=test.paging")).text();
    expect(rows(first)).toBe(50);
    expect(textOf(first)).toContain("Dossier (nr. p0) ");
    expect(textOf(first)).not.toContain("Dossier (nr. p50) ");
    expect(first.indexOf("(nr. p0)<")).toBeLessThan(first.indexOf("(nr. p1)<"));
    expect(first).toContain('href="/beheer/audit?actie=test.paging&amp;pagina=2"');
    expect(textOf(first)).not.toContain("Vorige pagina");

    const second = await (await woerden.get("/beheer/audit?actie=test.paging&pagina=2")).text();
    expect(rows(second)).toBe(10);
    expect(textOf(second)).toContain("Dossier (nr. p59) ");
    expect(textOf(second)).toContain("Vorige pagina");
    expect(textOf(second)).not.toContain("Volgende pagina");
  });

  it("records that the log was viewed, and is for admins only", async () => {
    await woerden.get("/beheer/audit?actie=test.woerden_only&pagina=1");
    const adminId = userId(DEMO.admin);
    const viewed = one<{ actor: number; municipality: string; subject: string; detail: string }>(
      `SELECT actor_user_id AS actor, municipality_code AS municipality, subject_id AS subject, detail
       FROM audit_events WHERE action = 'audit.viewed' ORDER BY id DESC LIMIT 1`,
    );
    expect(viewed).toMatchObject({ actor: adminId, municipality: WOERDEN, subject: WOERDEN });
    expect(JSON.parse(viewed.detail)).toEqual({ action: "test.woerden_only", page: 1 });
    expect(textOf(await (await woerden.get("/beheer/audit?actie=audit.viewed")).text())).toContain("Auditlog bekeken");

    const consultant = new Client(app.baseUrl);
    await consultant.login(DEMO.consultant);
    expect((await consultant.get("/beheer/audit")).status).toBe(403);
    expect((await provider.get("/beheer/audit")).status).toBe(403);
  });
});
