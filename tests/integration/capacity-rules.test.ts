// Capacity that offers nothing is refused, in Dutch instructions, the same by form and by API
// (issue 15): a window no visit fits in, windows overlapping on a weekday, a week with clients and
// no hours, days off that are over. Dates on the page are said in words.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import { dayAfter, mondayAhead } from "../support/days";
import { createApiKey } from "../support/factories";

let app: AppServer;
let cleaner: Client;
let zin: Client;
let cleanerKey: string;
let zinKey: string;

beforeAll(async () => {
  app = await startApp();
  cleaner = new Client(app.baseUrl);
  await cleaner.login(DEMO.cleaner);
  zin = new Client(app.baseUrl);
  await zin.login(DEMO.provider);
  cleanerKey = await createApiKey(cleaner);
  zinKey = await createApiKey(zin);
});
afterAll(async () => {
  await app?.stop();
});

const today = () => new Date().toISOString().slice(0, 10);
const inWords = (day: string) =>
  new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );

async function put(key: string, records: unknown[]) {
  const res = await fetch(`${app.baseUrl}/api/v1/capacity`, {
    method: "PUT",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
    body: JSON.stringify({ records }),
  });
  return { status: res.status, body: (await res.json()) as { errors?: Record<string, string> } };
}

const windowsOf = (ref: string) =>
  app.db().prepare("SELECT count(*) AS n FROM cleaner_windows WHERE external_ref = ?").get(ref) as { n: number };

// Saturday: the demo cleaner has no window then, so only this test's windows meet.
const window = (externalRef: string, startTime: string, endTime: string, visitMinutes: number) => ({
  type: "cleaner_window",
  externalRef,
  weekday: 6,
  startTime,
  endTime,
  visitMinutes,
});

describe("a cleaner's window", () => {
  it("is refused when no visit fits in it, by form and by API", async () => {
    const form = await cleaner.post("/aanbieder/capaciteit", {
      ...Object.fromEntries(
        Object.entries(window("web-geen-bezoek", "09:00", "12:00", 240)).map(([k, v]) => [k, String(v)]),
      ),
    });
    expect(form.status).toBe(400);
    const message =
      "Een bezoek van 240 minuten past niet in dit tijdvak van 180 minuten. Kies een latere eindtijd of kortere bezoeken.";
    expect(textOf(await form.text())).toContain(message);
    const api = await put(cleanerKey, [window("api-geen-bezoek", "09:00", "12:00", 240)]);
    expect(api.status).toBe(400);
    expect(api.body.errors?.["records[0].visitMinutes"]).toBe(message);
    expect(windowsOf("web-geen-bezoek")).toEqual({ n: 0 });
    expect(windowsOf("api-geen-bezoek")).toEqual({ n: 0 });
    // Exactly one visit fits: that is a window.
    expect((await put(cleanerKey, [window("api-precies", "09:00", "13:00", 240)])).status).toBe(200);
    expect(
      (await put(cleanerKey, [{ type: "cleaner_window", externalRef: "api-precies", deleted: true }])).status,
    ).toBe(200);
  });

  it("asks for an end time after the start time, as an instruction", async () => {
    const form = await cleaner.post("/aanbieder/capaciteit", {
      type: "cleaner_window",
      externalRef: "web-omgekeerd",
      weekday: "6",
      startTime: "12:00",
      endTime: "09:00",
      visitMinutes: "60",
    });
    expect(form.status).toBe(400);
    expect(textOf(await form.text())).toContain("Kies een eindtijd na de begintijd.");
    const api = await put(cleanerKey, [window("api-omgekeerd", "12:00", "09:00", 60)]);
    expect(api.body.errors?.["records[0].endTime"]).toBe("Kies een eindtijd na de begintijd.");
  });

  it("that does not exist is not 'Verwijderd' when deleted", async () => {
    const gone = await cleaner.post("/aanbieder/capaciteit", {
      intent: "delete",
      type: "cleaner_window",
      externalRef: "bestaat-niet",
    });
    expect(gone.headers.get("location")).toBe("/aanbieder/capaciteit?melding=gone");
    const page = textOf(await (await cleaner.get("/aanbieder/capaciteit?melding=gone")).text());
    expect(page).toContain("Dit stond er niet (meer): er is niets verwijderd.");
  });

  it("with a time not written as HH:MM says only that, not a length or an order made of it", async () => {
    const api = await put(cleanerKey, [window("api-0900", "0900", "12:00", 60)]);
    expect(api.status).toBe(400);
    const errors = api.body.errors ?? {};
    expect(Object.keys(errors)).toEqual(["records[0].startTime"]);
    expect(JSON.stringify(errors)).not.toContain("minuten");
  });

  it("is refused when it overlaps another window on the same weekday, stored or in the same batch", async () => {
    expect((await put(cleanerKey, [window("zaterdag-ochtend", "09:00", "12:00", 60)])).status).toBe(200);
    const message =
      "Op deze dag werkt u al van 09:00 tot 12:00. Kies tijden die daar niet mee overlappen, of pas dat tijdvak aan.";
    const form = await cleaner.post("/aanbieder/capaciteit", {
      type: "cleaner_window",
      externalRef: "web-overlap",
      weekday: "6",
      startTime: "11:00",
      endTime: "14:00",
      visitMinutes: "60",
    });
    expect(form.status).toBe(400);
    expect(textOf(await form.text())).toContain(message);
    const api = await put(cleanerKey, [window("api-overlap", "11:30", "13:00", 60)]);
    expect(api.body.errors?.["records[0].startTime"]).toBe(message);
    const batch = await put(cleanerKey, [window("zo-1", "13:00", "15:00", 60), window("zo-2", "14:00", "16:00", 60)]);
    expect(batch.status).toBe(400);
    expect(batch.body.errors?.["records[1].startTime"]).toContain("Op deze dag werkt u al van 13:00 tot 15:00.");
    // Back to back is not an overlap, and a window may be moved within its own time.
    expect((await put(cleanerKey, [window("zaterdag-middag", "12:00", "14:00", 60)])).status).toBe(200);
    expect((await put(cleanerKey, [window("zaterdag-ochtend", "09:30", "12:00", 60)])).status).toBe(200);
    expect(windowsOf("web-overlap")).toEqual({ n: 0 });
  });
});

