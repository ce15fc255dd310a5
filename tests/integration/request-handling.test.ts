// After the request: practices and mediators decide, ZIN position, change of slot, complaints,
// and the calendar feed — each role kept to its own requests.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDay } from "~/i18n";
import { addressFields } from "../support/address";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import { dayAfter } from "../support/days";
import {
  addStaff,
  helpQuery,
  moveVisit,
  newCitizen,
  offeredSlots,
  readersOf,
  requestOffer,
} from "../support/factories";

let app: AppServer;
let citizen: Client;
/** A second citizen: one person holds one active request per offer. */
let neighbour: Client;
const { one, providerId } = readersOf(() => app);

beforeAll(async () => {
  app = await startApp();
  citizen = new Client(app.baseUrl);
  await citizen.login(DEMO.citizen);
  neighbour = await newCitizen(app, "buur@example.nl", "Buurvrouw");
  addStaff(app, "fysio@example.nl", "Fysiotherapie Woerden Centrum");
  addStaff(app, "bemiddeling@example.nl", "Burenhulp Bemiddeling Utrecht West");
  addStaff(app, "andere-fysio@example.nl", "Fysio Vecht en Venen");
});
afterAll(async () => {
  await app?.stop();
});

describe("Powerful Ageing: the practice decides after its intake", () => {
  it("enrols a citizen, who then has the sessions in the calendar feed", async () => {
    const cohort = one<{ id: number }>(
      "SELECT c.id FROM physio_cohorts c WHERE c.provider_id = ? ORDER BY c.start_date LIMIT 1",
      providerId("Fysiotherapie Woerden Centrum"),
    );
    const { id, status } = await requestOffer(citizen, `cohort:${cohort.id}`);
    expect(status).toBe("intake_requested");

    const other = new Client(app.baseUrl);
    await other.login("andere-fysio@example.nl");
    expect(textOf(await (await other.get("/aanbieder/aanvragen")).text())).not.toContain("Wilma Jansen");
    await other.post("/aanbieder/aanvragen", { action: "enrol", requestId: String(id) });
    expect(one<{ status: string }>("SELECT status FROM help_requests WHERE id = ?", id).status).toBe(
      "intake_requested",
    );

    const practice = new Client(app.baseUrl);
    await practice.login("fysio@example.nl");
    const page = textOf(await (await practice.get("/aanbieder/aanvragen")).text());
    // Before enrolling the practice sees the area and the needs, not who (issue 16: after accepting).
    expect(page).not.toContain("Wilma Jansen");
    expect(page).toContain("Inwoner in 3441");
    expect(page).toContain("3441, schoonmaken, traplopen moeilijk");
    expect(page).not.toMatch(/inkomen|income/i);
    const res = await practice.post("/aanbieder/aanvragen", { action: "enrol", requestId: String(id) });
    expect(textOf(await (await practice.get("/aanbieder/aanvragen")).text())).toContain("Wilma Jansen");
    expect(res.headers.get("location")).toBe("/aanbieder/aanvragen?melding=saved");
    expect(one<{ status: string }>("SELECT status FROM help_requests WHERE id = ?", id).status).toBe("enrolled");

    const mijn = await (await citizen.get("/mijn")).text();
    // Offered to subscribe to (webcal) and to download; the link text is no raw address.
    const calendarUrl = /href="([^"]+)"[^>]*data-testid="calendar-link"/.exec(mijn)?.[1] ?? "";
    expect(calendarUrl).toMatch(/^webcal:\/\/[^/]+\/agenda\/[a-z2-7]{32}\.ics$/);
    const feed = await fetch(calendarUrl.replace(/^webcal:\/\/[^/]+/, app.baseUrl));
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toMatch(/^text\/calendar/);
    const ics = await feed.text();
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(28); // 14 weeks × 2 sessions
    expect(ics).toContain("SUMMARY:Powerful Ageing: Fysiotherapie Woerden Centrum");
    expect((await fetch(`${app.baseUrl}/agenda/${"a".repeat(32)}.ics`)).status).toBe(404);
  });
});

