// Calling help off, over real HTTP against the built server (issue 15): every cancellation is
// confirmed first with what it costs, the notice names the date and the fee that was charged (one
// amount in three places: confirmation, notice, payment row), the cancelled visit stays listed and
// in the calendar as cancelled while its slot is free for others, and /mijn says when help comes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDateTime, formatEuro } from "~/i18n";
import { type AppServer, startApp } from "../support/app-server";
import { type Client, textOf } from "../support/client";
import {
  bookCleaner,
  cancelThroughConfirmation,
  moveVisit,
  newCitizen,
  offeredSlots,
  readersOf,
} from "../support/factories";

const HOUR = 3_600_000;
let app: AppServer;
const { one, all, providerId } = readersOf(() => app);

const spaced = (s: string) => s.replace(/\s+/g, " ");
const when = (ms: number) => spaced(formatDateTime(ms, "nl"));
const euro = (cents: number) => spaced(formatEuro(cents, "nl"));
const page = async (client: Client, path: string) => textOf(await (await client.get(path)).text());
const cents = (text: string) => Math.round(Number(text.replace(/\./g, "").replace(",", ".")) * 100);

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

describe("/mijn and the calendar", () => {
  let client: Client;
  let requestId: number;
  let cancelledSlot: number;

  beforeAll(async () => {
    client = await newCitizen(app, "agenda-journey@example.nl", "Meneer Agenda");
    requestId = await bookCleaner(client);
    // The last visit is called off: the next one stays (a fresh demo's first time has several weeks).
    const visits = all<{ id: number }>(
      "SELECT id FROM cleaner_slots WHERE request_id = ? ORDER BY starts_at",
      requestId,
    );
    expect(visits.length).toBeGreaterThan(1);
    cancelledSlot = visits.at(-1)?.id ?? 0;
    const res = await client.post(`/mijn/aanvragen/${requestId}`, {
      intent: "cancel-visit",
      slotId: String(cancelledSlot),
      quoted: "0",
    });
    expect(res.headers.get("location")).toContain("melding=visit_cancelled");
  });

  it("answers 'Wanneer' with the next visit, the same as the request page's, in a 'Volgende bezoek' card with its cancel link", async () => {
    const next = one<{ id: number; at: number }>(
      "SELECT id, starts_at AS at FROM cleaner_slots WHERE request_id = ? AND status = 'booked' AND starts_at > ? ORDER BY starts_at LIMIT 1",
      requestId,
      Date.now(),
    );
    const html = await (await client.get("/mijn")).text();
    const overview = textOf(html);
    const card = /Volgende bezoek (.+?): huishoudelijke hulp van Schoonmaakhulp Ans de Vries\./.exec(overview)?.[1];
    expect(card).toBe(when(next.at));
    expect(html).toContain(`/mijn/aanvragen/${requestId}?afzeggen=${next.id}#afzeggen-${next.id}`);
    expect(overview).toContain("Wanneer");
    const request = await page(client, `/mijn/aanvragen/${requestId}`);
    expect(request).toContain(`Volgende bezoek ${card}`);
    // The raw address is no longer the link text: a subscribe link and a download.
    expect(html).toMatch(/href="webcal:\/\/[^"]+\/agenda\/[a-z2-7]{32}\.ics"/);
    expect(overview).toContain("Zet in mijn agenda");
  });

  it("gives events a description with the provider's phone, a link back, host-qualified UIDs and STATUS:CANCELLED", async () => {
    const html = await (await client.get("/mijn")).text();
    const download = /href="([^"]+\?download=1)"/.exec(html)?.[1]?.replace(/&amp;/g, "&") ?? "";
    const path = new URL(download).pathname;
    const res = await client.get(`${path}?download=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("attachment");
    const ics = (await res.text()).replace(/\r\n /g, "");
    const host = new URL(app.baseUrl).hostname;
    const phone = one<{ p: string }>(
      "SELECT contact_phone AS p FROM providers WHERE name = 'Schoonmaakhulp Ans de Vries'",
    ).p;
    const events = ics.split("BEGIN:VEVENT").slice(1);
    expect(events.length).toBeGreaterThan(1);
    for (const e of events) {
      expect(e).toMatch(/\r\nDESCRIPTION:.+/);
      expect(e).toContain(`Telefoon: ${phone}`);
      expect(e).toContain(`URL:${app.baseUrl}/mijn/aanvragen/${requestId}`);
      expect(e).toMatch(new RegExp(`\\r\\nUID:visit-${requestId}-\\d+@${host.replace(/\./g, "\\.")}\\r\\n`));
    }
    const uids = events.map((e) => /UID:(\S+)/.exec(e)?.[1]);
    expect(new Set(uids).size).toBe(uids.length);
    const cancelled = events.filter((e) => e.includes("STATUS:CANCELLED"));
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]).toContain(`UID:visit-${requestId}-${cancelledSlot}@${host}`);
    expect(cancelled[0]).toContain("SUMMARY:Afgezegd");
  });
});

describe("cancelling one visit", () => {
  it("asks first with the fee, then names the date and the fee charged, and keeps the visit listed as cancelled", async () => {
    const client = await newCitizen(app, "een-bezoek@example.nl", "Mevrouw Een");
    const requestId = await bookCleaner(client);
    const soonAt = Date.now() + 5 * HOUR + 23_000;
    const soon = moveVisit(app, requestId, 0, soonAt);
    const before = await (await client.get(`/mijn/aanvragen/${requestId}`)).text();
    // The link opens the confirmation at the visit (no JavaScript needed).
    expect(before).toContain(`?afzeggen=${soon}#afzeggen-${soon}`);

    const confirm = await page(client, `/mijn/aanvragen/${requestId}?afzeggen=${soon}`);
    const quoted = /Ja, afzeggen en € ([\d.,]+) betalen/.exec(confirm)?.[1];
    expect(quoted).toBeDefined();
    const quotedCents = cents(quoted ?? "");
    expect(quotedCents).toBeGreaterThan(0);
    expect(confirm).toContain(`Het bezoek van ${when(soonAt)} begint binnen 24 uur`);

    const done = await client.post(`/mijn/aanvragen/${requestId}`, {
      intent: "cancel-visit",
      slotId: String(soon),
      quoted: String(quotedCents),
    });
    const location = done.headers.get("location") ?? "";
    // Back at the notice (where the eye is), not at the list further down.
    expect(location).toMatch(/melding=visit_cancelled&afgezegd=\d+#melding$/);
    const after = await page(client, location);
    const row = one<{ amount: number; kind: string }>(
      "SELECT amount_cents AS amount, kind FROM payments WHERE request_id = ? AND slot_id = ?",
      requestId,
      soon,
    );
    // One amount: the confirmation, the notice and the payment row.
    expect(row).toEqual({ amount: quotedCents, kind: "late_cancellation" });
    expect(after).toContain(
      `Het bezoek van ${when(soonAt)} is afgezegd. U betaalt ${euro(quotedCents)}, omdat het binnen 24 uur zou beginnen.`,
    );
    // Still listed, as cancelled, with its fee.
    expect(after).toContain(`${when(soonAt)} – afgezegd, u betaalt ${euro(quotedCents)}`);
    // …while its slot is free for someone else.
    expect(
      one<{ s: string; r: number | null }>("SELECT status AS s, request_id AS r FROM cleaner_slots WHERE id = ?", soon),
    ).toEqual({
      s: "free",
      r: null,
    });
  });

  it("confirms a free cancellation too, and says it was free", async () => {
    const client = await newCitizen(app, "gratis-bezoek@example.nl", "Meneer Gratis");
    const requestId = await bookCleaner(client);
    const laterAt = Date.now() + 72 * HOUR + 11_000;
    const later = moveVisit(app, requestId, 0, laterAt);
    const confirm = await page(client, `/mijn/aanvragen/${requestId}?afzeggen=${later}`);
    expect(confirm).toContain(`Wilt u het bezoek van ${when(laterAt)} afzeggen? Dat is gratis`);
    expect(confirm).toContain("Ja, dit bezoek afzeggen");
    const done = await client.post(`/mijn/aanvragen/${requestId}`, {
      intent: "cancel-visit",
      slotId: String(later),
      quoted: "0",
    });
    const after = await page(client, done.headers.get("location") ?? "");
    expect(after).toContain(`Het bezoek van ${when(laterAt)} is afgezegd. Dat was gratis.`);
    expect(after).toContain(`${when(laterAt)} – afgezegd (gratis)`);
    expect(
      one<{ n: number }>("SELECT count(*) AS n FROM payments WHERE request_id = ? AND slot_id = ?", requestId, later).n,
    ).toBe(0);
  });
});

