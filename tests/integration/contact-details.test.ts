// Contact details (issue 16): asked with a request, checked against the PC4 data, kept in the profile
// and edited at /mijn/gegevens; a provider reads them only once it has accepted (cleaner, practice,
// mediator, ZIN provider), and each read is audited. Then the cleaner's and the practice's agenda
// and its secret calendar feed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, isoWeekday } from "~/domain/time";
import { addressFields } from "../support/address";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import {
  addStaff,
  helpQuery,
  newCitizen,
  offeredSlots,
  readersOf,
  referralInDatabase,
  requestOffer,
  WOERDEN_HELP,
} from "../support/factories";
import {
  contactInDatabase,
  requestWithContact,
  WOERDEN_CONTACT,
  WOERDEN_PHONE_SHOWN,
} from "../support/factories/contacts";

let app: AppServer;
const { one, all, providerId } = readersOf(() => app);

const amsterdamDay = (ms: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(ms);
const CLEANER = "Schoonmaakhulp Ans de Vries";
const PRACTICE = "Fysiotherapie Woerden Centrum";
const MEDIATOR = "Burenhulp Bemiddeling Utrecht West";
const ZIN_PROVIDER = "Thuiszorg Groene Hart";
let ZIN = "";

beforeAll(async () => {
  app = await startApp();
  addStaff(app, "c-fysio@example.nl", PRACTICE);
  addStaff(app, "c-bemiddeling@example.nl", MEDIATOR);
  ZIN = `zin:${providerId(ZIN_PROVIDER)}`;
});
afterAll(async () => {
  await app?.stop();
});

async function staff(email: string): Promise<Client> {
  const client = new Client(app.baseUrl);
  await client.login(email);
  return client;
}

const page = async (client: Client, path: string) => textOf(await (await client.get(path)).text());

describe("asking for the address with a request", () => {
  it("refuses a postcode that is unknown or lies in another municipality, in Dutch at the field", async () => {
    const citizen = await newCitizen(app, "c-pc@example.nl", "Petra Postcode");
    const offer = `mediation:${providerId(MEDIATOR)}`;
    const send = (fields: Record<string, string>) =>
      citizen.post(`/hulp/aanvragen?offer=${offer}&${helpQuery()}`, { forWhom: "self", ...WOERDEN_CONTACT, ...fields });
    const unknownPc4 = [...Array(9000).keys()]
      .map((i) => String(1000 + i))
      .find((pc4) => !one<{ n: number }>("SELECT count(*) AS n FROM postcode_areas WHERE pc4 = ?", pc4).n);
    const unknown = await send({ postcode: `${unknownPc4}AB` });
    expect(unknown.status).toBe(400);
    expect(textOf(await unknown.text())).toContain("Deze postcode kennen wij niet.");
    const elsewhere = one<{ pc4: string }>(
      "SELECT pc4 FROM postcode_areas WHERE municipality_code <> 'GM0632' ORDER BY pc4 LIMIT 1",
    ).pc4;
    const away = await send({ postcode: `${elsewhere}AB` });
    expect(away.status).toBe(400);
    expect(textOf(await away.text())).toContain("Deze postcode ligt niet in de gemeente waar u de hulp aanvraagt.");
    const badPhone = await send({ phone: "12345" });
    expect(badPhone.status).toBe(400);
    expect(textOf(await badPhone.text())).toContain("Vul een Nederlands telefoonnummer in");
    const noPhone = await send({ phone: "" });
    expect(noPhone.status).toBe(400);
    expect(textOf(await noPhone.text())).toContain("U wilt gebeld worden: vul een telefoonnummer in.");
    expect(
      one<{ n: number }>(
        "SELECT count(*) AS n FROM contact_details WHERE user_id = (SELECT id FROM users WHERE email = 'c-pc@example.nl')",
      ).n,
    ).toBe(0);
  });

  it("keeps the address in the profile, fills it in next time, and for the person acted for too", async () => {
    const citizen = await newCitizen(app, "c-keep@example.nl", "Karin Kwast");
    const id = await requestWithContact(citizen, ZIN, { phone: "+31 348 123 456" });
    const row = one<{ street: string; postcode: string; phone: string; forName: string | null }>(
      `SELECT c.street, c.postcode, c.phone, c.for_name AS forName FROM help_requests r
       JOIN contact_details c ON c.id = r.contact_id WHERE r.id = ?`,
      id,
    );
    expect(row).toEqual({ street: "Kerkstraat", postcode: "3441AB", phone: "0348123456", forName: null });
    // The next request's form is filled in from the profile.
    const form = await (await citizen.get(`/hulp/aanvragen?offer=${ZIN}&${helpQuery()}`)).text();
    expect(form).toContain('value="Kerkstraat"');
    expect(form).toContain('value="0348123456"');

    // For her mother: a row of its own, under the mother's name.
    const forMother = await requestWithContact(citizen, ZIN, {
      forWhom: "other",
      actingName: "Truus Kwast",
      actingRelation: "moeder",
      consent: "on",
      street: "Dorpsweg",
      houseNumber: "2",
    });
    expect(
      one<{ forName: string; street: string }>(
        `SELECT c.for_name AS forName, c.street FROM help_requests r JOIN contact_details c ON c.id = r.contact_id WHERE r.id = ?`,
        forMother,
      ),
    ).toEqual({ forName: "Truus Kwast", street: "Dorpsweg" });
    const asOther = await (await citizen.get(`/hulp/aanvragen?offer=${ZIN}&person=mother&${helpQuery()}`)).text();
    expect(asOther).toContain('value="Dorpsweg"');
    expect(asOther).toContain('value="Truus Kwast"');
  });
});

describe("asked once: the first request for a person needs their address", () => {
  const requests = (email: string) =>
    one<{ n: number }>(
      "SELECT count(*) AS n FROM help_requests WHERE citizen_user_id = (SELECT id FROM users WHERE email = ?)",
      email,
    ).n;
  const summaryOf = (html: string) =>
    textOf(html.slice(html.indexOf("hw-error-summary"), html.indexOf("</ul>", html.indexOf("hw-error-summary"))));

  it("refuses a first request without an address with a Dutch message per field, writes nothing and keeps what was typed", async () => {
    const email = "c-eerst@example.nl";
    const citizen = await newCitizen(app, email, "Eva Eerst");
    const res = await citizen.post(`/hulp/aanvragen?offer=${ZIN}&${helpQuery()}`, {
      forWhom: "other",
      actingName: "Kees Eerst",
      actingRelation: "zoon",
      consent: "on",
      phone: "06 12345678",
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    const summary = summaryOf(html);
    for (const message of [
      "Vul de straat in.",
      "Vul het huisnummer in, bijvoorbeeld 12 of 12a.",
      "Vul een postcode in zoals 3441 AB.",
      "Vul de woonplaats in.",
    ])
      expect(summary).toContain(message);
    // Each message links to its field, which is on the page.
    for (const name of ["street", "houseNumber", "postcode", "place"]) {
      const link = new RegExp(`href="#([^"]*${name})"`).exec(html);
      expect(link, `no link to ${name}`).not.toBeNull();
      expect(html).toContain(`id="${link?.[1]}"`);
    }
    // Nothing lost: what was typed comes back.
    expect(html).toContain('value="Kees Eerst"');
    expect(html).toContain('value="zoon"');
    expect(html).toContain('value="06 12345678"');
    expect(requests(email)).toBe(0);
    expect(one<{ n: number }>("SELECT count(*) AS n FROM contact_details WHERE for_name = 'Kees Eerst'").n).toBe(0);

    // In English the same fields are named in English.
    await citizen.post("/taal", { lang: "en", redirectTo: "/" });
    const en = await citizen.post(`/hulp/aanvragen?offer=${ZIN}&${helpQuery()}`, { forWhom: "self" });
    expect(en.status).toBe(400);
    expect(summaryOf(await en.text())).toContain("Enter the street.");
    await citizen.post("/taal", { lang: "nl", redirectTo: "/" });
  });

  it("takes the profile's address when it has one: summed up, not typed again", async () => {
    const email = "c-bekend@example.nl";
    const citizen = await newCitizen(app, email, "Bram Bekend");
    const first = await requestWithContact(citizen, ZIN);
    const mediation = `mediation:${providerId(MEDIATOR)}`;
    const form = textOf(await (await citizen.get(`/hulp/aanvragen?offer=${mediation}&${helpQuery()}`)).text());
    expect(form).toContain("Dit adres staat al in uw gegevens: Kerkstraat 7a, 3441 AB Woerden.");
    expect(form).toContain("Klopt dit adres nog? Wijzig het hier");
    const res = await citizen.post(`/hulp/aanvragen?offer=${mediation}&${helpQuery()}`, { forWhom: "self" });
    expect(res.status).toBe(302);
    const second = Number(/aanvragen\/(\d+)/.exec(res.headers.get("location") ?? "")?.[1]);
    const contactOf = (id: number) =>
      one<{ c: number }>("SELECT contact_id AS c FROM help_requests WHERE id = ?", id).c;
    expect(contactOf(second)).toBe(contactOf(first));
    // The API too: no contact needed once the profile has it.
    const cleaner = providerId(CLEANER);
    const [slot] = await offeredSlots(citizen, cleaner);
    const held = await requestOffer(citizen, `cleaner:${cleaner}`, { slotId: slot, contact: null });
    expect(contactOf(held.id)).toBe(contactOf(first));
  });

  it("asks a second request for the same person with what the first said: relation, phone, way, by name", async () => {
    const citizen = await newCitizen(app, "c-moeder@example.nl", "Dora Dochter");
    const mediation = `mediation:${providerId(MEDIATOR)}`;
    const url = `/hulp/aanvragen?offer=${mediation}&${helpQuery()}&person=mother`;
    // The wizard's "mother" starts the relation as "zoon of dochter"; she says "dochter".
    expect(await (await citizen.get(url)).text()).toContain('value="zoon of dochter"');
    await requestWithContact(citizen, ZIN, {
      forWhom: "other",
      actingName: "Truus Moeder",
      actingRelation: "dochter",
      consent: "on",
    });
    const html = await (await citizen.get(url)).text();
    expect(html).toContain('value="Truus Moeder"');
    expect(html).toContain('value="dochter"');
    expect(html).not.toContain('value="zoon of dochter"');
    const form = textOf(html);
    // Her mother's address, said as hers; the phone and the way of contact that go with it, shown.
    expect(form).toContain("Dit adres van Truus Moeder staat al in uw gegevens: Kerkstraat 7a, 3441 AB Woerden.");
    expect(form).toContain(`Telefoon: ${WOERDEN_PHONE_SHOWN}. Liefst bereikt via: Telefoon.`);
    expect(form).not.toContain("Dit adres staat al in uw gegevens");
    // For herself nothing is known yet: no summary, the fields asked.
    const own = textOf(await (await citizen.get(`/hulp/aanvragen?offer=${mediation}&${helpQuery()}`)).text());
    expect(own).not.toContain("staat al in uw gegevens");
  });

  it("starts the address with the postcode the questions asked, when none is known", async () => {
    const citizen = await newCitizen(app, "c-wizard-pc@example.nl", "Wim Wizard");
    const mediation = `mediation:${providerId(MEDIATOR)}`;
    const postcodeInput = (html: string) => /<input[^>]*name="postcode"[^>]*>/.exec(html)?.[0] ?? "";
    for (const person of ["", "&person=mother"]) {
      const html = await (await citizen.get(`/hulp/aanvragen?offer=${mediation}&${helpQuery()}${person}`)).text();
      expect(postcodeInput(html), person).toContain('value="3441AB"');
      expect(/<input[^>]*name="street"[^>]*>/.exec(html)?.[0], person).not.toMatch(/value="[^"]/);
    }
    // A known address is the profile's, not the questions' postcode.
    await requestWithContact(citizen, ZIN, { ...addressFields("3447GR") });
    const known = await (await citizen.get(`/hulp/aanvragen?offer=${mediation}&${helpQuery()}`)).text();
    expect(postcodeInput(known)).toContain('value="3447GR"');
  });

  it("refuses a postcode outside the PC4 data or in another municipality, over the API too", async () => {
    const email = "c-api-pc@example.nl";
    const citizen = await newCitizen(app, email, "Paul Api");
    const post = (contact?: Record<string, string>) =>
      citizen.request("/api/v1/requests", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ offerId: ZIN, helpRequest: WOERDEN_HELP, ...(contact ? { contact } : {}) }),
      });
    const none = await post();
    expect(none.status).toBe(400);
    expect(await none.json()).toEqual({
      error: "invalid_request",
      errors: { contact: expect.stringMatching(/^Vul bij de eerste aanvraag het adres in/) },
    });
    const unknownPc4 = [...Array(9000).keys()]
      .map((i) => String(1000 + i))
      .find((pc4) => !one<{ n: number }>("SELECT count(*) AS n FROM postcode_areas WHERE pc4 = ?", pc4).n);
    const unknown = await post(addressFields(`${unknownPc4}AB`));
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).errors).toEqual({
      "contact.postcode": expect.stringMatching(/^Deze postcode kennen/),
    });
    const elsewhere = one<{ pc4: string }>(
      "SELECT pc4 FROM postcode_areas WHERE municipality_code <> 'GM0632' ORDER BY pc4 LIMIT 1",
    ).pc4;
    const away = await post(addressFields(`${elsewhere}AB`));
    expect(away.status).toBe(400);
    expect((await away.json()).errors).toEqual({ "contact.postcode": expect.stringContaining("niet in de gemeente") });
    const half = await post({ street: "Kerkstraat", preferredContact: "email" });
    expect(half.status).toBe(400);
    expect(Object.keys((await half.json()).errors).sort()).toEqual([
      "contact.houseNumber",
      "contact.place",
      "contact.postcode",
    ]);
    // Too long is said as too long, not as missing.
    const long = await post({ ...addressFields(), street: "K".repeat(101), place: "W".repeat(81) });
    expect(long.status).toBe(400);
    expect((await long.json()).errors).toMatchObject({
      "contact.street": "De straat is te lang: hoogstens 100 tekens.",
    });
    expect(requests(email)).toBe(0);
    expect((await post(addressFields())).status).toBe(201);
    expect(requests(email)).toBe(1);
  });

  it("asks the address of the person acted for, even when the account holder's own is known", async () => {
    const email = "c-voor@example.nl";
    const citizen = await newCitizen(app, email, "Vera Voor");
    await requestWithContact(citizen, ZIN);
    const forKees = { forWhom: "other", actingName: "Kees Voor", actingRelation: "zoon", consent: "on" };
    const mediation = `mediation:${providerId(MEDIATOR)}`;
    const bare = await citizen.post(`/hulp/aanvragen?offer=${mediation}&${helpQuery()}`, forKees);
    expect(bare.status).toBe(400);
    expect(summaryOf(await bare.text())).toContain("Vul de straat in.");
    expect(requests(email)).toBe(1);
    // Her own address, sent folded as the form filled it in for herself, is not taken for him.
    const folded = await citizen.post(`/hulp/aanvragen?offer=${mediation}&${helpQuery()}`, {
      ...forKees,
      ...addressFields(),
      addressOf: "self",
    });
    expect(folded.status).toBe(400);
    expect(summaryOf(await folded.text())).toContain("Dit adres was ingevuld voor een ander");
    expect(requests(email)).toBe(1);
    // So is one filled in for another person acted for, once a new name is typed.
    const renamed = await citizen.post(`/hulp/aanvragen?offer=${mediation}&${helpQuery()}`, {
      ...forKees,
      ...addressFields(),
      addressOf: "other:Truus Voor",
    });
    expect(renamed.status).toBe(400);
    expect(summaryOf(await renamed.text())).toContain("Dit adres was ingevuld voor een ander");
    expect(requests(email)).toBe(1);
    const ok = await citizen.post(`/hulp/aanvragen?offer=${mediation}&${helpQuery()}`, {
      ...forKees,
      ...addressFields(),
      street: "Dorpsweg",
    });
    expect(ok.status).toBe(302);
    expect(
      one<{ street: string }>(
        "SELECT street FROM contact_details WHERE for_name = 'Kees Voor' AND user_id = (SELECT id FROM users WHERE email = ?)",
        email,
      ).street,
    ).toBe("Dorpsweg");
    // Known for him since: his own folded address, as the form fills it in, is taken as it is.
    const cohort = one<{ id: number }>("SELECT id FROM physio_cohorts ORDER BY id LIMIT 1");
    const again = await citizen.post(`/hulp/aanvragen?offer=cohort:${cohort.id}&${helpQuery()}`, {
      ...forKees,
      actingName: "Kees  Voor",
      ...addressFields(),
      street: "Dorpsweg",
      addressOf: "other:Kees Voor",
    });
    expect(again.status).not.toBe(400);
  });
});

