// Matching keeps each municipality's capacity between requests (ADR 010). These check that the
// kept snapshot never shows what is no longer true: after a write by the app, after a write by
// another connection (triggers move the municipality's version), and when time alone changes the
// answer (a hold ends, a slot starts, a record goes stale) — on the demo seed, in process.
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import type { HelpQuery } from "~/schemas/help-request";
import type { OptionsResult } from "~/services/matching.server";
import { DEMO } from "../support/client";
import { demoInProcess, helpFields, providerId, userId } from "../support/factories";

let find: (at?: Date, start?: string) => Extract<OptionsResult, { ok: true }>;
let other: Database.Database; // a second connection, as an admin tool or another process would write
let suspend: (providerName: string) => void;
let ans: number;

beforeAll(async () => {
  const demo = await demoInProcess("snapshot");
  suspend = demo.suspend;
  const { findOptions } = await import("~/services/matching.server");
  const { helpRequestSchema } = await import("~/schemas/help-request");
  const { amsterdamDay } = await import("~/domain/policy");
  find = (at = new Date(), start?: string) => {
    const query: HelpQuery = helpRequestSchema(amsterdamDay(at)).parse({
      ...(start ? { start } : {}),
      ...helpFields(),
    });
    const result = findOptions(query, at);
    if (!result.ok) throw new Error(`no options: ${result.reason}`);
    return result;
  };
  ans = providerId(demo.sqlite, "Schoonmaakhulp Ans de Vries");
  other = new Database(demo.sqlite.name);
  other.pragma("busy_timeout = 5000");
});

const cleaner = (result: Extract<OptionsResult, { ok: true }>) =>
  result.options.find((o) => o.offerId === `cleaner:${ans}`);
