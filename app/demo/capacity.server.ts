// Demo capacity for the seeded providers, published through applyCapacityBatch like a provider's
// own, so the tables, history and cleaner slots look exactly as they would in real use.
import { amsterdamDay } from "~/domain/policy";
import { addDays, isoWeekday } from "~/domain/time";
import { requiredChecks } from "~/domain/vetting";
import { type Actor, applyCapacityBatch } from "~/services/capacity/publish-batch.server";
import type { BatchItem } from "~/services/capacity/record-types.server";
import { getDb } from "~db/client.server";
import type { ProviderKind } from "~db/schema";
import { DEMO_PROVIDERS } from "~db/seed";

type DemoProvider = (typeof DEMO_PROVIDERS)[number];
type Window = { weekday: number; startTime: string; endTime: string; visitMinutes: number };

const DAY_MS = 86_400_000;
const SEED: Actor = { system: "seed" };

/** Older than every municipality's stale period (14 days), so these records show as stale. */
export const STALE_AGE_DAYS = 20;

// What is published STALE_AGE_DAYS ago and never confirmed since, to show staleness in the demo.
const STALE_ZIN_MUNICIPALITIES: Record<string, readonly string[]> = { vechtstreek: ["GM0736"] };
const STALE_CLEANER_WINDOWS: ReadonlySet<string> = new Set(["poets-mijdrecht"]);

// Each cleaner's weekly windows (Amsterdam time) and how many weeks ahead its holiday week is.
const CLEANERS: Record<string, { windows: Window[]; holidayInWeeks: number }> = {
  "ans-de-vries": {
    windows: [
      { weekday: 2, startTime: "09:00", endTime: "12:00", visitMinutes: 180 },
      { weekday: 4, startTime: "13:00", endTime: "16:00", visitMinutes: 90 },
      { weekday: 5, startTime: "09:00", endTime: "11:00", visitMinutes: 120 },
    ],
    holidayInWeeks: 3,
  },
  "poets-mijdrecht": {
    windows: [
      { weekday: 1, startTime: "08:30", endTime: "11:30", visitMinutes: 90 },
      { weekday: 3, startTime: "09:00", endTime: "12:00", visitMinutes: 180 },
    ],
    holidayInWeeks: 4,
  },
  "helpende-handen": {
    windows: [
      { weekday: 2, startTime: "13:00", endTime: "17:00", visitMinutes: 120 },
      { weekday: 4, startTime: "09:00", endTime: "12:00", visitMinutes: 90 },
    ],
    holidayInWeeks: 5,
  },
  "schoon-en-zo": {
    windows: [
      { weekday: 1, startTime: "09:00", endTime: "12:00", visitMinutes: 180 },
      { weekday: 3, startTime: "13:00", endTime: "16:00", visitMinutes: 90 },
      { weekday: 5, startTime: "09:00", endTime: "12:00", visitMinutes: 90 },
    ],
    holidayInWeeks: 3,
  },
  "montfoort-schoon": {
    windows: [
      { weekday: 2, startTime: "09:00", endTime: "12:00", visitMinutes: 90 },
      { weekday: 4, startTime: "09:00", endTime: "12:00", visitMinutes: 180 },
    ],
    holidayInWeeks: 6,
  },
};
const DEFAULT_CLEANER = CLEANERS["ans-de-vries"] as { windows: Window[]; holidayInWeeks: number };

/** A demo cleaner's weekly windows: the demo history puts her past visits in them too. */
export function demoCleanerWindows(key: string): readonly Window[] {
  return (CLEANERS[key] ?? DEFAULT_CLEANER).windows;
}

// Rotated per provider and municipality; any four weeks in a row include some with room and one without.
const NEW_CLIENTS = [3, 2, 0, 4, 1, 0, 2, 3];

/** The first day on or after `day` with ISO weekday `weekday`. */
function onOrAfter(day: string, weekday: number): string {
  return addDays(day, (weekday - isoWeekday(day) + 7) % 7);
}