describe("the municipality's contact", () => {
  it("is the same in the citizen's footer, on the request page and on the printed options", async () => {
    const citizen = await newCitizen(app, "c-gemeente@example.nl", "Gerrit Gemeente");
    const id = await requestWithContact(citizen, ZIN);
    const block = (html: string) => {
      const start = html.indexOf('data-testid="municipality-contact"');
      expect(start).toBeGreaterThan(-1);
      return textOf(html.slice(html.lastIndexOf("<section", start), html.indexOf("</section>", start)));
    };
    const footer = block(await (await citizen.get("/mijn")).text());
    expect(footer).toContain("Contact met de gemeente Woerden");
    expect(footer).toContain("Telefoon: 14 0348");
    expect(footer).toContain("Bereikbaar: maandag tot en met vrijdag");
    const requestHtml = await (await citizen.get(`/mijn/aanvragen/${id}`)).text();
    const onRequest = block(requestHtml.slice(requestHtml.indexOf("<main")));
    const printed = await (await citizen.get(`/hulp/opties?${helpQuery()}&afdrukken=1`)).text();
    const onPrint = block(printed.slice(printed.indexOf("<main")));
    for (const shown of [onRequest, onPrint]) {
      for (const line of ["Telefoon: 14 0348", "E-mail: wmo@woerden.demo.hulpwijzer.nl", "Adres: Demoplein 1"])
        expect(shown).toContain(line);
    }
    // Someone not logged in has no municipality of their own in the footer.
    const anonymous = await (await new Client(app.baseUrl).get("/")).text();
    expect(anonymous).not.toContain('data-testid="municipality-contact"');
  });
});

