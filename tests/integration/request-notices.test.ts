// The request flows tell people what happened (issue 16), against the built server with a real
// SMTP server: each event writes its notice for the right person, and its message arrives with
// the right recipient, subject and link; the booking carries its visits as .ics; reminders come
// the day before, once, also after a restart, and never for a cancelled visit; no message holds
// the answers about the person's situation (income, limitations, birth year) or a decline's reason.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "~/domain/policy";
import { providerAnswerDay } from "~/domain/requests";
import { addDays, fromAmsterdam, isoWeekday } from "~/domain/time";
import { formatDay, formatEuro } from "~/i18n";
import type { AppServer } from "../support/app-server";
import { Client, DEMO_PASSWORD, spaced, textOf } from "../support/client";
import { dayAfter, mondayAhead } from "../support/days";
import {
  addStaff,
  bookCleaner,
  cancelThroughConfirmation,
  type HelpAnswers,
  moveVisit,
  newCitizen,
  noticesOf,
  readersOf,
  requestKind,
  requestOffer,
  WOERDEN_HELP,
} from "../support/factories";
import { parseIcs } from "../support/ics";
import { addressesOf, type MailCatcher, startAppWithMail } from "../support/mail";

let app: AppServer;
let mail: MailCatcher;
const { one, all, providerId } = readersOf(() => app);

/** Answers only the person and the engine may know: none of them may show up in a message. */
const HELP: HelpAnswers = { ...WOERDEN_HELP, birthYear: 1944, income: 23456, mobility: ["stairs", "chair_rise"] };
const SECRETS = ["23456", "23.456", "1944", "traplopen", "Traplopen", "stairs", "chair_rise", "opstaan", "Opstaan"];
const DECLINE_REASON = "Valt vaak en heeft geheugenproblemen";

/**
 * Waits until the server has sent everything it wrote. A server stopped mid-send leaves the
 * message it was sending under its lease (10 minutes, as after a crash): so stop only once it is done.
 */
