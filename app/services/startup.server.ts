// What the app does once at start-up: migrate (in getDb), load reference data, seed demo data.

import { hashPasswordSync } from "~/auth/password.server";
import { clock } from "~/clock.server";
import { seedDemo } from "~/demo/seed.server";
import { getDb, optimizeDatabase } from "~db/client.server";
import { DEMO_PASSWORD, loadReferenceData, seedDemoData } from "~db/seed";
import { refreshAllCleanerSlots } from "./capacity/slot-refresh.server";
import { startEvaluationNotices } from "./notifications/municipal.server";
import { warnExpiringHolds, writeReminders } from "./notifications/request-notices.server";
import { expireHolds } from "./requests/holds.server";

let prepared = false;

export function prepareDatabase(): void {
  if (prepared) return;
  const db = getDb();
  const reference = loadReferenceData(db);
  // Demo data only where it is wanted, and never over existing data (seedDemoData checks).
  const seeded = process.env.SEED_DEMO !== "false" && seedDemoData(db, () => hashPasswordSync(DEMO_PASSWORD));
  // Capacity only onto demo data seeded just now, never onto a database already in use.
  if (seeded) seedDemo(clock.now(), { history: process.env.SEED_HISTORY !== "false" });
  if (reference.loaded || seeded) {
    console.log(
      `database ready: reference data ${reference.loaded ? "loaded" : "kept"}, demo data ${seeded ? "seeded" : "kept"}`,
    );
  }
  // After the seed, so the planner's row counts are those of the data it will serve.
  optimizeDatabase(db);
  prepared = true;
}

let maintenance: NodeJS.Timeout | undefined;
let holds: NodeJS.Timeout | undefined;

/**
 * The day-before reminders of visits and group sessions, in one transaction: hourly and at
 * start-up is often enough (each is written once, by its eventKey, so a restart adds none).
 */
export function remindTomorrow(now = clock.now()): number {
  return getDb().transaction(() => writeReminders(now));
}

/** Every minute: warn holders of holds about to end (once per hold), then expire those past it. */
export function holdUpkeep(now = clock.now()): void {
  getDb().transaction(() => warnExpiringHolds(now));
  expireHolds(now);
}

function tryTo(what: string, job: () => unknown): void {
  try {
    job();
  } catch (error) {
    console.error(`${what} failed`, error);
  }
}

/** Hourly upkeep: the slot horizon rolls forward as days pass. Not started in tests. */
export function startMaintenance(): void {
  if (maintenance) return;
  refreshAllCleanerSlots();
  tryTo("reminding", () => remindTomorrow());
  tryTo("hold upkeep", () => holdUpkeep());
  maintenance = setInterval(
    () => {
      try {
        refreshAllCleanerSlots();
        optimizeDatabase(getDb());
      } catch (error) {
        console.error("maintenance failed", error);
      }
      tryTo("reminding", () => remindTomorrow());
    },
    60 * 60 * 1000,
  );
  maintenance.unref(); // never keeps the process alive on shutdown
  // Holds last 15 minutes; matching already treats an expired hold as free, this tidies up.
  holds = setInterval(() => tryTo("hold upkeep", () => holdUpkeep()), 60 * 1000);
  holds.unref();
  // Evaluations fall due by the calendar: their notices are written hourly, once per referral.
  startEvaluationNotices();
}
