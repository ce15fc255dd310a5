// Delivery in the built server: after a real crash (SIGKILL) and a restart every message arrives
// exactly once (by Message-ID), a message left "sending" by the crash goes once its lease is over,
// a stuck mail server does not hold up pages, and the admin's "Opnieuw proberen" sends a failed one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import { all, userId } from "../support/factories/db";
import { insertOutboxRow, messageIdOf } from "../support/factories/outbox";
import { type MailCatcher, startMailCatcher } from "../support/mail";

let app: AppServer;
let mail: MailCatcher;
const HOST = "hulp.example.nl";

beforeAll(async () => {
  mail = await startMailCatcher();
  app = await startApp({ SMTP_URL: mail.url, MAIL_FROM: "noreply@hulp.example.nl", PUBLIC_URL: `https://${HOST}` });
});
afterAll(async () => {
  await app?.stop();
  await mail?.stop();
});

const arrived = (messageId: string) => mail.messages.filter((m) => m.messageId === messageId).length;
const statusOf = (id: number) =>
  all<{ delivery_status: string }>(app, "SELECT delivery_status FROM notifications WHERE id = ?", id)[0]
    ?.delivery_status;

describe("delivery across a crash and a restart", () => {
  it("sends every message exactly once, the one in flight after its lease", async () => {
    const people = [DEMO.citizen, DEMO.cleaner, DEMO.consultant, DEMO.admin, DEMO.provider].map((e) => userId(app, e));
    const rows = Array.from({ length: 8 }, (_, i) =>
      insertOutboxRow(app, { to: people[i % people.length] ?? 0, eventKey: `restart:${i}` }),
    );
    const ids = rows.map((r) => messageIdOf(r, HOST));
    // Slow enough that the crash comes while some are through and one is on its way.
    mail.delay(300);
    // At start the worker takes what is due (the rows were written behind its back).
    await app.restart();
    await mail.waitFor((m) => ids.includes(m.messageId ?? ""), 2);
    await app.crash();
    const before = ids.filter((id) => arrived(id) > 0).length;
    expect(before).toBeGreaterThanOrEqual(2);
    expect(before).toBeLessThan(rows.length);
    mail.delay(0);

    // The crash left rows claimed ("sending", under a lease) that a restart must not send yet…
    await app.restart();
    const leased = all<{ id: number }>(
      app,
      `SELECT id FROM notifications WHERE event_key LIKE 'restart:%' AND delivery_status = 'sending'`,
    );
    expect(leased.length).toBeGreaterThan(0);
    expect(ids.filter((id) => arrived(id) > 0).length).toBe(before);
    const sentRows = rows.filter((r) => statusOf(r.id) === "sent");
    // …and nothing already marked sent goes again.
    for (const r of sentRows) expect(arrived(messageIdOf(r, HOST))).toBe(1);

    // Their lease runs out (time moved on): the next run sends them, once.
    app
      .db()
      .prepare(
        `UPDATE notifications SET next_attempt_at = ? WHERE event_key LIKE 'restart:%' AND delivery_status = 'sending'`,
      )
      .run(Date.now() - 1000);
    await app.restart();
    await mail.waitFor((m) => ids.includes(m.messageId ?? ""), rows.length);
    // Each arrived; twice only the one the crash caught between the mail server's "accepted" and
    // its row being marked sent (ADR 027: at least once there, with the same Message-ID).
    for (const id of ids) expect(arrived(id), id).toBeGreaterThanOrEqual(1);
    const twice = ids.filter((id) => arrived(id) > 1);
    expect(twice.length).toBeLessThanOrEqual(1);
    for (const r of sentRows) expect(twice).not.toContain(messageIdOf(r, HOST));
    await expect.poll(() => rows.map((r) => statusOf(r.id))).toEqual(rows.map(() => "sent"));
  });

  it("answers pages while a message is stuck at a slow mail server", async () => {
    const citizen = userId(app, DEMO.citizen);
    const row = insertOutboxRow(app, { to: citizen, eventKey: "slow:1" });
    mail.delay(10_000);
    await app.restart();
    // The worker is in the middle of handing the message over…
    await expect.poll(() => mail.inFlight(), { timeout: 20_000 }).toBeGreaterThan(0);
    // …and the server answers meanwhile.
    const health = await fetch(`${app.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    const page = await fetch(`${app.baseUrl}/`);
    expect(page.status).toBe(200);
    expect(arrived(messageIdOf(row, HOST))).toBe(0);
    expect(statusOf(row.id)).toBe("sending");
    // A stop (SIGTERM) gives back what this server held: due again at once, not after a lease.
    await app.stop();
    expect(statusOf(row.id)).toBe("pending");
    mail.delay(0);
    await app.restart();
    await mail.waitFor((m) => m.messageId === messageIdOf(row, HOST));
    await expect.poll(() => statusOf(row.id)).toBe("sent");
  });

  it("sends a failed message again after the admin confirms 'Opnieuw proberen'", async () => {
    // The stuck send of the test before dies with this server.
    await app.restart();
    const citizen = userId(app, DEMO.citizen);
    const row = insertOutboxRow(app, {
      to: citizen,
      eventKey: "retry:1",
      status: "failed",
      attempts: 8,
      nextAttemptAt: null,
      lastError: "Error: 550 mailbox unavailable",
    });
    const admin = new Client(app.baseUrl);
    await admin.login(DEMO.admin);
    const list = textOf(await (await admin.get("/beheer/berichten?status=failed")).text());
    expect(list).toContain("Mislukt: Error: 550 mailbox unavailable");
    expect(list).toContain(`Berichten gaan via de mailserver 127.0.0.1:${new URL(mail.url).port} (SMTP).`);
    // First asked…
    const asked = textOf(await (await admin.get(`/beheer/berichten?status=failed&opnieuw=${row.id}`)).text());
    expect(asked).toContain("opnieuw versturen?");
    expect(statusOf(row.id)).toBe("failed");
    // …then sent again.
    const done = await admin.post(`/beheer/berichten?status=failed`, { intent: "retry", id: String(row.id) });
    expect(done.status).toBe(200);
    expect(textOf(await done.text())).toContain("Het bericht wacht weer op verzending.");
    await mail.waitFor((m) => m.messageId === messageIdOf(row, HOST));
    await expect.poll(() => statusOf(row.id)).toBe("sent");
    // A second confirm changes nothing (it is no longer failed): said, not an error page.
    const again = await admin.post("/beheer/berichten", { intent: "retry", id: String(row.id) });
    expect(again.status).toBe(409);
    expect(arrived(messageIdOf(row, HOST))).toBe(1);
  });
});
