// The audit log a person can read (issue 15, ADR 022): actions and details in Dutch words,
// repeated reads on one line with a count while every event stays in the database, and the
// filtered log as CSV in both flavours from the same cells.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import { readersOf } from "../support/factories";
import { split } from "../support/spreadsheet";

let app: AppServer;
let admin: Client;
const { one } = readersOf(() => app);

beforeAll(async () => {
  app = await startApp({ SEED_HISTORY: "false" });
  admin = new Client(app.baseUrl);
  await admin.login(DEMO.admin);
});
afterAll(async () => {
  await app?.stop();
});

const adminId = () => one<{ id: number }>("SELECT id FROM users WHERE email = ?", DEMO.admin).id;

/** The audit table's rows on the page, as text. */
function rowsOf(html: string): string[] {
  const table = /<table[\s\S]*?<\/table>/.exec(html.split('id="audit-results-title"')[1] ?? "")?.[0] ?? "";
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].slice(1).map((r) => textOf(r[1] ?? "").trim());
}

describe("the audit log", () => {
  it("shows five views of the dashboard within minutes as one line with a count, and keeps all five", async () => {
    for (let i = 0; i < 5; i++) expect((await admin.get("/beheer/dashboard")).status).toBe(200);
    const stored = one<{ n: number }>(
      "SELECT count(*) AS n FROM audit_events WHERE action = 'dashboard.viewed' AND actor_user_id = ?",
      adminId(),
    ).n;
    expect(stored).toBe(5);
    const html = await (await admin.get("/beheer/audit?actie=dashboard.viewed")).text();
    const rows = rowsOf(html);
    expect(rows).toHaveLength(1);
    // Within one minute the times read the same and are said once; otherwise "van … tot …".
    expect(rows[0]).toMatch(/^5 keer, (om .+|van .+ tot .+)Dashboard bekeken/);
    expect(rows[0]).not.toMatch(/van (\S+ \S+ \S+ \S+ \S+) tot \1Dashboard/);
    // Details in words: the area and the period, no internal codes.
    expect(rows[0]).toMatch(/gebied: eigen gemeente; van: .+; tot en met: .+/);
    expect(rows[0]).not.toContain("dashboard.viewed");
    expect(textOf(html)).toContain("binnen 10 minuten staat op één regel");
  });

  it("says a complaint's status change in the status words", async () => {
    const complaint = one<{ id: number } | undefined>("SELECT id FROM complaints WHERE municipality_code = 'GM0632'");
    const subjectId = String(complaint?.id ?? 1);
    app
      .db()
      .prepare(
        `INSERT INTO audit_events (actor_user_id, action, subject_type, subject_id, detail, municipality_code)
         VALUES (?, 'complaint.resolved', 'complaint', ?, ?, 'GM0632')`,
      )
      .run(adminId(), subjectId, JSON.stringify({ from: "in_progress", to: "resolved", by: "admin" }));
    const rows = rowsOf(await (await admin.get("/beheer/audit?actie=complaint.resolved")).text());
    expect(rows[0]).toContain(
      `Klacht afgehandeld klacht ${subjectId} van: in behandeling; naar: afgehandeld; door: beheerder gemeente`,
    );
    expect(rows[0]).not.toMatch(/in_progress|resolved|complaint\./);
  });

  it("downloads the filtered log as RFC 4180 and for Dutch Excel, the same cells as the page", async () => {
    const rfc = await admin.get("/beheer/audit.csv?actie=dashboard.viewed");
    expect(rfc.status).toBe(200);
    expect(rfc.headers.get("content-type")).toContain("text/csv");
    const rfcLines = (await rfc.text()).trimEnd().split("\r\n");
    expect(rfcLines[0]).toBe("Wanneer,Eerste keer,Aantal keer,Wie,Actie,Onderwerp,Details");
    const excel = await admin.get("/beheer/audit.csv?actie=dashboard.viewed&formaat=excel");
    const bytes = new Uint8Array(await excel.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const excelLines = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1).trimEnd().split("\r\n");
    const rfcCells = rfcLines.map((l) => split(l, ","));
    const excelCells = excelLines.map((l) => split(l, ";"));
    expect(excelCells).toEqual(rfcCells);
    // One line of the five views, with its count as a number.
    expect(rfcCells).toHaveLength(2);
    expect(rfcCells[1]?.[2]).toBe("5");
    expect(rfcCells[1]?.[4]).toBe("Dashboard bekeken");
    // The download is in the trail too.
    expect(one<{ n: number }>("SELECT count(*) AS n FROM audit_events WHERE action = 'audit.downloaded'").n).toBe(2);
    expect((await admin.get("/beheer/audit.csv?van=2026-13-01")).status).toBe(400);
    const consultant = new Client(app.baseUrl);
    await consultant.login(DEMO.consultant);
    expect((await consultant.get("/beheer/audit.csv")).status).toBe(403);
  });
});
