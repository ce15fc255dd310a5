// The demo seed tells no future: no event, visit, payment, signal, referral or case change is
// dated after the moment of seeding; cleaners' past visits lie in their own weekly windows; the
// demo's due evaluation is due, not overdue. Seeded in process with the clock set to SEED_AT
// (default: now), so `npm run test:anyday` checks it on every moment it moves the clock to.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "~/domain/policy";
import { addDays, amsterdamParts, isoWeekday, minutesOfDay } from "~/domain/time";

let sqlite: Database.Database;
let seededAt: number;
let doneAt: number;
let today: string;

// Columns that may lie ahead: what is planned or offered, not what happened.
const FUTURE_ALLOWED = new Set([
  "sessions.expires_at",
  "cleaner_slots.starts_at",
  "cleaner_slots.ends_at",
  "cleaner_slots.hold_expires_at",
  "help_requests.hold_expires_at",
]);

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hulpwijzer-demo-"));
  process.env.DATABASE_URL = path.join(dir, "demo.db");
  process.env.SEED_DEMO = "true";
  process.env.SEED_HISTORY = "true";
  const { clock } = await import("~/clock.server");
  seededAt = clock.ms();
  today = clock.today();
  const { prepareDatabase } = await import("~/services/startup.server");
  prepareDatabase();
  doneAt = clock.ms();
  const { getDb } = await import("~db/client.server");
  sqlite = getDb().$client;
});

const tables = () =>
  (
    sqlite
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'",
      )
      .all() as { name: string }[]
  ).map((t) => t.name);

describe("the demo seed", () => {
  it("dates nothing that happened after the moment of seeding", () => {
    const late: string[] = [];
    let checked = 0;
    for (const table of tables()) {
      const columns = sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string }[];
      for (const c of columns) {
        if (!/_at$/.test(c.name) || FUTURE_ALLOWED.has(`${table}.${c.name}`)) continue;
        const row = sqlite.prepare(`SELECT count(*) AS n, max(${c.name}) AS latest FROM ${table}`).get() as {
          n: number;
          latest: number | null;
        };
        checked += row.n;
        if (row.latest !== null && row.latest > doneAt)
          late.push(`${table}.${c.name} ${new Date(row.latest).toISOString()}`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(late).toEqual([]);
  });

  it("puts visits that took place, their payments and accepted starts in the past", () => {
    const visits = sqlite
      .prepare("SELECT max(ends_at) AS t, count(*) AS n FROM cleaner_slots WHERE outcome IS NOT NULL")
      .get() as {
      t: number;
      n: number;
    };
    expect(visits.n).toBeGreaterThan(50);
    expect(visits.t).toBeLessThanOrEqual(seededAt);
    const paid = sqlite.prepare("SELECT max(visit_starts_at) AS t FROM payments").get() as { t: number };
    expect(paid.t).toBeLessThanOrEqual(seededAt);
    const started = sqlite
      .prepare("SELECT max(start_date) AS d FROM referrals WHERE status IN ('started', 'ended')")
      .get() as { d: string };
    expect(started.d <= today).toBe(true);
  });

  it("puts every cleaner's past visits on her own weekdays, inside her windows", () => {
    const visits = sqlite
      .prepare(
        `SELECT s.provider_id AS providerId, s.starts_at AS startsAt, s.ends_at AS endsAt FROM cleaner_slots s
         WHERE s.outcome IS NOT NULL`,
      )
      .all() as { providerId: number; startsAt: number; endsAt: number }[];
    const windows = sqlite
      .prepare(
        "SELECT provider_id AS providerId, weekday, start_time AS startTime, end_time AS endTime FROM cleaner_windows",
      )
      .all() as { providerId: number; weekday: number; startTime: string; endTime: string }[];
    const outside = visits.filter((v) => {
      const p = amsterdamParts(new Date(v.startsAt));
      const day = amsterdamDay(new Date(v.startsAt));
      const start = p.hour * 60 + p.minute;
      const minutes = (v.endsAt - v.startsAt) / 60_000;
      return !windows.some(
        (w) =>
          w.providerId === v.providerId &&
          w.weekday === isoWeekday(day) &&
          start >= minutesOfDay(w.startTime) &&
          start + minutes <= minutesOfDay(w.endTime),
      );
    });
    expect(outside).toEqual([]);
  });

  it("keeps the demo evaluation due, not overdue, and the history before this month", () => {
    const due = sqlite
      .prepare(
        `SELECT i.evaluation_date AS day FROM indications i JOIN cases c ON c.id = i.case_id
         WHERE c.person_name = 'Anna Visser'`,
      )
      .get() as { day: string };
    expect(due.day >= addDays(today, 2)).toBe(true);
    expect(due.day <= addDays(today, 9)).toBe(true);
    const history = sqlite
      .prepare(
        "SELECT max(updated_at) AS t, count(*) AS n FROM help_requests WHERE answers LIKE '%AA\"%' AND citizen_user_id IN (SELECT id FROM users WHERE email LIKE 'historie.%')",
      )
      .get() as { t: number; n: number };
    expect(history.n).toBeGreaterThan(300);
    expect(amsterdamDay(new Date(history.t)) < `${today.slice(0, 7)}-01`).toBe(true);
  });

  it("says an indication ran out only when it did: care that ended earlier gives another reason", () => {
    const ended = sqlite
      .prepare(
        `SELECT r.end_reason AS reason, i.end_date AS last, max(e.created_at) AS at
         FROM referrals r JOIN indications i ON i.id = r.indication_id
         JOIN referral_events e ON e.referral_id = r.id AND e.status = 'ended'
         WHERE r.status = 'ended' GROUP BY r.id`,
      )
      .all() as { reason: string | null; last: string; at: number }[];
    expect(ended.length).toBeGreaterThan(10);
    for (const r of ended) {
      const endedOn = amsterdamDay(new Date(r.at));
      if (r.reason === "Indicatie afgelopen") expect(endedOn, JSON.stringify(r)).toBe(r.last);
      else expect(endedOn <= r.last, JSON.stringify(r)).toBe(true);
    }
    expect(ended.some((r) => r.reason !== "Indicatie afgelopen")).toBe(true);
  });
});
