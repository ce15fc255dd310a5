// A citizen downloads all their data and has it erased (AVG), with the municipality's figures
// unchanged; and `npm run backup` copies the database while the app serves, restorable.

import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressFields } from "../support/address";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import {
  bookCleaner,
  caseOf,
  helpQuery,
  indicateZin,
  newCitizen,
  readersOf,
  requestThroughForm,
  WOERDEN_HELP,
} from "../support/factories";

const run = promisify(execFile);
let app: AppServer;

const { one, providerId } = readersOf(() => app);

beforeAll(async () => {
  app = await startApp({ SEED_HISTORY: "true" });
});
afterAll(async () => {
  await app?.stop();
});

describe("a citizen's own data", () => {
  it("downloads everything about them, and erases it with the figures unchanged", async () => {
    const client = await newCitizen(app, "gegevens@example.nl", "Geertruida Gegevens", "een-goed-wachtwoord-1");
    const query = helpQuery({ ...WOERDEN_HELP, birthYear: 1941 });
    const zin = providerId("Thuiszorg Groene Hart");
    const asked = await client.post(`/hulp/aanvragen?offer=zin:${zin}&${query}`, {
      forWhom: "self",
      ...addressFields(),
    });
    expect(asked.status).toBe(302);
    const requestId = Number(/aanvragen\/(\d+)/.exec(asked.headers.get("location") ?? "")?.[1]);
    await client.post(`/mijn/aanvragen/${requestId}`, {
      intent: "complaint",
      text: "Ik hoor al weken niets van de gemeente.",
    });

    const exported = await client.get("/mijn/gegevens.json");
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-disposition")).toContain("mijn-gegevens-hulpwijzer.json");
    const body = (await exported.json()) as {
      account: { email: string; name: string };
      requests: { id: number; answers: { birthYear: number }; complaints: { text: string }[] }[];
      cases: { personName: string }[];
    };
    expect(body.account).toMatchObject({ email: "gegevens@example.nl", name: "Geertruida Gegevens" });
    expect(body.requests.map((r) => r.id)).toContain(requestId);
    expect(body.requests[0]?.answers.birthYear).toBe(1941);
    expect(body.requests[0]?.complaints[0]?.text).toBe("Ik hoor al weken niets van de gemeente.");
    expect(body.cases[0]?.personName).toBe("Geertruida Gegevens");
    // Nobody else can download it.
    expect((await fetch(`${app.baseUrl}/mijn/gegevens.json`, { redirect: "manual" })).status).toBe(302);

    const admin = new Client(app.baseUrl);
    await admin.login(DEMO.admin);
    const figures = async () =>
      Promise.all(
        ["uitkomsten", "doorlooptijden", "kwaliteit"].map(async (t) =>
          // The default period (the last 91 days) holds this test's requests on any day.
          (await admin.get(`/beheer/dashboard.csv?tabel=${t}`)).text(),
        ),
      );
    const before = await figures();
    // Real tables, not three equal refusals.
    for (const table of before) expect(table).toMatch(/^[^\n]*[;,][^\n]*\r?\n/);
    const counts = () =>
      one(
        "SELECT (SELECT count(*) FROM help_requests) AS r, (SELECT count(*) FROM complaints) AS c, (SELECT count(*) FROM cases) AS k",
      );
    const countsBefore = counts();

    const unconfirmed = await client.post("/mijn/gegevens", { password: "een-goed-wachtwoord-1" });
    expect(unconfirmed.status).toBe(400);
    expect(textOf(await unconfirmed.text())).toContain("Vink eerst aan");
    const wrong = await client.post("/mijn/gegevens", { confirm: "on", password: "verkeerd-wachtwoord" });
    expect(wrong.status).toBe(400);
    expect(textOf(await wrong.text())).toContain("Het wachtwoord klopt niet. Er is niets verwijderd.");
    expect(one<{ n: string }>("SELECT name AS n FROM users WHERE email = 'gegevens@example.nl'").n).toBe(
      "Geertruida Gegevens",
    );

    const erased = await client.post("/mijn/gegevens", { confirm: "on", password: "een-goed-wachtwoord-1" });
    expect(erased.status).toBe(302);
    expect(erased.headers.get("location")).toBe("/?melding=verwijderd");
    // Logged out, and the account cannot log in again.
    expect((await client.get("/mijn", { redirect: "manual" })).status).toBe(302);
    expect(
      (
        await new Client(app.baseUrl).post("/inloggen", {
          email: "gegevens@example.nl",
          password: "een-goed-wachtwoord-1",
        })
      ).status,
    ).toBe(400);
    // Nothing names or describes her any more …
    const db = app.db();
    for (const [table, column] of [
      ["users", "name"],
      ["users", "email"],
      ["cases", "person_name"],

      ["complaints", "text"],
    ] as const) {
      const hits = db
        .prepare(
          `SELECT count(*) AS n FROM ${table} WHERE ${column} LIKE '%Geertruida%' OR ${column} LIKE '%gegevens@%' OR ${column} LIKE '%1941%' OR ${column} LIKE '%weken niets%'`,
        )
        .get() as { n: number };
      expect(hits.n, `${table}.${column}`).toBe(0);
    }
    const answers = one<{ a: string }>("SELECT answers AS a FROM help_requests WHERE id = ?", requestId).a;
    expect(JSON.parse(answers)).toEqual({ needs: ["cleaning"], household: "single", network: "none" });
    // … while every count and every figure of the municipality stays the same.
    expect(counts()).toEqual(countsBefore);
    expect(await figures()).toEqual(before);
    expect(
      one<{ k: string; s: string }>("SELECT kind AS k, status AS s FROM help_requests WHERE id = ?", requestId),
    ).toEqual({
      k: "zin",
      s: "submitted",
    });
  });
});

