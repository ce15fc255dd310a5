// A small, repeatable measure of GET /hulp/opties alone (npm run bench runs everything): against a
// server that is already running on the national dataset, the same 500 answers npm run bench
// cycles (same seed, same mix), 10 connections, compressed like a browser. Prints p50/p95/req/s
// and the page's average size. Never a test. Usage:
//   npx tsx bench/options-page.ts --url http://127.0.0.1:3302 --db bench/data/bench-1.db [--duration 10]
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { seededRandom } from "~/utils/random";

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const url = argument("url") ?? "http://127.0.0.1:3000";
const dbFile = argument("db") ?? "bench/data/bench-1.db";
const duration = Number(argument("duration") ?? 10);
const connections = Number(argument("connections") ?? 10);
const seed = Number(argument("seed") ?? 1);
const DAY = 86_400_000;

/** The same answers as bench/run.ts's queryMix (kept in step by hand: it is not exported there). */
function queryMix(count: number): string[] {
  const db = new Database(dbFile, { readonly: true });
  const pc4s = (db.prepare("SELECT pc4 FROM postcode_areas ORDER BY pc4").all() as { pc4: string }[]).map((r) => r.pc4);
  db.close();
  const rnd = seededRandom(seed * 7919);
  const today = new Date();
  const day = (offset: number) => new Date(today.getTime() + offset * DAY).toISOString().slice(0, 10);
  return Array.from({ length: count }, () => {
    const household = rnd.chance(0.6) ? "single" : "couple";
    const q = new URLSearchParams({
      postcode: `${rnd.pick(pc4s)}${rnd.chance(0.7) ? rnd.pick(["AB", "CD", "EF", "GH", "KL", "XZ"]) : ""}`,
      birthYear: String(rnd.chance(0.9) ? rnd.int(1928, 1960) : rnd.int(1961, 2000)),
      household,
    });
    if (household === "couple") q.set("partnerUnderAow", String(rnd.chance(0.2)));
    if (rnd.chance(0.5)) q.set("income", String(rnd.int(9, 50) * 100));
    q.set("needs", rnd.pick(["cleaning", "cleaning", "cleaning,laundry", "cleaning,heavy_cleaning", "laundry"]));
    const mobility = rnd.pick(["", "", "stairs", "chair_rise", "stairs,chair_rise"]);
    if (mobility) q.set("mobility", mobility);
    q.set("network", rnd.pick(["none", "none", "some", "can_provide"]));
    if (rnd.chance(0.4)) q.set("start", day(rnd.int(0, 45)));
    return q.toString();
  });
}

const paths = queryMix(500).map((q) => `/hulp/opties?${q}`);
let next = 0;
const latencies: number[] = [];
let bytes = 0;
const instance = autocannon({
  url,
  connections,
  duration,
  timeout: 30,
  headers: { "accept-encoding": "gzip, deflate, br" },
  requests: [
    {
      method: "GET",
      setupRequest: (req) => {
        const p = paths[next % paths.length] as string;
        next++;
        return { ...req, path: p };
      },
    },
  ],
});
instance.on("response", (_client: unknown, _status: number, size: number, time: number) => {
  latencies.push(time);
  bytes += size;
});
const result = await instance;
const sorted = Float64Array.from(latencies).sort();
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
console.log(
  `/hulp/opties @${connections}: ${(latencies.length / result.duration).toFixed(1)} req/s  p50 ${at(0.5).toFixed(1)} ms  p95 ${at(0.95).toFixed(1)} ms  p99 ${at(0.99).toFixed(1)} ms  ` +
    `${Math.round(bytes / Math.max(1, latencies.length) / 1024)} KB/response (compressed)  ${result.non2xx} non-2xx`,
);
