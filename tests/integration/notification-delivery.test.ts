// The outbox end to end in this process: notify() inside a transaction, the worker sending over a
// real SMTP server (smtp-server), once, with retries when the server refuses, and after a crash.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "../support/client";
import { userId } from "../support/factories/db";
import { type DemoInProcess, demoInProcess, notificationModules } from "../support/factories/in-process";
import { type MailCatcher, startMailCatcher } from "../support/mail";

let demo: DemoInProcess;
let mail: MailCatcher;
let citizen: number;

type Row = { delivery_status: string; attempts: number; next_attempt_at: number | null; last_error: string | null };
const rowsOf = (eventKey: string) =>
  demo.sqlite
    .prepare("SELECT delivery_status, attempts, next_attempt_at, last_error FROM notifications WHERE event_key = ?")
    .all(eventKey) as Row[];

beforeAll(async () => {
  mail = await startMailCatcher();
  process.env.SMTP_URL = mail.url;
  process.env.MAIL_FROM = "noreply@hulp.example.nl";
  demo = await demoInProcess("delivery");
  citizen = userId(demo.sqlite, DEMO.citizen);
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await mail.stop();
});

const modules = notificationModules;

const cancelled = (eventKey: string) => ({
  kind: "visit_cancelled" as const,
  eventKey,
  to: citizen,
  params: { providerName: "Ans de Vries", startAt: new Date().toISOString(), byKey: "notify.by.citizen" },
  link: "/mijn/aanvragen/1",
  municipalityCode: "GM0632",
});

describe("notification delivery", () => {
  it("writes the row with the change, and a second notify of the same event writes nothing", async () => {
    const { notify, getDb } = await modules();
    const written = getDb().transaction(() => notify(cancelled("test:once")) + notify(cancelled("test:once")));
    expect(written).toBe(1);
    expect(rowsOf("test:once")).toHaveLength(1);
    expect(rowsOf("test:once")[0]?.delivery_status).toBe("pending");
  });

  it("writes nothing when the change's transaction rolls back", async () => {
    const { notify, getDb } = await modules();
    expect(() =>
      getDb().transaction(() => {
        notify(cancelled("test:rollback"));
        throw new Error("the change failed");
      }),
    ).toThrow("the change failed");
    expect(rowsOf("test:rollback")).toHaveLength(0);
  });

  it("sends it once over SMTP, from the municipality, with the link", async () => {
    const { deliverDue } = await modules();
    const first = await deliverDue({ origin: "https://hulp.example.nl" });
    expect(first.sent).toBeGreaterThanOrEqual(1);
    const [message] = await mail.waitFor((m) => m.subject === "Een bezoek is afgezegd");
    expect(message?.from?.value[0]).toMatchObject({ name: "Gemeente Woerden", address: "noreply@hulp.example.nl" });
    expect(message?.text).toContain("https://hulp.example.nl/mijn/aanvragen/1");
    expect(message?.text).toContain("afgezegd door u");
    expect(rowsOf("test:once")[0]?.delivery_status).toBe("sent");
    const again = await deliverDue({ origin: "https://hulp.example.nl" });
    expect(again.sent).toBe(0);
    expect(mail.messages.filter((m) => m.subject === "Een bezoek is afgezegd")).toHaveLength(1);
  });

  it("tries again later when the mail server refuses, and then sends it", async () => {
    const { notify, deliverDue, getDb } = await modules();
    getDb().transaction(() => notify(cancelled("test:refused")));
    mail.refuse(true);
    const t0 = Date.now();
    const failed = await deliverDue({ now: () => new Date(t0) });
    mail.refuse(false);
    expect(failed.failed).toBe(1);
    const [row] = rowsOf("test:refused");
    expect(row?.delivery_status).toBe("pending");
    expect(row?.attempts).toBe(1);
    expect(row?.next_attempt_at).toBe(t0 + 60_000);
    expect(row?.last_error).toMatch(/451|unavailable/);
    // Not before its time…
    expect((await deliverDue({ now: () => new Date(t0 + 30_000) })).sent).toBe(0);
    // …and then once.
    expect((await deliverDue({ now: () => new Date(t0 + 61_000) })).sent).toBe(1);
    expect(rowsOf("test:refused")[0]?.delivery_status).toBe("sent");
  });

  it("after a crash mid-run, sends what was in flight once its lease ran out, and nothing twice", async () => {
    const { notify, deliverDue, getDb } = await modules();
    const { claimDue } = await import("~/models/notifications.server");
    getDb().transaction(() => {
      notify(cancelled("test:crash:1"));
      notify(cancelled("test:crash:2"));
    });
    const before = mail.messages.length;
    const t0 = Date.now();
    // A worker claimed both and died before sending: they stay "sending" under its lease.
    expect(claimDue(new Date(t0), 10 * 60_000, 10)).toHaveLength(2);
    expect((await deliverDue({ now: () => new Date(t0 + 60_000) })).sent).toBe(0);
    expect((await deliverDue({ now: () => new Date(t0 + 10 * 60_000 + 1) })).sent).toBe(2);
    expect((await deliverDue({ now: () => new Date(t0 + 20 * 60_000) })).sent).toBe(0);
    expect(mail.messages.length - before).toBe(2);
  });

  it("keeps messages unsent and says why when no mail server is set", async () => {
    const { notify, getDb } = await modules();
    const url = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    getDb().transaction(() => {
      notify(cancelled("test:no-server"));
      notify({
        kind: "password_reset",
        eventKey: "test:no-server:reset",
        to: citizen,
        params: { validUntilAt: new Date().toISOString() },
        link: "/wachtwoord-herstellen/{secret}",
        secret: "a-token-nobody-will-receive",
      });
    });
    process.env.SMTP_URL = url;
    expect(rowsOf("test:no-server")[0]?.delivery_status).toBe("no_transport");
    // A secret that cannot be sent is not kept, and a later mail server does not send a dead link.
    const reset = () =>
      demo.sqlite
        .prepare("SELECT delivery_status AS status, secret FROM notifications WHERE event_key = ?")
        .get("test:no-server:reset") as { status: string; secret: string | null };
    expect(reset()).toEqual({ status: "no_transport", secret: null });
    const { requeueUntransported } = await import("~/models/notifications.server");
    requeueUntransported(new Date(), new Date(Date.now() - 60_000));
    expect(reset().status).toBe("no_transport");
    expect(rowsOf("test:no-server")[0]?.delivery_status).toBe("pending");
  });
});
