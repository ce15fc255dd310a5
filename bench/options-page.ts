// A small, repeatable measure of GET /hulp/opties alone (npm run bench runs everything): against a
// server that is already running on the national dataset, the same 500 answers npm run bench
// cycles (same seed, same mix), 10 connections, compressed like a browser. Prints p50/p95/req/s
// and the page's average size. Never a test. Usage:
//   npx tsx bench/options-page.ts --url http://127.0.0.1:3302 --db bench/data/bench-1.db [--duration 10]
import autocannon from "autocannon";
import { queryMix } from "./query-mix";

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const url = argument("url") ?? "http://127.0.0.1:3000";
const dbFile = argument("db") ?? "bench/data/bench-1.db";
const duration = Number(argument("duration") ?? 10);
const connections = Number(argument("connections") ?? 10);
const seed = Number(argument("seed") ?? 1);

const paths = queryMix(dbFile, 500, seed).map((q) => `/hulp/opties?${q}`);
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
