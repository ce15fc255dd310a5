// `npm run test:anyday`: the unit and integration tests once per moment below, with the system
// clock moved by Debian's faketime, so a test that only passes on some days fails here first.
// The clock is moved by an offset (faketime -f "+N"), which every child process shares: the
// servers the integration tests start read the same moved time as the tests themselves.
//   --only NAME   run one moment (e.g. --only new-year)   --list   print the moments and stop
// A moment that fails names its failing tests and runs just their files once more at the same
// moment: a test that passes then is reported as flaky (by name, so it gets fixed), one that
// fails again fails the run. CI keeps only the tail of the output, so the summary says it all.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
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

async function main() {
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
  const results: { name: string; ok: boolean; seconds: number; failed: string[]; flaky: string[] }[] = [];
  for (const m of moments) {
    const started = Date.now();
    const first = await runAt(m);
    let ok = first.ok;
    let flaky: string[] = [];
    let failed = first.failed;
    if (!ok) {
      // A run can fail with every test passed (an error outside any test, e.g. after a file's
      // servers stopped): then the whole moment runs once more, and the error is named.
      const files = [...new Set(first.failed.map((f) => f.split(" › ")[0] as string))];
      console.log(`\n↻ ${m.name}: once more, ${files.length > 0 ? `only ${files.join(", ")}` : "all files"}`);
      const again = await runAt(m, files);
      ok = again.ok;
      failed = again.failed;
      if (ok) flaky = first.failed;
    }
    results.push({ name: m.name, ok, seconds: Math.round((Date.now() - started) / 1000), failed, flaky });
  }
  console.log("\nTests on any day:");
  for (const r of results) {
    console.log(`  ${r.ok ? "pass" : "FAIL"}  ${r.name.padEnd(12)} ${r.seconds} s`);
    for (const f of r.failed) console.log(`          failed: ${f}`);
    for (const f of r.flaky) console.log(`          flaky (failed, then passed alone): ${f}`);
  }
  if (results.some((r) => !r.ok)) process.exit(1);
}

/** One vitest run with the clock at the moment (all files, or only these); what failed, by name. */
async function runAt(m: Moment, files: string[] = []): Promise<{ ok: boolean; failed: string[] }> {
  const report = path.join(os.tmpdir(), `anyday-${m.name}-${process.pid}.json`);
  fs.rmSync(report, { force: true });
  const vitest = [
    "npx",
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...files,
  ];
  const offset = m.at ? Math.round((m.at.getTime() - Date.now()) / 1000) : 0;
  const command = m.at ? ["faketime", "-f", `+${offset}`, ...vitest] : vitest;
  console.log(`\n▶ ${m.name}: ${m.what}${m.at ? ` (clock +${offset} s → ${m.at.toISOString()})` : ""}`);
  const { status, output } = await runShowing(command);
  const failed = failedTests(report);
  if (status !== 0 && failed.length === 0) failed.push(...errorsOutsideTests(output, status));
  return { ok: status === 0, failed };
}

/** Runs a command with its output shown as it comes, and kept to read afterwards. */
function runShowing(command: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const child = spawn(command[0] as string, command.slice(1), {
      stdio: ["inherit", "pipe", "pipe"],
      env: process.env,
    });
    child.stdout.on("data", (c: Buffer) => {
      chunks.push(c);
      process.stdout.write(c);
    });
    child.stderr.on("data", (c: Buffer) => {
      chunks.push(c);
      process.stderr.write(c);
    });
    child.on("close", (status) => resolve({ status, output: Buffer.concat(chunks).toString("utf8") }));
  });
}

/** Vitest's "Unhandled Errors" section (or the last lines) when a run failed with no failed test. */
function errorsOutsideTests(output: string, status: number | null): string[] {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes are stripped
  const lines = output.replace(/\u001b\[[0-9;]*m/g, "").split("\n");
  const start = lines.findIndex((l) => /Unhandled (Error|Rejection)/.test(l));
  const picked = (start >= 0 ? lines.slice(start, start + 20) : lines.slice(-15)).filter((l) => l.trim() !== "");
  return [`(no test failed; vitest exited ${status}) ${picked.join(" ⏎ ").slice(0, 2000)}`];
}

type JsonReport = {
  testResults?: {
    name: string;
    status: string;
    message?: string;
    assertionResults?: { fullName: string; status: string }[];
  }[];
};

/** "file › test" for each failed test in vitest's JSON report (a file that failed to load counts). */
function failedTests(report: string): string[] {
  if (!fs.existsSync(report)) return [];
  const json = JSON.parse(fs.readFileSync(report, "utf8")) as JsonReport;
  const failed: string[] = [];
  for (const file of json.testResults ?? []) {
    const name = path.relative(process.cwd(), file.name);
    const tests = (file.assertionResults ?? []).filter((t) => t.status === "failed");
    for (const t of tests) failed.push(`${name} › ${t.fullName}`);
    if (tests.length === 0 && file.status === "failed") failed.push(`${name} › ${file.message ?? "failed"}`);
  }
  return failed;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