describe("informal pgb: the mediator records the match", () => {
  it("matches with the helper's first name and start date, or declines with a reason", async () => {
    const mediator = providerId("Burenhulp Bemiddeling Utrecht West");
    const first = await requestOffer(citizen, `mediation:${mediator}`);
    expect(first.status).toBe("mediation_requested");
    const staff = new Client(app.baseUrl);
    await staff.login("bemiddeling@example.nl");
    // A mediator does not need to know about mobility limits (health data).
    const list = textOf(await (await staff.get("/aanbieder/aanvragen")).text());
    expect(list).toContain("Inwoner in 3441");
    expect(list).not.toContain("Wilma Jansen");
    expect(list).not.toContain("traplopen moeilijk");
    const bad = await staff.post("/aanbieder/aanvragen", {
      action: "match",
      requestId: String(first.id),
      helperFirstName: "",
      helperStartDate: "2026-13-01",
    });
    expect(bad.status).toBe(400); // refused at the fields, in Dutch (request-forms.test.ts)
    // A start a few days ahead: the form takes one from two weeks ago up to a year ahead.
    const start = dayAfter(new Date().toISOString().slice(0, 10), 3);
    await staff.post("/aanbieder/aanvragen", {
      action: "match",
      requestId: String(first.id),
      helperFirstName: "Fatima",
      helperStartDate: start,
    });
    expect(
      one("SELECT status, helper_first_name AS n, helper_start_date AS d FROM help_requests WHERE id = ?", first.id),
    ).toEqual({
      status: "matched",
      n: "Fatima",
      d: start,
    });
    expect(textOf(await (await citizen.get(`/mijn/aanvragen/${first.id}`)).text())).toContain(
      `U bent gekoppeld aan Fatima. De hulp begint op ${formatDay(start, "nl")}.`,
    );

    const second = await requestOffer(neighbour, `mediation:${mediator}`);
    await staff.post("/aanbieder/aanvragen", {
      action: "decline",
      requestId: String(second.id),
      reason: "Geen hulp beschikbaar in uw wijk",
    });
    expect(textOf(await (await neighbour.get(`/mijn/aanvragen/${second.id}`)).text())).toContain(
      "De aanbieder heeft uw aanvraag afgewezen: Geen hulp beschikbaar in uw wijk",
    );
  });
});

describe("ZIN: position and expected wait", () => {
  it("shows the citizen's place in line at the consultant", async () => {
    const zin = providerId("Thuiszorg Groene Hart");
    // The demo data has someone waiting in Woerden already.
    const ahead = one<{ n: number }>(
      "SELECT count(*) AS n FROM help_requests WHERE kind = 'zin' AND status = 'submitted' AND municipality_code = 'GM0632'",
    ).n;
    const a = await requestOffer(citizen, `zin:${zin}`);
    const b = await requestOffer(neighbour, `zin:${zin}`);
    expect(textOf(await (await citizen.get(`/mijn/aanvragen/${a.id}`)).text())).toContain(
      `U staat op plaats ${ahead + 1} bij de consulent van de gemeente.`,
    );
    expect(textOf(await (await neighbour.get(`/mijn/aanvragen/${b.id}`)).text())).toContain(
      `U staat op plaats ${ahead + 2} bij de consulent van de gemeente.`,
    );
  });
});

