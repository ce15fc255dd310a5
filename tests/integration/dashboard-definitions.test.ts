// Every dashboard figure against a small hand-made dataset in a fresh database (no demo): each
// figure is checked exactly as ADR 009 and the page's "Zo is het geteld" lines define it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Dashboard } from "~/services/dashboard/build.server";
import type { Table } from "~/services/dashboard/tables.server";
import * as schema from "~db/schema";
import { dayAfter } from "../support/days";
import { orm } from "../support/factories";

const WOERDEN = "GM0632";
const MONTFOORT = "GM0589";
const DAY = 86_400_000;

// A fixed moment of today (09:00 UTC) as the dashboard's now: days waited come out whole.
const today = new Date().toISOString().slice(0, 10);
const now = new Date(`${today}T09:00:00Z`);
const ago = (days: number) => new Date(now.getTime() - days * DAY);
const period = { from: dayAfter(today, -27), to: today };

let build: (codes: string[]) => Dashboard;
let tables: (d: Dashboard) => Table[];

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hulpwijzer-definitions-"));
  process.env.DATABASE_URL = path.join(dir, "definitions.db");
  process.env.SEED_DEMO = "false";
  const { prepareDatabase } = await import("~/services/startup.server");
  prepareDatabase();
  const { getDb } = await import("~db/client.server");
  const { buildDashboard } = await import("~/services/dashboard/build.server");
  const { dashboardTables } = await import("~/services/dashboard/tables.server");
  build = (codes) => buildDashboard({ codes, label: "test" }, period, now);
  tables = (d) => dashboardTables(d, "nl");
  arrange(orm(getDb().$client));
});