describe("an erasure with help still booked", () => {
  it("cancels the weekly cleaner (her visits are free for others again), and is logged once however often it is sent", async () => {
    const client = await newCitizen(app, "schoon-gewist@example.nl", "Jacoba Gewist", "een-goed-wachtwoord-1");
    const requestId = await bookCleaner(client);
    const booked = () =>
      one<{ n: number }>(
        "SELECT count(*) AS n FROM cleaner_slots WHERE request_id = ? AND status = 'booked'",
        requestId,
      ).n;
    expect(booked()).toBeGreaterThan(0);
    const userId = one<{ id: number }>("SELECT id FROM users WHERE email = 'schoon-gewist@example.nl'").id;
    // The same confirmed erasure five times at once (a double click, a second tab).
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        client.post("/mijn/gegevens", { confirm: "on", password: "een-goed-wachtwoord-1" }),
      ),
    );
    expect(answers.some((a) => a.status === 302)).toBe(true);
    for (const a of answers) expect(a.status).toBeLessThan(500);
    expect(booked()).toBe(0);
    expect(one<{ s: string }>("SELECT status AS s FROM help_requests WHERE id = ?", requestId).s).toBe("cancelled");
    expect(
      one<{ n: number }>(
        "SELECT count(*) AS n FROM audit_events WHERE action = 'citizen.erased' AND subject_id = ?",
        String(userId),
      ).n,
    ).toBe(1);
  });
});

describe("after an erasure", () => {
  it("keeps the case page and the provider's referrals working for the staff", async () => {
    const client = await newCitizen(app, "zorg-gewist@example.nl", "Wilhelmina Gewist", "een-goed-wachtwoord-1");
    const caseId = caseOf(app, await requestThroughForm(client, `zin:${providerId("Thuiszorg Groene Hart")}`));
    const consultant = new Client(app.baseUrl);
    await consultant.login(DEMO.consultant);
    await indicateZin(app, consultant, caseId);
    const erased = await client.post("/mijn/gegevens", { confirm: "on", password: "een-goed-wachtwoord-1" });
    expect(erased.status).toBe(302);

    const page = await consultant.get(`/consulent/zaken/${caseId}`);
    expect(page.status).toBe(200);
    const text = textOf(await page.text());
    expect(text).toContain("Zaak van [verwijderd]");
    expect(text).not.toContain("Wilhelmina");
    const provider = new Client(app.baseUrl);
    await provider.login(DEMO.provider);
    const referrals = await provider.get("/aanbieder/verwijzingen");
    expect(referrals.status).toBe(200);
    expect(textOf(await referrals.text())).not.toContain("Wilhelmina");
  });
});

describe("npm run backup", () => {
  it("copies the database while bookings are being made, and the copy serves again", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hulpwijzer-backup-"));
    const target = path.join(dir, "backup.db");
    // Writes keep coming while the backup runs.
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await newCitizen(app, `backup-${written}@example.nl`, `Backup ${written}`);
        written += 1;
      }
    })();
    const { stdout } = await run(process.execPath, ["scripts/backup.mjs", target], {
      env: { ...process.env, DATABASE_URL: app.dbPath },
    });
    writing = false;
    await writer;
    expect(stdout).toContain("integriteit ok");

    const copy = new Database(target, { readonly: true });
    const live = app.db();
    for (const table of ["municipalities", "postcode_areas", "providers", "municipality_policies", "payments"]) {
      const a = (copy.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      const b = (live.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      expect(a, table).toBe(b);
    }
    // A consistent moment: users in the copy are a prefix of the live ones.
    const copied = (copy.prepare("SELECT count(*) AS n FROM users").get() as { n: number }).n;
    const now = (live.prepare("SELECT count(*) AS n FROM users").get() as { n: number }).n;
    expect(copied).toBeLessThanOrEqual(now);
    expect(copied).toBeGreaterThan(now - written - 1);
    copy.close();

    // Restore: a server on the copy serves, and a demo login works.
    const restoredDir = fs.mkdtempSync(path.join(os.tmpdir(), "hulpwijzer-restore-"));
    const restored = path.join(restoredDir, "restored.db");
    fs.copyFileSync(target, restored);
    const second = await startApp({}, { dbPath: restored });
    try {
      const client = new Client(second.baseUrl);
      expect((await client.login(DEMO.consultant)).status).toBe(302);
      expect(textOf(await (await client.get("/consulent")).text())).toContain("Johanna de Boer");
    } finally {
      await second.stop();
    }
  });
});
