// The one SQLite connection of this process: opened, tuned and migrated at start-up.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_URL = "data/hulpwijzer.db";

/** DATABASE_URL is a file path (a `file:` prefix is tolerated); relative to the working directory. */
export function databasePath(url = process.env.DATABASE_URL): string {
  const raw = url?.trim() || DEFAULT_DATABASE_URL;
  return path.resolve(raw.startsWith("file:") ? raw.slice("file:".length) : raw);
}

export function openDatabase(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  // WAL lets readers run beside the writer; busy_timeout makes a second writer wait, not fail.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: path.resolve("db/migrations") });
  return db;
}

/**
 * Gives SQLite's planner row counts to choose by (sqlite.org/lang_analyze.html: run at start and
 * then periodically on a long-lived connection). Without them it took the index on a slot's status
 * over the one on its request: a citizen's booked visits read 150,000 booked slots of the national
 * data, 0.4 s for /mijn instead of 0.1 ms. Analyses only tables that were never analysed or grew a
 * lot, each read capped by SQLite's own limit, so it is cheap to call often.
 */
export function optimizeDatabase(db: Db): void {
  db.$client.pragma("optimize=0x10002");
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A schema value as raw SQL returns it: timestamps as ms, booleans as 0/1, JSON as text. */
type SqlValue<V> = V extends Date ? number : V extends boolean ? number : V extends object ? string : V;

/** A row of a schema table (`typeof t.$inferSelect`) as raw SQL returns it, for typing prepared reads. */
export type SqlRow<Row> = { [K in keyof Row]: SqlValue<Row[K]> };

/** A row type whose fields carry other names (`SELECT … AS alias`): alias → the row's field. */
export type Aliased<Row, Names extends Record<string, keyof Row>> = { [A in keyof Names]: Row[Names[A]] };

/**
 * A statement prepared once per connection and reused: preparing costs more than running the
 * small indexed queries of the hot paths (matching runs dozens per request). For SQL that is a
 * constant of the code only — never build the text from input. `Result` is the row type it reads
 * (derived from the schema, see SqlRow).
 */
export function prepared<Result = unknown>(
  sqlite: Database.Database,
  sql: string,
): Database.Statement<unknown[], Result> {
  let cache = statements.get(sqlite);
  if (!cache) {
    cache = new Map();
    statements.set(sqlite, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = sqlite.prepare(sql);
    cache.set(sql, statement);
  }
  // The cache holds statements of every row type; each SQL text has one.
  return statement as Database.Statement<unknown[], Result>;
}

let instance: Db | undefined;

/** The process-wide database, opened on first use. */
export function getDb(): Db {
  instance ??= openDatabase(databasePath());
  return instance;
}
