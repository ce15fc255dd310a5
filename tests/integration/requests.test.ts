// Requesting and booking over HTTP: exactly one winner for the last slot or seat, holds that
// expire by themselves, weekly bookings, cancellation that frees capacity.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressFields } from "../support/address";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO } from "../support/client";
import { cancelThroughConfirmation, newCitizens, readersOf, WOERDEN_HELP } from "../support/factories";

let app: AppServer;
const helpRequest = WOERDEN_HELP;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const { one, providerId } = readersOf(() => app);

/** The request API, with a valid address (asked at the first request) unless the body gives its own. */
function post(client: Client, body: Record<string, unknown>) {
  return client.request("/api/v1/requests", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ contact: addressFields(), ...body }),
  });
}

describe("the last free slot", () => {
  it("goes to exactly one of 100 simultaneous requests; the others get 409 and nothing is written", async () => {
    const ans = providerId("Schoonmaakhulp Ans de Vries");
    const free = app
      .db()
      .prepare("SELECT id FROM cleaner_slots WHERE provider_id = ? AND status = 'free' ORDER BY starts_at DESC")
      .all(ans) as {
      id: number;
    }[];
    // The horizon's last visit: no later week of its time, so it is a weekly time on its own.
    const last = free[0]?.id as number;
    // Everything else of this cleaner is booked already.
    app.db().prepare("UPDATE cleaner_slots SET status = 'booked' WHERE provider_id = ? AND id <> ?").run(ans, last);
    const people = await newCitizens(app, "race", 10);
    const before = one<{ n: number }>("SELECT count(*) AS n FROM help_requests").n;
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        post(people[i % people.length] as Client, { offerId: `cleaner:${ans}`, slotId: last, helpRequest }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(99);
    // Others were too late; a citizen's own repeats are told they already asked.
    const errors = new Set(
      await Promise.all(responses.filter((r) => r.status === 409).map(async (r) => (await r.json()).error)),
    );
    expect(errors.has("no_capacity")).toBe(true);
    for (const e of errors) expect(["no_capacity", "already_requested"]).toContain(e);
    expect(one<{ n: number }>("SELECT count(*) AS n FROM help_requests").n).toBe(before + 1);
    expect(one("SELECT status, request_id IS NOT NULL AS claimed FROM cleaner_slots WHERE id = ?", last)).toEqual({
      status: "held",
      claimed: 1,
    });
  });

  it("frees an expired hold by itself, so the next person can take the slot", async () => {
    const ans = providerId("Schoonmaakhulp Ans de Vries");
    const held = one<{ id: number; request_id: number }>(
      "SELECT id, request_id FROM cleaner_slots WHERE provider_id = ? AND status = 'held'",
      ans,
    );
    app
      .db()
      .prepare("UPDATE cleaner_slots SET hold_expires_at = ? WHERE id = ?")
      .run(Date.now() - 1000, held.id);
    app
      .db()
      .prepare("UPDATE help_requests SET hold_expires_at = ? WHERE id = ?")
      .run(Date.now() - 1000, held.request_id);
    const [next] = await newCitizens(app, "next", 1);
    const res = await post(next as Client, { offerId: `cleaner:${ans}`, slotId: held.id, helpRequest });
    expect(res.status).toBe(201);
    expect((await res.json()).status).toBe("held");
  });
});

describe("booking a cleaner", () => {
  it("holds for 15 minutes, books weekly on confirmation, and frees the visits on cancellation", async () => {
    const ans = providerId("Schoonmaakhulp Ans de Vries");
    app
      .db()
      .prepare(
        "UPDATE cleaner_slots SET status = 'free', request_id = NULL, hold_expires_at = NULL WHERE provider_id = ? AND request_id IS NULL",
      )
      .run(ans);
    const first = one<{ id: number; window_id: number }>(
      "SELECT id, window_id FROM cleaner_slots WHERE provider_id = ? AND status = 'free' ORDER BY starts_at LIMIT 1",
      ans,
    );
    const client = new Client(app.baseUrl);
    await client.login(DEMO.citizen);
    const res = await post(client, { offerId: `cleaner:${ans}`, slotId: first.id, helpRequest });
    expect(res.status).toBe(201);
    const { id, holdExpiresAt } = await res.json();
    const minutes = (Date.parse(holdExpiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);

    const confirm = await client.post(`/mijn/aanvragen/${id}`, { intent: "confirm" });
    expect(confirm.status).toBe(302);
    const booked = app
      .db()
      .prepare("SELECT starts_at AS s FROM cleaner_slots WHERE request_id = ? AND status = 'booked' ORDER BY s")
      .all(id) as { s: number }[];
    expect(booked.length).toBeGreaterThan(1); // the same visit in the coming weeks
    const weekday = (ms: number) =>
      new Intl.DateTimeFormat("en-GB", {
        timeZone: "Europe/Amsterdam",
        weekday: "long",
        hour: "2-digit",
        minute: "2-digit",
      }).format(ms);
    for (const b of booked) expect(weekday(b.s)).toBe(weekday(booked[0]?.s as number));
    expect(one<{ status: string }>("SELECT status FROM help_requests WHERE id = ?", id).status).toBe("booked");

    // Cancelling is confirmed first, at what it costs (a visit may start within 24 hours).
    const cancel = await cancelThroughConfirmation(client, id);
    expect(cancel.status).toBe(302);
    expect(one<{ n: number }>("SELECT count(*) AS n FROM cleaner_slots WHERE request_id = ?", id).n).toBe(0);
    expect(one<{ status: string }>("SELECT status FROM help_requests WHERE id = ?", id).status).toBe("cancelled");
    const timeline = app.db().prepare("SELECT status FROM request_events WHERE request_id = ? ORDER BY id").all(id);
    expect(timeline).toEqual([{ status: "held" }, { status: "booked" }, { status: "cancelled" }]);
  });

  it("does not let another citizen see or change someone's request", async () => {
    const owner = new Client(app.baseUrl);
    await owner.login(DEMO.citizen);
    const ans = providerId("Schoonmaakhulp Ans de Vries");
    const slot = one<{ id: number }>(
      "SELECT id FROM cleaner_slots WHERE provider_id = ? AND status = 'free' ORDER BY starts_at LIMIT 1",
      ans,
    );
    const { id } = await (await post(owner, { offerId: `cleaner:${ans}`, slotId: slot.id, helpRequest })).json();
    const [other] = await newCitizens(app, "other", 1);
    expect((await (other as Client).get(`/mijn/aanvragen/${id}`)).status).toBe(404);
    expect((await (other as Client).post(`/mijn/aanvragen/${id}`, { intent: "cancel" })).status).toBe(404);
    expect(one<{ status: string }>("SELECT status FROM help_requests WHERE id = ?", id).status).toBe("held");
  });
});

describe("the last seat in a Powerful Ageing group", () => {
  it("goes to exactly one of 50 simultaneous requests", async () => {
    const cohort = one<{ id: number }>(
      "SELECT c.id FROM physio_cohorts c JOIN providers p ON p.id = c.provider_id WHERE p.name = 'Fysiotherapie Woerden Centrum' ORDER BY c.start_date LIMIT 1",
    );
    app.db().prepare("UPDATE physio_cohorts SET seats = 1 WHERE id = ?").run(cohort.id);
    const people = await newCitizens(app, "seat", 5);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        post(people[i % people.length] as Client, { offerId: `cohort:${cohort.id}`, helpRequest }),
      ),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 409)).toHaveLength(49);
    expect(one<{ n: number }>("SELECT count(*) AS n FROM help_requests WHERE cohort_id = ?", cohort.id).n).toBe(1);
  });
});

