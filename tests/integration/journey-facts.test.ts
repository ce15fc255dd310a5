// Every journey tells the truth (issue 15): a provider records the start of the help only from
// the agreed day and while the indication runs; the citizen's request page states the arranged
// help's facts for ZIN, Powerful Ageing and pgb; a pgb option never says it can begin today; and
// the request form's error summary names each real problem. Over HTTP against the built server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "~/domain/policy";
import { addDays } from "~/domain/time";
import { formatDay } from "~/i18n";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import {
  addStaff,
  helpQuery,
  loggedIn,
  newCitizen,
  offeredSlots,
  readersOf,
  referralInDatabase,
  requestKind,
  WOERDEN_HELP,
} from "../support/factories";

const REFERRALS = "/aanbieder/verwijzingen";

let app: AppServer;
let provider: Client;
const today = amsterdamDay(new Date());
const day = (d: string) => formatDay(d, "nl");
const { one, providerId } = readersOf(() => app);

const STORY = {
  help: { ...WOERDEN_HELP, birthYear: 1944, needs: ["cleaning"], income: 1500 },
  phone: "06-12345678",
  preferences: "",
} as const;

const referralStatus = (id: number) => one<{ status: string }>("SELECT status FROM referrals WHERE id = ?", id).status;

const act = (referralId: number, intent: string, fields: Record<string, string> = {}) =>
  provider.post(REFERRALS, { referralId: String(referralId), intent, ...fields });

/** The text of the page's section that holds `marker` (up to the next section). */
function sectionText(html: string, marker: string): string {
  const at = html.indexOf(marker);
  expect(at, `no ${marker} on the page`).toBeGreaterThan(-1);
  const start = html.lastIndexOf("<section", at);
  const end = html.indexOf("</section>", at);
  return textOf(html.slice(start, end));
}

const requestPage = async (client: Client, id: number) => (await client.get(`/mijn/aanvragen/${id}`)).text();

/** The row of one request in the citizen's list at /mijn, as text. */
async function listRow(client: Client, id: number): Promise<string> {
  const html = await (await client.get("/mijn")).text();
  const at = html.indexOf(`href="/mijn/aanvragen/${id}"`);
  expect(at, `request ${id} is not listed`).toBeGreaterThan(-1);
  return textOf(html.slice(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at)));
}

beforeAll(async () => {
  app = await startApp();
  provider = await loggedIn(app, DEMO.provider);
});
afterAll(async () => {
  await app?.stop();
});

describe("a provider records the start of the help only when it can have started", () => {
  it("refuses a start before the agreed day, in Dutch on the start form, and changes nothing", async () => {
    const { referralId, requestId } = await referralInDatabase(app, { ...STORY, name: "Joke Vos" });
    const agreed = addDays(today, 4);
    expect((await act(referralId, "accept", { startDate: agreed })).status).toBe(302);

    const early = await act(referralId, "start");
    expect(early.status).toBe(400);
    const text = textOf(await early.text());
    expect(text).toContain("De hulp kan nog niet gestart zijn: de afgesproken startdatum is nog niet bereikt.");
    expect(text).not.toContain("Dit kon niet");
    expect(referralStatus(referralId)).toBe("accepted");
    expect(one<{ status: string }>("SELECT status FROM help_requests WHERE id = ?", requestId).status).toBe(
      "indicated",
    );
    // The card says from when the start can be recorded, instead of offering the button.
    const page = textOf(await (await provider.get(REFERRALS)).text());
    expect(page).toContain(`De hulp start op ${day(agreed)}, de afgesproken dag.`);
  });

  it("refuses a start once the indication has ended, and accepts one on the agreed day", async () => {
    const ended = await referralInDatabase(app, { ...STORY, name: "Rie Kok", status: "accepted" });
    // The indication ended yesterday (its evaluation on the same day); the agreed start was before.
    const yesterday = addDays(today, -1);
    app
      .db()
      .prepare(
        `UPDATE indications SET end_date = ?, evaluation_date = ?
         WHERE id = (SELECT indication_id FROM referrals WHERE id = ?)`,
      )
      .run(yesterday, yesterday, ended.referralId);
    app.db().prepare("UPDATE referrals SET start_date = ? WHERE id = ?").run(addDays(today, -3), ended.referralId);
    const late = await act(ended.referralId, "start");
    expect(late.status).toBe(400);
    expect(textOf(await late.text())).toContain(
      "De indicatie is al afgelopen: de hulp kan niet meer als gestart worden vastgelegd.",
    );
    expect(referralStatus(ended.referralId)).toBe("accepted");

    const onTime = await referralInDatabase(app, { ...STORY, name: "Nel Bos", status: "accepted" });
    const started = await act(onTime.referralId, "start");
    expect(started.headers.get("location")).toBe(
      `${REFERRALS}?melding=start&verwijzing=${onTime.referralId}#referral-${onTime.referralId}`,
    );
    expect(referralStatus(onTime.referralId)).toBe("started");
  });
});

