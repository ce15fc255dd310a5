// Times the dashboard and the audit log in-process on the national dataset (issue 15): the
// busiest municipality's dashboard (own and region, with its tables) and its audit log page and
// CSV (on a copy with 20,000 audit events added). Prints p50/p95 over repeated runs; asserts nothing.
//   npx tsx bench/generate.ts   (once)   then   npx tsx bench/staff-pages.ts [--runs 20]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { datasetPaths } from "./generate";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1] || 20);
const { db: source } = datasetPaths(1);
if (!fs.existsSync(source)) throw new Error("no dataset: run `npx tsx bench/generate.ts` first");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "hulpwijzer-staff-bench-"));
process.env.DATABASE_URL = path.join(work, "bench.db");
process.env.SEED_DEMO = "false";
fs.copyFileSync(source, process.env.DATABASE_URL);

const { getDb } = await import("~db/client.server");
const { clock } = await import("~/clock.server");
const { amsterdamDay } = await import("~/domain/policy");
const { addDays } = await import("~/domain/time");
const { areasOf } = await import("~/services/dashboard/areas.server");
const { buildDashboard } = await import("~/services/dashboard/build.server");
const { dashboardTables } = await import("~/services/dashboard/tables.server");
const { readAuditLog, auditLogCsv } = await import("~/services/audit-log.server");

const sqlite = getDb().$client;
const busiest = sqlite
  .prepare("SELECT municipality_code AS code, count(*) AS n FROM help_requests GROUP BY 1 ORDER BY 2 DESC LIMIT 1")
  .get() as { code: string; n: number };
const admin = sqlite
  .prepare("SELECT id FROM users WHERE municipality_code = ? AND role = 'admin' LIMIT 1")
  .get(busiest.code) as { id: number } | undefined;
const adminUser = { id: admin?.id ?? 1, municipalityCode: busiest.code };
// An audit trail worth paging through: reads in runs (grouped on the page) and changes.
const insert = sqlite.prepare(
  "INSERT INTO audit_events (actor_user_id, action, subject_type, subject_id, detail, municipality_code, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
);
const t0 = Date.now();
sqlite.transaction(() => {
  for (let i = 0; i < 20_000; i++)
    insert.run(
      adminUser.id,
      i % 3 === 0 ? "complaint.resolved" : "complaint.read",
      "complaint",
      String(i % 50),
      JSON.stringify({ from: "in_progress", to: "resolved" }),
      busiest.code,
      t0 - i * 20_000,
    );
})();

const today = amsterdamDay(clock.now());
const period = { from: addDays(today, -91), to: today };
const areas = areasOf(busiest.code);

function time(name: string, f: () => unknown) {
  f(); // warm
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    f();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)]?.toFixed(1);
  console.log(`${name.padEnd(44)} p50 ${at(0.5)} ms   p95 ${at(0.95)} ms   (${runs} runs)`);
}

console.log(
  `busiest municipality ${busiest.code} (${busiest.n} requests); region ${areas.region ?? "none"} (${areas.regionMunicipalities.length} municipalities)`,
);
time("dashboard, own municipality (build + tables)", () =>
  dashboardTables(buildDashboard({ codes: [busiest.code], label: "" }, period, clock.now()), "nl"),
);
if (areas.regionMunicipalities.length > 0)
  time("dashboard, region (build + tables)", () =>
    dashboardTables(
      buildDashboard({ codes: areas.regionMunicipalities.map((m) => m.code), label: "" }, period, clock.now()),
      "nl",
    ),
  );
time("audit log, first page", () => readAuditLog(adminUser, {}, 1, "nl"));
time("audit log, page 100", () => readAuditLog(adminUser, {}, 100, "nl"));
time("audit log CSV (Excel), 10,000 events", () => auditLogCsv(adminUser, {}, "nl", "excel"));
fs.rmSync(work, { recursive: true, force: true });