function arrange(db: ReturnType<typeof orm>) {
  const provider = (name: string, kind: schema.ProviderKind, areas: string[]) => {
    const row = db
      .insert(schema.providers)
      .values({
        name,
        kind,
        kvkNumber: String(10_000_000 + name.length),
        contactName: "Contact",
        contactEmail: "contact@example.org",
        vettingStatus: "vetted",
      })
      .returning({ id: schema.providers.id })
      .get();
    for (const municipalityCode of areas)
      db.insert(schema.providerServiceAreas).values({ providerId: row.id, municipalityCode }).run();
    return row.id;
  };
  const zin = provider("Zorg Aan Huis", "zin", [WOERDEN]);
  const cleaner = provider("Schoon Bij U", "private_cleaner", [WOERDEN, MONTFOORT]);
  const physio = provider("Fysio Centrum", "physio", [WOERDEN]);
  const citizen = db
    .insert(schema.users)
    .values({ email: "inwoner@example.org", name: "Inwoner", passwordHash: "x", role: "citizen" })
    .returning({ id: schema.users.id })
    .get().id;
  const cohort = (startDate: string, seats: number, confirmedAt: Date) =>
    db
      .insert(schema.physioCohorts)
      .values({
        providerId: physio,
        externalRef: `cohort-${startDate}`,
        updatedAt: confirmedAt,
        confirmedAt,
        startDate,
        session1Weekday: 1,
        session1Time: "10:00",
        session2Weekday: 4,
        session2Time: "10:00",
        seats,
        location: "Rijnstraat 1, Woerden",
        locationPc4: "3441",
      })
      .returning({ id: schema.physioCohorts.id })
      .get().id;
  cohort(dayAfter(today, -60), 10, ago(60)); // started before the period: not open to join in it, and stale
  const open = cohort(dayAfter(today, 14), 12, ago(1)); // published now, starts after the period
  const request = (
    values: Partial<typeof schema.helpRequests.$inferInsert> & {
      kind: schema.RequestKind;
      status: schema.RequestStatus;
      createdAt: Date;
    },
    events: [schema.RequestStatus, Date][],
  ) => {
    const id = db
      .insert(schema.helpRequests)
      .values({
        citizenUserId: citizen,
        offerId: "test",
        municipalityCode: WOERDEN,
        answers: { needs: ["cleaning"] },
        citizenCostPerMonthCents: 0,
        municipalityCostPerMonthCents: 0,
        updatedAt: values.createdAt,
        ...values,
      })
      .returning({ id: schema.helpRequests.id })
      .get().id;
    for (const [status, at] of events) db.insert(schema.requestEvents).values({ requestId: id, status, at }).run();
    return id;
  };
  // R1: enrolled 190 days ago in a cohort since removed: started then, not waiting for 200 days.
  const r1 = request({ kind: "powerful_ageing", status: "enrolled", providerId: physio, createdAt: ago(200) }, [
    ["intake_requested", ago(200)],
    ["enrolled", ago(190)],
  ]);
  // R2, R3: waiting for the practice's intake, 10 and 4 days.
  request({ kind: "powerful_ageing", status: "intake_requested", providerId: physio, createdAt: ago(10) }, [
    ["intake_requested", ago(10)],
  ]);
  request({ kind: "powerful_ageing", status: "intake_requested", providerId: physio, createdAt: ago(4) }, [
    ["intake_requested", ago(4)],
  ]);
  // R4: enrolled 5 days ago in the cohort that starts in 14 days: still waiting for its start (6 days).
  request({ kind: "powerful_ageing", status: "enrolled", providerId: physio, cohortId: open, createdAt: ago(6) }, [
    ["intake_requested", ago(6)],
    ["enrolled", ago(5)],
  ]);
  // R5: a cleaner booking of a Montfoort resident, two visits of two hours done, one time left free.
  const r5 = request(
    {
      kind: "private_cleaner",
      status: "booked",
      providerId: cleaner,
      municipalityCode: MONTFOORT,
      createdAt: ago(16),
    },
    [["booked", ago(15)]],
  );
  for (const [days, requestId] of [
    [14, r5],
    [7, r5],
    [3, null],
  ] as const) {
    db.insert(schema.cleanerSlots)
      .values({
        providerId: cleaner,
        startsAt: ago(days),
        endsAt: new Date(ago(days).getTime() + 2 * 3_600_000),
        status: requestId === null ? "free" : "booked",
        requestId,
        outcome: requestId === null ? null : "done",
      })
      .run();
  }
  // R6: informal pgb matched 3 days ago (requested 20 days ago), the helper started yesterday;
  // no mediator published matches: 0 published, 1 taken.
  request(
    {
      kind: "pgb_informal",
      status: "matched",
      createdAt: ago(20),
      updatedAt: ago(3),
      helperStartDate: dayAfter(today, -1),
    },
    [
      ["mediation_requested", ago(20)],
      ["matched", ago(3)],
    ],
  );
  // One complaint about the practice in the period (R1 is its one client).
  db.insert(schema.complaints)
    .values({
      requestId: r1,
      citizenUserId: citizen,
      providerId: physio,
      municipalityCode: WOERDEN,
      text: "Te laat",
      createdAt: ago(2),
    })
    .run();
  // A ZIN waiting list of 5, last confirmed 20 days ago (stale after 14).
  db.insert(schema.zinWaitingLists)
    .values({
      providerId: zin,
      externalRef: "wl",
      municipalityCode: WOERDEN,
      length: 5,
      updatedAt: ago(20),
      confirmedAt: ago(20),
    })
    .run();
}

const cellsOf = (d: Dashboard, id: string) => tables(d).find((t) => t.id === id);

