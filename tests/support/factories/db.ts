// The test database: raw readers for the checks, ids by name, and drizzle over the app's schema
// for the factories that write (typed by db/schema.ts, as ADR 013 asks of the app).
import type Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import * as schema from "~db/schema";
import type { AppServer } from "../app-server";

/** A started server (its direct connection) or an in-process connection. */
export type Source = AppServer | Database.Database;

const connection = (source: Source): Database.Database => ("prepare" in source ? source : source.db());

/** One row of a query, typed by the caller: with `all`, the only cast of a row in the test support. */
export function one<T>(source: Source, sql: string, ...params: unknown[]): T {
  return connection(source)
    .prepare(sql)
    .get(...params) as T;
}

/** Every row of a query, typed by the caller. */
export function all<T>(source: Source, sql: string, ...params: unknown[]): T[] {
  return connection(source)
    .prepare(sql)
    .all(...params) as T[];
}

const drizzled = new WeakMap<Database.Database, BetterSQLite3Database<typeof schema>>();

/** drizzle with the app's schema over the test's connection: typed writes for what the app cannot do. */
export function orm(source: Source): BetterSQLite3Database<typeof schema> {
  const sqlite = connection(source);
  let db = drizzled.get(sqlite);
  if (!db) {
    db = drizzle(sqlite, { schema });
    drizzled.set(sqlite, db);
  }
  return db;
}

export function providerId(source: Source, name: string): number {
  return one<{ id: number }>(source, "SELECT id FROM providers WHERE name = ?", name).id;
}

export function userId(source: Source, email: string): number {
  return one<{ id: number }>(source, "SELECT id FROM users WHERE email = ?", email).id;
}

/** The readers bound to a file's database (assigned in its beforeAll), so its checks read as before. */
export function readersOf(source: () => Source) {
  return {
    one: <T>(sql: string, ...params: unknown[]) => one<T>(source(), sql, ...params),
    all: <T>(sql: string, ...params: unknown[]) => all<T>(source(), sql, ...params),
    providerId: (name: string) => providerId(source(), name),
    userId: (email: string) => userId(source(), email),
  };
}
