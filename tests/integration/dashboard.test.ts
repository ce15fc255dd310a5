// The quality dashboard over real HTTP: it renders every section for the demo history, each
// CSV export equals its table on the page, periods are validated, and only admins see it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";

let app: AppServer;
let admin: Client;

beforeAll(async () => {
  app = await startApp({ SEED_HISTORY: "true" });
  admin = new Client(app.baseUrl);
  await admin.login(DEMO.admin);
});
afterAll(async () => {
  await app?.stop();
});

/** The cells of one table on the page, as the visitor reads them. */
function tableCells(html: string, id: string): string[][] {
  const table = new RegExp(`<table[^>]*data-table="${id}"[^>]*>([\\s\\S]*?)</table>`).exec(html)?.[1] ?? "";
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? "").matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => textOf(cell[1] ?? "").trim()),
  );
}

/** RFC 4180 CSV (or, with ";", the Dutch Excel flavour), as the export writes it. */
function parseCsv(text: string, separator = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe("the dashboard", () => {
  it("shows every section with real figures for the last 13 weeks", async () => {
    const res = await admin.get("/beheer/dashboard");
    expect(res.status).toBe(200);
    const text = textOf(await res.text());
    for (const heading of [
      "Wachtenden nu",
      "Aantal wachtenden per week",
      "Doorlooptijden (dagen)",
      "Sturing: waarop aanvragen uitkwamen",
      "Kwaliteit per aanbieder",
      "Capaciteit: gepubliceerd en genomen",
      "Productie: uren per aanbieder per maand",
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("Cijfers over Woerden");
    // Anna Visser waits for nothing (she is in care), Johanna de Boer waits for a ZIN decision.
    expect(text).toMatch(/Thuiszorg Groene Hart Zorg in natura \d+/);
    expect(
      one<{ n: number }>(
        "SELECT count(*) AS n FROM audit_events WHERE action = 'dashboard.viewed' AND municipality_code = 'GM0632'",
      ).n,
    ).toBeGreaterThan(0);
  });

  it("tells the demo's story over a year: lead times, steering with reasons, quality and production", async () => {
    const yearAgo = one<{ d: string }>("SELECT date('now', '-365 days') AS d").d;
    const html = await (await admin.get(`/beheer/dashboard?van=${yearAgo}`)).text();
    const outcomes = tableCells(html, "uitkomsten").slice(1);
    const count = (label: string) => Number(outcomes.find((r) => r[0] === label)?.[1] ?? 0);
    expect(count("Zorg in natura")).toBeGreaterThan(5);
    expect(count("Particuliere schoonmaakhulp")).toBeGreaterThan(5);
    expect(tableCells(html, "redenen").length).toBeGreaterThan(2);
    const lead = tableCells(html, "doorlooptijden").slice(1);
    expect(lead.some((r) => r[1] === "Zorg in natura" && /^\d/.test(r[7] ?? ""))).toBe(true);
    const quality = tableCells(html, "kwaliteit").slice(1);
    expect(quality.reduce((sum, r) => sum + Number(r[2] ?? 0), 0)).toBeGreaterThan(0);
    expect(tableCells(html, "productie").length).toBeGreaterThan(3);
    // The trend is a real chart: an SVG line with its data as a table for screen readers.
    expect(html).toMatch(/<polyline[^>]*class="hw-chart__line"/);
    // Bars are HTML with their labels in full (an SVG cut long labels off on the left).
    expect(html).toMatch(/<span class="hw-bars__label">Thuiszorg Groene Hart \(Zorg in natura\)<\/span>/);
    expect(html).toContain('<table class="visually-hidden"><caption>Aantal wachtenden per week</caption>');
    // The saving against everything in care in kind is stated in euros.
    expect(textOf(html)).toMatch(/Geschatte besparing tegenover alles via zorg in natura: € [\d.]+,\d\d per maand/);
  });

  it("exports each table as CSV, RFC 4180 and Dutch Excel, with exactly the cells of the page", async () => {
    const query = "gebied=eigen&van=2025-11-01&tot=2026-11-23";
    const html = await (await admin.get(`/beheer/dashboard?${query}`)).text();
    // The page writes numbers the Dutch way ("1.234,5") and an empty figure as "–".
    const asExcel = (c: string) => (c === "–" ? "" : /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(c) ? c.replace(/\./g, "") : c);
    let compared = 0;
    for (const id of ["wachtenden", "trend", "doorlooptijden", "uitkomsten", "kwaliteit", "capaciteit", "productie"]) {
      const page = tableCells(html, id);
      const csv = await admin.get(`/beheer/dashboard.csv?tabel=${id}&${query}`);
      expect(csv.status).toBe(200);
      expect(csv.headers.get("content-type")).toContain("text/csv");
      const rfcText = await csv.text();
      expect(rfcText.charCodeAt(0)).not.toBe(0xfeff);
      const rows = parseCsv(rfcText);
      const excel = await admin.get(`/beheer/dashboard.csv?tabel=${id}&${query}&formaat=excel`);
      expect(excel.status).toBe(200);
      expect(excel.headers.get("content-disposition")).toContain("-excel.csv");
      const bytes = new Uint8Array(await excel.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const excelRows = parseCsv(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1), ";");
      // The same cells: only the decimal separator differs, and Excel sees numbers, no "%" text.
      expect(excelRows.map((r) => r.map((c) => (/^-?\d+,\d+$/.test(c) ? c.replace(",", ".") : c)))).toEqual(rows);
      for (const r of excelRows.slice(1)) for (const c of r) expect(c).not.toMatch(/^-?[\d,]+\s?%$|^–$/);
      if (page.length === 0) {
        expect(rows.length).toBe(1); // header only
        continue;
      }
      // Whitespace reads the same; the page's Dutch numbers are the Excel cells.
      expect(excelRows.map((r) => r.map((c) => c.replace(/\s+/g, " ")))).toEqual(
        page.map((r) => r.map((c) => asExcel(c))),
      );
      compared += 1;
    }
    expect(compared).toBeGreaterThanOrEqual(5);
  });

  it("offers the region, refuses bad periods with a 400, and is for admins only", async () => {
    const region = textOf(await (await admin.get("/beheer/dashboard?gebied=regio")).text());
    expect(region).toContain("Cijfers over Utrecht West");
    const bad = await admin.get("/beheer/dashboard?van=2026-13-01");
    expect(bad.status).toBe(400);
    expect(textOf(await bad.text())).toContain("Kies een geldige periode");
    expect((await admin.get("/beheer/dashboard?van=2026-11-20&tot=2026-01-01")).status).toBe(400);
    expect((await admin.get("/beheer/dashboard.csv?tabel=drop")).status).toBe(400);
    const consultant = new Client(app.baseUrl);
    await consultant.login(DEMO.consultant);
    expect((await consultant.get("/beheer/dashboard")).status).toBe(403);
    expect((await fetch(`${app.baseUrl}/beheer/dashboard.csv?tabel=trend`, { redirect: "manual" })).status).toBe(302);
    // Groningen's admin sees Groningen's figures, not Woerden's.
    const groningen = new Client(app.baseUrl);
    await groningen.login(DEMO.adminGroningen);
    const g = textOf(await (await groningen.get("/beheer/dashboard")).text());
    expect(g).toContain("Cijfers over Groningen");
    expect(g).not.toContain("Thuiszorg Groene Hart");
  });
});

const one = <T>(sql: string, ...params: unknown[]) =>
  app
    .db()
    .prepare(sql)
    .get(...params) as T;
