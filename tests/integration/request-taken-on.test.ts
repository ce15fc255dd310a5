// Taking a request on (ADR 038), against the built server with a real SMTP server: a physio
// practice or pgb mediator sees no name, address or phone of a waiting request; once it takes it
// on it does (the acting-for contact too), while enrolling, matching and declining stay open. The
// citizen gets one notice and mail (no personal data) and her request page says who will call, on
// the same number. Another provider cannot take it on.

import { eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providers } from "~db/schema";
import { type AppServer, startApp } from "../support/app-server";
import { type Client, DEMO, textOf } from "../support/client";
import { addStaff, loggedIn, newCitizen, orm, readersOf } from "../support/factories";
import { requestWithContact, WOERDEN_PHONE_SHOWN } from "../support/factories/contacts";
import { addressesOf, type MailCatcher, startMailCatcher } from "../support/mail";

const PRACTICE = "Fysiotherapie Woerden Centrum";
const MEDIATOR = "Burenhulp Bemiddeling Utrecht West";
// Stored as people type it; the citizen reads it tidied, on the page and in the mail alike.
const PRACTICE_PHONE = "0348-555123";
const PRACTICE_PHONE_SHOWN = "0348 555123";
const MEDIATOR_PHONE = "030 1234567";
const MEDIATOR_PHONE_SHOWN = "030 1234567";

let app: AppServer;
let mail: MailCatcher;
const { one, all, providerId } = readersOf(() => app);

beforeAll(async () => {
  mail = await startMailCatcher();
  app = await startApp({
    SMTP_URL: mail.url,
    MAIL_FROM: "noreply@hulp.example.nl",
    PUBLIC_URL: "https://hulp.example.nl",
  });
  const db = orm(app);
  db.update(providers).set({ contactPhone: PRACTICE_PHONE }).where(eq(providers.name, PRACTICE)).run();
  db.update(providers).set({ contactPhone: MEDIATOR_PHONE }).where(eq(providers.name, MEDIATOR)).run();
  addStaff(app, "t-fysio@example.nl", PRACTICE);
  addStaff(app, "t-bemiddeling@example.nl", MEDIATOR);
});
afterAll(async () => {
  await app?.stop();
  await mail?.stop();
});

/** The card of one request on the provider's requests page, as text. */
async function card(client: Client, id: number): Promise<string> {
  const html = await (await client.get("/aanbieder/aanvragen")).text();
  const start = html.indexOf(`id="aanvraag-${id}"`);
  expect(start).toBeGreaterThan(-1);
  return textOf(html.slice(start, html.indexOf("</section>", start)));
}

const takeOn = (client: Client, id: number) =>
  client.post("/aanbieder/aanvragen", { action: "take-on", requestId: String(id) });

const takenOnNotices = (id: number) =>
  all<{ params: string }>(
    "SELECT params FROM notifications WHERE event_key = ? AND kind = 'request_taken_on' AND channel = 'email'",
    `request:${id}:taken_on`,
  );

async function messageTo(address: string, subject: string): Promise<ParsedMail> {
  const matches = (m: ParsedMail) => addressesOf(m).includes(address) && m.subject === subject;
  const [message] = await mail.waitFor(matches);
  expect(mail.messages.filter(matches)).toHaveLength(1);
  return message as ParsedMail;
}

