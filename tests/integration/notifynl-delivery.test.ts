// NotifyNL behind the same Transport as SMTP, against a local stand-in of its API (NotifyNL itself
// cannot run here): the token is checked as NotifyNL checks it, e-mail and SMS go out with the
// message's stable id as reference, a 5xx is tried again, a 400 is marked failed with its error.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "../support/client";
import { userId } from "../support/factories/db";
import { type DemoInProcess, demoInProcess, notificationModules } from "../support/factories/in-process";
import { forgetNotifyNl, type NotifyNlStandIn, startNotifyNl, useNotifyNl } from "../support/notifynl";

let demo: DemoInProcess;
let notifyNl: NotifyNlStandIn;
let citizen: number;
let cleaner: number;
let consultant: number;
const EMAIL_TEMPLATE = "0b6e6c1a-6f0e-4f3c-9c8e-000000000e11";
const SMS_TEMPLATE = "0b6e6c1a-6f0e-4f3c-9c8e-000000000511";

type Row = {
  channel: string;
  delivery_status: string;
  attempts: number;
  last_error: string | null;
  transport: string | null;
  id: number;
  created_at: number;
};
const rowsOf = (eventKey: string) =>
  demo.sqlite
    .prepare(
      "SELECT id, created_at, channel, delivery_status, attempts, last_error, transport FROM notifications WHERE event_key = ? ORDER BY channel, recipient_user_id",
    )
    .all(eventKey) as Row[];

const contact = (user: number, phone: string | null, forName: string | null, updatedAt: number) =>
  demo.sqlite
    .prepare(
      "INSERT INTO contact_details (user_id, for_name, street, house_number, postcode, place, phone, preferred_contact, updated_at) VALUES (?, ?, 'Rijnstraat', '1', '3441AB', 'Woerden', ?, 'phone', ?)",
    )
    .run(user, forName, phone, updatedAt);

beforeAll(async () => {
  notifyNl = await startNotifyNl();
  useNotifyNl(notifyNl, { email: EMAIL_TEMPLATE, sms: SMS_TEMPLATE });
  demo = await demoInProcess("notifynl");
  // The demo seed's own notices (its cases and complaints) are not what these tests count.
  demo.sqlite.prepare("UPDATE notifications SET delivery_status = 'no_transport', next_attempt_at = NULL").run();
  citizen = userId(demo.sqlite, DEMO.citizen);
  cleaner = userId(demo.sqlite, DEMO.cleaner);
  consultant = userId(demo.sqlite, DEMO.consultant);
  const now = Date.now();
  // The citizen's own phone, an older one, and the phone of the person she acts for: the SMS
  // goes to her own latest.
  contact(citizen, "06 11111111", null, now - 86_400_000);
  contact(citizen, "06 12345678", null, now);
  contact(citizen, "06 99999999", "Opa Jansen", now + 1000);
  // Something NotifyNL refuses as a phone number.
  contact(consultant, "12", null, now);
});

afterAll(async () => {
  forgetNotifyNl();
  await notifyNl.stop();
});

const modules = notificationModules;

const cancelled = (eventKey: string, to: number | number[]) => ({
  kind: "visit_cancelled" as const,
  eventKey,
  to,
  params: { providerName: "Ans de Vries", startAt: new Date().toISOString(), byKey: "notify.by.citizen" },
  link: "/mijn/aanvragen/1",
  municipalityCode: "GM0632",
  sms: true,
});