describe("/mijn/gegevens: the citizen edits the details", () => {
  it("shows the rows, refuses a bad phone and postcode at the field, and saves", async () => {
    const citizen = await newCitizen(app, "c-edit@example.nl", "Eva Edit");
    await requestWithContact(citizen, ZIN);
    const html = await (await citizen.get("/mijn/gegevens")).text();
    expect(textOf(html)).toContain("Adres en telefoon");
    const contactId = /name="contactId" value="(\d+)"/.exec(html)?.[1] ?? "";
    expect(contactId).not.toBe("");
    const edit = (fields: Record<string, string>) =>
      citizen.post("/mijn/gegevens", { intent: "contact", contactId, ...WOERDEN_CONTACT, ...fields });
    const bad = await edit({ phone: "0612" });
    expect(bad.status).toBe(400);
    expect(textOf(await bad.text())).toContain("Vul een Nederlands telefoonnummer in");
    const long = await edit({ street: "K".repeat(101), place: "W".repeat(81) });
    expect(long.status).toBe(400);
    const longText = textOf(await long.text());
    expect(longText).toContain("De straat is te lang: hoogstens 100 tekens.");
    expect(longText).toContain("De woonplaats is te lang: hoogstens 80 tekens.");
    expect(longText).not.toContain("Vul de straat in.");
    const badPostcode = await edit({ postcode: "12" });
    expect(badPostcode.status).toBe(400);
    expect(textOf(await badPostcode.text())).toContain("Vul een postcode in zoals 3441 AB.");
    const ok = await edit({ street: "Nieuwstraat", phone: "0031 6 87654321", preferredContact: "post" });
    expect(ok.status).toBe(302);
    expect(ok.headers.get("location")).toContain("melding=contact");
    expect(
      one("SELECT street, phone, preferred_contact AS way FROM contact_details WHERE id = ?", Number(contactId)),
    ).toEqual({ street: "Nieuwstraat", phone: "0687654321", way: "post" });
    expect(textOf(await (await citizen.get("/mijn/gegevens?melding=contact")).text())).toContain(
      "Uw gegevens zijn opgeslagen.",
    );
    // The download of her data holds the details (AVG art. 15).
    const exported = (await (await citizen.get("/mijn/gegevens.json")).json()) as { contacts: { street: string }[] };
    expect(exported.contacts.map((c) => c.street)).toEqual(["Nieuwstraat"]);
    // Another citizen's row cannot be edited.
    const other = await newCitizen(app, "c-edit2@example.nl", "Olga Ander");
    const foreign = await other.post("/mijn/gegevens", { intent: "contact", contactId, ...WOERDEN_CONTACT });
    expect(foreign.headers.get("location")).toContain("melding=contact-failed");
    expect(one<{ street: string }>("SELECT street FROM contact_details WHERE id = ?", Number(contactId)).street).toBe(
      "Nieuwstraat",
    );
  });
});