function nextMonth(month: string): string {
  const [y = 0, m = 0] = month.split("-").map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

function zinRecords(municipalities: readonly string[], day: string, seed: number): BatchItem[] {
  const firstMonday = onOrAfter(day, 1);
  return municipalities.flatMap((code, m): BatchItem[] => {
    const weeks = [0, 1, 2, 3].map((w): BatchItem => {
      const weekStart = addDays(firstMonday, 7 * w);
      const newClients = NEW_CLIENTS[(seed * 3 + m * 2 + w) % NEW_CLIENTS.length] ?? 0;
      return {
        type: "zin_week",
        externalRef: `${code}-${weekStart}`,
        municipalityCode: code,
        weekStart,
        hoursPerWeek: newClients * 3.5,
        newClients,
        // A full week cannot start anyone before the next one.
        earliestStart: addDays(weekStart, newClients > 0 ? 1 : 8),
      };
    });
    const waiting: BatchItem = {
      type: "zin_waiting_list",
      externalRef: `wachtlijst-${code}`,
      municipalityCode: code,
      length: 5 + ((seed * 7 + m * 11) % 21),
    };
    return [...weeks, waiting];
  });
}

function cleanerWindows(key: string): BatchItem[] {
  const { windows } = CLEANERS[key] ?? DEFAULT_CLEANER;
  return windows.map((w) => ({ type: "cleaner_window", externalRef: `venster-${w.weekday}-${w.startTime}`, ...w }));
}

function cleanerHoliday(key: string, day: string): BatchItem {
  const { holidayInWeeks } = CLEANERS[key] ?? DEFAULT_CLEANER;
  const fromDate = addDays(onOrAfter(day, 1), 7 * holidayInWeeks);
  return {
    type: "cleaner_exception",
    externalRef: `vakantie-${fromDate}`,
    fromDate,
    toDate: addDays(fromDate, 4),
    reason: "Vakantie",
  };
}

function mediatorRecords(municipalities: readonly string[], day: string, seed: number): BatchItem[] {
  const month = day.slice(0, 7);
  const months = municipalities.flatMap((code, m) =>
    [month, nextMonth(month)].map(
      (mo, i): BatchItem => ({
        type: "mediation_month",
        externalRef: `${code}-${mo}`,
        municipalityCode: code,
        month: mo,
        newMatches: 2 + i + ((seed + m * 3) % 5),
      }),
    ),
  );
  return [...months, { type: "helper_pool", externalRef: "pool", helpers: 18 + ((seed * 7) % 20) }];
}

function cohorts(p: DemoProvider, day: string, seed: number): BatchItem[] {
  const { address, homePc4 } = p;
  if (!address || !homePc4) throw new Error(`demo physio ${p.name} has no address or home PC4`);
  const time = ["10:00", "09:30", "14:00"][seed % 3] ?? "10:00";
  // Both start within the next eight weeks: one in about two weeks, one in about six.
  const plans = [
    { inDays: 14, days: [1, 4] },
    { inDays: 42, days: [2, 5] },
  ];
  return plans.map(({ inDays, days: [first = 1, second = 4] }): BatchItem => {
    const startDate = onOrAfter(addDays(day, inDays), first);
    return {
      type: "cohort",
      externalRef: `cohort-${startDate}`,
      startDate,
      sessions: [
        { weekday: first, time },
        { weekday: second, time },
      ],
      seats: 12,
      location: address,
      locationPostcode: homePc4,
    };
  });
}

/** The batches one provider publishes: fresh ones at `now`, stale ones STALE_AGE_DAYS earlier. */
function batchesFor(p: DemoProvider, seed: number, now: Date): { when: Date; items: BatchItem[] }[] {
  const stale = new Date(now.getTime() - STALE_AGE_DAYS * DAY_MS);
  // Records are dated from the day they were published, as a provider would have done then.
  const today = amsterdamDay(now);
  const staleDay = amsterdamDay(stale);
  switch (p.kind) {
    case "zin": {
      const staleAreas = STALE_ZIN_MUNICIPALITIES[p.key] ?? [];
      const freshAreas = p.serves.filter((c) => !staleAreas.includes(c));
      return [
        { when: stale, items: zinRecords(staleAreas, staleDay, seed) },
        { when: now, items: zinRecords(freshAreas, today, seed + staleAreas.length) },
      ];
    }
    case "private_cleaner":
      // The holiday goes out fresh after the stale windows, so slots are derived from today.
      return STALE_CLEANER_WINDOWS.has(p.key)
        ? [
            { when: stale, items: cleanerWindows(p.key) },
            { when: now, items: [cleanerHoliday(p.key, today)] },
          ]
        : [{ when: now, items: [...cleanerWindows(p.key), cleanerHoliday(p.key, today)] }];
    case "pgb_mediator":
      return [{ when: now, items: mediatorRecords(p.serves, today, seed) }];
    case "physio":
      return [{ when: now, items: cohorts(p, today, seed) }];
  }
}

/**
 * Publishes demo capacity for every vetted and pending demo provider, relative to `now`.
 * Run once, right after the demo data is seeded; all or nothing, and any refused batch throws
 * so that a mistake in the demo data surfaces at start-up instead of as missing capacity.
 */
export function seedDemoCapacity(now: Date): void {
  const sqlite = getDb().$client;
  const find = sqlite.prepare("SELECT id, vetting_status AS status FROM providers WHERE kvk_number = ? AND name = ?");
  sqlite.transaction(() => {
    DEMO_PROVIDERS.forEach((p, seed) => {
      const row = find.get(p.kvkNumber, p.name) as { id: number; status: string } | undefined;
      if (!row) throw new Error(`demo provider ${p.name} is not in the database`);
      if (row.status !== "vetted" && row.status !== "pending") return;
      for (const { when, items } of batchesFor(p, seed, now)) {
        if (items.length === 0) continue;
        const result = applyCapacityBatch(row.id, items, SEED, when);
        if (!result.ok) throw new Error(`demo capacity for ${p.name} refused: ${JSON.stringify(result.errors)}`);
      }
    });
  })();
}

/**
 * The demo's vetted providers were vetted: record their checklist (a VOG of about a year old
 * where one is needed), so they pass the same rules as providers vetted through the app.
 */
export function seedDemoVetting(now: Date): void {
  const sqlite = getDb().$client;
  const vetted = sqlite.prepare("SELECT id, kind FROM providers WHERE vetting_status = 'vetted'").all() as {
    id: number;
    kind: ProviderKind;
  }[];
  const insert = sqlite.prepare(
    "INSERT INTO provider_vetting_checks (provider_id, item, ok, vog_date, note, created_at) VALUES (?, ?, 1, ?, 'demo', ?)",
  );
  const vogDate = addDays(amsterdamDay(now), -365);
  sqlite.transaction(() => {
    for (const p of vetted) {
      for (const item of requiredChecks(p.kind)) insert.run(p.id, item, item === "vog" ? vogDate : null, now.getTime());
    }
  })();
}
