// Faults: the server is killed (SIGKILL) in the middle of a stream of bookings and started again.
// SQLite in WAL mode with a busy timeout, and every booking in one transaction, must leave no
// half-written booking and lose no confirmed one.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressFields } from "../support/address";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO } from "../support/client";
import { helpQuery, newCitizens, providerId, WOERDEN_HELP } from "../support/factories";

let app: AppServer;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

describe("a crash during bookings", () => {
  it("keeps every confirmed booking and leaves nothing half-written", async () => {
    const db = app.db();
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    const ans = providerId(app, "Schoonmaakhulp Ans de Vries");
    const clients = await newCitizens(app, "crash", 12);
    const slots = db
      .prepare("SELECT id FROM cleaner_slots WHERE provider_id = ? AND status = 'free' ORDER BY starts_at LIMIT 12")
      .all(ans) as { id: number }[];
    const confirmed: number[] = [];
    // Each citizen holds a slot and confirms it; the server dies while they are at it.
    const stream = clients.map(async (client, i) => {
      await new Promise((r) => setTimeout(r, i * 40));
      try {
        const held = await client.request("/api/v1/requests", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({
            offerId: `cleaner:${ans}`,
            slotId: slots[i]?.id,
            helpRequest: WOERDEN_HELP,
            contact: addressFields(),
          }),
        });
        if (held.status !== 201) return;
        const { id } = (await held.json()) as { id: number };
        const ok = await client.post(`/mijn/aanvragen/${id}`, { intent: "confirm" });
        if (ok.status === 302 && (ok.headers.get("location") ?? "").includes("melding=confirmed")) confirmed.push(id);
      } catch {
        // the connection died with the server
      }
    });
    // Kill it once a few bookings are through, while the rest are on their way.
    const deadline = Date.now() + 10_000;
    while (confirmed.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    await app.crash();
    await Promise.all(stream);
    await app.restart();

    const check = app.db();
    // The crash came in the middle: some bookings were confirmed, not all of them.
    expect(confirmed.length).toBeGreaterThan(0);
    expect(confirmed.length).toBeLessThan(12);
    // Every booking the server confirmed is there, booked, with its visits.
    for (const id of confirmed) {
      const row = check.prepare("SELECT status FROM help_requests WHERE id = ?").get(id) as { status: string };
      expect(row.status).toBe("booked");
      const visits = check
        .prepare("SELECT count(*) AS n FROM cleaner_slots WHERE request_id = ? AND status = 'booked'")
        .get(id) as {
        n: number;
      };
      expect(visits.n).toBeGreaterThan(0);
    }
    // No half-written booking: a booked request has booked visits, a held one its held weeks (a
    // weekly time is held whole, ADR 020),
    // and no slot points at a request that does not hold or book it.
    const inconsistent = check
      .prepare(
        `SELECT count(*) AS n FROM help_requests r WHERE r.kind = 'private_cleaner' AND (
           (r.status = 'booked' AND NOT EXISTS (SELECT 1 FROM cleaner_slots s WHERE s.request_id = r.id AND s.status = 'booked'))
        OR (r.status = 'held' AND (SELECT count(*) FROM cleaner_slots s WHERE s.request_id = r.id AND s.status = 'held') < 1))`,
      )
      .get() as { n: number };
    expect(inconsistent.n).toBe(0);
    const orphans = check
      .prepare(
        `SELECT count(*) AS n FROM cleaner_slots s LEFT JOIN help_requests r ON r.id = s.request_id
         WHERE s.status IN ('held', 'booked') AND (r.id IS NULL OR r.status NOT IN ('held', 'booked', 'expired', 'cancelled'))`,
      )
      .get() as { n: number };
    expect(orphans.n).toBe(0);
    expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
    // And the restarted server serves again: a login and the options.
    const after = new Client(app.baseUrl);
    expect((await after.login(DEMO.citizen)).status).toBe(302);
    const options = await after.get(`/api/v1/options?${helpQuery()}`);
    expect(options.status).toBe(200);
  });
});
