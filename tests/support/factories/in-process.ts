// The in-process tests' fixture: a fresh demo database opened by this process's own app modules.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import type { Db } from "~db/client.server";
import { DEMO } from "../client";
import { providerId, userId } from "./db";
import { WOERDEN } from "./providers";

export type DemoInProcess = {
  db: Db;
  sqlite: Database.Database;
  /** Suspends a provider serving Woerden as Woerden's admin does, through the vetting service. */
  suspend: (providerName: string) => void;
};

/** A fresh demo database migrated and seeded in this process, as the server does at start-up. */
export async function demoInProcess(label: string, { history = false } = {}): Promise<DemoInProcess> {
  // Before any app module opens the database: getDb() reads DATABASE_URL once, on first use.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `hulpwijzer-${label}-`));
  process.env.DATABASE_URL = path.join(dir, `${label}.db`);
  process.env.SEED_DEMO = "true";
  process.env.SEED_HISTORY = String(history);
  const { prepareDatabase } = await import("~/services/startup.server");
  prepareDatabase();
  const { getDb } = await import("~db/client.server");
  const { changeStatus } = await import("~/services/vetting.server");
  const db = getDb();
  const sqlite = db.$client;
  const suspend = (providerName: string) => {
    const admin = { id: userId(sqlite, DEMO.admin), municipalityCode: WOERDEN };
    const result = changeStatus(admin, providerId(sqlite, providerName), "suspended", "test");
    if (!result.ok) throw new Error(`suspending ${providerName} failed: ${result.reason}`);
  };
  return { db, sqlite, suspend };
}

/** The outbox's writer and worker, imported once the test has set the environment they read. */
export async function notificationModules() {
  const { notify } = await import("~/services/notifications/notify.server");
  const { deliverDue } = await import("~/services/notifications/deliver.server");
  const { getDb } = await import("~db/client.server");
  return { notify, deliverDue, getDb };
}