async function allSent(): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const left = one<{ n: number }>(
      "SELECT COUNT(*) AS n FROM notifications WHERE delivery_status IN ('pending', 'sending')",
    ).n;
    if (left === 0) return;
    if (Date.now() > deadline) throw new Error(`${left} notification(s) still unsent`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const stamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

const staffEmailsOf = (provider: number) =>
  all<{ email: string }>("SELECT email FROM users WHERE provider_id = ? AND role = 'provider_staff'", provider).map(
    (r) => r.email,
  );

beforeAll(async () => {
  ({ app, mail } = await startAppWithMail());
});
afterAll(async () => {
  await app?.stop();
  await mail?.stop();
});

describe("a cleaner booking, from hold to stop", () => {
  const citizenEmail = "greet.notices@example.nl";
  let citizen: Client;
  let requestId: number;
  let cleaner: number;
  let staff: string[];

  beforeAll(async () => {
    citizen = await newCitizen(app, citizenEmail, "Greet Jansen");
    requestId = await requestKind(citizen, "private_cleaner", HELP);
    cleaner = one<{ p: number }>("SELECT provider_id AS p FROM help_requests WHERE id = ?", requestId).p;
    const name = one<{ name: string }>("SELECT name FROM providers WHERE id = ?", cleaner).name;
    // Every member of the cleaner's staff hears of it, a colleague added now too.
    addStaff(app, "collega.notices@example.nl", name, "Collega");
    staff = staffEmailsOf(cleaner);
    expect(staff.length).toBeGreaterThanOrEqual(2);
  });

  it("sends a receipt of the hold with its number, what happens next, and a link to the request", async () => {
    const [notice, ...more] = noticesOf(app, citizenEmail, "request_received");
    expect(more).toHaveLength(0);
    expect(notice?.link).toBe(`/mijn/aanvragen/${requestId}`);
    const m = await mail.oneTo(citizenEmail, `We hebben uw aanvraag ontvangen (nr. ${requestId})`);
    expect(m.text).toContain("schoonmaakhulp");
    expect(m.text).toContain("Bevestig de gekozen tijd binnen 15 minuten");
    expect(m.text).toContain(`https://hulp.example.nl/mijn/aanvragen/${requestId}`);
    expect(m.from?.value[0]).toMatchObject({ name: "Gemeente Woerden", address: "noreply@hulp.example.nl" });
  });

  it("confirms the booking with every booked visit in an .ics, and tells each of the cleaner's staff", async () => {
    const res = await citizen.post(`/mijn/aanvragen/${requestId}`, { intent: "confirm" });
    expect(res.headers.get("location")).toContain("melding=confirmed");
    const booked = all<{ startsAt: number }>(
      "SELECT starts_at AS startsAt FROM cleaner_slots WHERE request_id = ? AND status = 'booked' ORDER BY starts_at",
      requestId,
    );
    expect(booked.length).toBeGreaterThan(1);
    expect(noticesOf(app, citizenEmail, "booking_confirmed")).toHaveLength(1);
    const m = await mail.oneTo(citizenEmail, "Uw schoonmaakhulp staat vast");
    expect(m.text).toContain(`${booked.length} bezoeken staan vast`);
    expect(m.text).toContain(`https://hulp.example.nl/mijn/aanvragen/${requestId}`);
    const [ics, ...others] = m.attachments;
    expect(others).toHaveLength(0);
    expect(ics?.contentType).toBe("text/calendar");
    expect(ics?.filename).toMatch(/\.ics$/);
    const { events } = parseIcs(ics?.content.toString("utf8") ?? "");
    expect(events.map((e) => e.DTSTART)).toEqual(booked.map((b) => stamp(b.startsAt)));
    for (const e of events) {
      expect(e.UID).toMatch(new RegExp(`^visit-${requestId}-\\d+@hulp\\.example\\.nl$`));
      expect(e.URL).toBe(`https://hulp.example.nl/mijn/aanvragen/${requestId}`);
    }

    for (const email of staff) {
      expect(noticesOf(app, email, "new_booking").map((n) => n.link)).toEqual([
        `/aanbieder/aanvragen#aanvraag-${requestId}`,
      ]);
      const s = await mail.oneTo(email, "Nieuwe boeking van G. Jansen");
      expect(s.text).toContain(`https://hulp.example.nl/aanbieder/aanvragen#aanvraag-${requestId}`);
      // Staff see a short name, not the full one, and nothing about the person.
      expect(s.text).not.toContain("Greet Jansen");
    }
  });

  it("tells both sides of a visit the citizen calls off, by whom and that it is free", async () => {
    const visits = all<{ id: number }>(
      "SELECT id FROM cleaner_slots WHERE request_id = ? AND status = 'booked' ORDER BY starts_at",
      requestId,
    );
    const third = visits[2]?.id ?? visits.at(-1)?.id;
    const res = await citizen.post(`/mijn/aanvragen/${requestId}`, {
      intent: "cancel-visit",
      slotId: String(third),
      quoted: "0",
    });
    expect(res.headers.get("location")).toContain("melding=visit_cancelled");
    expect(noticesOf(app, citizenEmail, "visit_cancelled")).toHaveLength(1);
    const m = await mail.oneTo(citizenEmail, "Een bezoek is afgezegd");
    expect(m.text).toContain("is afgezegd door u");
    expect(m.text).toContain("U betaalt hiervoor niets.");
    expect(m.text).toContain(`https://hulp.example.nl/mijn/aanvragen/${requestId}`);
    for (const email of staff) {
      expect(noticesOf(app, email, "client_visit_cancelled")).toHaveLength(1);
      const s = await mail.oneTo(email, /^Bezoek afgezegd: G\. Jansen, /);
      expect(s.text).toContain("afgezegd door de klant");
    }
  });

  it("tells both sides of a move to another weekly time", async () => {
    const html = await (await citizen.get(`/mijn/aanvragen/${requestId}`)).text();
    const own = new Set(
      all<{ id: number }>("SELECT id FROM cleaner_slots WHERE request_id = ?", requestId).map((r) => r.id),
    );
    const other = [...html.matchAll(/name="slotId" value="(\d+)"/g)]
      .map((x) => Number(x[1]))
      .find((id) => !own.has(id));
    expect(other).toBeDefined();
    const res = await citizen.post(`/mijn/aanvragen/${requestId}`, { intent: "change-slot", slotId: String(other) });
    expect(res.headers.get("location")).toContain("melding=slot_changed");
    expect(noticesOf(app, citizenEmail, "visit_moved")).toHaveLength(1);
    const m = await mail.oneTo(citizenEmail, "Uw schoonmaakhulp komt op een andere tijd");
    expect(m.text).toContain("Het eerste bezoek op de nieuwe tijd is");
    for (const email of staff) {
      expect(noticesOf(app, email, "client_time_changed")).toHaveLength(1);
      await mail.oneTo(email, "Andere vaste tijd: G. Jansen");
    }
  });

  it("tells both sides when the citizen stops the booking", async () => {
    const res = await cancelThroughConfirmation(citizen, requestId);
    expect(res.headers.get("location")).toContain("melding=cancelled");
    expect(noticesOf(app, citizenEmail, "booking_cancelled")).toHaveLength(1);
    const m = await mail.oneTo(citizenEmail, `Uw aanvraag is stopgezet (nr. ${requestId})`);
    expect(m.text).toContain("is stopgezet door u");
    const fee = one<{ c: number | null }>(
      "SELECT SUM(amount_cents) AS c FROM payments WHERE request_id = ? AND kind = 'late_cancellation'",
      requestId,
    ).c;
    expect(spaced(m.text ?? "")).toContain(
      fee ? `Hiervoor betaalt u ${spaced(formatEuro(fee, "nl"))}.` : "U betaalt hiervoor niets.",
    );
    for (const email of staff) {
      expect(noticesOf(app, email, "client_booking_cancelled")).toHaveLength(1);
      await mail.oneTo(email, "Klant stopt: G. Jansen");
    }
  });
});

describe("a hold about to end", () => {
  it("warns the holder once, minutes before the time is let go, also across a restart", async () => {
    const email = "hold.notices@example.nl";
    const client = await newCitizen(app, email, "Henk Houden");
    const requestId = await requestKind(client, "private_cleaner", HELP);
    // The hold ends in 4 minutes (the app never moves time: the test moves the hold's end).
    const until = Date.now() + 4 * 60_000;
    app.db().prepare("UPDATE help_requests SET hold_expires_at = ? WHERE id = ?").run(until, requestId);
    app.db().prepare("UPDATE cleaner_slots SET hold_expires_at = ? WHERE request_id = ?").run(until, requestId);
    await allSent();
    await app.restart(); // the holds job runs at start-up and every minute
    const m = await mail.oneTo(email, "Uw gekozen tijd wordt bijna weer vrijgegeven");
    expect(m.text).toContain(`https://hulp.example.nl/mijn/aanvragen/${requestId}`);
    await allSent();
    await app.restart();
    expect(noticesOf(app, email, "hold_expiring")).toHaveLength(1);
  });
});

describe("the day before", () => {
  const visitEmail = "morgen.notices@example.nl";
  const sessionEmail = "groep.notices@example.nl";
  let booking: number;
  let kept: number;
  let cancelled: number;
  let enrolled: number;

  beforeAll(async () => {
    const client = await newCitizen(app, visitEmail, "Mies Morgen");
    booking = await bookCleaner(client, HELP);
    const visits = all<{ id: number }>(
      "SELECT id FROM cleaner_slots WHERE request_id = ? AND status = 'booked' ORDER BY starts_at",
      booking,
    );
    expect(visits.length).toBeGreaterThan(2);
    cancelled = visits[2]?.id ?? 0;
    await client.post(`/mijn/aanvragen/${booking}`, { intent: "cancel-visit", slotId: String(cancelled), quoted: "0" });

    // Powerful Ageing: asked for, and enrolled by the practice.
    const participant = await newCitizen(app, sessionEmail, "Gerrit Groep");
    const practice = "Fysiotherapie Woerden Centrum";
    addStaff(app, "fysio.notices@example.nl", practice);
    const cohort = one<{ id: number }>(
      "SELECT id FROM physio_cohorts WHERE provider_id = ? ORDER BY start_date LIMIT 1",
      providerId(practice),
    ).id;
    enrolled = (await requestOffer(participant, `cohort:${cohort}`, { help: HELP })).id;
    const staff = new Client(app.baseUrl);
    await staff.login("fysio.notices@example.nl");
    await staff.post("/aanbieder/aanvragen", { action: "enrol", requestId: String(enrolled) });

    // Tomorrow (Amsterdam): the first visit, and the called-off one, at odd minutes no slot has;
    // the group's first session. The app never moves time: the test moves the visits.
    const tomorrow = addDays(amsterdamDay(new Date()), 1);
    await allSent();
    await app.stop();
    kept = moveVisit(app, booking, 0, fromAmsterdam(tomorrow, "06:07")?.getTime() ?? 0);
    const at = fromAmsterdam(tomorrow, "06:13")?.getTime() ?? 0;
    app
      .db()
      .prepare("UPDATE cleaner_slots SET starts_at = ?, ends_at = ? WHERE id = ?")
      .run(at, at + 3_600_000, cancelled);
    app
      .db()
      .prepare("UPDATE cancelled_visits SET starts_at = ?, ends_at = ? WHERE slot_id = ? AND request_id = ?")
      .run(at, at + 3_600_000, cancelled, booking);
    app
      .db()
      .prepare("UPDATE physio_cohorts SET start_date = ?, session1_weekday = ?, session1_time = '10:00' WHERE id = ?")
      .run(amsterdamDay(new Date()), isoWeekday(tomorrow), cohort);
    await app.restart();
  });

  it("reminds of tomorrow's visit once, not of the one called off, and not again after a restart", async () => {
    const m = await mail.oneTo(visitEmail, "Morgen komt uw schoonmaakhulp");
    expect(m.text).toContain(`https://hulp.example.nl/mijn/aanvragen/${booking}`);
    const reminders = noticesOf(app, visitEmail, "visit_reminder");
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.event_key).toMatch(new RegExp(`^visit:${booking}:${kept}:\\d+:reminder$`));
    expect(reminders.some((r) => r.event_key.includes(`:${cancelled}:`))).toBe(false);
    await allSent();
    await app.restart();
    await allSent();
    expect(noticesOf(app, visitEmail, "visit_reminder")).toHaveLength(1);
    expect(mail.to(visitEmail).filter((x) => x.subject === "Morgen komt uw schoonmaakhulp")).toHaveLength(1);
  });

  it("reminds an enrolled participant of tomorrow's group session once", async () => {
    console.log(
      all("SELECT * FROM physio_cohorts c JOIN help_requests r ON r.cohort_id = c.id WHERE r.id = ?", enrolled),
      all(
        "SELECT kind, event_key FROM notifications n JOIN users u ON u.id = n.recipient_user_id WHERE u.email = ?",
        sessionEmail,
      ),
    );
    const m = await mail.oneTo(sessionEmail, "Morgen traint uw groep");
    expect(m.text).toContain("Fysiotherapie Woerden Centrum");
    expect(m.text).toContain(`https://hulp.example.nl/mijn/aanvragen/${enrolled}`);
    expect(noticesOf(app, sessionEmail, "session_reminder")).toHaveLength(1);
  });
});

