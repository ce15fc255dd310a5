// The municipal flows tell people what happened (issue 16): against the built server sending over a
// real SMTP server in this process. Each event leaves its notice row for the right people and its
// message arrives with the right recipient, subject and link; no message carries the situation,
// limitations or income given; Groningen's consultants and admins hear nothing of Woerden's news.

import { eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "~/domain/policy";
import { formatDay } from "~/i18n";
import { users } from "~db/schema";
import { addressFields } from "../support/address";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO } from "../support/client";
import {
  addMunicipalityStaff,
  caseOf,
  citizenAskingZin,
  GRONINGEN,
  helpQuery,
  newCitizen,
  orm,
  readersOf,
  referralInDatabase,
  WOERDEN_HELP,
} from "../support/factories";
import { applyAsProvider, cleanerApplication } from "../support/factories/applications";
import { addressesOf, type MailCatcher, startMailCatcher } from "../support/mail";

const ORIGIN = "https://hulp.example.nl";
const SECOND_CONSULTANT = "consulent2.woerden@example.nl";
// What a citizen tells that no message may repeat: the situation, limitations and income.
const SITUATION = "Sinds de heupoperatie kom ik de trap niet meer op";
const HELP = { ...WOERDEN_HELP, mobility: ["stairs", "chair_rise"] } as const;
const INCOME = "2345";
const SIGNAL_TEXT = "De mantelzorger is uitgeput en slaapt slecht";
const COMPLAINT = "De thuiszorg kwam drie keer te laat";
const RESOLUTION = "Wij hebben de aanbieder gevraagd de planning te verbeteren";
const FORBIDDEN = [
  /heupoperatie/i,
  /trap/i,
  /stairs|chair_rise/i,
  /opstaan/i,
  /2[.]?345/,
  /inkomen|income|draagkracht/i,
  /mantelzorger/i,
  /te laat/i,
  /planning/i,
];

let app: AppServer;
let mail: MailCatcher;
let consultant: Client;
let provider: Client;
let admin: Client;
let groningenStaff: number[];
const today = amsterdamDay(new Date());

const { one, all, userId } = readersOf(() => app);

type Notice = { to: number; kind: string; link: string; params: string; m: string | null };
const noticesOf = (eventKey: string) =>
  all<Notice>(
    `SELECT recipient_user_id AS "to", kind, link, params, municipality_code AS m
     FROM notifications WHERE event_key = ? AND channel = 'email' ORDER BY recipient_user_id`,
    eventKey,
  );
const consultantsOfWoerden = () =>
  all<{ id: number }>(
    "SELECT id FROM users WHERE role = 'consultant' AND municipality_code = 'GM0632' AND deactivated_at IS NULL ORDER BY id",
  ).map((u) => u.id);
const staffOf = (provider: string) =>
  all<{ id: number }>(
    "SELECT u.id FROM users u JOIN providers p ON p.id = u.provider_id WHERE p.name = ? ORDER BY u.id",
    provider,
  ).map((u) => u.id);

/**
 * The one message to `address` with this subject linking to `path` (waits for it): the demo's own
 * events sent some with the same subject about other pages.
 */
async function messageTo(address: string, subject: string, path: string): Promise<ParsedMail> {
  const link = `${ORIGIN}${path}`;
  const [message, ...more] = await mail.waitFor(
    (m) => addressesOf(m).includes(address.toLowerCase()) && m.subject === subject && (m.text ?? "").includes(link),
  );
  expect(more).toHaveLength(0);
  expect(message?.from?.value[0]?.name).toBe("Gemeente Woerden");
  return message as ParsedMail;
}

/** Waits until the worker has sent every message written so far (none pending or in flight). */
async function allSent(): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    const waiting = one<{ n: number }>(
      "SELECT count(*) AS n FROM notifications WHERE delivery_status IN ('pending', 'sending')",
    ).n;
    if (waiting === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  const left = all(
    "SELECT kind, delivery_status, attempts, last_error FROM notifications WHERE delivery_status IN ('pending', 'sending')",
  );
  throw new Error(`messages are still waiting to be sent: ${JSON.stringify(left)}`);
}

/** Everything a message carries that a reader could see: headers, subject, text and HTML. */
const rawOf = (m: ParsedMail) =>
  [...m.headerLines.map((h) => h.line), m.subject ?? "", m.text ?? "", typeof m.html === "string" ? m.html : ""].join(
    "\n",
  );