describe("a held cleaner time", () => {
  it("cannot be called off visit by visit, and warns before booking a first visit within 24 hours, at the fee cancelling then costs", async () => {
    const ans = providerId("Schoonmaakhulp Ans de Vries");
    const citizen = await newCitizen(app, "houdt.vast@example.nl");
    const [first] = await offeredSlots(citizen, ans);
    const { id } = await requestOffer(citizen, `cleaner:${ans}`, { slotId: first as number });
    moveVisit(app, id, 0, Date.now() + 3 * 3_600_000);
    const held = await (await citizen.get(`/mijn/aanvragen/${id}`)).text();
    const text = textOf(held);
    expect(text).toContain("De bezoeken die we voor u vasthouden");
    expect(text).not.toContain("Dit bezoek afzeggen");
    const warning = /binnen 24 uur\. Boekt u deze tijd, dan kost afzeggen van dat bezoek (€ [\d.]*\d,\d\d)/.exec(
      text,
    )?.[1];
    expect(warning).toBeDefined();
    // Booked, the cancel confirmation of the whole request asks the same amount.
    expect((await citizen.post(`/mijn/aanvragen/${id}`, { intent: "confirm" })).status).toBe(302);
    const quoted = textOf(await (await citizen.get(`/mijn/aanvragen/${id}?annuleren=1`)).text());
    expect(quoted).toContain(`Ja, annuleren en ${warning} betalen`);
  });
});

describe("a booked cleaner", () => {
  it("moves to another weekly time without a fee the move never quoted: a visit within 24 hours stays", async () => {
    const ans = providerId("Schoonmaakhulp Ans de Vries");
    const mover = await newCitizen(app, "verzet.zonder.kosten@example.nl");
    const [first] = await offeredSlots(mover, ans);
    const { id } = await requestOffer(mover, `cleaner:${ans}`, { slotId: first as number });
    expect((await mover.post(`/mijn/aanvragen/${id}`, { intent: "confirm" })).status).toBe(302);
    // Its first visit is in two hours: cancelling it now would cost the late fee.
    const soon = moveVisit(app, id, 0, Date.now() + 2 * 3_600_000);
    const html = await (await mover.get(`/mijn/aanvragen/${id}`)).text();
    expect(textOf(html)).toContain("Een bezoek in de komende 24 uur blijft staan, zonder kosten");
    // A time the page offers: from the week after the visit that stays (no week with two).
    const offered = [...html.matchAll(/name="slotId" value="(\d+)"/g)].map((m) => Number(m[1]));
    const second = offered[0];
    expect(second).toBeDefined();
    const moved = await mover.post(`/mijn/aanvragen/${id}`, {
      intent: "change-slot",
      slotId: String(second),
    });
    expect(moved.headers.get("location")).toBe(`/mijn/aanvragen/${id}?melding=slot_changed`);
    expect(one("SELECT status, request_id AS r FROM cleaner_slots WHERE id = ?", soon)).toEqual({
      status: "booked",
      r: id,
    });
    expect(one<{ n: number }>("SELECT count(*) AS n FROM payments WHERE request_id = ?", id).n).toBe(0);
  });

  it("moves to another weekly time in one step, and takes a complaint", async () => {
    const ans = providerId("Schoonmaakhulp Ans de Vries");
    const slot = one<{ id: number }>(
      "SELECT id FROM cleaner_slots WHERE provider_id = ? AND status = 'free' ORDER BY starts_at LIMIT 1",
      ans,
    );
    const { id } = await requestOffer(citizen, `cleaner:${ans}`, { slotId: slot.id });
    expect((await citizen.post(`/mijn/aanvragen/${id}`, { intent: "confirm" })).status).toBe(302);
    const before = app.db().prepare("SELECT id FROM cleaner_slots WHERE request_id = ? ORDER BY starts_at").all(id) as {
      id: number;
    }[];
    const other = one<{ id: number }>(
      "SELECT id FROM cleaner_slots WHERE provider_id = ? AND status = 'free' ORDER BY starts_at DESC LIMIT 1",
      ans,
    );
    const moved = await citizen.post(`/mijn/aanvragen/${id}`, { intent: "change-slot", slotId: String(other.id) });
    expect(moved.headers.get("location")).toBe(`/mijn/aanvragen/${id}?melding=slot_changed`);
    const after = app.db().prepare("SELECT id FROM cleaner_slots WHERE request_id = ? ORDER BY starts_at").all(id) as {
      id: number;
    }[];
    expect(after.map((a) => a.id)).toContain(other.id);
    // The old visits are free again, except one within 24 hours: it stays, without a fee.
    const soon = Date.now() + 24 * 3_600_000;
    for (const b of before) {
      const row = one<{ status: string; startsAt: number; requestId: number | null }>(
        "SELECT status, starts_at AS startsAt, request_id AS requestId FROM cleaner_slots WHERE id = ?",
        b.id,
      );
      if (row.startsAt > soon) expect(row.status).toBe("free");
      else expect(row).toMatchObject({ status: "booked", requestId: id });
    }
    expect(one<{ n: number }>("SELECT count(*) AS n FROM payments WHERE request_id = ?", id).n).toBe(0);
    const taken = await citizen.post(`/mijn/aanvragen/${id}`, {
      intent: "change-slot",
      slotId: String(before[0]?.id === other.id ? 0 : 999999),
    });
    expect(taken.headers.get("location")).toBe(`/mijn/aanvragen/${id}?melding=slot_gone`);

    const tooShort = await citizen.post(`/mijn/aanvragen/${id}`, { intent: "complaint", text: "nee" });
    expect(tooShort.status).toBe(400);
    expect(textOf(await tooShort.text())).toContain("Beschrijf uw klacht in 5 tot 2000 tekens.");
    expect(
      (
        await citizen.post(`/mijn/aanvragen/${id}`, {
          intent: "complaint",
          text: "De hulp kwam twee keer niet opdagen.",
        })
      ).status,
    ).toBe(302);
    expect(
      one("SELECT status, provider_id AS p, municipality_code AS m FROM complaints WHERE request_id = ?", id),
    ).toEqual({
      status: "received",
      p: ans,
      m: "GM0632",
    });
  });
});

