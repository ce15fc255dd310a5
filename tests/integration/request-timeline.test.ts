// The request page's "Verloop" names the visits called off, with their date and fee, from the same
// records as the visit list (over real HTTP against the built server).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDateTime, formatEuro } from "~/i18n";
import { type AppServer, startApp } from "../support/app-server";
import { type Client, textOf } from "../support/client";
import { bookCleaner, cancelThroughConfirmation, moveVisit, newCitizen, readersOf } from "../support/factories";

const HOUR = 3_600_000;
let app: AppServer;
const { one, all } = readersOf(() => app);

const spaced = (s: string) => s.replace(/\s+/g, " ");
const when = (ms: number) => spaced(formatDateTime(ms, "nl"));
const euro = (cents: number) => spaced(formatEuro(cents, "nl"));
/** The text of the page's Verloop section. */
async function timeline(client: Client, requestId: number) {
  const html = await (await client.get(`/mijn/aanvragen/${requestId}`)).text();
  const start = html.indexOf('id="timeline-title"');
  expect(start).toBeGreaterThan(0);
  return textOf(html.slice(start, html.indexOf("</section>", start)));
}

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

describe("the Verloop of a cleaner booking", () => {
  it("names each visit called off with its date and fee, and a whole booking's cancelled visits after 'Geannuleerd'", async () => {
    const client = await newCitizen(app, "verloop@example.nl", "Mevrouw Verloop");
    const requestId = await bookCleaner(client);
    const visits = all<{ id: number; at: number }>(
      "SELECT id, starts_at AS at FROM cleaner_slots WHERE request_id = ? ORDER BY starts_at",
      requestId,
    );
    expect(visits.length).toBeGreaterThan(2);
    // A free cancellation of the last visit, and a late one of the first.
    const last = visits.at(-1) as { id: number; at: number };
    await client.post(`/mijn/aanvragen/${requestId}`, { intent: "cancel-visit", slotId: String(last.id), quoted: "0" });
    const soonAt = Date.now() + 4 * HOUR + 31_000;
    const soon = moveVisit(app, requestId, 0, soonAt);
    const confirm = textOf(await (await client.get(`/mijn/aanvragen/${requestId}?afzeggen=${soon}`)).text());
    const quoted = /Ja, afzeggen en € ([\d.,]+) betalen/.exec(confirm)?.[1] ?? "";
    const fee = Math.round(Number(quoted.replace(/\./g, "").replace(",", ".")) * 100);
    expect(fee).toBeGreaterThan(0);
    await client.post(`/mijn/aanvragen/${requestId}`, {
      intent: "cancel-visit",
      slotId: String(soon),
      quoted: String(fee),
    });

    const steps = await timeline(client, requestId);
    expect(steps).toContain(`: Bezoek van ${when(last.at)} afgezegd (gratis)`);
    expect(steps).toContain(`: Bezoek van ${when(soonAt)} afgezegd, u betaalt ${euro(fee)}`);
    // The same amount as the visit list and the payment row.
    const page = textOf(await (await client.get(`/mijn/aanvragen/${requestId}`)).text());
    expect(page).toContain(`${when(soonAt)} – afgezegd, u betaalt ${euro(fee)}`);
    expect(
      one<{ a: number }>("SELECT amount_cents AS a FROM payments WHERE request_id = ? AND slot_id = ?", requestId, soon)
        .a,
    ).toBe(fee);

    // The rest of the booking at once: one entry, after the step "Geannuleerd".
    const rest = all<{ at: number }>(
      "SELECT starts_at AS at FROM cleaner_slots WHERE request_id = ? AND status = 'booked' ORDER BY starts_at",
      requestId,
    );
    await cancelThroughConfirmation(client, requestId);
    const after = await timeline(client, requestId);
    const whole =
      rest.length === 1
        ? `: Bezoek van ${when(rest[0]?.at ?? 0)} afgezegd (gratis)`
        : `: ${rest.length} bezoeken vanaf ${when(rest[0]?.at ?? 0)} afgezegd (gratis)`;
    expect(after).toContain(whole);
    expect(after.indexOf(": Geannuleerd")).toBeGreaterThan(0);
    expect(after.indexOf(whole)).toBeGreaterThan(after.indexOf(": Geannuleerd"));
  });

  it("keeps a late cancellation with its fee after the booking moves, and says the move as a move", async () => {
    const client = await newCitizen(app, "verloop-terug@example.nl", "Meneer Terug");
    const requestId = await bookCleaner(client);
    const soonAt = Date.now() + 3 * HOUR + 41_000;
    const soon = moveVisit(app, requestId, 0, soonAt);
    const confirm = textOf(await (await client.get(`/mijn/aanvragen/${requestId}?afzeggen=${soon}`)).text());
    const quoted = /Ja, afzeggen en € ([\d.,]+) betalen/.exec(confirm)?.[1] ?? "";
    const fee = Math.round(Number(quoted.replace(/\./g, "").replace(",", ".")) * 100);
    await client.post(`/mijn/aanvragen/${requestId}`, {
      intent: "cancel-visit",
      slotId: String(soon),
      quoted: String(fee),
    });
    // A visit called off is never booked back (ADR 021): the booking moves to another weekly time.
    const page = await (await client.get(`/mijn/aanvragen/${requestId}`)).text();
    const other = /name="slotId" value="(\d+)"/.exec(page)?.[1] ?? "";
    const moved = await client.post(`/mijn/aanvragen/${requestId}`, { intent: "change-slot", slotId: other });
    expect(moved.headers.get("location")).toContain("melding=slot_changed");

    const steps = await timeline(client, requestId);
    expect(steps).toContain(`: Bezoek van ${when(soonAt)} afgezegd, u betaalt ${euro(fee)}`);
    expect(steps).toContain(": Verzet naar een andere vaste tijd");
    expect(steps.indexOf(": Verzet naar een andere vaste tijd")).toBeGreaterThan(steps.indexOf("afgezegd, u betaalt"));
    expect(steps.match(/: Geboekt/g)?.length).toBe(1);
  });
});