describe("a physio practice and a mediator: the new intake and the answer", () => {
  it("tells the practice's staff of a new intake, and the citizen that the group takes her, with its phone", async () => {
    const email = "pa.notices@example.nl";
    const practice = "Fysiotherapie Woerden Centrum";
    addStaff(app, "vecht.notices@example.nl", practice);
    const client = await newCitizen(app, email, "Anna Actief");
    const cohort = one<{ id: number }>(
      "SELECT id FROM physio_cohorts WHERE provider_id = ? ORDER BY start_date LIMIT 1",
      providerId(practice),
    ).id;
    const { id } = await requestOffer(client, `cohort:${cohort}`, { help: HELP });
    const receipt = await mail.oneTo(email, `We hebben uw aanvraag ontvangen (nr. ${id})`);
    expect(receipt.text).toContain("een Powerful Ageing-groep");
    // By when the practice answers: one day, from one function, in the mail, the page and the staff's mail.
    const createdAt = one<{ at: number }>("SELECT created_at AS at FROM help_requests WHERE id = ?", id).at;
    const answerBy = formatDay(providerAnswerDay(new Date(createdAt)), "nl");
    expect(spaced(receipt.text ?? "")).toContain(`${practice} laat u uiterlijk ${answerBy} weten of het lukt.`);
    expect(spaced(textOf(await (await client.get(`/mijn/aanvragen/${id}`)).text()))).toContain(
      `Antwoord uiterlijk ${answerBy}`,
    );
    // Every member of the practice's staff has the notice; the newest one's mail is checked.
    const intakes = all<{ link: string }>(
      "SELECT link FROM notifications WHERE event_key = ? AND kind = 'new_intake'",
      `request:${id}:new_intake`,
    );
    expect(intakes).toHaveLength(staffEmailsOf(providerId(practice)).length);
    expect(intakes.every((n) => n.link === `/aanbieder/aanvragen#aanvraag-${id}`)).toBe(true);
    const intake = await mail.oneTo("vecht.notices@example.nl", "Nieuwe aanvraag voor een Powerful Ageing-groep");
    expect(intake.text).toContain(`(nr. ${id})`);
    expect(intake.text).not.toContain("Anna");
    expect(spaced(intake.text ?? "")).toContain(`Laat de inwoner uiterlijk ${answerBy} weten of het lukt.`);
    const staff = new Client(app.baseUrl);
    await staff.login("vecht.notices@example.nl");
    await staff.post("/aanbieder/aanvragen", { action: "enrol", requestId: String(id) });
    const m = await mail.oneTo(email, `${practice} gaat u helpen`);
    const phone = one<{ phone: string | null }>(
      "SELECT contact_phone AS phone FROM providers WHERE id = ?",
      providerId(practice),
    ).phone;
    if (phone) expect(m.text).toContain(`Het telefoonnummer van ${practice} is ${phone}.`);
    expect(m.text).toContain(`https://hulp.example.nl/mijn/aanvragen/${id}`);
  });

  it("tells the citizen of a mediator's match with its start day, and of a decline without its reason", async () => {
    const mediatorName = "Burenhulp Bemiddeling Utrecht West";
    const mediator = providerId(mediatorName);
    addStaff(app, "bemiddeling.notices@example.nl", mediatorName);
    const staff = new Client(app.baseUrl);
    await staff.login("bemiddeling.notices@example.nl");

    const matchedEmail = "pgb.notices@example.nl";
    const matched = await newCitizen(app, matchedEmail, "Piet Pgb");
    const first = await requestOffer(matched, `mediation:${mediator}`, { help: HELP });
    await mail.oneTo(matchedEmail, `We hebben uw aanvraag ontvangen (nr. ${first.id})`);
    await mail.oneTo("bemiddeling.notices@example.nl", "Nieuwe aanvraag voor hulp via een pgb");
    const startDay = dayAfter(mondayAhead(2), 1);
    await staff.post("/aanbieder/aanvragen", {
      action: "match",
      requestId: String(first.id),
      helperFirstName: "Fatima",
      helperStartDate: startDay,
    });
    const m = await mail.oneTo(matchedEmail, `${mediatorName} gaat u helpen`);
    expect(spaced(m.text ?? "")).toContain(`De hulp begint op ${spaced(formatDay(startDay, "nl"))}.`);

    const declinedEmail = "nee.notices@example.nl";
    const declined = await newCitizen(app, declinedEmail, "Nel Nee");
    const second = await requestOffer(declined, `mediation:${mediator}`, { help: HELP });
    await staff.post("/aanbieder/aanvragen", {
      action: "decline",
      requestId: String(second.id),
      reason: DECLINE_REASON,
    });
    expect(noticesOf(app, declinedEmail, "request_declined").map((n) => n.link)).toEqual([
      `/mijn/aanvragen/${second.id}`,
    ]);
    const no = await mail.oneTo(declinedEmail, `${mediatorName} kan u niet helpen (nr. ${second.id})`);
    expect(no.text).toContain("hulp via een pgb");
  });
});

