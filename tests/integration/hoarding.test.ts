// Issue 14, finding B: by varying the "acting for" name one account took all 12 seats of a
// cohort and every free visit of Woerden's only cleaner. Now an account asks for at most 3 people
// at a time (itself included), one live request per person per kind of help, at most 2 unconfirmed
// holds; the names are compared tidied; and all of it holds under parallel requests, through the
// forms and the JSON API at once.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressFields } from "../support/address";
import { type AppServer, startApp } from "../support/app-server";
import { type Client, textOf } from "../support/client";
import {
  bookCleaner,
  helpQuery,
  newCitizen,
  offeredSlots,
  readersOf,
  requestThroughForm,
  WOERDEN_HELP,
} from "../support/factories";

let app: AppServer;
const { one, all, providerId } = readersOf(() => app);

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const help = helpQuery();

/** The request form at /hulp/aanvragen, for someone else (no redirect followed). */
function formFor(client: Client, offer: string, name: string, extra: Record<string, string> = {}) {
  return client.post(`/hulp/aanvragen?offer=${offer}&${help}`, {
    forWhom: "other",
    actingName: name,
    actingRelation: "dochter",
    consent: "on",
    ...addressFields(),
    ...extra,
  });
}

/** The JSON API, for the account holder. */
function api(client: Client, offerId: string, slotId?: number) {
  return client.request("/api/v1/requests", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ offerId, slotId, helpRequest: WOERDEN_HELP, contact: addressFields() }),
  });
}

const accountId = (email: string) => one<{ id: number }>("SELECT id FROM users WHERE email = ?", email).id;

/** The account's requests that still take capacity, with who they are for. */
function liveRequests(email: string, kind: string) {
  return all<{ who: string | null; status: string }>(
    `SELECT acting_for_name AS who, status FROM help_requests
     WHERE citizen_user_id = ? AND kind = ? AND status NOT IN ('cancelled', 'declined', 'expired')`,
    accountId(email),
    kind,
  );
}

const cohortSeats = (id: number) => one<{ seats: number }>("SELECT seats FROM physio_cohorts WHERE id = ?", id).seats;
const seatsTaken = (id: number) =>
  one<{ n: number }>(
    "SELECT count(*) AS n FROM help_requests WHERE cohort_id = ? AND status IN ('intake_requested', 'enrolled')",
    id,
  ).n;

describe("a cohort", () => {
  it("gives one account at most 3 people's seats, however many names it sends at once (forms and API)", async () => {
    const email = "verzamelaar@example.nl";
    const hoarder = await newCitizen(app, email);
    const seats = cohortSeats(1);
    expect(seats).toBeGreaterThanOrEqual(12);
    const names = Array.from({ length: seats }, (_, i) => `Familielid ${i + 1}`);
    const answers = await Promise.all([
      ...names.map((name) => formFor(hoarder, "cohort:1", name)),
      api(hoarder, "cohort:1"),
      api(hoarder, "cohort:2"),
    ]);
    const made = answers.filter((r) => r.status === 302 || r.status === 201);
    expect(made.length).toBeLessThanOrEqual(3);
    expect(made.length).toBeGreaterThanOrEqual(1);
    for (const r of answers.filter((a) => a.status !== 302 && a.status !== 201)) expect(r.status).toBe(409);

    const live = liveRequests(email, "powerful_ageing");
    expect(live).toHaveLength(made.length);
    // Each person once, and no more than 3 people.
    const people = live.map((r) => (r.who ?? "").toLowerCase());
    expect(new Set(people).size).toBe(people.length);
    expect(people.length).toBeLessThanOrEqual(3);
    // The rest of the cohort is still there for others.
    expect(seatsTaken(1)).toBeLessThanOrEqual(3);
  });

  it("tells a family member in Dutch why a fourth person is refused", async () => {
    const email = "vierde@example.nl";
    const family = await newCitizen(app, email);
    for (const name of ["Moeder Bakker", "Vader Bakker", "Oom Bakker"])
      await requestThroughForm(family, "cohort:1", WOERDEN_HELP, {
        forWhom: "other",
        actingName: name,
        actingRelation: "familie",
        consent: "on",
      });
    const fourth = await formFor(family, "cohort:2", "Tante Bakker");
    expect(fourth.status).toBe(409);
    expect(textOf(await fourth.text())).toContain(
      "U heeft al lopende aanvragen voor 3 personen. Met één account vraagt u hulp voor ten hoogste 3 personen tegelijk (uzelf meegeteld).",
    );
    // The account holder is one of the 3 too, over the API with its documented reason.
    const self = await api(family, "cohort:2");
    expect(self.status).toBe(409);
    const body = (await self.json()) as { error: string; message: string };
    expect(body.error).toBe("too_many_people");
    expect(body.message).toMatch(/^U heeft al lopende aanvragen voor 3 personen/);
    // Cancelling one makes room again.
    const id = one<{ id: number }>(
      "SELECT id FROM help_requests WHERE citizen_user_id = ? AND acting_for_name = 'Oom Bakker'",
      accountId(email),
    ).id;
    const cancelled = await family.post(`/mijn/aanvragen/${id}`, { intent: "cancel" });
    expect(cancelled.status).toBe(302);
    expect((await formFor(family, "cohort:2", "Tante Bakker")).status).toBe(302);
  });
});

