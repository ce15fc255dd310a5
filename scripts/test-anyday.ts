// `npm run test:anyday`: the unit and integration tests once per moment below, with the system
// clock moved by Debian's faketime, so a test that only passes on some days fails here first.
// The clock is moved by an offset (faketime -f "+N"), which every child process shares: the
// servers the integration tests start read the same moved time as the tests themselves.
//   --only NAME   run one moment (e.g. --only new-year)   --list   print the moments and stop
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { amsterdamDay } from "~/domain/policy";
import { addDays, fromAmsterdam, isoWeekday } from "~/domain/time";

type Moment = { name: string; what: string; at: Date | null };

const realNow = new Date();
const today = amsterdamDay(realNow);

/** The first Amsterdam wall time `time` on a day from `pick` that lies ahead of now. */
function next(pick: (year: number) => string, time: string): Date {
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) {
    const at = fromAmsterdam(pick(y), time);
    if (at && at.getTime() > realNow.getTime()) return at;
  }
  throw new Error(`no moment ahead for ${pick(year)} ${time}`);
}

/** The last Sunday of a month (1–11): the day summer time starts (March) or ends (October). */
function lastSunday(year: number, month: number): string {
  const last = addDays(`${year}-${String(month + 1).padStart(2, "0")}-01`, -1);
  return addDays(last, -(isoWeekday(last) % 7));
}

/** The next Saturday after today. */
const nextSaturday = () => addDays(today, (6 - isoWeekday(today) + 7) % 7 || 7);

export const MOMENTS: Moment[] = [
  { name: "saturday", what: "a Saturday, 10:00", at: next(nextSaturday, "10:00") },
  { name: "kings-day", what: "King's Day (27 April), 10:00", at: next((y) => `${y}-04-27`, "10:00") },
  { name: "new-year", what: "31 December, 23:30", at: next((y) => `${y}-12-31`, "23:30") },
  {
    name: "summer-time",
    what: "last Sunday of March, 01:30 (summer time starts at 02:00)",
    at: next((y) => lastSunday(y, 3), "01:30"),
  },
  {
    name: "winter-time",
    what: "last Sunday of October, 02:30 (the hour that happens twice)",
    at: next((y) => lastSunday(y, 10), "02:30"),
  },
  { name: "today", what: "today, the real clock", at: null },
];

function main() {
  const args = process.argv.slice(2);
  const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
  const moments = MOMENTS.filter((m) => !only || m.name === only);
  if (moments.length === 0) throw new Error(`no moment named ${only}; --list shows them`);
  for (const m of moments) console.log(`${m.name.padEnd(12)} ${m.what}: ${m.at ? m.at.toISOString() : "now"}`);
  if (args.includes("--list")) return;

  if (!fs.existsSync("build/server/index.js")) {
    const built = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const results: { name: string; ok: boolean; seconds: number }[] = [];
  for (const m of moments) {
    const offset = m.at ? Math.round((m.at.getTime() - Date.now()) / 1000) : 0;
    const command = m.at ? ["faketime", "-f", `+${offset}`, "npx", "vitest", "run"] : ["npx", "vitest", "run"];
    console.log(`\n▶ ${m.name}: ${m.what}${m.at ? ` (clock +${offset} s → ${m.at.toISOString()})` : ""}`);
    const started = Date.now();
    const run = spawnSync(command[0] as string, command.slice(1), { stdio: "inherit", env: process.env });
    results.push({ name: m.name, ok: run.status === 0, seconds: Math.round((Date.now() - started) / 1000) });
  }
  console.log("\nTests on any day:");
  for (const r of results) console.log(`  ${r.ok ? "pass" : "FAIL"}  ${r.name.padEnd(12)} ${r.seconds} s`);
  if (results.some((r) => !r.ok)) process.exit(1);
}

main();
