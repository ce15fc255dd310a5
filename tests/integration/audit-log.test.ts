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
    // Within one minute the times read the same and are said once ("op <dag> om <tijd>");
    // otherwise "van … tot …".
    expect(rows[0]).toMatch(/^5 keer, (op \S+dag \d+ \S+ \d{4} om \d\d:\d\d|van .+ tot .+) .*Dashboard bekeken/);
    expect(rows[0]).not.toMatch(/keer, om /);
    expect(rows[0]).not.toMatch(/van (\S+ \S+ \S+ \S+ \S+) tot \1Dashboard/);
    // Details in words: the area and the period, no internal codes.
    expect(rows[0]).toMatch(/gebied: eigen gemeente; van: .+; tot en met: .+/);
    expect(rows[0]).not.toContain("dashboard.viewed");
    expect(textOf(html)).toContain("binnen 10 minuten staat op één regel");
  });

  it("says a complaint's status change in the status words", async () => {
    // A complaint about a Woerden request that has a provider.
    const about = one<{ id: number; citizen_user_id: number; provider_id: number }>(
      `SELECT id, citizen_user_id, provider_id FROM help_requests
       WHERE municipality_code = 'GM0632' AND provider_id IS NOT NULL ORDER BY id`,
    );
    const subjectId = String(
      app
        .db()
        .prepare(
          `INSERT INTO complaints (request_id, citizen_user_id, provider_id, municipality_code, text, status)
           VALUES (?, ?, ?, 'GM0632', 'Kwam niet', 'resolved')`,
        )
        .run(about.id, about.citizen_user_id, about.provider_id).lastInsertRowid,
    );
    app
      .db()
      .prepare(
        `INSERT INTO audit_events (actor_user_id, action, subject_type, subject_id, detail, municipality_code)
         VALUES (?, 'complaint.resolved', 'complaint', ?, ?, 'GM0632')`,
      )
      .run(adminId(), subjectId, JSON.stringify({ from: "in_progress", to: "resolved", by: "admin" }));
    const rows = rowsOf(await (await admin.get("/beheer/audit?actie=complaint.resolved")).text());
    const names = one<{ citizen: string; provider: string | null }>(
      `SELECT u.name AS citizen, p.name AS provider FROM complaints c JOIN users u ON u.id = c.citizen_user_id
       LEFT JOIN providers p ON p.id = c.provider_id WHERE c.id = ?`,
      subjectId,
    );
    const initial = `${names.citizen.charAt(0)}. ${names.citizen.split(" ").slice(1).join(" ")}`;
    expect(rows[0]).toContain(
      `Klacht afgehandeld Klacht van ${initial} over ${names.provider} (nr. ${subjectId}) van: in behandeling; naar: afgehandeld; door: beheerder gemeente`,
    );
    expect(rows[0]).not.toMatch(/in_progress|resolved|complaint\./);
  });

  it("downloads the filtered log as RFC 4180 and for Dutch Excel, the same cells as the page", async () => {
    const rfc = await admin.get("/beheer/audit.csv?actie=dashboard.viewed");
    expect(rfc.status).toBe(200);
    expect(rfc.headers.get("content-type")).toContain("text/csv");
    const rfcLines = (await rfc.text()).trimEnd().split("\r\n");
    expect(rfcLines[0]).toBe("Wanneer,Eerste keer,Aantal keer,Wie,Actie,Onderwerp,Nummer,Details");
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

  it("names each subject in words, keeps its number, and never names one of another municipality", async () => {
    const request = one<{ id: number; name: string; acting: string | null; kind: string }>(
      `SELECT r.id, u.name, r.acting_for_name AS acting, r.kind FROM help_requests r
       JOIN users u ON u.id = r.citizen_user_id WHERE r.municipality_code = 'GM0632' AND r.kind = 'zin'`,
    );
    const theCase = one<{ id: number; person_name: string }>(
      "SELECT id, person_name FROM cases WHERE municipality_code = 'GM0632'",
    );
    // A Groningen request (copied from the Woerden one): an event that wrongly names it shows no name.
    const foreign = {
      id: Number(
        app
          .db()
          .prepare(
            `INSERT INTO help_requests (citizen_user_id, kind, offer_id, municipality_code, status, answers,
               citizen_cost_per_month_cents, municipality_cost_per_month_cents, created_at, updated_at)
             SELECT citizen_user_id, kind, offer_id, 'GM0014', status, answers, 0, 0, created_at, updated_at
             FROM help_requests WHERE id = ?`,
          )
          .run(request.id).lastInsertRowid,
      ),
    };
    const provider = one<{ id: number; name: string }>("SELECT id, name FROM providers ORDER BY id");
    const insert = app.db().prepare(
      `INSERT INTO audit_events (actor_user_id, action, subject_type, subject_id, municipality_code)
         VALUES (?, ?, ?, ?, 'GM0632')`,
    );
    insert.run(adminId(), "case.talk_saved", "help_request", String(request.id));
    insert.run(adminId(), "case.talk_saved", "case", String(theCase.id));
    insert.run(adminId(), "case.talk_saved", "help_request", String(foreign.id));
    insert.run(adminId(), "case.talk_saved", "provider", String(provider.id));
    const short = (n: string) => `${n.charAt(0)}. ${n.split(" ").slice(1).join(" ")}`;
    const html = await (await admin.get("/beheer/audit?actie=case.talk_saved")).text();
    const rows = rowsOf(html);
    expect(rows.join("\n")).toContain(`Aanvraag van ${short(request.acting ?? request.name)} (zorg in natura`);
    expect(rows.join("\n")).toContain(`(nr. ${request.id})`);
    expect(rows.join("\n")).toContain(`Dossier van ${short(theCase.person_name)} (nr. ${theCase.id})`);
    // A provider links to its vetting page.
    expect(html).toContain(`href="/beheer/aanbieders/${provider.id}"`);
    expect(rows.join("\n")).toContain(`Aanbieder ${provider.name} (nr. ${provider.id})`);
    // A request of another municipality (a wrong event) shows only its kind and number, no name.
    expect(rows.join("\n")).toContain(`Aanvraag (nr. ${foreign.id})`);
    const csv = await (await admin.get("/beheer/audit.csv?actie=case.talk_saved")).text();
    const cells = csv
      .trimEnd()
      .split("\r\n")
      .map((l) => split(l, ","));
    expect(cells.some((c) => c[5] === `Dossier van ${short(theCase.person_name)}` && c[6] === String(theCase.id))).toBe(
      true,
    );
  });
});