describe("the citizen's request page states the arranged help", () => {
  it("ZIN: the agreed start, the provider's name and phone, the hours granted and until when, as the outcome says", async () => {
    const { referralId, requestId, email } = await referralInDatabase(app, { ...STORY, name: "Gerrit Wolters" });
    const citizen = await loggedIn(app, email);
    // Referred, not accepted yet: who will help and how to reach them, the start still open.
    const sent = sectionText(await requestPage(citizen, requestId), 'data-testid="help-facts"');
    expect(sent).toContain("Aanbieder Thuiszorg Groene Hart");
    expect(sent).toContain("Telefoon 0348 000 111");
    expect(sent).toContain("Afgesproken start Nog niet afgesproken");
    const agreed = addDays(today, 7);
    expect((await act(referralId, "accept", { startDate: agreed })).status).toBe(302);
    const { end, minutes } = one<{ end: string; minutes: number }>(
      `SELECT i.end_date AS end, i.minutes_per_week AS minutes FROM referrals r
       JOIN indications i ON i.id = r.indication_id WHERE r.id = ?`,
      referralId,
    );
    const hours = (minutes / 60).toLocaleString("nl-NL");

    const html = await requestPage(citizen, requestId);
    const facts = sectionText(html, 'data-testid="help-facts"');
    expect(facts).toContain("Aanbieder Thuiszorg Groene Hart");
    expect(facts).toContain("Telefoon 0348 000 111");
    expect(html).toContain('href="tel:0348000111"');
    expect(facts).toContain(`Afgesproken start ${day(agreed)}`);
    expect(facts).toContain(`Toegekende hulp ${hours} uur per week`);
    expect(facts).toContain(`Toegekend tot en met ${day(end)}`);
    // The consultant's outcome on the same page says the same hours, end and start.
    const page = textOf(html);
    expect(page).toContain(`De gemeente heeft ${hours} uur hulp per week toegekend, tot en met ${day(end)}.`);
    expect(page).toContain(`Thuiszorg Groene Hart begint op ${day(agreed)}.`);
    // And /mijn lists the same start beside the request.
    expect(await listRow(citizen, requestId)).toContain(day(agreed));

    // Once started, the date stays on the page: not just "begonnen".
    app.db().prepare("UPDATE referrals SET start_date = ? WHERE id = ?").run(today, referralId);
    expect((await act(referralId, "start")).status).toBe(302);
    const after = sectionText(await requestPage(citizen, requestId), 'data-testid="help-facts"');
    expect(after).toContain(`Begonnen op de afgesproken dag ${day(today)}`);
    expect(after).toContain("Telefoon 0348 000 111");
  });

  it("Powerful Ageing: the group's start date, weekdays and times, address and the practice's phone", async () => {
    const citizen = await newCitizen(app, "pa@example.nl", "Truus Pals");
    const id = await requestKind(citizen, "powerful_ageing");
    const cohort = one<{
      cohortId: number;
      practice: string;
      phone: string;
      start: string;
      w1: number;
      t1: string;
      w2: number;
      t2: string;
      location: string;
      postcode: string | null;
    }>(
      `SELECT c.id AS cohortId, p.name AS practice, p.contact_phone AS phone, c.start_date AS start, c.session1_weekday AS w1,
              c.session1_time AS t1, c.session2_weekday AS w2, c.session2_time AS t2, c.location, c.location_postcode AS postcode
       FROM help_requests r JOIN physio_cohorts c ON c.id = r.cohort_id JOIN providers p ON p.id = c.provider_id
       WHERE r.id = ?`,
      id,
    );
    const weekday = (iso: number) =>
      new Intl.DateTimeFormat("nl-NL", { weekday: "long", timeZone: "UTC" }).format(Date.UTC(2024, 0, iso));
    const facts = sectionText(await requestPage(citizen, id), 'data-testid="help-facts"');
    expect(facts).toContain(`Praktijk ${cohort.practice}`);
    expect(facts).toContain(`Telefoon ${cohort.phone}`);
    expect(facts).toContain(`De groep begint op ${day(cohort.start)}`);
    expect(await listRow(citizen, id)).toContain(day(cohort.start));
    expect(facts).toContain(`${weekday(cohort.w1)} om ${cohort.t1} uur`);
    expect(facts).toContain(`${weekday(cohort.w2)} om ${cohort.t2} uur`);
    expect(facts).toContain(`Adres ${cohort.location}`);
    // The postcode once: not again after a location that already holds it.
    const postcode = (cohort.postcode ?? "").replace(/\s/g, "");
    const compact = cohort.location.replace(/\s/g, "");
    if (postcode && compact.includes(postcode)) expect(facts).not.toContain(`${cohort.location}, ${cohort.postcode}`);
    else if (postcode) expect(facts).toContain(`${cohort.location}, ${cohort.postcode}`);

    // The same times and place before choosing: on the group's card and on the request form.
    const sessions = `${weekday(cohort.w1)} om ${cohort.t1} uur en ${weekday(cohort.w2)} om ${cohort.t2} uur`;
    const address =
      postcode && !compact.includes(postcode) ? `${cohort.location}, ${cohort.postcode}` : cohort.location;
    const options = await (await citizen.get(`/hulp/opties?${helpQuery(WOERDEN_HELP)}`)).text();
    // Each group's link says which group it is (a screen reader lists links by name).
    const groupLinks = [
      ...options.matchAll(/<a [^>]*href="\/hulp\/aanvragen\?offer=cohort[^"]*"[^>]*>([\s\S]*?)<\/a>/g),
    ].map((m) => textOf(m[1] ?? ""));
    expect(new Set(groupLinks).size).toBe(groupLinks.length);
    const at = options.indexOf(`data-offer="cohort:${cohort.cohortId}"`);
    expect(at).toBeGreaterThan(0);
    const card = textOf(options.slice(at, options.indexOf("</article>", at)));
    expect(card).toContain(`Trainingen, elke week ${sessions}`);
    expect(card).toContain(`Adres ${address}`);
    const form = textOf(
      await (await citizen.get(`/hulp/aanvragen?offer=cohort:${cohort.cohortId}&${helpQuery(WOERDEN_HELP)}`)).text(),
    );
    expect(form).toContain(`De groep begint op ${day(cohort.start)} en traint elke week op ${sessions}, ${address}.`);
  });

  it("a booked cleaner: her name and how to reach her, not while the time is only held", async () => {
    const citizen = await newCitizen(app, "schoon-contact@example.nl", "Riet Schoon");
    const id = await requestKind(citizen, "private_cleaner");
    expect(await requestPage(citizen, id)).not.toContain('data-testid="help-facts"');
    const confirmed = await citizen.post(`/mijn/aanvragen/${id}`, { intent: "confirm" });
    expect(confirmed.headers.get("location")).toContain("melding=confirmed");
    const cleaner = one<{ name: string; phone: string; email: string }>(
      `SELECT p.name, p.contact_phone AS phone, p.contact_email AS email
       FROM help_requests r JOIN providers p ON p.id = r.provider_id WHERE r.id = ?`,
      id,
    );
    const facts = sectionText(await requestPage(citizen, id), 'data-testid="help-facts"');
    expect(facts).toContain(`Uw schoonmaakhulp ${cleaner.name}`);
    expect(facts).toContain(`Zo bereikt u uw schoonmaakhulp ${cleaner.phone} of ${cleaner.email}`);
  });

  it("pgb: the helper's first name and start, the hours, how to reach the mediator and what paperwork follows", async () => {
    const citizen = await newCitizen(app, "pgb@example.nl", "Henk Pieters");
    const id = await requestKind(citizen, "pgb_informal");
    const mediator = one<{ name: string; phone: string; email: string }>(
      `SELECT p.name, p.contact_phone AS phone, p.contact_email AS email
       FROM help_requests r JOIN providers p ON p.id = r.provider_id WHERE r.id = ?`,
      id,
    );
    const before = sectionText(await requestPage(citizen, id), 'data-testid="help-facts"');
    expect(before).toContain("Uw helper De bemiddelaar zoekt nog iemand voor u");
    expect(before).toContain(`Bemiddelaar ${mediator.name}`);
    expect(before).toContain(`Zo bereikt u de bemiddelaar ${mediator.phone} of ${mediator.email}`);

    addStaff(app, "bemiddelaar@example.nl", mediator.name, "Bea Bemiddelaar");
    const staff = await loggedIn(app, "bemiddelaar@example.nl");
    const start = addDays(today, 10);
    const matched = await staff.post("/aanbieder/aanvragen", {
      requestId: String(id),
      action: "match",
      helperFirstName: "Fatima",
      helperStartDate: start,
    });
    expect(matched.headers.get("location")).toBe("/aanbieder/aanvragen?melding=saved");

    const html = await requestPage(citizen, id);
    const facts = sectionText(html, 'data-testid="help-facts"');
    expect(facts).toContain("Uw helper Fatima");
    expect(facts).toContain(`Start ${day(start)}`);
    expect(await listRow(citizen, id)).toContain(day(start));
    // Cleaning alone: the policy's norm of 2 hours a week.
    expect(facts).toContain("Hoeveel hulp 2 uur per week");
    expect(facts).toContain(`Zo bereikt u de bemiddelaar ${mediator.phone} of ${mediator.email}`);
    expect(facts).toContain("Welke papieren volgen");
    expect(facts).toContain("zorgovereenkomst van de Sociale Verzekeringsbank (SVB)");
    // The alert at the top says the same name and date.
    expect(textOf(html)).toContain(`U bent gekoppeld aan Fatima. De hulp begint op ${day(start)}.`);
  });
});

