// The day-before reminder by SMS (issue 16), against the built server and the NotifyNL stand-in:
// a citizen who prefers the phone and gave one gets it as an SMS (the notice stays in the app, no
// e-mail); one who prefers e-mail gets the e-mail. Once each, also after a restart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "~/domain/policy";
import { addDays, fromAmsterdam } from "~/domain/time";
import { type AppServer, startApp } from "../support/app-server";
import { Client, textOf } from "../support/client";
import { moveVisit, newCitizen, readersOf, requestKind, WOERDEN_HELP } from "../support/factories";
import { contactInDatabase } from "../support/factories/contacts";
import { type NotifyNlStandIn, startNotifyNl } from "../support/notifynl";

const EMAIL_TEMPLATE = "0b6e6c1a-6f0e-4f3c-9c8e-00000000d011";
const SMS_TEMPLATE = "0b6e6c1a-6f0e-4f3c-9c8e-00000000d511";
let app: AppServer;
let notifyNl: NotifyNlStandIn;
const { one, all } = readersOf(() => app);

type Row = { channel: string; delivery_status: string };
const remindersOf = (email: string) =>
  all<Row>(
    `SELECT n.channel, n.delivery_status FROM notifications n JOIN users u ON u.id = n.recipient_user_id
       WHERE u.email = ? AND n.kind = 'visit_reminder' ORDER BY n.channel`,
    email,
  );

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const allSent = () =>
  until(
    () =>
      one<{ n: number }>("SELECT count(*) AS n FROM notifications WHERE delivery_status IN ('pending', 'sending')")
        .n === 0,
    "the outbox to empty",
  );

let smsRequest: number;
let mailRequest: number;
let landlineRequest: number;

beforeAll(async () => {
  notifyNl = await startNotifyNl();
  app = await startApp({
    NOTIFYNL_BASE_URL: notifyNl.baseUrl,
    NOTIFYNL_API_KEY: notifyNl.apiKey,
    NOTIFYNL_EMAIL_TEMPLATE_ID: EMAIL_TEMPLATE,
    NOTIFYNL_SMS_TEMPLATE_ID: SMS_TEMPLATE,
    PUBLIC_URL: "https://hulp.example.nl",
  });
  const bySms = await newCitizen(app, "sms.herinnering@example.nl", "Sien Sms");
  smsRequest = await requestKind(bySms, "private_cleaner", WOERDEN_HELP);
  await bySms.post(`/mijn/aanvragen/${smsRequest}`, { intent: "confirm" });
  contactInDatabase(app, smsRequest, { phone: "06 12345678", preferredContact: "phone" });
  const byMail = await newCitizen(app, "mail.herinnering@example.nl", "Maarten Mail");
  mailRequest = await requestKind(byMail, "private_cleaner", WOERDEN_HELP);
  await byMail.post(`/mijn/aanvragen/${mailRequest}`, { intent: "confirm" });
  contactInDatabase(app, mailRequest, { phone: "06 87654321", preferredContact: "email" });
  // Prefers the phone, but a landline cannot take a text message.
  const byLandline = await newCitizen(app, "vaste.lijn@example.nl", "Vera Vast");
  landlineRequest = await requestKind(byLandline, "private_cleaner", WOERDEN_HELP);
  await byLandline.post(`/mijn/aanvragen/${landlineRequest}`, { intent: "confirm" });
  contactInDatabase(app, landlineRequest, { phone: "0348 123456", preferredContact: "phone" });
  // Tomorrow (Amsterdam), at odd minutes no slot has: the app never moves time, the test moves the visits.
  const tomorrow = addDays(amsterdamDay(new Date()), 1);
  await allSent();
  await app.stop();
  moveVisit(app, smsRequest, 0, fromAmsterdam(tomorrow, "06:07")?.getTime() ?? 0);
  moveVisit(app, mailRequest, 0, fromAmsterdam(tomorrow, "06:11")?.getTime() ?? 0);
  moveVisit(app, landlineRequest, 0, fromAmsterdam(tomorrow, "06:13")?.getTime() ?? 0);
  await app.restart(); // the reminders are written at start-up
});
afterAll(async () => {
  await app?.stop();
  await notifyNl?.stop();
});

describe("the day-before reminder", () => {
  it("goes by SMS to someone who prefers the phone, not by e-mail, and stays in the app", async () => {
    await until(() => notifyNl.sent.some((c) => c.type === "sms" && c.to === "06 12345678"), "the SMS");
    await allSent();
    expect(remindersOf("sms.herinnering@example.nl")).toEqual([
      { channel: "email", delivery_status: "by_sms" },
      { channel: "sms", delivery_status: "sent" },
    ]);
    const sms = notifyNl.sent.filter((c) => c.type === "sms" && c.to === "06 12345678");
    expect(sms).toHaveLength(1);
    expect(sms[0]?.templateId).toBe(SMS_TEMPLATE);
    expect(sms[0]?.personalisation.body).toContain("Morgen komt uw schoonmaakhulp");
    expect(sms[0]?.personalisation.body).toContain(`https://hulp.example.nl/mijn/aanvragen/${smsRequest}`);
    expect(
      notifyNl.sent.some(
        (c) =>
          c.type === "email" &&
          c.to === "sms.herinnering@example.nl" &&
          c.personalisation.subject === "Morgen komt uw schoonmaakhulp",
      ),
    ).toBe(false);
    const citizen = new Client(app.baseUrl);
    await citizen.login("sms.herinnering@example.nl");
    expect(textOf(await (await citizen.get("/meldingen")).text())).toContain("Morgen komt uw schoonmaakhulp");
  });

  it("goes by e-mail to someone who prefers e-mail, and once each across a restart", async () => {
    await until(
      () =>
        notifyNl.sent.some(
          (c) =>
            c.type === "email" &&
            c.to === "mail.herinnering@example.nl" &&
            c.personalisation.subject === "Morgen komt uw schoonmaakhulp",
        ),
      "the e-mail",
    );
    await allSent();
    expect(remindersOf("mail.herinnering@example.nl")).toEqual([{ channel: "email", delivery_status: "sent" }]);
    expect(notifyNl.sent.some((c) => c.type === "sms" && c.to === "06 87654321")).toBe(false);
    // A landline preferred: the reminder still reaches them, by e-mail.
    expect(remindersOf("vaste.lijn@example.nl")).toEqual([{ channel: "email", delivery_status: "sent" }]);
    expect(notifyNl.sent.some((c) => c.type === "sms" && c.to.replace(/\D/g, "") === "0348123456")).toBe(false);
    await app.restart();
    await allSent();
    expect(remindersOf("sms.herinnering@example.nl")).toHaveLength(2);
    expect(remindersOf("mail.herinnering@example.nl")).toHaveLength(1);
    expect(notifyNl.sent.filter((c) => c.type === "sms" && c.to === "06 12345678")).toHaveLength(1);
  });
});