describe("a family member requests for the citizen", () => {
  const query = helpQuery();

  it("needs the citizen's consent, and records who acted and how they are related", async () => {
    const zin = providerId("Thuiszorg Groene Hart");
    const url = `/hulp/aanvragen?offer=zin:${zin}&${query}`;
    const before = one<{ n: number }>("SELECT count(*) AS n FROM help_requests").n;
    const noConsent = await citizen.post(url, {
      forWhom: "other",
      actingName: "Wilma Jansen",
      actingRelation: "dochter",
    });
    expect(noConsent.status).toBe(400);
    expect(textOf(await noConsent.text())).toContain("Vraag eerst toestemming en vink dit daarna aan.");
    expect(one<{ n: number }>("SELECT count(*) AS n FROM help_requests").n).toBe(before);

    const ok = await citizen.post(url, {
      forWhom: "other",
      actingName: "Wilma Jansen",
      actingRelation: "dochter",
      consent: "on",
      ...addressFields(),
    });
    expect(ok.status).toBe(302);
    const id = Number(/aanvragen\/(\d+)/.exec(ok.headers.get("location") ?? "")?.[1]);
    expect(
      one(
        "SELECT acting_for_name AS n, acting_relation AS r, acting_consent AS c, status FROM help_requests WHERE id = ?",
        id,
      ),
    ).toEqual({
      n: "Wilma Jansen",
      r: "dochter",
      c: 1,
      status: "submitted",
    });
  });

  it("sends someone who is not logged in to the login page and back", async () => {
    const res = await fetch(`${app.baseUrl}/hulp/aanvragen?offer=zin:1&${query}`, { redirect: "manual" });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get("location") ?? "", app.baseUrl);
    expect(location.pathname).toBe("/inloggen");
    const back = new URL(location.searchParams.get("redirectTo") ?? "", app.baseUrl);
    expect(back.pathname).toBe("/hulp/aanvragen");
    expect(back.searchParams.get("offer")).toBe("zin:1");
    expect(back.searchParams.get("postcode")).toBe("3441AB");
  });
});