describe("an erased account", () => {
  it("is named in no notice any more; the cleaner hears the booking stopped, the gone address nothing", async () => {
    const email = "eva.notices@example.nl";
    const client = await newCitizen(app, email, "Eva Wissen");
    const requestId = await bookCleaner(client, HELP);
    const paramsOf = () =>
      all<{ kind: string; params: string }>(
        "SELECT kind, params FROM notifications WHERE event_key LIKE ? OR event_key LIKE ?",
        `request:${requestId}:%`,
        `visit:${requestId}:%`,
      );
    expect(paramsOf().some((n) => n.params.includes("E. Wissen"))).toBe(true);
    await allSent();

    const erased = await client.post("/mijn/gegevens", { confirm: "on", password: DEMO_PASSWORD });
    expect(erased.status).toBe(302);
    const after = paramsOf();
    expect(after.filter((n) => n.params.includes("Wissen"))).toEqual([]);
    expect(after.filter((n) => n.kind === "client_booking_cancelled").length).toBeGreaterThan(0);
    expect(after.filter((n) => n.kind === "booking_cancelled")).toEqual([]);
    const [staff] = staffEmailsOf(
      one<{ p: number }>("SELECT provider_id AS p FROM help_requests WHERE id = ?", requestId).p,
    );
    const stopped = await mail.waitFor(
      (m) => addressesOf(m).includes(staff ?? "") && m.subject === "Klant stopt: [verwijderd]",
    );
    expect(stopped).toHaveLength(1);
  });
});

