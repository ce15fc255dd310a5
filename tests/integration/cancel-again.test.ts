// A visit the citizen called off stays off when the booking moves (ADR 021), over real HTTP against
// the built server: moving back onto it would have undone the cancellation but left its fee
// charged (outside attack). What the confirmation asks is what the payments then hold.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { type Client, textOf } from "../support/client";
import { bookCleaner, moveVisit, newCitizen, readersOf } from "../support/factories";

const HOUR = 3_600_000;
let app: AppServer;
const { one, all } = readersOf(() => app);

const page = async (client: Client, path: string) => textOf(await (await client.get(path)).text());
const cents = (text: string) => Math.round(Number(text.replace(/\./g, "").replace(",", ".")) * 100);
/** The amount a visit's cancel confirmation asks (0 when it says it is free). */
const quoteOf = (confirm: string) => {
  const amount = /Ja, afzeggen en € ([\d.,]+) betalen/.exec(confirm)?.[1];
  return amount ? cents(amount) : 0;
};
const feesOf = (requestId: number, slotId: number) =>
  one<{ n: number; sum: number | null }>(
    "SELECT count(*) AS n, sum(amount_cents) AS sum FROM payments WHERE request_id = ? AND slot_id = ? AND kind = 'late_cancellation'",
    requestId,
    slotId,
  );
const slot = (id: number) =>
  one<{ status: string; requestId: number | null }>(
    "SELECT status, request_id AS requestId FROM cleaner_slots WHERE id = ?",
    id,
  );
const visitsOf = (requestId: number) =>
  all<{ id: number }>("SELECT id FROM cleaner_slots WHERE request_id = ? ORDER BY starts_at", requestId).map(
    (r) => r.id,
  );

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

// The weekly booking first: the late-cancel case moves a visit to an odd hour (moveVisit), which
// then is a time of its own that the next booking of this file would take.
describe("a visit called off stays off", () => {
  it("a move back to the booking's own weekly time leaves the week called off free and listed as cancelled", async () => {
    const client = await newCitizen(app, "terug-naar-vrijdag@example.nl", "Meneer Terug");
    const requestId = await bookCleaner(client);
    const [, second, third] = visitsOf(requestId) as [number, number, number];
    // The third visit is weeks away: cancelling it is free.
    expect(quoteOf(await page(client, `/mijn/aanvragen/${requestId}?afzeggen=${third}`))).toBe(0);
    await client.post(`/mijn/aanvragen/${requestId}`, { intent: "cancel-visit", slotId: String(third), quoted: "0" });

    // Away to another weekly time, then back to the own one from its second week on.
    const html = await (await client.get(`/mijn/aanvragen/${requestId}`)).text();
    const other = [...html.matchAll(/name="slotId" value="(\d+)"/g)]
      .map((m) => Number(m[1]))
      .find((id) => id !== second);
    expect(other).toBeDefined();
    const away = await client.post(`/mijn/aanvragen/${requestId}`, { intent: "change-slot", slotId: String(other) });
    expect(away.headers.get("location")).toContain("melding=slot_changed");
    // The old time is let go (a first visit within 24 hours stays), also by the slot refresh a
    // start runs: it took that kept visit for a series of its own and booked the citizen twice a week.
    await app.restart();
    expect(slot(second)).toEqual({ status: "free", requestId: null });
    const home = await client.post(`/mijn/aanvragen/${requestId}`, { intent: "change-slot", slotId: String(second) });
    expect(home.headers.get("location")).toContain("melding=slot_changed");

    expect(slot(second)).toEqual({ status: "booked", requestId });
    expect(slot(third)).toEqual({ status: "free", requestId: null });
    expect(visitsOf(requestId)).not.toContain(third);
    expect(one<{ n: number }>("SELECT count(*) AS n FROM cancelled_visits WHERE slot_id = ?", third).n).toBe(1);
    expect(textOf(await (await client.get(`/mijn/aanvragen/${requestId}`)).text())).toMatch(/afgezegd \(gratis\)/);
  });

  it("cannot be booked back by a move after a late cancellation: the fee stands once, for a visit that does not happen", async () => {
    const client = await newCitizen(app, "opnieuw-afzeggen@example.nl", "Mevrouw Opnieuw");
    const requestId = await bookCleaner(client);
    const soon = moveVisit(app, requestId, 0, Date.now() + 5 * HOUR + 13_000);

    const first = quoteOf(await page(client, `/mijn/aanvragen/${requestId}?afzeggen=${soon}`));
    expect(first).toBeGreaterThan(0);
    await client.post(`/mijn/aanvragen/${requestId}`, {
      intent: "cancel-visit",
      slotId: String(soon),
      quoted: String(first),
    });
    expect(feesOf(requestId, soon)).toEqual({ n: 1, sum: first });

    // Not offered as a time to move to, and refused when posted all the same.
    const listed = await (await client.get(`/mijn/aanvragen/${requestId}`)).text();
    expect(listed).not.toContain(`value="${soon}"`);
    const back = await client.post(`/mijn/aanvragen/${requestId}`, { intent: "change-slot", slotId: String(soon) });
    expect(back.headers.get("location")).not.toContain("melding=slot_changed");
    expect(slot(soon)).toEqual({ status: "free", requestId: null });
    expect(feesOf(requestId, soon)).toEqual({ n: 1, sum: first });
    expect(textOf(listed)).toMatch(/afgezegd, u betaalt € [\d.,]+/);
  });
});