const firstSlot = (result: Extract<OptionsResult, { ok: true }>) => cleaner(result)?.slots[0];
const dayAfter = (day: string) => new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe("the kept capacity of a municipality", () => {
  it("gives the same answer twice in a row", () => {
    expect(find()).toEqual(find());
  });

  it("drops a slot that another connection books", () => {
    const before = firstSlot(find());
    expect(before).toBeDefined();
    other.prepare("UPDATE cleaner_slots SET status = 'booked' WHERE id = ?").run(before?.slotId);
    const after = firstSlot(find());
    expect(after?.slotId).not.toBe(before?.slotId);
    other.prepare("UPDATE cleaner_slots SET status = 'free' WHERE id = ?").run(before?.slotId);
    expect(firstSlot(find())?.slotId).toBe(before?.slotId);
  });

  it("shows a held slot again the moment its hold ends, without any write", () => {
    const now = new Date();
    const slot = firstSlot(find(now));
    other
      .prepare("UPDATE cleaner_slots SET status = 'held', hold_expires_at = ? WHERE id = ?")
      .run(now.getTime() + 60_000, slot?.slotId);
    expect(firstSlot(find(now))?.slotId).not.toBe(slot?.slotId);
    expect(firstSlot(find(new Date(now.getTime() + 59_000)))?.slotId).not.toBe(slot?.slotId);
    expect(firstSlot(find(new Date(now.getTime() + 60_001)))?.slotId).toBe(slot?.slotId);
    other.prepare("UPDATE cleaner_slots SET status = 'free', hold_expires_at = NULL WHERE id = ?").run(slot?.slotId);
  });

  it("stops offering a slot once it has started", () => {
    const slot = firstSlot(find());
    const start = new Date(slot?.start ?? 0);
    expect(firstSlot(find(new Date(start.getTime() - 1)))?.slotId).toBe(slot?.slotId);
    expect(firstSlot(find(start))?.slotId).not.toBe(slot?.slotId);
  });

  it("forgets windows that go stale while it is kept", () => {
    const now = new Date();
    // Confirmed 14 days ago less one hour: fresh now, stale in an hour and a minute.
    const confirmed = now.getTime() - 14 * 86_400_000 + 3_600_000;
    other.prepare("UPDATE cleaner_windows SET confirmed_at = ? WHERE provider_id = ?").run(confirmed, ans);
    expect(cleaner(find(now))?.eligible).toBe(true);
    expect(cleaner(find(new Date(now.getTime() + 3_660_000)))?.slots).toEqual([]);
    other.prepare("UPDATE cleaner_windows SET confirmed_at = ? WHERE provider_id = ?").run(now.getTime(), ans);
    expect(cleaner(find(now))?.eligible).toBe(true);
  });

  it("drops a provider the moment it is suspended through the app", () => {
    expect(find().options.some((o) => o.providerName === "Fysiotherapie Woerden Centrum")).toBe(true);
    suspend("Fysiotherapie Woerden Centrum");
    expect(find().options.some((o) => o.providerName === "Fysiotherapie Woerden Centrum")).toBe(false);
  });

  it("counts a seat taken by a request written by another connection", () => {
    const mediator = find().options.find((o) => o.kind === "pgb_informal" && o.eligible);
    expect(mediator).toBeDefined();
    const free = () =>
      other
        .prepare(
          "SELECT new_matches AS n FROM mediator_capacity_months WHERE provider_id = ? AND municipality_code = 'GM0632' AND month = ?",
        )
        .get(mediator?.providerId, new Date().toISOString().slice(0, 7)) as { n: number } | undefined;
    // Every match of this month taken: the mediator is no longer eligible, at once.
    const user = userId(other, DEMO.citizen);
    const insert = other.prepare(
      `INSERT INTO help_requests (citizen_user_id, kind, offer_id, provider_id, municipality_code, status, answers,
         citizen_cost_per_month_cents, municipality_cost_per_month_cents, created_at, updated_at)
       VALUES (?, 'pgb_informal', ?, ?, 'GM0632', 'mediation_requested', '{}', 0, 0, ?, ?)`,
    );
    for (let i = 0; i < (free()?.n ?? 0); i++) {
      insert.run(user, mediator?.offerId, mediator?.providerId, Date.now(), Date.now());
    }
    const after = find().options.find((o) => o.offerId === mediator?.offerId);
    expect(after?.eligible).toBe(false);
    expect(after?.reasons).toContain("no_mediation_capacity");
  });

  it("keeps the slots from a later start, and drops one that another connection books", () => {
    const soonest = cleaner(find());
    const start = dayAfter(soonest?.earliestStart ?? "");
    const later = cleaner(find(new Date(), start));
    expect(later?.earliestStart && later.earliestStart >= start).toBe(true);
    expect(later?.slots.length).toBeGreaterThan(0);
    expect(cleaner(find(new Date(), start))).toEqual(later);
    const taken = later?.slots[0];
    other.prepare("UPDATE cleaner_slots SET status = 'booked' WHERE id = ?").run(taken?.slotId);
    expect(cleaner(find(new Date(), start))?.slots.map((s) => s.slotId)).not.toContain(taken?.slotId);
    other.prepare("UPDATE cleaner_slots SET status = 'free' WHERE id = ?").run(taken?.slotId);
    expect(firstSlot(find(new Date(), start))?.slotId).toBe(taken?.slotId);
    // The soonest slots are untouched by asking for a later start.
    expect(cleaner(find())?.slots).toEqual(soonest?.slots);
  });

  it("shows a later slot again when its hold ends, and forgets later windows that go stale", () => {
    const now = new Date();
    const start = dayAfter(cleaner(find(now))?.earliestStart ?? "");
    const slot = firstSlot(find(now, start));
    other
      .prepare("UPDATE cleaner_slots SET status = 'held', hold_expires_at = ? WHERE id = ?")
      .run(now.getTime() + 60_000, slot?.slotId);
    expect(firstSlot(find(now, start))?.slotId).not.toBe(slot?.slotId);
    expect(firstSlot(find(new Date(now.getTime() + 60_001), start))?.slotId).toBe(slot?.slotId);
    other.prepare("UPDATE cleaner_slots SET status = 'free', hold_expires_at = NULL WHERE id = ?").run(slot?.slotId);

    const confirmed = now.getTime() - 14 * 86_400_000 + 3_600_000;
    other.prepare("UPDATE cleaner_windows SET confirmed_at = ? WHERE provider_id = ?").run(confirmed, ans);
    expect(cleaner(find(now, start))?.eligible).toBe(true);
    expect(cleaner(find(new Date(now.getTime() + 3_660_000), start))?.slots).toEqual([]);
    other.prepare("UPDATE cleaner_windows SET confirmed_at = ? WHERE provider_id = ?").run(now.getTime(), ans);
    expect(cleaner(find(now, start))?.eligible).toBe(true);
  });
});