describe("the profile's address and the requests (attack)", () => {
  it("refuses to use a saved address that lies in another municipality, in the form and the API", async () => {
    const citizen = await newCitizen(app, "c-moved@example.nl", "Mila Verhuisd");
    // A ZIN request: no provider's capacity is taken, so the tests below still find the mediator's.
    const zin = ZIN;
    await citizen.post("/mijn/gegevens", {
      intent: "contact",
      ...addressFields("9742AB"),
      postcode: "9742 AB",
      place: "Groningen",
    });
    expect(
      one<{ pc: string }>(
        "SELECT postcode AS pc FROM contact_details WHERE user_id = (SELECT id FROM users WHERE email = 'c-moved@example.nl')",
      ).pc,
    ).toBe("9742AB");
    // The form, with the address folded away (the profile's is used): said at the top, nothing made.
    const before = one<{ n: number }>("SELECT count(*) AS n FROM help_requests").n;
    const form = await citizen.post(`/hulp/aanvragen?offer=${zin}&${helpQuery()}`, { forWhom: "self" });
    expect(form.status).toBe(400);
    expect(textOf(await form.text())).toContain(
      "Het adres in uw gegevens ligt niet in de gemeente waar u de hulp aanvraagt.",
    );
    // The API without a contact: the same rule, as a field error on `contact`.
    const api = await citizen.request("/api/v1/requests", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ offerId: zin, helpRequest: WOERDEN_HELP }),
    });
    expect(api.status).toBe(400);
    expect(JSON.stringify(await api.json())).toContain("contact");
    expect(one<{ n: number }>("SELECT count(*) AS n FROM help_requests").n).toBe(before);
    // With the Woerden address given, it goes.
    await requestWithContact(citizen, zin);
  });

  it("links the first address saved at /mijn/gegevens to the requests made before it", async () => {
    const citizen = await newCitizen(app, "c-later@example.nl", "Lotte Later");
    const id = await requestWithContact(citizen, ZIN);
    // As the demo's earlier citizens: a request from before addresses were asked.
    app.db().prepare("UPDATE help_requests SET contact_id = NULL WHERE id = ?").run(id);
    app
      .db()
      .prepare("DELETE FROM contact_details WHERE user_id = (SELECT citizen_user_id FROM help_requests WHERE id = ?)")
      .run(id);
    const saved = await citizen.post("/mijn/gegevens", { intent: "contact", ...WOERDEN_CONTACT });
    expect(saved.status).toBe(302);
    const linked = one<{ street: string | null }>(
      "SELECT c.street FROM help_requests r LEFT JOIN contact_details c ON c.id = r.contact_id WHERE r.id = ?",
      id,
    );
    expect(linked.street).toBe(WOERDEN_CONTACT.street);
  });
});