describe("cancelling a whole weekly booking", () => {
  it("frees the weekly time for others: it is offered again whole (ADR 020)", async () => {
    const client = await newCitizen(app, "vrijgeven@example.nl", "Meneer Vrij");
    const requestId = await bookCleaner(client);
    const first = one<{ id: number }>(
      "SELECT id FROM cleaner_slots WHERE request_id = ? ORDER BY starts_at LIMIT 1",
      requestId,
    ).id;
    const ans = providerId("Schoonmaakhulp Ans de Vries");
    expect(await offeredSlots(client, ans)).not.toContain(first);
    const res = await cancelThroughConfirmation(client, requestId);
    expect(res.headers.get("location")).toContain("melding=cancelled");
    const other = await newCitizen(app, "volgende@example.nl", "Mevrouw Volgende");
    expect(await offeredSlots(other, ans)).toContain(first);
  });

  it("is confirmed first with what it costs; the notice names the dates and the fee of the payment row", async () => {
    const client = await newCitizen(app, "hele-boeking@example.nl", "Mevrouw Heel");
    const requestId = await bookCleaner(client);
    const firstAt = Date.now() + 4 * HOUR + 7_000;
    const first = moveVisit(app, requestId, 0, firstAt);
    const booked = one<{ n: number }>(
      "SELECT count(*) AS n FROM cleaner_slots WHERE request_id = ? AND status = 'booked'",
      requestId,
    ).n;

    // One click no longer cancels: the button is a link to the confirmation.
    const before = await (await client.get(`/mijn/aanvragen/${requestId}`)).text();
    expect(before).toContain("?annuleren=1#annuleren");
    const confirm = await page(client, `/mijn/aanvragen/${requestId}?annuleren=1`);
    expect(confirm).toContain("Wilt u deze aanvraag annuleren?");
    expect(confirm).toContain(
      booked === 1
        ? `Het geboekte bezoek van ${when(firstAt)} gaat dan niet door.`
        : `De ${booked} geboekte bezoeken vanaf ${when(firstAt)} gaan dan niet door.`,
    );
    const total = /Annuleren kost u € ([\d.,]+)\./.exec(confirm)?.[1];
    expect(total).toBeDefined();
    const totalCents = cents(total ?? "");
    expect(confirm).toContain(`Ja, annuleren en ${euro(totalCents)} betalen`);

    // A cancel that did not see the fee charges nothing and asks again.
    const unseen = await client.post(`/mijn/aanvragen/${requestId}`, { intent: "cancel" });
    expect(unseen.headers.get("location")).toContain("annuleren=1");
    expect(one<{ s: string }>("SELECT status AS s FROM help_requests WHERE id = ?", requestId).s).toBe("booked");
    expect(one<{ n: number }>("SELECT count(*) AS n FROM payments WHERE request_id = ?", requestId).n).toBe(0);

    const done = await client.post(`/mijn/aanvragen/${requestId}`, { intent: "cancel", quoted: String(totalCents) });
    const location = done.headers.get("location") ?? "";
    expect(location).toMatch(/melding=cancelled&afgezegd=[\d-]+#melding$/);
    const charged = all<{ amount: number; slot: number }>(
      "SELECT amount_cents AS amount, slot_id AS slot FROM payments WHERE request_id = ? AND kind = 'late_cancellation'",
      requestId,
    );
    expect(charged).toEqual([{ amount: totalCents, slot: first }]);
    const after = await page(client, location);
    const dates =
      booked === 1
        ? `Het bezoek van ${when(firstAt)} gaat niet door.`
        : `De ${booked} bezoeken vanaf ${when(firstAt)} gaan niet door.`;
    expect(after).toContain(
      `Uw aanvraag is geannuleerd. ${dates} U betaalt ${euro(totalCents)} voor het bezoek dat binnen 24 uur zou beginnen.`,
    );
    // Every visit stays listed as cancelled; the slots are free for others.
    expect(after.match(/– afgezegd/g)?.length).toBe(booked);
    expect(after).toContain(`${when(firstAt)} – afgezegd, u betaalt ${euro(totalCents)}`);
    expect(one<{ n: number }>("SELECT count(*) AS n FROM cleaner_slots WHERE request_id = ?", requestId).n).toBe(0);
  });
});