beforeAll(async () => {
  mail = await startMailCatcher();
  app = await startApp({ SMTP_URL: mail.url, MAIL_FROM: "noreply@hulp.example.nl", PUBLIC_URL: ORIGIN });
  addMunicipalityStaff(app, SECOND_CONSULTANT, "consultant", "GM0632", "Joost Tweede");
  consultant = new Client(app.baseUrl);
  await consultant.login(DEMO.consultant);
  provider = new Client(app.baseUrl);
  await provider.login(DEMO.provider);
  admin = new Client(app.baseUrl);
  await admin.login(DEMO.admin);
  groningenStaff = [userId(DEMO.consultantGroningen), userId(DEMO.adminGroningen)];
});

afterAll(async () => {
  await app?.stop();
  await mail?.stop();
});

/**
 * The consultant's kitchen-table talk (with the situation), the income, consent to share health
 * with the provider, and a grant of ZIN at Thuiszorg Groene Hart: the referral carries the situation.
 */
async function grantZin(caseId: number, by: Client = consultant): Promise<number> {
  const path = `/consulent/zaken/${caseId}`;
  const talk = await by.post(path, {
    intent: "talk",
    situation: SITUATION,
    ownAbilities: "",
    network: "",
    facilities: "",
    notes: "",
  });
  expect(talk.status).toBe(302);
  const dk = await by.post(path, { intent: "draagkracht", household: "single", income: INCOME });
  expect(dk.status).toBe(302);
  await by.post(path, {
    intent: "consent",
    shareIntake: "on",
    shareHealth: "on",
    phone: "",
    preferences: "",
  });
  const decided = await by.post(path, {
    intent: "decide",
    offerId: `zin:${one<{ id: number }>("SELECT id FROM providers WHERE name = 'Thuiszorg Groene Hart'").id}`,
    reason: "zin_needed_complex",
    hours: "2,5",
    startDate: today,
    months: "3",
  });
  expect(decided.headers.get("location")).toContain("melding=indicated");
  const referral = one<{ id: number }>("SELECT max(id) AS id FROM referrals WHERE case_id = ?", caseId).id;
  expect(one<{ i: string }>("SELECT intake AS i FROM referrals WHERE id = ?", referral).i).toContain("heupoperatie");
  return referral;
}

const act = (referralId: number, intent: string, fields: Record<string, string> = {}) =>
  provider.post("/aanbieder/verwijzingen", { referralId: String(referralId), intent, ...fields });

let zin: { caseId: number; requestId: number; email: string; referralId: number };

describe("a ZIN request (melding) and a talk request", () => {
  it("gives the citizen a receipt with the statutory terms, and every Woerden consultant a notice", async () => {
    const email = "melding@example.nl";
    const { caseId, requestId } = await citizenAskingZin(app, email, "Greet Melding", HELP);
    zin = { caseId, requestId, email, referralId: 0 };

    const receipt = noticesOf(`request:${requestId}:received`);
    expect(receipt).toEqual([
      expect.objectContaining({
        to: userId(email),
        kind: "request_received",
        link: `/mijn/aanvragen/${requestId}`,
        m: "GM0632",
      }),
    ]);
    const message = await messageTo(
      email,
      `We hebben uw aanvraag ontvangen (nr. ${requestId})`,
      receipt[0]?.link ?? "",
    );
    expect(message.text).toContain("hulp van een thuiszorgorganisatie");
    expect(message.text).toContain("Binnen 6 weken na uw melding");
    expect(message.text).toContain("binnen 7 dagen een persoonlijk plan");
    expect(message.text).toContain("onafhankelijke cliëntondersteuner");

    const forConsultants = noticesOf(`request:${requestId}:for-consultants`);
    expect(forConsultants.map((n) => n.to)).toEqual(consultantsOfWoerden());
    expect(forConsultants.map((n) => n.to)).toContain(userId(SECOND_CONSULTANT));
    expect(forConsultants.every((n) => n.kind === "new_case_request" && n.link === `/consulent/zaken/${caseId}`)).toBe(
      true,
    );
    for (const address of [DEMO.consultant, SECOND_CONSULTANT])
      await messageTo(
        address,
        "Nieuwe vraag van een inwoner: hulp van een thuiszorgorganisatie",
        `/consulent/zaken/${caseId}`,
      );
  });

  it("does the same for a request for a talk", async () => {
    const email = "gesprek@example.nl";
    const citizen = await newCitizen(app, email, "Henk Gesprek");
    const res = await citizen.post(`/hulp/aanvragen?offer=consultation&${helpQuery(HELP)}`, {
      forWhom: "self",
      ...addressFields(HELP.postcode),
    });
    const requestId = Number(/aanvragen\/(\d+)/.exec(res.headers.get("location") ?? "")?.[1]);
    expect(requestId).toBeGreaterThan(0);
    const caseId = caseOf(app, requestId);

    const message = await messageTo(
      email,
      `We hebben uw aanvraag ontvangen (nr. ${requestId})`,
      `/mijn/aanvragen/${requestId}`,
    );
    expect(message.text).toContain("een gesprek met de gemeente");
    expect(message.text).toContain("Binnen 6 weken na uw melding");
    expect(noticesOf(`request:${requestId}:for-consultants`).map((n) => n.to)).toEqual(consultantsOfWoerden());
    await messageTo(
      DEMO.consultant,
      "Nieuwe vraag van een inwoner: een gesprek met de gemeente",
      `/consulent/zaken/${caseId}`,
    );
  });
});