describe("a provider reads the address only once it has accepted", () => {
  it("the practice: the area and needs before enrolling, name, address and phone after; the read is audited", async () => {
    const citizen = await newCitizen(app, "c-fysio-client@example.nl", "Fenna Fysio");
    const cohort = one<{ id: number }>(
      "SELECT id FROM physio_cohorts WHERE provider_id = ? ORDER BY start_date LIMIT 1",
      providerId(PRACTICE),
    );
    const id = await requestWithContact(citizen, `cohort:${cohort.id}`);
    const practice = await staff("c-fysio@example.nl");
    const before = await page(practice, "/aanbieder/aanvragen");
    expect(before).toContain("Inwoner in 3441");
    expect(before).toContain("Adres en telefoon ziet u zodra u de aanvraag heeft aangenomen.");
    for (const secret of ["Fenna Fysio", "c-fysio-client@example.nl", "Kerkstraat", WOERDEN_PHONE_SHOWN, "3441AB"])
      expect(before).not.toContain(secret);
    await practice.post("/aanbieder/aanvragen", { action: "enrol", requestId: String(id) });
    const after = await page(practice, "/aanbieder/aanvragen");
    expect(after).toContain("Fenna Fysio");
    expect(after).toContain("Kerkstraat 7a, 3441 AB Woerden");
    expect(after).toContain(WOERDEN_PHONE_SHOWN);
    // Audited under the client's municipality, so its admins see who read the address.
    const read = all<{ detail: string; municipality: string }>(
      "SELECT detail, municipality_code AS municipality FROM audit_events WHERE action = 'contact.read' AND actor_user_id = (SELECT id FROM users WHERE email = ?)",
      "c-fysio@example.nl",
    );
    const entry = read.find((r) => (JSON.parse(r.detail).requestIds as number[]).includes(id));
    expect(entry?.municipality).toBe("GM0632");

    // The practice's agenda: the cohort's sessions, with the participant and her phone.
    const start = one<{ startDate: string }>(
      "SELECT start_date AS startDate FROM physio_cohorts WHERE id = ?",
      cohort.id,
    );
    const week = await page(practice, `/aanbieder/agenda?dag=${start.startDate}&weergave=week`);
    expect(week).toContain("Groepstraining");
    expect(week).toContain("Fenna Fysio");
    expect(week).toContain(WOERDEN_PHONE_SHOWN);
  });

  it("the mediator: nothing of who or where before the match, all of it after", async () => {
    const citizen = await newCitizen(app, "c-med-client@example.nl", "Mila Match");
    const id = await requestWithContact(citizen, `mediation:${providerId(MEDIATOR)}`);
    const mediator = await staff("c-bemiddeling@example.nl");
    const section = async () => {
      const html = await (await mediator.get("/aanbieder/aanvragen")).text();
      const start = html.indexOf(`id="aanvraag-${id}"`);
      return textOf(html.slice(start, html.indexOf("</section>", start)));
    };
    const before = await section();
    expect(before).toContain("Inwoner in 3441");
    for (const secret of ["Mila Match", "c-med-client@example.nl", "Kerkstraat", WOERDEN_PHONE_SHOWN])
      expect(before).not.toContain(secret);
    const today = amsterdamDay(Date.now());
    await mediator.post("/aanbieder/aanvragen", {
      action: "match",
      requestId: String(id),
      helperFirstName: "Fatima",
      helperStartDate: today,
    });
    const after = await section();
    expect(after).toContain("Mila Match");
    expect(after).toContain("c-med-client@example.nl");
    expect(after).toContain("Kerkstraat 7a, 3441 AB Woerden");
    expect(after).toContain(WOERDEN_PHONE_SHOWN);
  });

  it("the ZIN provider: the area, hours and needs of a new referral; the client and address once accepted", async () => {
    const referral = await referralInDatabase(app, {
      name: "Zeger Zorg",
      help: { ...WOERDEN_HELP, birthYear: 1940, needs: ["cleaning"], income: 1500 },
      phone: "06-11112222",
      preferences: "Liefst ochtend",
    });
    contactInDatabase(app, referral.requestId);
    const provider = await staff(DEMO.provider);
    const card = async () => {
      const html = await (await provider.get("/aanbieder/verwijzingen")).text();
      const start = html.indexOf(`id="referral-${referral.referralId}"`);
      return textOf(html.slice(start, html.indexOf("<section", start + 1)));
    };
    const before = await card();
    expect(before).toContain("Inwoner in 3441");
    expect(before).toContain("Hulpvraag schoonmaken");
    expect(before).toContain("Uren per week");
    for (const secret of ["Zeger Zorg", referral.email, "06-11112222", "Molenstraat", "3441AB", "1940"])
      expect(before).not.toContain(secret);
    const accepted = await provider.post("/aanbieder/verwijzingen", {
      referralId: String(referral.referralId),
      intent: "accept",
      startDate: amsterdamDay(Date.now() + 86_400_000),
    });
    expect(accepted.status).toBe(302);
    const after = await card();
    expect(after).toContain("Zeger Zorg");
    expect(after).toContain(referral.email);
    expect(after).toContain("06-11112222");
    expect(after).toContain("Molenstraat 3, 3441 AB Woerden");
    expect(after).toContain("0348 123456");
    const read = all<{ detail: string }>("SELECT detail FROM audit_events WHERE action = 'contact.read'");
    expect(read.some((r) => (JSON.parse(r.detail).referralIds ?? []).includes(referral.referralId))).toBe(true);
  });
});

