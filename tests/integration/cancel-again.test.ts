// Cancelling a visit that was cancelled late, booked back (change-slot) and cancelled again, over
// real HTTP against the built server: the fee is charged once per visit (ADR 021), and what the
// confirmation asks is what the payments then hold.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { type Client, textOf } from "../support/client";
import { bookCleaner, cancelQuote, moveVisit, newCitizen, readersOf } from "../support/factories";

const HOUR = 3_600_000;
let app: AppServer;
const { one } = readersOf(() => app);

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

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

describe("a visit cancelled late, booked back and cancelled again", () => {
  it("quotes what it charges: the fee once, and nothing more the second time", async () => {
    const client = await newCitizen(app, "opnieuw-afzeggen@example.nl", "Mevrouw Opnieuw");
    const requestId = await bookCleaner(client);
    const soon = moveVisit(app, requestId, 0, Date.now() + 5 * HOUR + 13_000);

    // First time: within 24 hours, so the fee; confirmed at the amount asked.
    const first = quoteOf(await page(client, `/mijn/aanvragen/${requestId}?afzeggen=${soon}`));
    expect(first).toBeGreaterThan(0);
    await client.post(`/mijn/aanvragen/${requestId}`, {
      intent: "cancel-visit",
      slotId: String(soon),
      quoted: String(first),
    });
    expect(feesOf(requestId, soon)).toEqual({ n: 1, sum: first });

    // Booked back: the freed date is the booking's again.
    const back = await client.post(`/mijn/aanvragen/${requestId}`, {
      intent: "change-slot",
      slotId: String(soon),
    });
    expect(back.headers.get("location")).toBe(`/mijn/aanvragen/${requestId}?melding=slot_changed`);
    expect(one<{ r: number | null }>("SELECT request_id AS r FROM cleaner_slots WHERE id = ?", soon).r).toBe(requestId);

    // Second time: the confirmation asks exactly what cancelling then adds to the payments.
    const listed = await page(client, `/mijn/aanvragen/${requestId}`);
    const confirm = await page(client, `/mijn/aanvragen/${requestId}?afzeggen=${soon}`);
    const second = quoteOf(confirm);
    const done = await client.post(`/mijn/aanvragen/${requestId}`, {
      intent: "cancel-visit",
      slotId: String(soon),
      quoted: String(second),
    });
    expect(done.headers.get("location")).toContain("melding=visit_cancelled");
    const after = feesOf(requestId, soon);
    expect(after.sum).toBe(first + second);
    // One fee per visit: the second cancellation is free, and the page says the first fee stands.
    expect(after.n).toBe(1);
    expect(second).toBe(0);
    expect(listed).not.toMatch(/afzeggen \(kost €/);
    expect(listed).toContain("Dit bezoek afzeggen (kost niets extra)");
    expect(confirm).toContain("Dat kost niets extra: voor het eerder afzeggen van dit bezoek betaalt u al");
    // Listed as cancelled with the one fee it costs.
    const cancelledAgain = await page(client, done.headers.get("location") ?? "");
    expect(cancelledAgain).toMatch(/afgezegd, u betaalt € [\d.,]+/);
  });

  it("cancelling the whole booking then asks nothing for that visit, and says its fee stands", async () => {
    const client = await newCitizen(app, "opnieuw-annuleren@example.nl", "Meneer Opnieuw");
    const requestId = await bookCleaner(client);
    const soon = moveVisit(app, requestId, 0, Date.now() + 6 * HOUR + 17_000);
    const first = quoteOf(await page(client, `/mijn/aanvragen/${requestId}?afzeggen=${soon}`));
    await client.post(`/mijn/aanvragen/${requestId}`, {
      intent: "cancel-visit",
      slotId: String(soon),
      quoted: String(first),
    });
    await client.post(`/mijn/aanvragen/${requestId}`, { intent: "change-slot", slotId: String(soon) });

    const confirm = await page(client, `/mijn/aanvragen/${requestId}?annuleren=1`);
    const quoted = await cancelQuote(client, requestId);
    expect(quoted).toBe(0);
    expect(confirm).toContain("omdat u het eerder binnen 24 uur afzegde. Dat blijft zo; er komt niets bij.");
    const before = one<{ n: number }>("SELECT count(*) AS n FROM payments WHERE request_id = ?", requestId).n;
    const done = await client.post(`/mijn/aanvragen/${requestId}`, { intent: "cancel", quoted: String(quoted) });
    expect(done.headers.get("location")).toContain("melding=cancelled");
    // What the confirmation asked is what was added: nothing.
    expect(one<{ n: number }>("SELECT count(*) AS n FROM payments WHERE request_id = ?", requestId).n).toBe(before);
    expect(feesOf(requestId, soon)).toEqual({ n: 1, sum: first });
  });
});