describe("a grant of ZIN and the referral's way", () => {
  it("tells the citizen of the decision (with the objection term) and the provider of the referral", async () => {
    const referral = await grantZin(zin.caseId);
    zin.referralId = referral;
    const decision = one<{ id: number }>("SELECT id FROM case_decisions WHERE case_id = ?", zin.caseId).id;

    expect(noticesOf(`decision:${decision}:made`)).toEqual([
      expect.objectContaining({
        to: userId(zin.email),
        kind: "decision_made",
        link: `/mijn/aanvragen/${zin.requestId}`,
      }),
    ]);
    const decided = await messageTo(
      zin.email,
      "De gemeente heeft een besluit genomen",
      `/mijn/aanvragen/${zin.requestId}`,
    );
    expect(decided.text).toContain(`uw aanvraag (nr. ${zin.requestId})`);
    expect(decided.text).toContain("binnen 6 weken bezwaar maken");

    const staff = staffOf("Thuiszorg Groene Hart");
    expect(noticesOf(`referral:${referral}:sent`).map((n) => n.to)).toEqual(staff);
    const sent = await messageTo(
      DEMO.provider,
      `Nieuwe verwijzing van de gemeente (nr. ${referral})`,
      `/aanbieder/verwijzingen#referral-${referral}`,
    );
    expect(sent.text).toContain("De gemeente Woerden heeft u een verwijzing gestuurd");
  });

  it("tells the citizen when the provider accepts (start day, provider's phone) and when the help starts", async () => {
    expect((await act(zin.referralId, "accept", { startDate: today })).status).toBe(302);
    const phone = one<{ p: string }>("SELECT contact_phone AS p FROM providers WHERE name = 'Thuiszorg Groene Hart'").p;
    expect(noticesOf(`referral:${zin.referralId}:accepted`)).toEqual([
      expect.objectContaining({
        to: userId(zin.email),
        kind: "referral_accepted",
        link: `/mijn/aanvragen/${zin.requestId}`,
      }),
    ]);
    const accepted = await messageTo(
      zin.email,
      "Thuiszorg Groene Hart gaat u helpen",
      `/mijn/aanvragen/${zin.requestId}`,
    );
    expect(accepted.text).toContain(`De hulp begint op ${formatDay(today, "nl")}`);
    expect(accepted.text).toContain(`Het telefoonnummer van Thuiszorg Groene Hart is ${phone}.`);

    expect((await act(zin.referralId, "start")).status).toBe(302);
    expect(noticesOf(`referral:${zin.referralId}:started`).map((n) => n.kind)).toEqual(["help_started"]);
    const started = await messageTo(zin.email, "Uw hulp is begonnen", `/mijn/aanvragen/${zin.requestId}`);
    expect(started.text).toContain(`is op ${formatDay(today, "nl")} begonnen`);
  });

  it("tells the consultants of an urgent signal today, without its words; a normal one waits in the inbox", async () => {
    const raise = (urgency: string) =>
      provider.post("/aanbieder/signalen", {
        client: `referral:${zin.referralId}`,
        type: "carer_overload",
        urgency,
        text: SIGNAL_TEXT,
      });
    // The demo's own urgent signal wrote some already.
    const urgentNotices = () =>
      one<{ n: number }>("SELECT count(*) AS n FROM notifications WHERE kind = 'urgent_signal'").n;
    const before = urgentNotices();
    expect((await raise("normal")).status).toBe(302);
    expect(urgentNotices()).toBe(before);
    expect((await raise("urgent")).status).toBe(302);
    const signal = one<{ id: number }>("SELECT max(id) AS id FROM signals WHERE case_id = ?", zin.caseId).id;
    const notices = noticesOf(`signal:${signal}:urgent`);
    expect(notices.map((n) => n.to)).toEqual(consultantsOfWoerden());
    expect(notices.every((n) => n.link === `/consulent/zaken/${zin.caseId}`)).toBe(true);
    for (const address of [DEMO.consultant, SECOND_CONSULTANT]) {
      const message = await messageTo(address, "Dringend signaal over een inwoner", `/consulent/zaken/${zin.caseId}`);
      expect(message.text).toContain(
        `Thuiszorg Groene Hart heeft een dringend signaal gegeven over zaak nr. ${zin.caseId}`,
      );
    }
  });

  it("tells the consultant who referred of a decline, and the provider of a referral sent again and withdrawn", async () => {
    const email = "afgewezen@example.nl";
    const { caseId } = await citizenAskingZin(app, email, "Kees Afgewezen", HELP);
    const referral = await grantZin(caseId);
    expect((await act(referral, "decline", { reason: "Geen plek in deze wijk" })).status).toBe(302);

    // Only the consultant who sent it, not every consultant of the municipality.
    expect(noticesOf(`referral:${referral}:declined`)).toEqual([
      expect.objectContaining({
        to: userId(DEMO.consultant),
        kind: "referral_declined",
        link: `/consulent/zaken/${caseId}`,
      }),
    ]);
    const declined = await messageTo(
      DEMO.consultant,
      `Verwijzing afgewezen (nr. ${referral})`,
      `/consulent/zaken/${caseId}`,
    );
    expect(declined.text).not.toContain("Geen plek");

    const groeneHart = one<{ id: number }>("SELECT id FROM providers WHERE name = 'Thuiszorg Groene Hart'").id;
    const again = await consultant.post(`/consulent/zaken/${caseId}`, {
      intent: "referAgain",
      referralId: String(referral),
      providerId: String(groeneHart),
    });
    expect(again.headers.get("location")).toContain("melding=saved");
    const second = one<{ id: number }>("SELECT max(id) AS id FROM referrals WHERE case_id = ?", caseId).id;
    expect(second).not.toBe(referral);
    await messageTo(
      DEMO.provider,
      `Nieuwe verwijzing van de gemeente (nr. ${second})`,
      `/aanbieder/verwijzingen#referral-${second}`,
    );

    const withdraw = await consultant.post(`/consulent/zaken/${caseId}`, {
      intent: "withdraw",
      referralId: String(second),
    });
    expect(withdraw.headers.get("location")).toContain("melding=saved");
    expect(noticesOf(`referral:${second}:withdrawn`).map((n) => n.to)).toEqual(staffOf("Thuiszorg Groene Hart"));
    await messageTo(
      DEMO.provider,
      `Verwijzing ingetrokken (nr. ${second})`,
      `/aanbieder/verwijzingen?weergave=afgerond#referral-${second}`,
    );
  });

  it("tells every Woerden consultant of a decline when the one who referred has left", async () => {
    const { caseId } = await citizenAskingZin(app, "verlaten@example.nl", "Nel Verlaten", HELP);
    const other = new Client(app.baseUrl);
    await other.login(SECOND_CONSULTANT);
    const referral = await grantZin(caseId, other);
    orm(app)
      .update(users)
      .set({ deactivatedAt: new Date() })
      .where(eq(users.id, userId(SECOND_CONSULTANT)))
      .run();
    expect((await act(referral, "decline", { reason: "Vol" })).status).toBe(302);
    const to = noticesOf(`referral:${referral}:declined`).map((n) => n.to);
    expect(to).toEqual(consultantsOfWoerden());
    expect(to).not.toContain(userId(SECOND_CONSULTANT));
    expect(to).toContain(userId(DEMO.consultant));
  });

  it("tells the citizen of steering to lighter help as a decision, without the objection term of a grant", async () => {
    const email = "gestuurd@example.nl";
    const { caseId, requestId } = await citizenAskingZin(app, email, "Mevrouw Stuur", HELP);
    const cleaner = one<{ offer: string }>(
      "SELECT 'cleaner:' || id AS offer FROM providers WHERE name = 'Schoonmaakhulp Ans de Vries'",
    ).offer;
    const res = await consultant.post(`/consulent/zaken/${caseId}`, {
      intent: "decide",
      offerId: cleaner,
      reason: "private_affordable",
      note: "",
    });
    expect(res.headers.get("location")).toContain("melding=steered");
    const message = await messageTo(email, "De gemeente heeft een besluit genomen", `/mijn/aanvragen/${requestId}`);
    expect(message.text).toContain(`uw aanvraag (nr. ${requestId})`);
    expect(message.text).not.toContain("bezwaar");
  });
});

