// A cleaner deletes a window while a citizen is booked on it and publishes it again; the citizen
// then moves or cancels. The freed visits belonged to no window any more: they stayed free and were
// never offered, and they blocked the new window's slots at the same times (outside attack).
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { bookCleaner, cancelThroughConfirmation, newCitizen, readersOf } from "../support/factories";

let app: AppServer;
const { one, all } = readersOf(() => app);
const KEY = `hwk_${"e".repeat(32)}`;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const put = (body: unknown) =>
  fetch(`${app.baseUrl}/api/v1/capacity`, {
    method: "PUT",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${KEY}` },
    body: JSON.stringify(body),
  });

type Window = {
  id: number;
  ref: string;
  weekday: number;
  start: string;
  end: string;
  minutes: number;
  provider: number;
};

describe("a window deleted and published again under a booking", () => {
  it("offers its times again once the booking leaves them", async () => {
    const client = await newCitizen(app, "venster-weg@example.nl", "Mevrouw Venster");
    const requestId = await bookCleaner(client);
    const w = one<Window>(
      `SELECT w.id, w.external_ref AS ref, w.weekday, w.start_time AS start, w.end_time AS end,
              w.visit_minutes AS minutes, w.provider_id AS provider
       FROM cleaner_windows w JOIN cleaner_slots s ON s.window_id = w.id WHERE s.request_id = ? LIMIT 1`,
      requestId,
    );
    app
      .db()
      .prepare("INSERT INTO api_keys (provider_id, name, key_hash, prefix) VALUES (?, 'test', ?, ?)")
      .run(w.provider, createHash("sha256").update(KEY).digest("hex"), KEY.slice(0, 10));

    expect((await put({ records: [{ type: "cleaner_window", externalRef: w.ref, deleted: true }] })).status).toBe(200);
    const again = {
      type: "cleaner_window",
      externalRef: `${w.ref}-opnieuw`,
      weekday: w.weekday,
      startTime: w.start,
      endTime: w.end,
      visitMinutes: w.minutes,
    };
    expect((await put({ records: [again] })).status).toBe(200);
    const renewed = one<{ id: number }>(
      "SELECT id FROM cleaner_windows WHERE provider_id = ? AND external_ref = ?",
      w.provider,
      `${w.ref}-opnieuw`,
    ).id;
    const booked = all<{ s: number }>(
      "SELECT starts_at AS s FROM cleaner_slots WHERE request_id = ? AND starts_at > ? ORDER BY s",
      requestId,
      Date.now() + 86_400_000,
    ).map((r) => r.s);
    expect(booked.length).toBeGreaterThan(1);

    // The citizen cancels the booking: its later visits are free again, as the new window's.
    const done = await cancelThroughConfirmation(client, requestId);
    expect(done.headers.get("location")).toContain("melding=cancelled");

    const orphans = one<{ n: number }>(
      "SELECT count(*) AS n FROM cleaner_slots WHERE provider_id = ? AND window_id IS NULL AND status = 'free'",
      w.provider,
    ).n;
    expect(orphans).toBe(0);
    for (const s of booked) {
      const slot = one<{ w: number | null; status: string } | undefined>(
        "SELECT window_id AS w, status FROM cleaner_slots WHERE provider_id = ? AND starts_at = ?",
        w.provider,
        s,
      );
      expect(slot, new Date(s).toISOString()).toEqual({ w: renewed, status: "free" });
    }
  });

  it("never books a visit the citizen called off back, also when its window was published again (new slots, same times)", async () => {
    const client = await newCitizen(app, "venster-terug@example.nl", "Meneer Venster");
    const requestId = await bookCleaner(client);
    const visits = all<{ id: number; s: number }>(
      "SELECT id, starts_at AS s FROM cleaner_slots WHERE request_id = ? ORDER BY s",
      requestId,
    );
    const third = visits[2] as { id: number; s: number };
    await client.post(`/mijn/aanvragen/${requestId}`, {
      intent: "cancel-visit",
      slotId: String(third.id),
      quoted: "0",
    });
    const w = one<Window>(
      `SELECT w.id, w.external_ref AS ref, w.weekday, w.start_time AS start, w.end_time AS end,
              w.visit_minutes AS minutes, w.provider_id AS provider
       FROM cleaner_windows w JOIN cleaner_slots s ON s.window_id = w.id WHERE s.request_id = ? LIMIT 1`,
      requestId,
    );
    expect((await put({ records: [{ type: "cleaner_window", externalRef: w.ref, deleted: true }] })).status).toBe(200);
    const again = {
      type: "cleaner_window",
      externalRef: `${w.ref}-weer`,
      weekday: w.weekday,
      startTime: w.start,
      endTime: w.end,
      visitMinutes: w.minutes,
    };
    expect((await put({ records: [again] })).status).toBe(200);
    // Away to another time and back to this one, whose slots are new now.
    const html = async () => (await client.get(`/mijn/aanvragen/${requestId}`)).text();
    const ids = (page: string) => [...page.matchAll(/name="slotId" value="(\d+)"/g)].map((m) => Number(m[1]));
    const away = ids(await html()).find((id) => {
      const s = one<{ w: number | null }>("SELECT window_id AS w FROM cleaner_slots WHERE id = ?", id);
      return s.w !== null && s.w !== w.id;
    });
    expect(away).toBeDefined();
    await client.post(`/mijn/aanvragen/${requestId}`, { intent: "change-slot", slotId: String(away) });
    const renewed = one<{ id: number }>(
      "SELECT id FROM cleaner_windows WHERE provider_id = ? AND external_ref = ?",
      w.provider,
      `${w.ref}-weer`,
    ).id;
    const home = ids(await html()).find(
      (id) => one<{ w: number | null }>("SELECT window_id AS w FROM cleaner_slots WHERE id = ?", id).w === renewed,
    );
    if (home !== undefined) {
      const back = await client.post(`/mijn/aanvragen/${requestId}`, { intent: "change-slot", slotId: String(home) });
      expect(back.headers.get("location")).toContain("melding=slot_changed");
    }
    // The moment called off is not booked by this request, whichever slot now stands there.
    const booked = one<{ n: number }>(
      "SELECT count(*) AS n FROM cleaner_slots WHERE request_id = ? AND starts_at = ?",
      requestId,
      third.s,
    ).n;
    expect(booked).toBe(0);
  });
});
