// Issue 15, blockers 1 and 2: a cleaner's weekly time has one price wherever it is shown (the API,
// the options page, the booking page, the request page, /mijn), and only a time free every week
// is offered as one: a single date freed by a cancellation is not.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatEuro } from "~/i18n";
import { addressFields } from "../support/address";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import { createApiKey, helpQuery, newCitizen, providerId, requestOffer, WOERDEN_HELP } from "../support/factories";

let app: AppServer;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

type Slot = {
  slotId: number;
  start: string;
  end: string;
  durationMinutes: number;
  weekly: boolean;
  citizenCostPerVisitCents: number;
  citizenCostPerMonthCents: number;
  municipalityCostPerVisitCents: number;
  municipalityCostPerMonthCents: number;
};
type Answer = { options: { offerId: string; citizenCostPerMonthCents: number; slots: Slot[] }[] };

async function cleanerSlots(client: Client, offerId: string): Promise<Slot[]> {
  const answer = (await (await client.get(`/api/v1/options?${helpQuery()}`)).json()) as Answer;
  return answer.options.find((o) => o.offerId === offerId)?.slots ?? [];
}

// textOf folds the non-breaking space Intl puts after "€" like any other space.
const euro = (cents: number) => formatEuro(cents, "nl").replace(/\s/g, " ");