describe("evaluations that come due", () => {
  it("tells the provider's staff once per referral, from the hourly job (run at start-up)", async () => {
    const { referralId } = await referralInDatabase(app, {
      name: "Truus Evaluatie",
      help: { ...HELP, postcode: "3441AB", birthYear: 1940, household: "single", needs: ["cleaning"], income: 2345 },
      phone: "06-11112222",
      preferences: "",
      situation: SITUATION,
      status: "started",
      evaluationInDays: 5,
    });
    const key = `referral:${referralId}:evaluation-due`;
    expect(noticesOf(key)).toHaveLength(0);
    // Nothing in flight when the server stops: a message claimed then waits out its lease.
    await allSent();
    await app.restart();
    expect(noticesOf(key).map((n) => n.to)).toEqual(staffOf("Thuiszorg Groene Hart"));
    const dueDay = one<{ d: string }>(
      "SELECT i.evaluation_date AS d FROM referrals r JOIN indications i ON i.id = r.indication_id WHERE r.id = ?",
      referralId,
    ).d;
    const message = await messageTo(
      DEMO.provider,
      `Evaluatie nodig (nr. ${referralId})`,
      `/aanbieder/verwijzingen#referral-${referralId}`,
    );
    expect(message.text).toContain(`vóór ${formatDay(dueDay, "nl")}`);
    // Another run writes nothing new and sends nothing again.
    await allSent();
    await app.restart();
    expect(noticesOf(key)).toHaveLength(staffOf("Thuiszorg Groene Hart").length);
    await allSent();
    await messageTo(
      DEMO.provider,
      `Evaluatie nodig (nr. ${referralId})`,
      `/aanbieder/verwijzingen#referral-${referralId}`,
    );
  });
});

