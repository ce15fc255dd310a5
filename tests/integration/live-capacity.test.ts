// What matching may use: vetted providers only, fresh capacity only — checked on the demo seed.
import { beforeAll, describe, expect, it } from "vitest";
import type { LiveCapacity } from "~/services/live-capacity.server";
import { DEMO } from "../support/client";
import { demoInProcess, providerId, userId } from "../support/factories";

let live: (code: string, staleAfterDays?: number) => LiveCapacity;
let suspend: (providerName: string) => void;

beforeAll(async () => {
  ({ suspend } = await demoInProcess("live"));
  const { liveCapacity } = await import("~/services/live-capacity.server");
  live = (code, staleAfterDays = 14) => liveCapacity(code, staleAfterDays);
});

const names = (rows: { providerName: string }[]) => [...new Set(rows.map((r) => r.providerName))].sort();

describe("liveCapacity", () => {
  it("gives Woerden fresh capacity of all four kinds from vetted providers only", () => {
    const woerden = live("GM0632");
    expect(names(woerden.zin)).toEqual(["Thuiszorg Groene Hart"]); // "Thuishulp Utrecht West" is pending
    expect(woerden.zin[0]?.weeks.length).toBeGreaterThan(0);
    expect(woerden.zin[0]?.waitingList).toBeGreaterThanOrEqual(0);
    expect(names(woerden.cleaners)).toEqual(["Schoonmaakhulp Ans de Vries"]); // "Montfoort Schoon" is pending
    expect(woerden.cleaners[0]?.slots.length).toBeGreaterThan(0);
    for (const slot of woerden.cleaners[0]?.slots ?? []) expect(slot.startsAt.getTime()).toBeGreaterThan(Date.now());
    expect(names(woerden.mediators)).toEqual(["Burenhulp Bemiddeling Utrecht West"]);
    expect(woerden.mediators[0]?.newMatchesThisMonth).toBeGreaterThan(0);
    expect(names(woerden.cohorts)).toEqual(["Fysiotherapie Woerden Centrum"]);
  });

  it("ignores stale capacity: Vechtstreek's De Ronde Venen weeks and Poetsbedrijf Mijdrecht's windows", () => {
    const drv = live("GM0736");
    const vechtstreek = drv.zin.find((z) => z.providerName === "Zorggroep Vechtstreek");
    expect(vechtstreek?.weeks).toEqual([]);
    expect(vechtstreek?.waitingList).toBeNull();
    expect(drv.zin.find((z) => z.providerName === "Thuiszorg Groene Hart")?.weeks.length).toBeGreaterThan(0);
    expect(drv.cleaners.find((c) => c.providerName === "Poetsbedrijf Mijdrecht")?.slots).toEqual([]);
    expect(drv.cleaners.find((c) => c.providerName === "Helpende Handen Maarssen")?.slots.length).toBeGreaterThan(0);
  });

  it("follows the municipality's stale period", () => {
    // Published 20 days ago: stale under 14 days, fresh under 30.
    const lenient = live("GM0736", 30);
    expect(lenient.zin.find((z) => z.providerName === "Zorggroep Vechtstreek")?.weeks.length).toBeGreaterThan(0);
    expect(lenient.cleaners.find((c) => c.providerName === "Poetsbedrijf Mijdrecht")?.slots.length).toBeGreaterThan(0);
  });

  it("drops a cleaner whose latest VOG is more than three years old, even while vetted", async () => {
    const { getDb } = await import("~db/client.server");
    const sqlite = getDb().$client;
    const id = providerId(sqlite, "Helpende Handen Maarssen");
    expect(names(live("GM1904").cleaners)).toContain("Helpende Handen Maarssen");
    const old = new Date(Date.now() - 4 * 365 * 86_400_000).toISOString().slice(0, 10);
    sqlite
      .prepare("INSERT INTO provider_vetting_checks (provider_id, item, ok, vog_date) VALUES (?, 'vog', 1, ?)")
      .run(id, old);
    expect(names(live("GM1904").cleaners)).not.toContain("Helpende Handen Maarssen");
    const recent = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    sqlite
      .prepare("INSERT INTO provider_vetting_checks (provider_id, item, ok, vog_date) VALUES (?, 'vog', 1, ?)")
      .run(id, recent);
    expect(names(live("GM1904").cleaners)).toContain("Helpende Handen Maarssen");
  });

  it("drops a suspended provider at once", () => {
    expect(names(live("GM0632").zin)).toEqual(["Thuiszorg Groene Hart"]);
    suspend("Thuiszorg Groene Hart");
    expect(live("GM0632").zin).toEqual([]);
    expect(names(live("GM0736").zin)).toEqual(["Zorggroep Vechtstreek"]);
  });
});