describe("ZIN and the API's edges", () => {
  it("sends a ZIN request to the municipality as submitted", async () => {
    const client = new Client(app.baseUrl);
    await client.login(DEMO.citizen);
    const zin = providerId("Thuiszorg Groene Hart");
    const res = await post(client, { offerId: `zin:${zin}`, helpRequest });
    expect(res.status).toBe(201);
    expect((await res.json()).status).toBe("submitted");
  });

  it("answers 401 without a session, 403 for staff, 400 for bad bodies, 409 when nothing fits", async () => {
    const anonymous = await fetch(`${app.baseUrl}/api/v1/requests`, {
      method: "POST",
      body: "{}",
      headers: { "Content-Type": "application/json" },
    });
    expect(anonymous.status).toBe(401);
    const staff = new Client(app.baseUrl);
    await staff.login(DEMO.consultant);
    expect((await post(staff, { offerId: "zin", helpRequest })).status).toBe(403);
    const client = new Client(app.baseUrl);
    await client.login(DEMO.citizen);
    expect((await post(client, { helpRequest })).status).toBe(400);
    expect((await post(client, { offerId: "zin:1", helpRequest: { ...helpRequest, birthYear: "oud" } })).status).toBe(
      400,
    );
    expect((await post(client, { offerId: "nonsense", helpRequest })).status).toBe(400);
    // Nested values are refused per field in Dutch, however deep (a deep one overflowed the stack: a 500).
    const deep = `${"[".repeat(10_000)}"cleaning"${"]".repeat(10_000)}`;
    for (const needs of [deep, '[["cleaning"]]', '{"cleaning":true}']) {
      const body = JSON.stringify({ offerId: "zin:1", helpRequest }).replace(/"needs":\[[^\]]*\]/, `"needs":${needs}`);
      expect(body).toContain(needs);
      const nested = await client.request("/api/v1/requests", {
        method: "POST",
        body,
        headers: { "Content-Type": "application/json" },
      });
      expect(nested.status).toBe(400);
      expect(await nested.json()).toMatchObject({ errors: { "helpRequest.needs": expect.stringMatching(/^[A-Z]/) } });
    }
    expect(
      (
        await client.request("/api/v1/requests", {
          method: "POST",
          body: "{not json",
          headers: { "Content-Type": "application/json" },
        })
      ).status,
    ).toBe(400);
    // A young person without a mobility limit: no cohort fits, so there is nothing to claim.
    const cohort = one<{ id: number }>("SELECT id FROM physio_cohorts ORDER BY id LIMIT 1");
    const noFit = await post(client, {
      offerId: `cohort:${cohort.id}`,
      helpRequest: { ...helpRequest, birthYear: 1990, mobility: [] },
    });
    expect(noFit.status).toBe(409);
    expect(await noFit.json()).toMatchObject({ error: "no_capacity" });
  });
});

describe("one request per citizen per offer", () => {
  it("answers 409 already_requested to the same citizen asking twice", async () => {
    const [someone] = await newCitizens(app, "twice", 1);
    const mediator = providerId("Burenhulp Bemiddeling Utrecht West");
    expect((await post(someone as Client, { offerId: `mediation:${mediator}`, helpRequest })).status).toBe(201);
    const again = await post(someone as Client, { offerId: `mediation:${mediator}`, helpRequest });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: "already_requested" });
  });
});
