// The provider's request cards and home page (issue 16 walk), against the built server with a real
// SMTP server: a waiting intake or mediation names its "Antwoord uiterlijk" day, the same day as the
// citizen's page and the new-intake mail; the home page counts the requests that wait, as the
// requests page does, and the counts move after a take-on; a booked cleaner series shows its weekly
// time, next visit and price as the client's page does, with the agenda on that day; a cancelled
// booking says why its contact is gone and is folded under "Afgesloten aanvragen".

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providerAnswerDay } from "~/domain/requests";
import { formatDay } from "~/i18n";
import { type AppServer, startApp } from "../support/app-server";
import { type Client, textOf } from "../support/client";
import {
  addStaff,
  bookCleaner,
  cancelThroughConfirmation,
  loggedIn,
  newCitizen,
  readersOf,
} from "../support/factories";
import { requestWithContact } from "../support/factories/contacts";
import { addressesOf, type MailCatcher, startMailCatcher } from "../support/mail";

const PRACTICE = "Fysiotherapie Woerden Centrum";
const MEDIATOR = "Burenhulp Bemiddeling Utrecht West";

let app: AppServer;
let mail: MailCatcher;
const { one, providerId } = readersOf(() => app);

beforeAll(async () => {
  mail = await startMailCatcher();
  app = await startApp({ SMTP_URL: mail.url, MAIL_FROM: "noreply@hulp.example.nl" });
  addStaff(app, "c-fysio@example.nl", PRACTICE);
  addStaff(app, "c-bemiddeling@example.nl", MEDIATOR);
});
afterAll(async () => {
  await app?.stop();
  await mail?.stop();
});

const spaced = (s: string) => s.replace(/\s+/g, " ");

/** The requests page's HTML and one card of it, as text. */
async function requestsPage(client: Client) {
  const html = await (await client.get("/aanbieder/aanvragen")).text();
  return {
    html,
    card(id: number): string {
      const start = html.indexOf(`id="aanvraag-${id}"`);
      expect(start).toBeGreaterThan(-1);
      return textOf(html.slice(start, html.indexOf("</section>", start)));
    },
  };
}

/** The "n aanvragen wachten op uw antwoord" line of a page (home or requests), as text. */
function countsLine(html: string): string {
  const match = /data-testid="waiting-counts"[^>]*>([\s\S]*?)<\/p>/.exec(html);
  expect(match).not.toBeNull();
  return spaced(textOf(match?.[1] ?? "")).trim();
}

const home = async (client: Client) => (await client.get("/aanbieder")).text();

const waitingOf = (line: string) => Number(/^(\d+) aanvra(ag|gen) wacht/.exec(line)?.[1] ?? Number.NaN);

describe("a physio practice's and a mediator's waiting requests", () => {
  for (const [provider, staffEmail, offerOf, subject, takenOnWord] of [
    [
      PRACTICE,
      "c-fysio@example.nl",
      () =>
        `cohort:${one<{ id: number }>("SELECT id FROM physio_cohorts WHERE provider_id = ? ORDER BY start_date LIMIT 1", providerId(PRACTICE)).id}`,
      "Nieuwe aanvraag voor een Powerful Ageing-groep",
      "ingeschreven",
    ],
    [
      MEDIATOR,
      "c-bemiddeling@example.nl",
      () => `mediation:${providerId(MEDIATOR)}`,
      "Nieuwe aanvraag voor hulp via een pgb",
      "gekoppeld",
    ],
  ] as const) {
    it(`${provider}: the answer day on the card is the page's and the mail's; the counts match the list and move`, async () => {
      const email = `c-${takenOnWord}@example.nl`;
      const staff = await loggedIn(app, staffEmail);
      const before = waitingOf(countsLine(await home(staff)));
      const citizen = await newCitizen(app, email, "Cora Kaart");
      const id = await requestWithContact(citizen, offerOf());

      const createdAt = one<{ at: number }>("SELECT created_at AS at FROM help_requests WHERE id = ?", id).at;
      const list = await requestsPage(staff);
      const card = list.card(id);
      const day = /Antwoord uiterlijk (\d+ \S+ \d{4})/.exec(card)?.[1];
      expect(day, card).toBeDefined();
      // The citizen's page and the staff's mail name the same day.
      expect(spaced(textOf(await (await citizen.get(`/mijn/aanvragen/${id}`)).text()))).toContain(
        `Antwoord uiterlijk ${day}`,
      );
      const [intake] = await mail.waitFor((m) => addressesOf(m).includes(staffEmail) && m.subject === subject);
      expect(spaced(intake?.text ?? "")).toContain(`(nr. ${id})`);
      expect(spaced(intake?.text ?? "")).toContain(`Laat de inwoner uiterlijk ${day} weten of het lukt.`);
      // The five working days from the request's day, as the domain counts them.
      expect(day).toBe(formatDay(providerAnswerDay(new Date(createdAt)), "nl"));

      // Home and list: one count, the cards the list shows waiting, one more than before.
      const homeLine = countsLine(await home(staff));
      expect(homeLine).toBe(countsLine(list.html));
      expect(waitingOf(homeLine)).toBe(before + 1);
      expect(waitingOf(homeLine)).toBe(list.html.split('name="action" value="take-on"').length - 1);
      expect(await home(staff)).toContain('href="/aanbieder/aanvragen"');

      // Taken on: one fewer waits, one is taken on; the day still shows until it is answered.
      const taken = await staff.post("/aanbieder/aanvragen", { action: "take-on", requestId: String(id) });
      expect(taken.headers.get("location")).toContain("melding=takenOn");
      const after = countsLine(await home(staff));
      expect(waitingOf(after)).toBe(before);
      expect(after).toMatch(new RegExp(`; 1 aanvraag aangenomen, nog niet ${takenOnWord}\\.$`));
      expect(after).toBe(countsLine((await requestsPage(staff)).html));
      expect((await requestsPage(staff)).card(id)).toContain(`Antwoord uiterlijk ${day}`);

      // Declined: no answer day any more, on the card or her page; nothing taken on is counted.
      await staff.post("/aanbieder/aanvragen", { action: "decline", requestId: String(id), reason: "Vol" });
      const declined = await requestsPage(staff);
      expect(declined.card(id)).not.toContain("Antwoord uiterlijk");
      expect(declined.card(id)).toContain("Afgewezen: de contactgegevens zijn niet meer zichtbaar.");
      expect(textOf(await (await citizen.get(`/mijn/aanvragen/${id}`)).text())).not.toContain("Antwoord uiterlijk");
      expect(countsLine(await home(staff))).toBe(countsLine(declined.html));
      expect(countsLine(declined.html)).not.toContain("aangenomen");
    });
  }

  it("says the mediator's free matches in the right number", async () => {
    const text = spaced(textOf(await home(await loggedIn(app, "c-bemiddeling@example.nl"))));
    const match = /Vrij deze maand: (\d+) nieuwe (koppelingen?)\./.exec(text);
    expect(match, text).not.toBeNull();
    expect(match?.[2]).toBe(match?.[1] === "1" ? "koppeling" : "koppelingen");
  });
});