describe("the same person", () => {
  it("has one active request per kind of help, however the name is written", async () => {
    const email = "greet.dochter@example.nl";
    const daughter = await newCitizen(app, email);
    expect((await formFor(daughter, "cohort:1", "Greet Jansen")).status).toBe(302);
    for (const spelling of [
      " greet  jansen",
      "GREET JANSEN",
      "Gr\u200Beet\u00A0Jansen\uFEFF",
      "Ｇｒｅｅｔ Ｊａｎｓｅｎ",
    ]) {
      // Another cohort, the same kind of help.
      const again = await formFor(daughter, "cohort:2", spelling);
      expect(again.status, spelling).toBe(409);
      expect(textOf(await again.text()), spelling).toContain(
        "U heeft deze soort hulp al aangevraagd voor deze persoon.",
      );
    }
    expect(liveRequests(email, "powerful_ageing")).toEqual([{ who: "Greet Jansen", status: "intake_requested" }]);
    // A name stored tidied, whatever was typed around it.
    expect(
      (
        await formFor(
          daughter,
          `mediation:${providerId("Burenhulp Bemiddeling Utrecht West")}`,
          "  greet\u200B  jansen ",
        )
      ).status,
    ).toBe(302);
    expect(liveRequests(email, "pgb_informal")).toEqual([{ who: "greet jansen", status: "mediation_requested" }]);
    // Only invisible characters is no name at all.
    const blank = await formFor(daughter, "cohort:2", "\u200B\u200D");
    expect(blank.status).toBe(400);
  });

  it("is refused a second request of the same kind over the API (409 already_requested), as documented", async () => {
    const self = await newCitizen(app, "zelf.twee@example.nl");
    expect((await api(self, "cohort:1")).status).toBe(201);
    const second = await api(self, "cohort:2");
    expect(second.status).toBe(409);
    expect(await second.json()).toEqual({
      error: "already_requested",
      message: "U heeft deze soort hulp al aangevraagd voor deze persoon; kijk bij Mijn overzicht.",
    });
    const doc = (await (await self.get("/api/v1/openapi.json")).json()) as {
      paths: Record<string, { post: { responses: Record<string, { content: Record<string, { examples: object }> }> } }>;
    };
    const examples = JSON.stringify(doc.paths["/api/v1/requests"]?.post.responses["409"]?.content);
    for (const code of ["already_requested", "too_many_people", "too_many_holds"]) expect(examples).toContain(code);
  });
});

describe("a cleaner's free visits", () => {
  it("are held at most 2 at a time by one account, whatever it sends at once (forms and API)", async () => {
    const cleaner = providerId("Schoonmaakhulp Ans de Vries");
    const email = "alle.tijden@example.nl";
    const hoarder = await newCitizen(app, email);
    const free = await offeredSlots(hoarder, cleaner);
    expect(free.length).toBeGreaterThanOrEqual(4);
    const answers = await Promise.all(
      free.map((slotId, i) =>
        i % 3 === 0
          ? api(hoarder, `cleaner:${cleaner}`, slotId)
          : formFor(hoarder, `cleaner:${cleaner}`, `Buurvrouw ${i}`, { slotId: String(slotId) }),
      ),
    );
    const made = answers.filter((r) => r.status === 302 || r.status === 201).length;
    expect(made).toBeGreaterThanOrEqual(1);
    expect(made).toBeLessThanOrEqual(2);
    expect(liveRequests(email, "private_cleaner").length).toBe(made);
    const stillFree = one<{ n: number }>(
      `SELECT count(*) AS n FROM cleaner_slots WHERE provider_id = ? AND status = 'free' AND starts_at > ? AND id IN (${free.join(",")})`,
      cleaner,
      Date.now(),
    ).n;
    expect(stillFree).toBe(free.length - made);
    // A refused hold is told why, in Dutch.
    const refused = answers.find((r) => r.status === 409 && r.headers.get("content-type")?.includes("text/html"));
    expect(refused).toBeDefined();
  });

  it("says in Dutch that 2 holds are the most, and a citizen can still book as usual", async () => {
    const cleaner = providerId("Schoonmaakhulp Ans de Vries");
    // The holds of the test above have run out (a weekly time is held whole, so they held most of her weeks).
    app.db().prepare("UPDATE cleaner_slots SET hold_expires_at = 1 WHERE status = 'held'").run();
    app.db().prepare("UPDATE help_requests SET hold_expires_at = 1 WHERE status = 'held'").run();
    const neighbour = await newCitizen(app, "twee.vast@example.nl");
    const freeSlot = async () => (await offeredSlots(neighbour, cleaner))[0] as number;
    for (const name of ["Buurman Een", "Buurman Twee"]) {
      expect((await formFor(neighbour, `cleaner:${cleaner}`, name, { slotId: String(await freeSlot()) })).status).toBe(
        302,
      );
    }
    const third = await api(neighbour, `cleaner:${cleaner}`, await freeSlot());
    expect(third.status).toBe(409);
    expect(await third.json()).toMatchObject({ error: "too_many_holds" });
    const thirdForm = await formFor(neighbour, `cleaner:${cleaner}`, "Buurman Drie", {
      slotId: String(await freeSlot()),
    });
    expect(thirdForm.status).toBe(409);
    expect(textOf(await thirdForm.text())).toContain("U houdt al 2 tijden van een schoonmaker vast.");

    // Someone else books a weekly visit and asks for a programme for herself and her mother, as before.
    const citizen = await newCitizen(app, "gewoon.boeken@example.nl");
    await bookCleaner(citizen);
    await requestThroughForm(citizen, "cohort:2");
    await requestThroughForm(citizen, "cohort:2", WOERDEN_HELP, {
      forWhom: "other",
      actingName: "Moeder",
      actingRelation: "dochter",
      consent: "on",
    });
    expect(liveRequests("gewoon.boeken@example.nl", "private_cleaner")).toEqual([{ who: null, status: "booked" }]);
    expect(liveRequests("gewoon.boeken@example.nl", "powerful_ageing")).toHaveLength(2);
  });
});