describe("the dashboard's figures on hand-made data", () => {
  it("waiting now: not started (or starting later) and not closed; days since the request", () => {
    const d = build([WOERDEN]);
    // R1's enrolment counts as its start: not "waiting 200 days". R2 10, R3 4, R4 6 days.
    expect(d.waiting).toEqual([{ provider: "Fysio Centrum", kind: "powerful_ageing", count: 3, median: 6, p90: 10 }]);
    expect(cellsOf(d, "wachtenden")?.rows).toEqual([["Fysio Centrum", "Powerful Ageing", 3, 6, 10]]);
  });

  it("the trend: how many waited at each week's end, now for this week", () => {
    const d = build([WOERDEN]);
    // Now: R2, R3, R4 (R6 started yesterday). Four weeks back: only R6 (requested 20 days ago) or none.
    expect(d.trend.at(-1)?.waiting).toBe(3);
    const first = d.trend[0];
    const firstEnd = Math.min(Date.parse(`${dayAfter(first?.week ?? today, 7)}T00:00:00Z`), now.getTime());
    expect(first?.waiting).toBe(firstEnd >= ago(20).getTime() ? 1 : 0);
  });

  it("published waiting lists, and stale records per provider (over 14 days)", () => {
    const d = build([WOERDEN]);
    expect(d.published).toEqual([{ provider: "Zorg Aan Huis", n: 5 }]);
    expect(d.capacity.stale).toEqual([
      { provider: "Fysio Centrum", n: 1 },
      { provider: "Zorg Aan Huis", n: 1 },
    ]);
  });

  it("lead times: requests made in the period; only starts that happened", () => {
    const lead = build([WOERDEN]).lead;
    const pgb = lead.find((l) => l.kind === "pgb_informal");
    // Requested 20 days ago, matched 3 days ago, helper started yesterday 09:00 UTC.
    expect(pgb?.toDecision).toEqual({ count: 1, median: 17, p90: 17 });
    expect(pgb?.toStart).toEqual({ count: 1, median: 2, p90: 2 });
    expect(pgb?.total).toEqual({ count: 1, median: 19, p90: 19 });
    const pa = lead.find((l) => l.kind === "powerful_ageing");
    // R2, R3 undecided; R4 enrolled a day after asking, its cohort starts later: no start yet.
    expect(pa?.toDecision).toEqual({ count: 1, median: 1, p90: 1 });
    expect(pa?.toStart).toEqual({ count: 0, median: null, p90: null });
  });

  it("steering: what the decisions in the period became, shares of all of them", () => {
    const d = build([WOERDEN]);
    expect(d.decidedCount).toBe(2);
    const share = (kind: string) => d.outcomes.find((o) => o.kind === kind);
    expect(share("powerful_ageing")).toEqual({ kind: "powerful_ageing", count: 1, share: 50 });
    expect(share("pgb_informal")).toEqual({ kind: "pgb_informal", count: 1, share: 50 });
    expect(share("zin")).toEqual({ kind: "zin", count: 0, share: 0 });
    // No policy in force in this fresh database: nothing to compare with, so no saving claimed.
    expect(d.savedCents).toBe(0);
  });

  it("quality: clients are residents of the area; Woerden's view has none of the cleaner's, the region one", () => {
    const own = build([WOERDEN]).quality;
    const cleanerOwn = own.find((q) => q.provider === "Schoon Bij U");
    expect(cleanerOwn?.clients).toBe(0);
    expect(cleanerOwn?.complaintsPer100).toBeNull();
    const practice = own.find((q) => q.provider === "Fysio Centrum");
    // R1 is the one client (R4 starts after the period); one complaint per one client.
    expect(practice).toMatchObject({ clients: 1, complaints: 1, complaintsPer100: 100 });
    const region = build([WOERDEN, MONTFOORT]).quality;
    expect(region.find((q) => q.provider === "Schoon Bij U")?.clients).toBe(1);
  });

  it("capacity: published against taken, no share (and no bar) without anything published", () => {
    const d = build([WOERDEN]);
    expect(d.capacity.kinds).toEqual([
      { kind: "zin", published: 0, taken: 0, share: null },
      { kind: "private_cleaner", published: 3, taken: 2, share: 67 },
      { kind: "pgb_informal", published: 0, taken: 1, share: null },
      // The cohort published now for a start in 14 days is on offer: 12 seats, R4 took one.
      { kind: "powerful_ageing", published: 12, taken: 1, share: 8 },
    ]);
    const table = cellsOf(d, "capaciteit");
    expect(table?.rows).toEqual([
      ["Zorg in natura", 0, 0, null],
      ["Particuliere schoonmaakhulp", 3, 2, 67],
      ["Informele hulp met pgb", 0, 1, null],
      ["Powerful Ageing", 12, 1, 8],
    ]);
    expect(table?.chart?.items).toEqual([
      { label: "Particuliere schoonmaakhulp", value: 67 },
      { label: "Powerful Ageing", value: 8 },
    ]);
  });

  it("production: the area's cleaner visits in hours, booked and done", () => {
    expect(build([WOERDEN]).production).toEqual([]);
    const region = build([WOERDEN, MONTFOORT]).production;
    expect(region.reduce((s, r) => s + r.bookedHours, 0)).toBe(4);
    expect(region.reduce((s, r) => s + r.deliveredHours, 0)).toBe(4);
    expect(new Set(region.map((r) => r.provider))).toEqual(new Set(["Schoon Bij U"]));
  });

  it("every table states its definition", () => {
    for (const table of tables(build([WOERDEN]))) expect(table.definition).toMatch(/^Zo is het geteld: /);
  });
});
