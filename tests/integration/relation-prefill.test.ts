// Issue 15: someone who answered "Voor mijn moeder" (or vader) in the questions finds the relation
// on the request and booking form already filled in ("zoon of dochter"), and can still change it.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressFields } from "../support/address";
import { type AppServer, startApp } from "../support/app-server";
import { textOf } from "../support/client";
import { helpQuery, newCitizen } from "../support/factories";

let app: AppServer;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

/** The relation input's value attribute on the form, or null when it has none. */
function relationValue(html: string): string | null {
  const input = /<input[^>]*name="actingRelation"[^>]*>/.exec(html)?.[0] ?? "";
  expect(input).not.toBe("");
  return /value="([^"]*)"/.exec(input)?.[1] ?? null;
}

describe("the relation on the request form", () => {
  it("is filled in from 'Voor wie zoekt u hulp?' for a mother or a father, on the booking form too", async () => {
    const citizen = await newCitizen(app, "relatie-moeder@example.nl", "Greet Jansen-de Wit");
    const options = await (await citizen.get(`/hulp/opties?${helpQuery()}&person=mother`)).text();
    const offers = [...options.matchAll(/href="\/hulp\/aanvragen\?offer=([^&"]+)/g)].map((m) => m[1] ?? "");
    expect(offers.some((o) => o.startsWith("cleaner%3A"))).toBe(true);
    for (const offer of offers) {
      for (const person of ["mother", "father"]) {
        const form = await (await citizen.get(`/hulp/aanvragen?offer=${offer}&${helpQuery()}&person=${person}`)).text();
        expect(relationValue(form), `${offer} ${person}`).toBe("zoon of dochter");
      }
    }
  });

  it("is empty when the answer does not tell (for oneself, or for someone else)", async () => {
    const citizen = await newCitizen(app, "relatie-ander@example.nl", "Piet Smit");
    for (const person of ["self", "other", ""]) {
      const form = await (
        await citizen.get(`/hulp/aanvragen?offer=consultation&${helpQuery()}&person=${person}`)
      ).text();
      expect(relationValue(form) ?? "", person).toBe("");
    }
  });

  it("stays editable: what the user writes instead is what the request says", async () => {
    const citizen = await newCitizen(app, "relatie-dochter@example.nl", "Greet Jansen-de Wit");
    const res = await citizen.post(`/hulp/aanvragen?offer=consultation&${helpQuery()}&person=mother`, {
      forWhom: "other",
      actingName: "Marie Jansen",
      actingRelation: "dochter",
      consent: "on",
      ...addressFields(),
    });
    expect(res.status).toBe(302);
    const text = textOf(await (await citizen.get(res.headers.get("location") ?? "")).text());
    expect(text).toContain("Aangevraagd voor Marie Jansen, door u als dochter");
  });
});
