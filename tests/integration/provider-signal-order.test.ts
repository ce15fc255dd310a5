// The provider's signals list (issue 15): the ones the municipality has not closed first, urgent
// before normal, then the closed ones; newest first within each. The page says the order.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, textOf } from "../support/client";
import { addStaff, referralInDatabase, WOERDEN_HELP } from "../support/factories";

const PAGE = "/aanbieder/signalen";
const PROVIDER = "Zorggroep Vechtstreek";
const HOUR = 3_600_000;

let app: AppServer;
let staff: Client;

/** The signal texts of the list, top to bottom, as the table shows them. */
function textsInOrder(html: string, texts: string[]): string[] {
  const table = /<table[\s\S]*?<\/table>/.exec(html.split('id="signal-list-title"')[1] ?? "")?.[0] ?? "";
  const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => textOf(r[1] ?? ""));
  return rows.flatMap((row) => texts.filter((t) => row.includes(t)));
}

beforeAll(async () => {
  app = await startApp({ SEED_HISTORY: "false" });
  addStaff(app, "signalen-volgorde@example.nl", PROVIDER, "Ilse de Wit");
  staff = new Client(app.baseUrl);
  await staff.login("signalen-volgorde@example.nl");
});
afterAll(async () => {
  await app?.stop();
});

describe("the provider's signals", () => {
  it("list open ones first (urgent before normal), then closed ones, newest first, and say so", async () => {
    const { referralId } = await referralInDatabase(app, {
      help: { ...WOERDEN_HELP, birthYear: 1941, needs: ["cleaning"], income: 1800 },
      phone: "06-22223333",
      preferences: "Geen",
      provider: PROVIDER,
      name: "Wim Signaal",
      status: "started",
    });
    // Raised in this order, so the ids rise; then each gets its own moment and state.
    const story = [
      { text: "Vijf: afgesloten, normaal, lang geleden.", urgency: "normal", status: "closed", ago: 480 * HOUR },
      { text: "Vier: afgesloten, dringend, net.", urgency: "urgent", status: "closed", ago: HOUR / 6 },
      { text: "Drie: opgepakt, dringend, gisteren.", urgency: "urgent", status: "acknowledged", ago: 24 * HOUR },
      { text: "Twee: open, dringend, drie dagen geleden.", urgency: "urgent", status: "open", ago: 72 * HOUR },
      { text: "Een: open, normaal, een uur geleden.", urgency: "normal", status: "open", ago: HOUR },
    ] as const;
    const db = app.db();
    const now = Date.now();
    for (const s of story) {
      const res = await staff.post(PAGE, {
        client: `referral:${referralId}`,
        type: "other",
        urgency: s.urgency,
        text: s.text,
      });
      expect(res.status).toBe(302);
      db.prepare(
        `UPDATE signals SET status = ?, created_at = ?,
           acknowledged_at = CASE WHEN ? = 'open' THEN NULL ELSE ? END,
           closed_at = CASE WHEN ? = 'closed' THEN ? ELSE NULL END
         WHERE id = (SELECT max(id) FROM signals)`,
      ).run(s.status, now - s.ago, s.status, now - s.ago + 60_000, s.status, now - s.ago + 120_000);
    }
    const html = await (await staff.get(PAGE)).text();
    expect(
      textsInOrder(
        html,
        story.map((s) => s.text),
      ),
    ).toEqual([
      "Drie: opgepakt, dringend, gisteren.",
      "Twee: open, dringend, drie dagen geleden.",
      "Een: open, normaal, een uur geleden.",
      "Vier: afgesloten, dringend, net.",
      "Vijf: afgesloten, normaal, lang geleden.",
    ]);
    expect(textOf(html)).toContain(
      "Bovenaan de signalen die de gemeente nog niet heeft afgesloten, de dringende eerst; daarna de afgesloten. Steeds de nieuwste eerst.",
    );
  });
});
