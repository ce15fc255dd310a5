// An SMS sent instead of the e-mail (to someone who prefers the phone) that finally fails lets the
// e-mail go after all: refused by NotifyNL, out of retries, no phone, or no SMS set up. Against a
// real database file and the NotifyNL stand-in over HTTP; once, also when a run dies mid-way.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO } from "../support/client";
import { userId } from "../support/factories/db";
import { type DemoInProcess, demoInProcess, notificationModules } from "../support/factories/in-process";
import { forgetNotifyNl, type NotifyNlStandIn, startNotifyNl, useNotifyNl } from "../support/notifynl";

let demo: DemoInProcess;
let notifyNl: NotifyNlStandIn;
let citizen: number;
let cleaner: number;
const EMAIL_TEMPLATE = "0b6e6c1a-6f0e-4f3c-9c8e-000000000f11";
const SMS_TEMPLATE = "0b6e6c1a-6f0e-4f3c-9c8e-000000000f51";

type Row = { channel: string; delivery_status: string; sms_fallback_at: number | null; attempts: number };
const rowsOf = (eventKey: string) =>
  demo.sqlite
    .prepare(
      "SELECT channel, delivery_status, sms_fallback_at, attempts FROM notifications WHERE event_key = ? ORDER BY channel",
    )
    .all(eventKey) as Row[];
const emailsTo = (address: string, subject: string) =>
  notifyNl.sent.filter((c) => c.type === "email" && c.to === address && c.personalisation.subject === subject);

beforeAll(async () => {
  notifyNl = await startNotifyNl();
  useNotifyNl(notifyNl, { email: EMAIL_TEMPLATE, sms: SMS_TEMPLATE });
  demo = await demoInProcess("sms-fallback");
  // The demo seed's own notices are not what these tests count.
  demo.sqlite.prepare("UPDATE notifications SET delivery_status = 'no_transport', next_attempt_at = NULL").run();
  citizen = userId(demo.sqlite, DEMO.citizen);
  cleaner = userId(demo.sqlite, DEMO.cleaner);
  demo.sqlite
    .prepare(
      "INSERT INTO contact_details (user_id, for_name, street, house_number, postcode, place, phone, preferred_contact, updated_at) VALUES (?, NULL, 'Rijnstraat', '1', '3441AB', 'Woerden', '06 12345678', 'phone', ?)",
    )
    .run(citizen, Date.now());
});

beforeEach(() => notifyNl.refuseSms(false));

afterAll(async () => {
  forgetNotifyNl();
  await notifyNl.stop();
});

const modules = notificationModules;

/** A reminder by SMS instead of e-mail, as the day-before reminder writes it. */
async function remind(eventKey: string, to: number) {
  const { notify, getDb } = await modules();
  getDb().transaction(() =>
    notify({
      kind: "visit_cancelled",
      eventKey,
      to,
      params: { providerName: "Ans de Vries", startAt: new Date().toISOString(), byKey: "notify.by.citizen" },
      link: "/mijn/aanvragen/1",
      municipalityCode: "GM0632",
      smsInsteadFor: () => true,
    }),
  );
}
const SUBJECT = "Een bezoek is afgezegd";

