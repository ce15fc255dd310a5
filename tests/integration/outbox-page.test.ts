// The admin's outbox page without a mail server: the municipality's messages only, newest first,
// statuses in Dutch words, counts, filters and pages, no message text or params, the read audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import { all, userId } from "../support/factories/db";
import { insertOutboxRow } from "../support/factories/outbox";

let app: AppServer;
let admin: Client;
const now = Date.now();
const minutes = (n: number) => now - n * 60_000;
// A name in the params: the page must never show it (only recipient name, role and kind).
const SECRET_PARAM = "Geheime Klantnaam";

beforeAll(async () => {
  // NotifyNL half set (no template id): not used, and said so at start and on the page.
  app = await startApp({
    SMTP_URL: "",
    NOTIFYNL_BASE_URL: "http://127.0.0.1:9",
    NOTIFYNL_API_KEY: `test-${"1".repeat(36)}-${"2".repeat(36)}`,
    NOTIFYNL_EMAIL_TEMPLATE_ID: "",
    NOTIFYNL_SMS_TEMPLATE_ID: "",
  });
  const citizen = userId(app, DEMO.citizen);
  const cleaner = userId(app, DEMO.cleaner);
  const params = { who: SECRET_PARAM, startAt: new Date(now).toISOString() };
  insertOutboxRow(app, {
    to: citizen,
    eventKey: "page:sent",
    status: "sent",
    sentAt: minutes(50),
    createdAt: minutes(51),
    params,
  });
  insertOutboxRow(app, { to: citizen, eventKey: "page:pending", status: "pending", createdAt: minutes(40), params });
  insertOutboxRow(app, {
    to: citizen,
    eventKey: "page:retry",
    status: "pending",
    attempts: 2,
    nextAttemptAt: now + 3_600_000,
    lastError: "Error: 451 try later",
    createdAt: minutes(30),
  });
  insertOutboxRow(app, {
    to: cleaner,
    kind: "new_booking",
    eventKey: "page:failed",
    status: "failed",
    attempts: 8,
    nextAttemptAt: null,
    // A mail server's refusal names the mailbox: the page leaves the address out.
    lastError: "Error: 550 <ans@example.nl> mailbox unavailable",
    createdAt: minutes(20),
    params,
  });
  insertOutboxRow(app, {
    to: citizen,
    eventKey: "page:off",
    status: "off",
    nextAttemptAt: null,
    createdAt: minutes(15),
  });
  insertOutboxRow(app, {
    to: citizen,
    eventKey: "page:noaddress",
    status: "no_address",
    channel: "sms",
    nextAttemptAt: null,
    createdAt: minutes(12),
  });
  insertOutboxRow(app, {
    to: citizen,
    eventKey: "page:none",
    status: "no_transport",
    nextAttemptAt: null,
    createdAt: minutes(10),
  });
  // Not Woerden's: another municipality's, and an account message (no municipality).
  insertOutboxRow(app, {
    to: userId(app, DEMO.adminGroningen),
    kind: "new_complaint",
    eventKey: "page:groningen",
    municipalityCode: "GM0014",
    status: "failed",
    createdAt: minutes(5),
  });
  insertOutboxRow(app, {
    to: citizen,
    kind: "password_reset",
    eventKey: "page:account",
    municipalityCode: null,
    status: "no_transport",
    createdAt: minutes(4),
  });
  admin = new Client(app.baseUrl);
  await admin.login(DEMO.admin);
});
afterAll(async () => {
  await app?.stop();
});

const page = async (query = "") => {
  const res = await admin.get(`/beheer/berichten${query}`);
  const text = textOf(await res.text());
  // The table alone (the filter's lists name every status and kind).
  const start = text.indexOf("Gemaakt op Aan Soort Via Status");
  return { status: res.status, text, table: start === -1 ? "" : text.slice(start) };
};