describe("a cleaner's weekly time", () => {
  it("has the same duration and price per visit and per month in the API and on every page", async () => {
    const ans = providerId(app, "Schoonmaakhulp Ans de Vries");
    const offerId = `cleaner:${ans}`;
    const citizen = await newCitizen(app, "een.prijs@example.nl");
    const slots = await cleanerSlots(citizen, offerId);
    expect(slots.length).toBeGreaterThan(1);
    const rate = app.db().prepare("SELECT hourly_rate_cents AS r FROM providers WHERE id = ?").get(ans) as {
      r: number;
    };
    for (const s of slots) {
      expect(s.weekly).toBe(true);
      expect(s.durationMinutes).toBe((Date.parse(s.end) - Date.parse(s.start)) / 60_000);
      // Woerden has no HHT in the demo: the citizen pays the whole visit.
      expect(s.citizenCostPerVisitCents + s.municipalityCostPerVisitCents).toBe(
        Math.round((s.durationMinutes * rate.r) / 60),
      );
      expect(s.citizenCostPerMonthCents).toBe(Math.round((s.citizenCostPerVisitCents * 52) / 12));
    }
    // The demo cleaner's visits differ in length, so her times differ in price.
    const months = slots.map((s) => s.citizenCostPerMonthCents);
    const low = Math.min(...months);
    const high = Math.max(...months);
    expect(high).toBeGreaterThan(low);

    const options = textOf(await (await citizen.get(`/hulp/opties?${helpQuery()}`)).text());
    // A weekly visit × 52 / 12 is an average month, and the length of the visit sets the price.
    expect(options).toContain(
      `gemiddeld ${euro(low)} – ${euro(high)} per maand, afhankelijk van hoe lang het bezoek duurt`,
    );
    expect(options).toContain(`Uurtarief ${euro(rate.r)} per uur`);
    // And the hours: the need is an estimate, the times have their own lengths.
    const hours = (m: number) => (m / 60).toLocaleString("nl-NL");
    const lengths = slots.map((s) => s.durationMinutes);
    expect(options).toContain(
      `de vrije tijden hieronder duren ${hours(Math.min(...lengths))} tot ${hours(Math.max(...lengths))} uur`,
    );
    const booking = textOf(await (await citizen.get(`/hulp/aanvragen?offer=${offerId}&${helpQuery()}`)).text());
    for (const s of slots) {
      const line = `${euro(s.citizenCostPerVisitCents)} per bezoek, gemiddeld ${euro(s.citizenCostPerMonthCents)} per maand`;
      expect(options).toContain(line);
      expect(booking).toContain(line);
    }

    // The dearest time, booked: the request page and /mijn say what the options said.
    const dearest = slots.find((s) => s.citizenCostPerMonthCents === high) as Slot;
    const { id } = await requestOffer(citizen, offerId, { slotId: dearest.slotId });
    const held = textOf(await (await citizen.get(`/mijn/aanvragen/${id}`)).text());
    expect(held).toContain(`gemiddeld ${euro(dearest.citizenCostPerMonthCents)} per maand`);
    expect(held).toContain("Nog niet geboekt");
    expect((await citizen.post(`/mijn/aanvragen/${id}`, { intent: "confirm" })).status).toBe(302);
    const page = textOf(await (await citizen.get(`/mijn/aanvragen/${id}`)).text());
    expect(page).toContain(`Wat u betaalt gemiddeld ${euro(dearest.citizenCostPerMonthCents)} per maand`);
    expect(page).toContain(`kost ${euro(dearest.citizenCostPerVisitCents)}`);
    expect(page).toContain(`u betaalt gemiddeld ${euro(dearest.citizenCostPerMonthCents)} per maand`);
    expect(page).toMatch(/\d+ bezoeken staan vast, het laatste op/);
    const mine = textOf(await (await citizen.get("/mijn")).text());
    expect(mine).toContain(`gemiddeld ${euro(dearest.citizenCostPerMonthCents)} per maand`);
  });

  it("is not offered when one date of it came free: a cancelled visit is not a weekly time", async () => {
    const ans = providerId(app, "Schoonmaakhulp Ans de Vries");
    const offerId = `cleaner:${ans}`;
    const booker = await newCitizen(app, "zegt.een.af@example.nl", "Zeger Afzegger");
    const [first] = await cleanerSlots(booker, offerId);
    const { id } = await requestOffer(booker, offerId, { slotId: (first as Slot).slotId });
    expect((await booker.post(`/mijn/aanvragen/${id}`, { intent: "confirm" })).status).toBe(302);
    // The whole weekly time is hers: every week of it.
    const visits = app
      .db()
      .prepare("SELECT id FROM cleaner_slots WHERE request_id = ? AND status = 'booked' ORDER BY starts_at")
      .all(id) as { id: number }[];
    expect(visits.length).toBeGreaterThan(2);
    // She cancels the second visit (more than 24 hours ahead: free).
    const freed = (visits[1] as { id: number }).id;
    const cancelled = await booker.post(`/mijn/aanvragen/${id}`, { intent: "cancel-visit", slotId: String(freed) });
    expect(cancelled.headers.get("location")).toContain("visit_cancelled");
    expect(app.db().prepare("SELECT status FROM cleaner_slots WHERE id = ?").get(freed)).toEqual({ status: "free" });

    const other = await newCitizen(app, "zoekt.een.tijd@example.nl");
    const offered = await cleanerSlots(other, offerId);
    expect(offered.map((s) => s.slotId)).not.toContain(freed);
    // Each time is offered once, by its first free week, not again for every later week.
    const weekly = offered.map((s) => {
      const at = new Date(s.start);
      return `${at.getUTCDay()}|${new Intl.DateTimeFormat("nl-NL", { timeStyle: "short", timeZone: "Europe/Amsterdam" }).format(at)}`;
    });
    expect(new Set(weekly).size).toBe(weekly.length);
    // Asking for the freed date anyway is refused, and nothing is held.
    const asked = await other.request("/api/v1/requests", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ offerId, slotId: freed, helpRequest: WOERDEN_HELP, contact: addressFields() }),
    });
    expect(asked.status).toBe(409);
    expect(app.db().prepare("SELECT status FROM cleaner_slots WHERE id = ?").get(freed)).toEqual({ status: "free" });

    // Someone moving a booking is not offered it either, and moving to it is refused.
    const mover = await newCitizen(app, "wil.verzetten@example.nl");
    const [time] = await cleanerSlots(mover, offerId);
    const moving = await requestOffer(mover, offerId, { slotId: (time as Slot).slotId });
    expect((await mover.post(`/mijn/aanvragen/${moving.id}`, { intent: "confirm" })).status).toBe(302);
    const page = await (await mover.get(`/mijn/aanvragen/${moving.id}`)).text();
    const choices = [...page.matchAll(/name="slotId"[^>]*value="(\d+)"|value="(\d+)"[^>]*name="slotId"/g)].map((m) =>
      Number(m[1] ?? m[2]),
    );
    expect(choices.length).toBeGreaterThan(0);
    expect(choices).not.toContain(freed);
    // Each time to move to says its own length and price, the same as the options give it.
    const listed = await cleanerSlots(mover, offerId);
    const both = listed.filter((s) => choices.includes(s.slotId));
    expect(both.length).toBeGreaterThan(0);
    const moveSection = textOf(page.slice(page.indexOf('id="change-title"')));
    for (const s of both) {
      expect(moveSection).toContain(`${euro(s.citizenCostPerVisitCents)} per bezoek`);
      expect(moveSection).toContain(`gemiddeld ${euro(s.citizenCostPerMonthCents)} per maand`);
    }
    const moved = await mover.post(`/mijn/aanvragen/${moving.id}`, { intent: "change-slot", slotId: String(freed) });
    expect(moved.headers.get("location")).toContain("slot_gone");
    expect(app.db().prepare("SELECT status FROM cleaner_slots WHERE id = ?").get(freed)).toEqual({ status: "free" });
  });

  it("is not made from a new window whose time a booking of another window takes in some week", async () => {
    // The outside attack: a booked Sunday series, one of its visits cancelled, then the window
    // replaced by an overlapping one; the one free week of the new time was sold as weekly.
    const ans = providerId(app, "Schoonmaakhulp Ans de Vries");
    const offerId = `cleaner:${ans}`;
    const cleaner = new Client(app.baseUrl);
    await cleaner.login(DEMO.cleaner);
    const key = await createApiKey(cleaner);
    const put = async (records: unknown[]) =>
      (
        await fetch(`${app.baseUrl}/api/v1/capacity`, {
          method: "PUT",
          headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
          body: JSON.stringify({ records }),
        })
      ).status;
    const sunday = (s: Slot) =>
      new Intl.DateTimeFormat("en-GB", { weekday: "short", timeZone: "Europe/Amsterdam" }).format(new Date(s.start)) ===
      "Sun";
    const window = (externalRef: string, endTime: string, visitMinutes: number) => ({
      type: "cleaner_window",
      externalRef,
      weekday: 7,
      startTime: "10:00",
      endTime,
      visitMinutes,
    });
    expect(await put([window("zondag-a", "11:30", 90)])).toBe(200);
    const booker = await newCitizen(app, "zondag.vast@example.nl");
    const time = (await cleanerSlots(booker, offerId)).find(sunday);
    expect(time).toBeDefined();
    const { id } = await requestOffer(booker, offerId, { slotId: (time as Slot).slotId });
    expect((await booker.post(`/mijn/aanvragen/${id}`, { intent: "confirm" })).status).toBe(302);
    const visits = app
      .db()
      .prepare("SELECT id FROM cleaner_slots WHERE request_id = ? AND status = 'booked' ORDER BY starts_at")
      .all(id) as { id: number }[];
    expect(visits.length).toBeGreaterThan(2);
    const second = (visits[1] as { id: number }).id;
    const cancelled = await booker.post(`/mijn/aanvragen/${id}`, {
      intent: "cancel-visit",
      slotId: String(second),
      quoted: "0",
    });
    expect(cancelled.headers.get("location")).toContain("visit_cancelled");
    // The window goes; one overlapping it, with shorter visits, comes in its place.
    expect(await put([{ type: "cleaner_window", externalRef: "zondag-a", deleted: true }])).toBe(200);
    expect(await put([window("zondag-b", "12:00", 60)])).toBe(200);
    // Its 10:00 and 11:00 meet the booked Sundays in the other weeks: neither is a weekly time.
    const other = await newCitizen(app, "zondag.ook@example.nl");
    expect((await cleanerSlots(other, offerId)).filter(sunday)).toEqual([]);
    // The booking itself keeps its weeks.
    expect(
      app.db().prepare("SELECT count(*) AS n FROM cleaner_slots WHERE request_id = ? AND status = 'booked'").get(id),
    ).toEqual({ n: visits.length - 1 });
  });
});