describe("an SMS sent instead of the e-mail", () => {
  it("goes as written when it goes: the e-mail stays 'by_sms'", async () => {
    const { deliverDue } = await modules();
    await remind("fb:ok", citizen);
    await deliverDue();
    expect(rowsOf("fb:ok").map((r) => [r.channel, r.delivery_status, r.sms_fallback_at])).toEqual([
      ["email", "by_sms", null],
      ["sms", "sent", null],
    ]);
  });

  it("refused by NotifyNL (a 400): the e-mail goes in the same run, marked as the SMS's stand-in", async () => {
    const { deliverDue } = await modules();
    await remind("fb:refused", citizen);
    const before = emailsTo(DEMO.citizen, SUBJECT).length;
    notifyNl.refuseSms(true);
    const t0 = Date.now();
    const run = await deliverDue({ now: () => new Date(t0) });
    expect(run).toMatchObject({ sent: 1, failed: 1 });
    const [email, sms] = rowsOf("fb:refused");
    expect(sms).toMatchObject({ channel: "sms", delivery_status: "failed" });
    expect(email).toMatchObject({ channel: "email", delivery_status: "sent", sms_fallback_at: t0 });
    expect(emailsTo(DEMO.citizen, SUBJECT).length - before).toBe(1);
  });

  it("out of retries (NotifyNL down): the e-mail goes once the last attempt failed, not before", async () => {
    const { deliverDue } = await modules();
    await remind("fb:retries", citizen);
    const before = emailsTo(DEMO.citizen, SUBJECT).length;
    // Seven attempts already failed; the next is the last.
    demo.sqlite
      .prepare("UPDATE notifications SET attempts = 6 WHERE event_key = 'fb:retries' AND channel = 'sms'")
      .run();
    const t0 = Date.now();
    notifyNl.failNext(1);
    await deliverDue({ now: () => new Date(t0) });
    expect(rowsOf("fb:retries").map((r) => [r.channel, r.delivery_status])).toEqual([
      ["email", "by_sms"],
      ["sms", "pending"],
    ]);
    notifyNl.failNext(1);
    await deliverDue({ now: () => new Date(t0 + 7 * 60 * 60_000) });
    expect(rowsOf("fb:retries").map((r) => [r.channel, r.delivery_status, r.attempts])).toEqual([
      ["email", "sent", 1],
      ["sms", "failed", 8],
    ]);
    expect(emailsTo(DEMO.citizen, SUBJECT).length - before).toBe(1);
  });

  it("with no phone to text (no_address), or no SMS set up any more (no_transport): the e-mail goes", async () => {
    const { deliverDue } = await modules();
    // The cleaner has no phone in her contact details.
    await remind("fb:nophone", cleaner);
    await deliverDue();
    expect(rowsOf("fb:nophone").map((r) => [r.channel, r.delivery_status])).toEqual([
      ["email", "sent"],
      ["sms", "no_address"],
    ]);
    expect(emailsTo(DEMO.cleaner, SUBJECT)).toHaveLength(1);
    await remind("fb:notransport", citizen);
    const { notifyNlTransport } = await import("~/services/notifications/transport.server");
    const emailOnly = notifyNlTransport({
      baseUrl: notifyNl.baseUrl,
      apiKey: notifyNl.apiKey,
      emailTemplateId: EMAIL_TEMPLATE,
    });
    await deliverDue({ transport: emailOnly });
    const rows = rowsOf("fb:notransport");
    expect(rows.map((r) => [r.channel, r.delivery_status])).toEqual([
      ["email", "sent"],
      ["sms", "no_transport"],
    ]);
    // A restart with SMS set up again does not send the SMS as well: its e-mail went instead.
    const { requeueUntransported } = await import("~/models/notifications.server");
    requeueUntransported(new Date(), new Date(Date.now() - 60_000));
    expect(rowsOf("fb:notransport")[1]?.delivery_status).toBe("no_transport");
  });

  it("sends the e-mail once when the run dies mid-send, and a second failure of the SMS changes nothing", async () => {
    const { deliverDue } = await modules();
    const { claimDue, markFailed } = await import("~/models/notifications.server");
    await remind("fb:crash", citizen);
    notifyNl.refuseSms(true);
    const t0 = Date.now();
    const before = emailsTo(DEMO.citizen, SUBJECT).length;
    await deliverDue({ now: () => new Date(t0) });
    expect(emailsTo(DEMO.citizen, SUBJECT).length - before).toBe(1);
    // As if the worker died between NotifyNL's answer and marking the e-mail sent: claimed again after its lease.
    demo.sqlite
      .prepare(
        "UPDATE notifications SET delivery_status = 'sending', next_attempt_at = ? WHERE event_key = 'fb:crash' AND channel = 'email'",
      )
      .run(t0);
    await deliverDue({ now: () => new Date(t0 + 10 * 60_000 + 1) });
    expect(rowsOf("fb:crash")[0]?.delivery_status).toBe("sent");
    // The SMS row reported failed again (a rerun): the e-mail, no longer "by_sms", is not made due again.
    const smsId = (
      demo.sqlite.prepare("SELECT id FROM notifications WHERE event_key = 'fb:crash' AND channel = 'sms'").get() as {
        id: number;
      }
    ).id;
    demo.sqlite.prepare("UPDATE notifications SET delivery_status = 'sending' WHERE id = ?").run(smsId);
    expect(markFailed(smsId, "again", null, new Date(t0 + 20 * 60_000))).toBe(false);
    expect(claimDue(new Date(t0 + 30 * 60_000), 60_000, 50)).toEqual([]);
    expect(emailsTo(DEMO.citizen, SUBJECT).length - before).toBe(1);
  });
});