describe("complaints", () => {
  it("gives the citizen a receipt and Woerden's admins a notice, and tells the citizen when it is resolved", async () => {
    const citizen = new Client(app.baseUrl);
    await citizen.login(zin.email);
    const filed = await citizen.post(`/mijn/aanvragen/${zin.requestId}`, { intent: "complaint", text: COMPLAINT });
    expect(filed.status).toBe(302);
    const complaint = one<{ id: number }>("SELECT id FROM complaints WHERE request_id = ?", zin.requestId).id;

    expect(noticesOf(`complaint:${complaint}:received`)).toEqual([
      expect.objectContaining({
        to: userId(zin.email),
        kind: "complaint_received",
        link: `/mijn/aanvragen/${zin.requestId}`,
      }),
    ]);
    const receipt = await messageTo(
      zin.email,
      `We hebben uw klacht ontvangen (nr. ${complaint})`,
      `/mijn/aanvragen/${zin.requestId}`,
    );
    expect(receipt.text).toContain("binnen 6 weken");

    const admins = all<{ id: number }>(
      "SELECT id FROM users WHERE role = 'admin' AND municipality_code = 'GM0632' ORDER BY id",
    ).map((u) => u.id);
    expect(noticesOf(`complaint:${complaint}:new`).map((n) => n.to)).toEqual(admins);
    await messageTo(DEMO.admin, `Nieuwe klacht (nr. ${complaint})`, `/beheer/klachten/${complaint}`);

    expect((await admin.post(`/beheer/klachten/${complaint}`, { intent: "start" })).status).toBe(302);
    expect(noticesOf(`complaint:${complaint}:resolved`)).toHaveLength(0);
    const resolved = await admin.post(`/beheer/klachten/${complaint}`, { intent: "resolve", resolution: RESOLUTION });
    expect(resolved.status).toBe(302);
    expect(noticesOf(`complaint:${complaint}:resolved`).map((n) => n.kind)).toEqual(["complaint_resolved"]);
    await messageTo(zin.email, `Uw klacht is afgehandeld (nr. ${complaint})`, `/mijn/aanvragen/${zin.requestId}`);
  });
});

