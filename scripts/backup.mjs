// npm run backup [-- <target file>]: an online backup of the SQLite database while the app
// serves, with SQLite's backup API (pages copied in steps; writers are not blocked for long).
// The copy is checked with PRAGMA integrity_check before it is reported as done.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const source = path.resolve((process.env.DATABASE_URL || "data/hulpwijzer.db").replace(/^file:/, ""));
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const target = path.resolve(process.argv[2] || path.join("backups", `hulpwijzer-${stamp}.db`));

if (!fs.existsSync(source)) {
  console.error(`Geen database gevonden op ${source}. Zet DATABASE_URL of start de app eerst.`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(target), { recursive: true });
const db = new Database(source, { fileMustExist: true });
db.pragma("busy_timeout = 5000");
const started = Date.now();
await db.backup(target, {
  // About 4 MiB per step, then let the app's writes through.
  progress: () => 1000,
});
db.close();
const copy = new Database(target, { readonly: true });
const check = copy.pragma("integrity_check", { simple: true });
copy.close();
if (check !== "ok") {
  console.error(`Back-up ${target} is niet in orde: ${check}`);
  process.exit(1);
}
const size = fs.statSync(target).size;
console.log(
  `Back-up gemaakt: ${target} (${(size / 1024 / 1024).toFixed(1)} MiB, ${Date.now() - started} ms, integriteit ok)`,
);