describe("NotifyNL delivery", () => {
  it("sends the e-mail and the SMS, signed for the service, with the message's id as reference", async () => {
    const { notify, deliverDue, getDb } = await modules();
    getDb().transaction(() => notify(cancelled("nl:sent", citizen)));
    const run = await deliverDue({ origin: "https://hulp.example.nl" });
    expect(run.sent).toBe(2);
    expect(notifyNl.log.filter((l) => l.startsWith("403"))).toEqual([]);
    const rows = rowsOf("nl:sent");
    expect(rows.map((r) => [r.channel, r.delivery_status, r.transport])).toEqual([
      ["email", "sent", "notifynl"],
      ["sms", "sent", "notifynl"],
    ]);
    const email = notifyNl.sent.find((c) => c.type === "email");
    expect(email).toMatchObject({ templateId: EMAIL_TEMPLATE, to: DEMO.citizen });
    expect(email?.personalisation.subject).toBe("Een bezoek is afgezegd");
    expect(email?.personalisation.body).toContain("https://hulp.example.nl/mijn/aanvragen/1");
    const sms = notifyNl.sent.find((c) => c.type === "sms");
    expect(sms).toMatchObject({ templateId: SMS_TEMPLATE, to: "06 12345678" });
    // Short: the sender, the subject and the link.
    expect(sms?.personalisation.body).toBe(
      "Gemeente Woerden: Een bezoek is afgezegd. https://hulp.example.nl/mijn/aanvragen/1",
    );
    // The reference is the row's stable message id, one per message.
    for (const [call, row] of [
      [email, rows[0]],
      [sms, rows[1]],
    ] as const)
      expect(call?.reference).toBe(`notification-${row?.id}-${row?.created_at}@hulp.example.nl`);
  });

  it("marks an SMS to someone without a phone 'no_address', and still sends the e-mail", async () => {
    const { notify, deliverDue, getDb } = await modules();
    getDb().transaction(() => notify({ ...cancelled("nl:nophone", cleaner), kind: "client_visit_cancelled" }));
    await deliverDue({ origin: "https://hulp.example.nl" });
    expect(rowsOf("nl:nophone").map((r) => [r.channel, r.delivery_status])).toEqual([
      ["email", "sent"],
      ["sms", "no_address"],
    ]);
  });

  it("tries again after a 5xx, and sends it once", async () => {
    const { notify, deliverDue, getDb } = await modules();
    getDb().transaction(() => notify({ ...cancelled("nl:retry", citizen), sms: false }));
    const before = notifyNl.sent.length;
    notifyNl.failNext(1);
    const t0 = Date.now();
    expect((await deliverDue({ now: () => new Date(t0) })).failed).toBe(1);
    const [failed] = rowsOf("nl:retry");
    expect(failed).toMatchObject({ delivery_status: "pending", attempts: 1 });
    expect(failed?.last_error).toContain("NotifyNL 500");
    // The signed token is never in the error kept.
    expect(failed?.last_error).not.toMatch(/Bearer|eyJ/);
    expect((await deliverDue({ now: () => new Date(t0 + 61_000) })).sent).toBe(1);
    expect(rowsOf("nl:retry")[0]?.delivery_status).toBe("sent");
    expect(notifyNl.sent.length - before).toBe(1);
  });

  it("does not send again what NotifyNL already has under the reference (a crash after sending)", async () => {
    const { notify, deliverDue, getDb } = await modules();
    const { claimDue } = await import("~/models/notifications.server");
    getDb().transaction(() => notify({ ...cancelled("nl:crash", citizen), sms: false }));
    const t0 = Date.now();
    await deliverDue({ now: () => new Date(t0) });
    const before = notifyNl.sent.length;
    // As if the worker died between NotifyNL's answer and marking the row sent.
    demo.sqlite
      .prepare(
        "UPDATE notifications SET delivery_status = 'pending', next_attempt_at = ?, sent_at = NULL WHERE event_key = 'nl:crash'",
      )
      .run(t0);
    expect(claimDue(new Date(t0), 10 * 60_000, 50).length).toBeGreaterThan(0);
    expect((await deliverDue({ now: () => new Date(t0 + 10 * 60_000 + 1) })).sent).toBeGreaterThanOrEqual(1);
    expect(rowsOf("nl:crash")[0]?.delivery_status).toBe("sent");
    expect(notifyNl.sent.length).toBe(before);
    expect(notifyNl.log.some((l) => l.startsWith("200 lookup notification-"))).toBe(true);
  });

  it("marks a 400 failed at once, with NotifyNL's error", async () => {
    const { notify, deliverDue, getDb } = await modules();
    getDb().transaction(() => notify({ ...cancelled("nl:bad", consultant), kind: "urgent_signal" }));
    await deliverDue();
    const sms = rowsOf("nl:bad").find((r) => r.channel === "sms");
    expect(sms).toMatchObject({ delivery_status: "failed", attempts: 1 });
    expect(sms?.last_error).toBe(
      "PermanentDeliveryError: NotifyNL 400: ValidationError: phone_number Not a valid phone number",
    );
  });
});

describe("NotifyNL configuration", () => {
  it("is used only with its template id, and says what a half-set configuration lacks", async () => {
    const { configuredTransport, notifyNlProblems, transportDescription } = await import(
      "~/services/notifications/config.server"
    );
    const full = {
      NOTIFYNL_BASE_URL: notifyNl.baseUrl,
      NOTIFYNL_API_KEY: notifyNl.apiKey,
      NOTIFYNL_EMAIL_TEMPLATE_ID: EMAIL_TEMPLATE,
    };
    expect(configuredTransport(full)).toBe("notifynl");
    expect(notifyNlProblems(full)).toEqual([]);
    expect(transportDescription(full)).toEqual({ name: "notifynl", host: new URL(notifyNl.baseUrl).host, sms: false });
    const half = { NOTIFYNL_BASE_URL: notifyNl.baseUrl, NOTIFYNL_API_KEY: notifyNl.apiKey };
    expect(configuredTransport(half)).toBeNull();
    expect(notifyNlProblems(half)).toEqual([expect.stringMatching(/^NOTIFYNL_EMAIL_TEMPLATE_ID missing: /)]);
    expect(notifyNlProblems({})).toEqual([]);
    // The SMTP host is shown, its user and password never.
    expect(transportDescription({ SMTP_URL: "smtp://mailer:geheim@mail.example.nl:587" })).toEqual({
      name: "smtp",
      host: "mail.example.nl:587",
    });
  });
});