describe("provider applications", () => {
  it("tells the admins of the municipality the applicant wants to serve", async () => {
    const id = await applyAsProvider(app, cleanerApplication("Schoonmaak Fris Woerden"));
    const admins = all<{ id: number }>(
      "SELECT id FROM users WHERE role = 'admin' AND municipality_code = 'GM0632' ORDER BY id",
    ).map((u) => u.id);
    expect(noticesOf(`provider:${id}:applied`).map((n) => n.to)).toEqual(admins);
    const message = await messageTo(
      DEMO.admin,
      "Nieuwe aanmelding van een aanbieder: Schoonmaak Fris Woerden",
      `/beheer/aanbieders/${id}`,
    );
    expect(message.text).toContain("Schoonmaak Fris Woerden heeft zich aangemeld");
  });
});

describe("what no message says, and who hears nothing", () => {
  it("never carries the situation, limitations, income, signal, complaint or answer", async () => {
    await allSent();
    const sent = one<{ n: number }>("SELECT count(*) AS n FROM notifications WHERE delivery_status = 'sent'").n;
    await mail.waitFor(() => true, sent);
    // Sent, or not for sending: switched off, or to the consultant who left (no address any more).
    const unsent = all<{ kind: string; s: string }>(
      "SELECT kind, delivery_status AS s FROM notifications WHERE delivery_status NOT IN ('sent', 'off', 'no_address')",
    );
    expect(unsent).toEqual([]);
    expect(mail.messages.length).toBeGreaterThan(20);
    for (const message of mail.messages) {
      const raw = rawOf(message);
      for (const pattern of FORBIDDEN) expect(raw, `${message.subject}: ${pattern}`).not.toMatch(pattern);
    }
    // The rows' params, which the in-app list reads, neither.
    for (const { params } of all<{ params: string }>("SELECT params FROM notifications"))
      for (const pattern of FORBIDDEN) expect(params).not.toMatch(pattern);
  });

  it("gives Groningen's consultants and admins nothing of Woerden's events", async () => {
    const placeholders = groningenStaff.map(() => "?").join(",");
    expect(
      one<{ n: number }>(
        `SELECT count(*) AS n FROM notifications WHERE recipient_user_id IN (${placeholders})`,
        ...groningenStaff,
      ).n,
    ).toBe(0);
    expect(mail.to(DEMO.consultantGroningen)).toHaveLength(0);
    expect(mail.to(DEMO.adminGroningen)).toHaveLength(0);
  });

  it("tells Groningen's admins, under Groningen's name, of an applicant that wants to serve both", async () => {
    const id = await applyAsProvider(app, cleanerApplication("Schoonmaak Fris Overal"), [["serves", GRONINGEN]]);
    const notices = noticesOf(`provider:${id}:applied`);
    expect(notices.find((n) => n.to === userId(DEMO.adminGroningen))?.m).toBe(GRONINGEN);
    expect(notices.find((n) => n.to === userId(DEMO.admin))?.m).toBe("GM0632");
    expect(notices.some((n) => n.to === userId(DEMO.consultantGroningen))).toBe(false);
    const [message] = await mail.waitFor(
      (m) =>
        addressesOf(m).includes(DEMO.adminGroningen) &&
        (m.subject ?? "").startsWith("Nieuwe aanmelding van een aanbieder"),
    );
    expect(message?.from?.value[0]?.name).toBe("Gemeente Groningen");
    expect(message?.text).toContain(`${ORIGIN}/beheer/aanbieders/${id}`);
  });
});