describe("the admin's outbox page", () => {
  it("is linked in the admin's navigation and says no mail server is set", async () => {
    const home = await (await admin.get("/beheer")).text();
    expect(home).toContain('href="/beheer/berichten"');
    const { status, text } = await page();
    expect(status).toBe(200);
    expect(text).toContain("Er is geen mailserver ingesteld.");
    expect(text).toContain("NotifyNL is maar half ingesteld. Ontbreekt of klopt niet: NOTIFYNL_EMAIL_TEMPLATE_ID.");
    expect(app.output()).toMatch(/notifications: NOTIFYNL_EMAIL_TEMPLATE_ID missing: /);
    expect(text).toContain("horen bij geen gemeente en staan hier niet");
  });

  it("lists the municipality's messages newest first, each status in words, and never the params", async () => {
    const { text, table } = await page();
    for (const words of [
      "Verstuurd op",
      "Wacht op verzending",
      "Nieuwe poging om",
      "Vorige poging mislukt: Error: 451 try later",
      "Mislukt: Error: 550 [adres] mailbox unavailable",
      "Niet verstuurd: uitgezet door de ontvanger",
      "Niet verstuurd: geen adres",
      "Niet verstuurd: geen mailserver ingesteld",
    ])
      expect(text).toContain(words);
    expect(text).toContain("Ans de Vries, medewerker aanbieder");
    expect(text).toContain("Nieuwe boeking (aanbieder)");
    // No text, no params, no address of the recipient; nothing of another municipality or account mail.
    expect(text).not.toContain(SECRET_PARAM);
    expect(text).not.toContain("ans@example.nl");
    expect(text).not.toContain(DEMO.citizen);
    expect(table).not.toContain("Nieuwe klacht (beheer)");
    expect(table).not.toContain("Wachtwoord vergeten");
    // Newest first: the unsent one (10 minutes ago) before the sent one (51 minutes ago).
    expect(table.indexOf("Niet verstuurd: geen mailserver ingesteld")).toBeLessThan(table.indexOf("Verstuurd op"));
  });

  it("counts per status, filters by status and kind, and pages", async () => {
    const { text } = await page();
    expect(text).toContain("Mislukt: 1");
    expect(text).toContain("Verstuurd: 1");
    const failed = await page("?status=failed");
    expect(failed.table).toContain("Mislukt: Error: 550");
    expect(failed.table).not.toContain("Wacht op verzending");
    expect(failed.table).not.toContain("Niet verstuurd: geen adres");
    const kind = await page("?soort=new_booking");
    expect(kind.table).toContain("Nieuwe boeking (aanbieder)");
    expect(kind.table).not.toContain("Niet verstuurd: geen adres");
    // A page further than there are messages: none, said so.
    expect((await page("?pagina=2")).text).toContain("Er zijn geen berichten die bij deze filters passen.");
    // A status that does not exist: a 400 in words, not a 500.
    const bad = await page("?status=verzonnen");
    expect(bad.status).toBe(400);
    expect(bad.text).toContain("Deze filters kloppen niet.");
  });

  it("pages by 50", async () => {
    const citizen = userId(app, DEMO.citizen);
    for (let i = 0; i < 50; i++)
      insertOutboxRow(app, { to: citizen, eventKey: `page:many:${i}`, status: "off", nextAttemptAt: null });
    const first = await (await admin.get("/beheer/berichten")).text();
    expect(first).toContain('rel="next"');
    const second = await page("?pagina=2");
    expect(second.text).toContain("Pagina 2");
    expect(second.text).toContain("Verstuurd op");
  });

  it("audits the read", async () => {
    await page("?status=failed");
    const events = all<{ action: string; detail: string }>(
      app,
      "SELECT action, detail FROM audit_events WHERE action = 'outbox.viewed' AND municipality_code = 'GM0632' ORDER BY id DESC",
    );
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.parse(events[0]?.detail ?? "{}")).toMatchObject({ status: "failed", page: 1 });
  });

  it("does not let an admin retry another municipality's message", async () => {
    const [other] = all<{ id: number }>(app, "SELECT id FROM notifications WHERE event_key = 'page:groningen'");
    const res = await admin.post("/beheer/berichten", { intent: "retry", id: String(other?.id) });
    expect(res.status).toBe(409);
    expect(
      all<{ s: string }>(app, "SELECT delivery_status AS s FROM notifications WHERE id = ?", other?.id)[0]?.s,
    ).toBe("failed");
  });

  it("says of an e-mail that it went because the SMS meant instead of it failed", async () => {
    const citizen = userId(app, DEMO.citizen);
    insertOutboxRow(app, {
      to: citizen,
      kind: "visit_reminder",
      eventKey: "page:fallback",
      channel: "sms",
      status: "failed",
      attempts: 1,
      nextAttemptAt: null,
      lastError: "PermanentDeliveryError: NotifyNL 400: ValidationError: phone_number Not a valid phone number",
    });
    insertOutboxRow(app, {
      to: citizen,
      kind: "visit_reminder",
      eventKey: "page:fallback",
      status: "sent",
      sentAt: Date.now(),
      smsFallbackAt: Date.now(),
    });
    const { table } = await page("?soort=visit_reminder");
    expect(table).toContain("Mislukt: PermanentDeliveryError: NotifyNL 400");
    expect(table).toMatch(/Verstuurd op .*Per e-mail in plaats van per sms: de sms kon niet worden verstuurd/s);
    expect((table.match(/Per e-mail in plaats van per sms/g) ?? []).length).toBe(1);
  });
});