describe("a physio practice takes a Powerful Ageing request on", () => {
  it("sees the contact only after taking it on, still enrols after, and the citizen hears it once", async () => {
    const email = "t-fenna@example.nl";
    const citizen = await newCitizen(app, email, "Fenna Fysio");
    const cohort = one<{ id: number }>(
      "SELECT id FROM physio_cohorts WHERE provider_id = ? ORDER BY start_date LIMIT 1",
      providerId(PRACTICE),
    );
    const id = await requestWithContact(citizen, `cohort:${cohort.id}`);
    const practice = await loggedIn(app, "t-fysio@example.nl");
    const mediator = await loggedIn(app, "t-bemiddeling@example.nl");

    const before = await card(practice, id);
    expect(before).toContain("Inwoner in 3441");
    expect(before).toContain("Adres en telefoon ziet u zodra u de aanvraag heeft aangenomen.");
    expect(before).toContain("Aannemen en contact opnemen");
    for (const secret of ["Fenna Fysio", email, "Kerkstraat", WOERDEN_PHONE_SHOWN, "3441AB"])
      expect(before).not.toContain(secret);

    // Another provider: the request does not exist for it, and nothing is written.
    const foreign = await takeOn(mediator, id);
    expect(foreign.status).toBe(404);
    expect(one<{ at: number | null }>("SELECT taken_on_at AS at FROM help_requests WHERE id = ?", id).at).toBeNull();

    // A double click: two posts at once, one notice.
    const [a, b] = await Promise.all([takeOn(practice, id), takeOn(practice, id)]);
    for (const res of [a, b]) expect(res.headers.get("location")).toContain("melding=takenOn");
    expect(takenOnNotices(id)).toHaveLength(1);
    const row = one<{ status: string; by: number }>(
      "SELECT status, taken_on_by AS by FROM help_requests WHERE id = ?",
      id,
    );
    expect(row).toEqual({
      status: "intake_requested",
      by: one<{ id: number }>("SELECT id FROM users WHERE email = ?", "t-fysio@example.nl").id,
    });
    expect(
      one<{ n: number }>(
        "SELECT count(*) AS n FROM audit_events WHERE action = 'request.taken_on' AND subject_id = ?",
        String(id),
      ).n,
    ).toBe(1);
    // Taken on: the other provider still cannot.
    expect((await takeOn(mediator, id)).status).toBe(404);

    const after = await card(practice, id);
    expect(after).toContain("Fenna Fysio");
    expect(after).toContain(email);
    expect(after).toContain("Kerkstraat 7a, 3441 AB Woerden");
    expect(after).toContain(WOERDEN_PHONE_SHOWN);
    expect(after).not.toContain("Adres en telefoon ziet u zodra");
    expect(after).not.toContain("Aannemen en contact opnemen");
    expect(after).toContain("Inschrijven na de kennismaking");
    expect(after).toContain("Afwijzen");

    // The mail: who will call, on which number, what happens next; nothing of her.
    const message = await messageTo(email, `${PRACTICE} neemt contact met u op`);
    const text = message.text ?? "";
    expect(text).toContain(`${PRACTICE} heeft uw aanvraag nr. ${id} aangenomen en neemt contact met u op.`);
    expect(text).toContain("kennismaking");
    expect(text).toContain(`Het telefoonnummer van ${PRACTICE} is ${PRACTICE_PHONE_SHOWN}.`);
    for (const secret of ["Kerkstraat", "3441", WOERDEN_PHONE_SHOWN, "0612345678"]) {
      expect(text).not.toContain(secret);
      expect(message.html || "").not.toContain(secret);
    }

    // Her request page says the same, with the same number.
    const mine = textOf(await (await citizen.get(`/mijn/aanvragen/${id}`)).text());
    expect(mine).toContain(`${PRACTICE} heeft uw aanvraag aangenomen en neemt contact met u op.`);
    expect(mine).toContain(`Het telefoonnummer van ${PRACTICE} is ${PRACTICE_PHONE_SHOWN}.`);

    // Enrolling after the intake still works, and the contact stays.
    const enrol = await practice.post("/aanbieder/aanvragen", { action: "enrol", requestId: String(id) });
    expect(enrol.headers.get("location")).toContain("melding=saved");
    expect(one<{ status: string }>("SELECT status FROM help_requests WHERE id = ?", id).status).toBe("enrolled");
    expect(await card(practice, id)).toContain("Kerkstraat 7a, 3441 AB Woerden");
  });
});