describe("a cleaner's booking card", () => {
  it("states the weekly time, next visit and price as the client's page does, and links the agenda's day", async () => {
    const citizen = await newCitizen(app, "c-schoon@example.nl", "Sien Schoon");
    const id = await bookCleaner(citizen);
    const cleanerName = one<{ name: string }>(
      "SELECT p.name FROM help_requests r JOIN providers p ON p.id = r.provider_id WHERE r.id = ?",
      id,
    ).name;
    addStaff(app, "c-cleaner@example.nl", cleanerName);
    const cleaner = await loggedIn(app, "c-cleaner@example.nl");

    const mine = spaced(textOf(await (await citizen.get(`/mijn/aanvragen/${id}`)).text()));
    const weekly = /Elke \S+ \d\d:\d\d–\d\d:\d\d/.exec(mine)?.[0];
    const next = /Volgende bezoek (\S+ \d+ \S+ \d{4}(?:,| om)? \d\d:\d\d)/.exec(mine)?.[1];
    const total = /Een bezoek van [\d,]+ uur kost (€\s?\d[\d.]*,\d\d)/.exec(mine)?.[1];
    expect(weekly, mine).toBeDefined();
    expect(next, mine).toBeDefined();
    expect(total, mine).toBeDefined();

    const list = await requestsPage(cleaner);
    const card = list.card(id);
    expect(card).toContain(`Vaste tijd ${weekly}`);
    expect(card).toContain(`Volgende bezoek ${next}`);
    expect(card).toContain(`Prijs per bezoek ${total}`);
    // The agenda on the next visit's day, where the visit is.
    const firstVisit = one<{ s: number }>(
      "SELECT min(starts_at) AS s FROM cleaner_slots WHERE request_id = ? AND status = 'booked' AND starts_at > ?",
      id,
      Date.now(),
    ).s;
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(firstVisit);
    const link = `/aanbieder/agenda?dag=${day}&amp;weergave=dag`;
    expect(list.html).toContain(`href="${link}"`);
    expect(textOf(await (await cleaner.get(link.replace("&amp;", "&"))).text())).toContain("Sien Schoon");

    // Cancelled: why the contact is gone, and folded under the closed ones.
    await cancelThroughConfirmation(citizen, id);
    const after = await requestsPage(cleaner);
    const closed = after.card(id);
    expect(closed).toContain("Geannuleerd: de contactgegevens zijn niet meer zichtbaar.");
    expect(closed).not.toContain("zodra u de aanvraag heeft aangenomen");
    expect(closed).not.toContain("Vaste tijd");
    const folded = after.html.indexOf('data-testid="closed-requests"');
    expect(folded).toBeGreaterThan(-1);
    expect(after.html.indexOf(`id="aanvraag-${id}"`)).toBeGreaterThan(folded);
    expect(textOf(after.html)).toMatch(/Afgesloten aanvragen \(\d+\)/);
  });
});