describe("the cleaner's agenda", () => {
  it("names the cleaner's days off in the week view, so an empty day is explained", async () => {
    const pid = providerId(CLEANER);
    // A Wednesday four weeks on: a day of the week whatever day the test runs.
    const today = amsterdamDay(Date.now());
    const monday = addDays(today, 29 - isoWeekday(today));
    const wednesday = addDays(monday, 2);
    app
      .db()
      .prepare(
        "INSERT INTO cleaner_exceptions (provider_id, external_ref, updated_at, confirmed_at, from_date, to_date, reason) VALUES (?, 'vrij-test', ?, ?, ?, ?, NULL)",
      )
      .run(pid, Date.now(), Date.now(), wednesday, wednesday);
    const cleaner = await staff(DEMO.cleaner);
    const dayMonth = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", timeZone: "UTC" }).format(
      new Date(`${wednesday}T00:00:00Z`),
    );
    expect(await page(cleaner, `/aanbieder/agenda?dag=${wednesday}&weergave=week`)).toContain(`${dayMonth}: vrije dag`);
    expect(await page(cleaner, `/aanbieder/agenda?dag=${wednesday}&weergave=dag`)).toContain(
      "Vrije dag: geen bezoeken.",
    );
    app.db().prepare("DELETE FROM cleaner_exceptions WHERE external_ref = 'vrij-test'").run();
  });

  it("shows no held booking, then the confirmed visits with address and phone by day and week; cancelled ones marked", async () => {
    const citizen = await newCitizen(app, "c-grietje@example.nl", "Grietje Bakker");
    const pid = providerId(CLEANER);
    const [slot] = await offeredSlots(citizen, pid);
    // Held, not confirmed: the cleaner has not accepted anything yet, and sees nothing of her.
    const held = await requestWithContact(citizen, `cleaner:${pid}`, { slotId: String(slot) });
    const cleaner = await staff(DEMO.cleaner);
    const first = one<{ startsAt: number }>(
      "SELECT starts_at AS startsAt FROM cleaner_slots WHERE request_id = ? ORDER BY starts_at LIMIT 1",
      held,
    ).startsAt;
    const day = amsterdamDay(first);
    for (const path of ["/aanbieder/aanvragen", `/aanbieder/agenda?dag=${day}&weergave=dag`]) {
      const text = await page(cleaner, path);
      expect(text).not.toContain("Grietje Bakker");
      expect(text).not.toContain("Kerkstraat");
    }
    const confirmed = await citizen.post(`/mijn/aanvragen/${held}`, { intent: "confirm" });
    expect(confirmed.headers.get("location")).toContain("melding=confirmed");

    const dayView = await page(cleaner, `/aanbieder/agenda?dag=${day}&weergave=dag`);
    expect(dayView).toContain("Bezoek bij Grietje Bakker");
    // The day's title once: its heading, not a line above it too (outside walk).
    const title = new Intl.DateTimeFormat("nl-NL", {
      weekday: "long",
      day: "numeric",
      month: "long",
      timeZone: "UTC",
    }).format(new Date(`${day}T00:00:00Z`));
    expect(dayView.split(title)).toHaveLength(2);
    expect(dayView).toContain("Kerkstraat 7a, 3441 AB Woerden");
    expect(dayView).toContain(WOERDEN_PHONE_SHOWN);
    expect(dayView).toContain("Hulpvraag schoonmaken");
    const requests = await page(cleaner, "/aanbieder/aanvragen");
    expect(requests).toContain("Grietje Bakker");
    expect(requests).toContain("Kerkstraat 7a, 3441 AB Woerden");

    // The week view holds the same visit, and the next week's link shows the next one.
    const week = await (await cleaner.get(`/aanbieder/agenda?dag=${day}&weergave=week`)).text();
    expect(textOf(week)).toContain("Bezoek bij Grietje Bakker");
    const nextLink = /<a[^>]*rel="next"[^>]*>/.exec(week)?.[0] ?? "";
    const nextWeek = /href="([^"]+)"/.exec(nextLink)?.[1]?.replace(/&amp;/g, "&") ?? "";
    const weekDay = (offset: number) => amsterdamDay(first + offset * 7 * 86_400_000);
    expect(nextWeek).toBe(`/aanbieder/agenda?dag=${weekDay(1)}&weergave=week`);
    expect(await page(cleaner, nextWeek)).toContain("Bezoek bij Grietje Bakker");

    // She calls off the second visit: marked in the agenda, without her address.
    const second = one<{ id: number }>(
      "SELECT id FROM cleaner_slots WHERE request_id = ? AND status = 'booked' ORDER BY starts_at LIMIT 1 OFFSET 1",
      held,
    ).id;
    const off = await citizen.post(`/mijn/aanvragen/${held}`, {
      intent: "cancel-visit",
      slotId: String(second),
      quoted: "0",
    });
    expect(off.status).toBe(302);
    const cancelledDay = await (await cleaner.get(`/aanbieder/agenda?dag=${weekDay(1)}&weergave=dag`)).text();
    expect(cancelledDay).toContain('data-testid="agenda-cancelled"');
    const cancelledText = textOf(cancelledDay);
    expect(cancelledText).toContain("Bezoek bij Grietje Bakker Afgezegd");
    expect(cancelledText).not.toContain("Kerkstraat");

    // The feed: the agenda's visits, the cancelled one struck; the token is the only key.
    const html = await (await cleaner.get("/aanbieder/agenda")).text();
    const feedUrl = /href="(webcal:[^"]+)"[^>]*data-testid="agenda-feed"/.exec(html)?.[1] ?? "";
    expect(feedUrl).toMatch(/^webcal:\/\/[^/]+\/agenda\/[a-z2-7]{32}\.ics$/);
    const feed = await fetch(feedUrl.replace(/^webcal:\/\/[^/]+/, app.baseUrl));
    expect(feed.status).toBe(200);
    const ics = (await feed.text()).replace(/\r\n /g, "");
    expect(ics).toContain("SUMMARY:Huishoudelijke hulp bij Grietje Bakker");
    expect(ics).toContain("LOCATION:Kerkstraat 7a\\, 3441 AB Woerden");
    expect(ics).toContain("Telefoon: 0612345678");
    expect(ics).toContain("SUMMARY:Afgezegd: huishoudelijke hulp bij Grietje Bakker");
    expect(ics).toContain("STATUS:CANCELLED");
    // Nothing the agenda does not show: no e-mail address, no income, no other provider's clients.
    expect(ics).not.toContain("c-grietje@example.nl");
    expect(ics).not.toMatch(/inkomen|income/i);
    // A guessed token, and the token in another form, find nothing.
    expect((await fetch(`${app.baseUrl}/agenda/${"b".repeat(32)}.ics`)).status).toBe(404);
    const token = /\/agenda\/([a-z2-7]{32})\.ics/.exec(feedUrl)?.[1] ?? "";
    expect((await fetch(`${app.baseUrl}/agenda/${token.toUpperCase()}.ics`)).status).toBe(404);
    // The feed is the staff member's: another provider's staff has another token, without Greet.
    const practice = await staff("c-fysio@example.nl");
    const practiceHtml = await (await practice.get("/aanbieder/agenda")).text();
    const practiceUrl = /href="(webcal:[^"]+)"[^>]*data-testid="agenda-feed"/.exec(practiceHtml)?.[1] ?? "";
    expect(practiceUrl).not.toBe(feedUrl);
    const practiceIcs = await (await fetch(practiceUrl.replace(/^webcal:\/\/[^/]+/, app.baseUrl))).text();
    expect(practiceIcs).not.toContain("Grietje Bakker");
  });

  it("is not there for a ZIN provider or a mediator, and not for citizens", async () => {
    expect((await (await staff(DEMO.provider)).get("/aanbieder/agenda")).status).toBe(404);
    expect((await (await staff("c-bemiddeling@example.nl")).get("/aanbieder/agenda")).status).toBe(404);
    const citizen = await newCitizen(app, "c-nosy@example.nl", "Nora Nieuwsgierig");
    expect((await citizen.get("/aanbieder/agenda")).status).not.toBe(200);
  });

  it("names who acts for the client as the contact, once the booking is confirmed", async () => {
    const citizen = await newCitizen(app, "c-anna@example.nl", "Anna de Vries");
    const pid = providerId(CLEANER);
    const [slot] = await offeredSlots(citizen, pid);
    const held = await requestWithContact(citizen, `cleaner:${pid}`, {
      slotId: String(slot),
      forWhom: "other",
      actingName: "Kees de Vries",
      actingRelation: "dochter",
      consent: "on",
      addressOf: "other:Kees de Vries",
    });
    const day = amsterdamDay(
      one<{ s: number }>("SELECT min(starts_at) AS s FROM cleaner_slots WHERE request_id = ?", held).s,
    );
    const cleaner = await staff(DEMO.cleaner);
    expect(await page(cleaner, `/aanbieder/agenda?dag=${day}&weergave=dag`)).not.toContain("Anna de Vries");
    await citizen.post(`/mijn/aanvragen/${held}`, { intent: "confirm" });
    const agenda = await page(cleaner, `/aanbieder/agenda?dag=${day}&weergave=dag`);
    expect(agenda).toContain("Bezoek bij Kees de Vries");
    expect(agenda).toContain("Anna de Vries, dochter");
  });
});