describe("a pgb mediator takes a request on", () => {
  it("sees the person acted for and who acts, can still decline, and then sees nothing again", async () => {
    const email = "t-dochter@example.nl";
    const citizen = await newCitizen(app, email, "Dora Dochter");
    const id = await requestWithContact(citizen, `mediation:${providerId(MEDIATOR)}`, {
      forWhom: "other",
      actingName: "Truus Taken",
      actingRelation: "moeder",
      consent: "on",
    });
    const mediator = await loggedIn(app, "t-bemiddeling@example.nl");
    const practice = await loggedIn(app, "t-fysio@example.nl");
    const before = await card(mediator, id);
    for (const secret of ["Truus Taken", "Dora Dochter", email, "Kerkstraat", WOERDEN_PHONE_SHOWN])
      expect(before).not.toContain(secret);
    expect(before).toContain("Koppeling vastleggen");

    expect((await takeOn(practice, id)).status).toBe(404);
    expect((await takeOn(mediator, id)).headers.get("location")).toContain("melding=takenOn");
    const after = await card(mediator, id);
    expect(after).toContain("Truus Taken");
    expect(after).toContain("Dora Dochter");
    expect(after).toContain("Kerkstraat 7a, 3441 AB Woerden");
    expect(after).toContain(WOERDEN_PHONE_SHOWN);
    expect(after).toContain("Koppeling vastleggen");

    const message = await messageTo(email, `${MEDIATOR} neemt contact met u op`);
    const text = message.text ?? "";
    expect(text).toContain("hulp die bij u past");
    expect(text).toContain(MEDIATOR_PHONE_SHOWN);
    for (const secret of ["Truus Taken", "Kerkstraat", "3441", WOERDEN_PHONE_SHOWN]) expect(text).not.toContain(secret);
    const mine = textOf(await (await citizen.get(`/mijn/aanvragen/${id}`)).text());
    expect(mine).toContain(`${MEDIATOR} heeft uw aanvraag aangenomen en neemt contact met u op.`);
    expect(mine).toContain(MEDIATOR_PHONE_SHOWN);
    expect(JSON.parse(takenOnNotices(id)[0]?.params ?? "{}").providerPhone).toBe(MEDIATOR_PHONE_SHOWN);

    const decline = await mediator.post("/aanbieder/aanvragen", {
      action: "decline",
      requestId: String(id),
      reason: "Geen hulp beschikbaar in deze wijk",
    });
    expect(decline.headers.get("location")).toContain("melding=saved");
    const declined = await card(mediator, id);
    for (const secret of ["Truus Taken", "Kerkstraat", WOERDEN_PHONE_SHOWN]) expect(declined).not.toContain(secret);
    const page = textOf(await (await citizen.get(`/mijn/aanvragen/${id}`)).text());
    expect(page).not.toContain("neemt contact met u op");
    // Declined: it cannot be taken on again.
    expect((await takeOn(mediator, id)).headers.get("location")).toContain("melding=failed");
  });
});

describe("the read of a taken-on request's contact is in the municipality's audit log", () => {
  it("also when the request has no address row: its name and e-mail are read all the same", async () => {
    const email = "t-zonderadres@example.nl";
    const citizen = await newCitizen(app, email, "Zara Zonderadres");
    const id = await requestWithContact(citizen, `mediation:${providerId(MEDIATOR)}`);
    // A request made without details (none known in the profile) points at no contact row.
    app.db().prepare("UPDATE help_requests SET contact_id = NULL WHERE id = ?").run(id);
    const mediator = await loggedIn(app, "t-bemiddeling@example.nl");
    const reads = () =>
      all<{ detail: string; m: string | null }>(
        "SELECT detail, municipality_code AS m FROM audit_events WHERE action = 'contact.read' AND detail LIKE ?",
        `%"requestIds":[%${id}%`,
      ).filter((r) => (JSON.parse(r.detail).requestIds as number[]).includes(id));
    const takenOn = () =>
      all<{ m: string | null }>(
        "SELECT municipality_code AS m FROM audit_events WHERE action = 'request.taken_on' AND subject_id = ?",
        String(id),
      );

    expect((await takeOn(mediator, id)).headers.get("location")).toContain("melding=takenOn");
    expect(takenOn()).toEqual([{ m: "GM0632" }]);
    const after = await card(mediator, id);
    expect(after).toContain("Zara Zonderadres");
    expect(after).toContain(email);
    expect(reads()).toHaveLength(1);
    expect(reads()[0]?.m).toBe("GM0632");

    // Woerden's admin reads both in her audit log, in Dutch.
    const admin = await loggedIn(app, DEMO.admin);
    const read = textOf(await (await admin.get("/beheer/audit?actie=contact.read")).text());
    expect(read).toContain("Contactgegevens bekeken door aanbieder");
    expect(read).toContain(String(id));
    const taken = textOf(await (await admin.get("/beheer/audit?actie=request.taken_on")).text());
    expect(taken).toContain("Aanvraag aangenomen om contact op te nemen");
  });
});
