// The provider's ended referrals (issue 15): in the order they ended, newest first — by the step
// that ended them, not by a later touch of the row — and among those ended at the same moment the
// most recently received first, then the highest id; the page says the order and shows the date.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, textOf } from "../support/client";
import { addStaff, referralInDatabase, WOERDEN_HELP } from "../support/factories";

const PAGE = "/aanbieder/verwijzingen?weergave=afgerond";
const PROVIDER = "Zorggroep Vechtstreek";
const STORY = {
  help: { ...WOERDEN_HELP, birthYear: 1946, needs: ["cleaning"], income: 1900 },
  phone: "06-11112222",
  preferences: "Maakt niet uit",
  provider: PROVIDER,
} as const;
const DAY = 86_400_000;

let app: AppServer;
let staff: Client;
const ids: Record<string, number> = {};

const cardsOf = (html: string) => [...html.matchAll(/<section id="referral-(\d+)"/g)].map((m) => Number(m[1]));

beforeAll(async () => {
  app = await startApp({ SEED_HISTORY: "false" });
  addStaff(app, "volgorde@example.nl", PROVIDER, "Ilse de Wit");
  staff = new Client(app.baseUrl);
  await staff.login("volgorde@example.nl");
  const now = Date.now();
  const db = app.db();
  const end = (name: string, endedAt: number, receivedAt: number, touchedAt = endedAt) => {
    const id = ids[name] as number;
    db.prepare(
      "UPDATE referrals SET status = 'ended', end_reason = 'Klaar', created_at = ?, updated_at = ? WHERE id = ?",
    ).run(receivedAt, touchedAt, id);
    db.prepare(
      "INSERT INTO referral_events (referral_id, status, note, created_at) VALUES (?, 'ended', 'Klaar', ?)",
    ).run(id, endedAt);
  };
  // Made in this order, so the ids rise from A to D.
  for (const name of ["A", "B", "C", "D"])
    ids[name] = (await referralInDatabase(app, { ...STORY, name: `Cliënt ${name}` })).referralId;
  // A, B and C ended at the same moment two days ago; C was received first, A last.
  end("A", now - 2 * DAY, now - 30 * DAY);
  end("B", now - 2 * DAY, now - 40 * DAY);
  end("C", now - 2 * DAY, now - 50 * DAY);
  // D ended ten days ago, but its row was touched an hour ago (a later correction): it ended longest ago.
  end("D", now - 10 * DAY, now - 60 * DAY, now - 3_600_000);
});
afterAll(async () => {
  await app?.stop();
});

describe("the ended referrals", () => {
  it("come in the order they ended, newest first, ties by the latest received, and the page says so", async () => {
    const html = await (await staff.get(PAGE)).text();
    const order = cardsOf(html).filter((id) => Object.values(ids).includes(id));
    expect(order).toEqual([ids.A, ids.B, ids.C, ids.D]);
    const text = textOf(html);
    expect(text).toContain("De nieuwste eerst: op de datum waarop de verwijzing is beëindigd of afgewezen.");
    expect(text).toContain("Beëindigd of afgewezen op");
    expect(text).toContain("Beëindigd op");
    // The same order on every load.
    expect(cardsOf(await (await staff.get(PAGE)).text())).toEqual(cardsOf(html));
  });
});