// Last: it reads every message the describes above made.
describe("every message", () => {
  it("carries none of the person's answers (income, limitations, birth year) and no decline's reason", async () => {
    await allSent();
    expect(mail.messages.length).toBeGreaterThan(10);
    for (const m of mail.messages) {
      const raw = [m.subject, m.text, m.html, ...m.attachments.map((a) => a.content.toString("utf8"))].join("\n");
      for (const secret of [...SECRETS, DECLINE_REASON])
        expect(raw, `${m.subject} holds ${secret}`).not.toContain(secret);
    }
  });
});

describe("a staff notice's link, after the journeys above", () => {
  it("lands on the item's own card on the staff's list, for every kind written", async () => {
    const rows = all<{ id: number; kind: string; email: string }>(
      `SELECT n.id, n.kind, u.email FROM notifications n JOIN users u ON u.id = n.recipient_user_id
       WHERE u.role = 'provider_staff' AND n.channel = 'email' ORDER BY u.email, n.id`,
    );
    const checked = new Set<string>();
    const clients = new Map<string, Client>();
    for (const n of rows) {
      let staff = clients.get(n.email);
      if (!staff) {
        staff = new Client(app.baseUrl);
        await staff.login(n.email);
        clients.set(n.email, staff);
      }
      const to = (await staff.get(`/meldingen/${n.id}`)).headers.get("location") ?? "";
      const [path, anchor] = to.split("#");
      // A request's notice names its card on the requests list (a referral's, its card on that list).
      if (path === "/aanbieder/aanvragen") expect(anchor, n.kind).toMatch(/^aanvraag-\d+$/);
      else expect(anchor, `${n.kind} ${to}`).toMatch(/^referral-\d+$/);
      expect(await (await staff.get(to)).text(), `${n.kind} ${to}`).toContain(`id="${anchor}"`);
      checked.add(n.kind);
    }
    expect([...checked]).toEqual(
      expect.arrayContaining([
        "new_booking",
        "client_visit_cancelled",
        "client_booking_cancelled",
        "client_time_changed",
        "new_intake",
      ]),
    );
  });
});