describe("a ZIN week", () => {
  it("with new clients and no hours is refused, by form and by API", async () => {
    const weekStart = mondayAhead(12);
    const record = {
      type: "zin_week",
      externalRef: "geen-uren",
      municipalityCode: "GM0632",
      weekStart,
      hoursPerWeek: 0,
      newClients: 2,
      earliestStart: dayAfter(weekStart),
    };
    const message =
      "Nieuwe cliënten hebben uren nodig. Vul het aantal uren in, of zet het aantal nieuwe cliënten op 0.";
    const api = await put(zinKey, [record]);
    expect(api.status).toBe(400);
    expect(api.body.errors?.["records[0].hoursPerWeek"]).toBe(message);
    const form = await zin.post(
      "/aanbieder/capaciteit",
      Object.fromEntries(Object.entries({ ...record, externalRef: "web-geen-uren" }).map(([k, v]) => [k, String(v)])),
    );
    expect(form.status).toBe(400);
    expect(textOf(await form.text())).toContain(message);
    // A full week (no hours, no clients) is the truth and may be published.
    expect((await put(zinKey, [{ ...record, newClients: 0 }])).status).toBe(200);
  });
});

describe("days off", () => {
  it("that are over are refused; ones that run until today or later are saved and shown in words", async () => {
    const past = { fromDate: dayAfter(today(), -10), toDate: dayAfter(today(), -3) };
    const message = "Deze vrije dagen zijn al voorbij. Kies een laatste vrije dag van vandaag of later.";
    const form = await cleaner.post("/aanbieder/capaciteit", {
      type: "cleaner_exception",
      externalRef: "web-voorbij",
      ...past,
      reason: "",
    });
    expect(form.status).toBe(400);
    expect(textOf(await form.text())).toContain(message);
    const api = await put(cleanerKey, [{ type: "cleaner_exception", externalRef: "api-voorbij", ...past }]);
    expect(api.body.errors?.["records[0].toDate"]).toBe(message);

    const fromDate = dayAfter(today(), 20);
    const toDate = dayAfter(today(), 27);
    const saved = await cleaner.post("/aanbieder/capaciteit", {
      type: "cleaner_exception",
      externalRef: "web-vakantie",
      fromDate,
      toDate,
      reason: "Vakantie",
    });
    expect(saved.status).toBe(302);
    const page = textOf(await (await cleaner.get("/aanbieder/capaciteit")).text());
    expect(page).toContain(`${inWords(fromDate)} ${inWords(toDate)} Vakantie`);
    expect(page).not.toContain(`${fromDate} ${toDate}`);
  });
});
