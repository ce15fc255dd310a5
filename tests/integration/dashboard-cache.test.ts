// The dashboard's figures are computed once and reused while the data stays the same (issue 15:
// forty parallel CSV downloads starved the server). Reuse must never show stale figures: after a
// change, made through the app or straight in the database, the CSV says what the page says, and
// both say the new number. A download that would compute again and again is refused with a 429.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import { dayAfter } from "../support/days";
import { citizenAskingZin } from "../support/factories";

const today = () => new Date().toISOString().slice(0, 10);

let app: AppServer;
let admin: Client;
const QUERY = "gebied=regio";
const ROW = ["Thuiszorg Groene Hart", "Zorg in natura"];

beforeAll(async () => {
  app = await startApp({ SEED_HISTORY: "false" });
  admin = new Client(app.baseUrl);
  await admin.login(DEMO.admin);
});
afterAll(async () => {
  await app?.stop();
});

/** The waiting count of Thuiszorg Groene Hart's ZIN on the page's table. */
async function onPage(): Promise<string> {
  const html = await (await admin.get(`/beheer/dashboard?${QUERY}`)).text();
  const table = /<table[^>]*data-table="wachtenden"[^>]*>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? "";
  const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...(r[1] ?? "").matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => textOf(c[1] ?? "").trim()),
  );
  return rows.find((r) => r[0] === ROW[0] && r[1] === ROW[1])?.[2] ?? "0";
}

/** The same count in the CSV download. */
async function inCsv(): Promise<string> {
  const res = await admin.get(`/beheer/dashboard.csv?tabel=wachtenden&${QUERY}`);
  expect(res.status).toBe(200);
  const lines = (await res.text()).trimEnd().split("\r\n");
  return lines.find((l) => l.startsWith(`${ROW[0]},${ROW[1]},`))?.split(",")[2] ?? "0";
}

describe("the dashboard's figures, reused", () => {
  it("stay equal on the page and in the CSV, and follow every change at once", async () => {
    const before = await onPage();
    expect(await inCsv()).toBe(before);
    expect(await inCsv()).toBe(before);

    // A change through the app: a new citizen waits for ZIN. The CSV, asked first, has it.
    const { requestId } = await citizenAskingZin(app, "wacht.cache@example.nl", "Wim Wachter");
    const afterRequest = await inCsv();
    expect(Number(afterRequest)).toBe(Number(before) + 1);
    expect(await onPage()).toBe(afterRequest);

    // A change straight in the database (another connection): the figures follow too.
    const db = app.db();
    db.prepare("UPDATE help_requests SET status = 'cancelled' WHERE id = ?").run(requestId);
    db.prepare("INSERT INTO request_events (request_id, status, created_at) VALUES (?, 'cancelled', ?)").run(
      requestId,
      Date.now() - 1000,
    );
    expect(await inCsv()).toBe(before);
    expect(await onPage()).toBe(before);
  });

  it("refuses a burst of downloads that each need a fresh computation, in Dutch, with Retry-After", async () => {
    const other = new Client(app.baseUrl);
    await other.login(DEMO.adminGroningen);
    const statuses: number[] = [];
    let refused: Response | undefined;
    // Each a different period, so none can reuse another's figures.
    for (let i = 0; i < 8; i++) {
      const res = await other.get(`/beheer/dashboard.csv?tabel=wachtenden&van=${dayAfter(today(), -30 - i)}`);
      statuses.push(res.status);
      if (res.status === 429) refused ??= res;
      else await res.arrayBuffer();
    }
    expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(statuses.slice(6)).toEqual([429, 429]);
    expect(refused?.headers.get("retry-after")).toBe("60");
    expect(await refused?.text()).toContain("Probeer het over een minuut opnieuw.");
    // The page itself is never refused, and a download of what it just computed is served.
    expect((await other.get(`/beheer/dashboard?van=${dayAfter(today(), -30)}`)).status).toBe(200);
    expect((await other.get(`/beheer/dashboard.csv?tabel=wachtenden&van=${dayAfter(today(), -30)}`)).status).toBe(200);
  });
});