describe("refreshAllCleanerSlots", () => {
  it("rolls the 8-week horizon forward: past free slots go, new weeks come", async () => {
    const { refreshAllCleanerSlots } = await import("~/services/capacity/slot-refresh.server");
    const { getDb } = await import("~db/client.server");
    const sqlite = getDb().$client;
    const span = () =>
      sqlite
        .prepare("SELECT min(starts_at) AS first, max(starts_at) AS last FROM cleaner_slots WHERE status = 'free'")
        .get() as {
        first: number;
        last: number;
      };
    const before = span();
    const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000);
    expect(refreshAllCleanerSlots(inTwoWeeks)).toBeGreaterThanOrEqual(4);
    const after = span();
    expect(after.first).toBeGreaterThan(inTwoWeeks.getTime());
    expect(after.last).toBeGreaterThan(before.last + 10 * 86_400_000);
  });
});

describe("a weekly booking as the horizon moves", () => {
  it("takes the new week's slot at the same weekday and time", async () => {
    const { refreshAllCleanerSlots } = await import("~/services/capacity/slot-refresh.server");
    const { getDb } = await import("~db/client.server");
    const { weeklyKey } = await import("~/domain/time");
    const sqlite = getDb().$client;
    const ans = providerId(sqlite, "Schoonmaakhulp Ans de Vries");
    const citizen = userId(sqlite, DEMO.citizen);
    const { id: requestId } = sqlite
      .prepare(
        `INSERT INTO help_requests (citizen_user_id, kind, offer_id, provider_id, municipality_code, status, answers,
           citizen_cost_per_month_cents, municipality_cost_per_month_cents, updated_at)
         VALUES (?, 'private_cleaner', ?, ?, 'GM0632', 'booked', '{}', 0, 0, ?) RETURNING id`,
      )
      .get(citizen, `cleaner:${ans}`, ans, Date.now()) as { id: number };
    const series = sqlite
      .prepare(
        "SELECT id, starts_at AS s FROM cleaner_slots WHERE provider_id = ? AND status = 'free' ORDER BY starts_at",
      )
      .all(ans) as { id: number; s: number }[];
    const first = series[0] as { id: number; s: number };
    const key = weeklyKey(first.s);
    const same = series.filter((x) => weeklyKey(x.s) === key);
    const book = sqlite.prepare("UPDATE cleaner_slots SET status = 'booked', request_id = ? WHERE id = ?");
    for (const x of same) book.run(requestId, x.id);
    const lastBefore = Math.max(...same.map((x) => x.s));

    refreshAllCleanerSlots(new Date(Date.now() + 21 * 86_400_000));
    const after = sqlite
      .prepare("SELECT starts_at AS s FROM cleaner_slots WHERE request_id = ? ORDER BY starts_at")
      .all(requestId) as {
      s: number;
    }[];
    const lastAfter = after.at(-1)?.s ?? 0;
    expect(lastAfter).toBeGreaterThan(lastBefore);
    for (const x of after) expect(weeklyKey(x.s)).toBe(key);
  });
});