describe("the options page", () => {
  it("never says a pgb can begin today: the mediator first finds a helper", async () => {
    const html = await (await new Client(app.baseUrl).get(`/hulp/opties?${helpQuery()}`)).text();
    const cards = html.split("<article").slice(1);
    const pgb = cards.filter((c) => c.includes("betaald uit een persoonsgebonden budget"));
    expect(pgb.length).toBeGreaterThan(0);
    for (const card of pgb) {
      const text = textOf(card.slice(0, card.indexOf("</article>")));
      expect(text).not.toContain("Kan beginnen");
      expect(text).toContain("Eerst zoekt de bemiddelaar een helper bij u in de buurt");
    }
  });
});

describe("the request form's error summary", () => {
  it("names each real problem with a link to its field, and never says to reload", async () => {
    const citizen = await newCitizen(app, "form@example.nl", "Fenna Form");
    const cleaner = providerId("Schoonmaakhulp Ans de Vries");
    expect((await offeredSlots(citizen, cleaner)).length).toBeGreaterThan(0);
    const res = await citizen.post(`/hulp/aanvragen?offer=cleaner:${cleaner}&${helpQuery()}`, {
      forWhom: "other",
      actingName: "",
      actingRelation: "",
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    // React writes a comment between the label and the message: read it as the text it is.
    const summary = textOf(
      html.slice(html.indexOf("hw-error-summary"), html.indexOf("</ul>", html.indexOf("hw-error-summary"))),
    ).replace(/ :/g, ":");
    expect(summary).toContain("Kies de tijd die elke week past: Kies een tijd.");
    expect(summary).toContain("Naam van degene voor wie u dit aanvraagt: Vul de naam in");
    expect(summary).toContain(
      "Wat bent u van deze persoon? (bijvoorbeeld dochter, buurman): Vul in wat u van deze persoon bent",
    );
    expect(summary).toContain(
      "Degene voor wie ik dit aanvraag, weet hiervan en vindt het goed: Vraag eerst toestemming en vink dit daarna aan.",
    );
    expect(textOf(html)).not.toMatch(/opnieuw en probeer|Laad de pagina/);
    // Each links to its field, which is on the page.
    for (const name of ["slotId", "actingName", "actingRelation", "consent"]) {
      const link = new RegExp(`href="#([^"]*${name})"`).exec(html);
      expect(link, `no link to ${name}`).not.toBeNull();
      expect(html).toContain(`id="${link?.[1]}"`);
    }
    // What was typed comes back: a reload would have lost it.
    expect(html).toMatch(/value="other"[^>]*checked|checked[^>]*value="other"/);
  });
});
