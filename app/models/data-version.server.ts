// A cheap stamp of "has any data changed": SQLite's data_version moves when another connection
// commits (a second process, a maintenance script), total_changes() counts the rows this process's
// one connection has written. Equal stamps mean nothing was written in between.
import { getDb } from "~db/client.server";

export function dataVersion(): string {
  const sqlite = getDb().$client;
  const other = sqlite.pragma("data_version", { simple: true }) as number;
  const own = (sqlite.prepare("SELECT total_changes() AS n").get() as { n: number }).n;
  return `${other}:${own}`;
}