describe("the cleaner's agenda without an address", () => {
  it("offers the client's e-mail address where an older booking has no address (from the outside walk)", async () => {
    const email = "c-zonder-adres@example.nl";
    const citizen = await newCitizen(app, email, "Zonder Adres");
    const pid = providerId(CLEANER);
    const [slot] = await offeredSlots(citizen, pid);
    const { id } = await requestOffer(citizen, `cleaner:${pid}`, { slotId: slot });
    // A booking from before the address was asked at the first request: none kept with it.
    app.db().prepare("UPDATE help_requests SET contact_id = NULL WHERE id = ?").run(id);
    app.db().prepare("DELETE FROM contact_details WHERE user_id = (SELECT id FROM users WHERE email = ?)").run(email);
    await citizen.post(`/mijn/aanvragen/${id}`, { intent: "confirm" });
    const first = one<{ startsAt: number }>(
      "SELECT starts_at AS startsAt FROM cleaner_slots WHERE request_id = ? ORDER BY starts_at LIMIT 1",
      id,
    ).startsAt;
    const cleaner = await staff(DEMO.cleaner);
    const html = await (await cleaner.get(`/aanbieder/agenda?dag=${amsterdamDay(first)}&weergave=dag`)).text();
    expect(textOf(html)).toContain(`Nog geen adres gegeven. Neem contact op via ${email}`);
    expect(html).toContain(`href="mailto:${email}"`);
    // Odd days are today's agenda, never an error page (year 0 once gave a 500).
    for (const odd of ["0000-01-01", "0001-01-01", "9999-12-31", "2026-02-30", "abc"])
      for (const view of ["dag", "week"])
        expect((await cleaner.get(`/aanbieder/agenda?dag=${odd}&weergave=${view}`)).status, odd).toBe(200);
    // Stopped again: the demo cleaner's weekly times are what the other tests book.
    await citizen.post(`/mijn/aanvragen/${id}`, { intent: "cancel", quoted: "0" });
  });
});
