// Issue 15: the options page lists the options in the API's order (one function, matchOptions),
// read top to bottom: what we recommend first, then what also fits, then what does not fit now.
// The walk's case: a 78-year-old in Woerden without trouble moving saw a Powerful Ageing card that
// does not fit her first, and the recommended ZIN option fourth.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { textOf } from "../support/client";
import { helpQuery } from "../support/factories";

let app: AppServer;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

type ApiOption = { offerId: string; kind: string; eligible: boolean; recommended: boolean };

const mother = (mobility: string[]) =>
  helpQuery({
    postcode: "3441AB",
    birthYear: new Date().getFullYear() - 78,
    household: "single",
    needs: ["cleaning"],
    mobility,
    network: "none",
  });

async function both(query: string) {
  const api = (await (await fetch(`${app.baseUrl}/api/v1/options?${query}`)).json()) as { options: ApiOption[] };
  const res = await fetch(`${app.baseUrl}/hulp/opties?${query}`);
  expect(res.status).toBe(200);
  const html = await res.text();
  const page = [...html.matchAll(/<article data-offer="([^"]+)"/g)].map((m) => m[1]);
  return { api: api.options, page, html };
}

describe("/hulp/opties and GET /api/v1/options list the same options in the same order", () => {
  for (const [who, query] of [
    ["the mother, no trouble moving", mother([])],
    ["the mother, stairs", mother(["stairs"])],
    ["the daughter for her mother, rising from a chair", `${mother(["chair_rise"])}&person=mother`],
  ] as const) {
    it(`for ${who}`, async () => {
      const { api, page, html } = await both(query);
      expect(api.length).toBeGreaterThan(2);
      expect(page).toEqual(api.map((o) => o.offerId));
      // The first card is recommended; nothing that does not fit comes before something that does.
      expect(api[0]?.recommended).toBe(true);
      const lastFit = api.map((o) => o.eligible).lastIndexOf(true);
      const firstMisfit = api.findIndex((o) => !o.eligible);
      if (firstMisfit >= 0) expect(firstMisfit).toBeGreaterThan(lastFit);
      // The page says why the order is as it is: the tiers are headed.
      const text = textOf(html);
      expect(text).toContain(
        "Bovenaan staat wat we u aanraden, daarna wat ook kan, en als laatste wat nu niet past. In elk deel staat de lichtste hulp eerst.",
      );
      const tiers = [...html.matchAll(/<h2[^>]*id="tier-([a-zA-Z]+)"/g)].map((m) => m[1]);
      expect(tiers[0]).toBe("recommended");
    });
  }

  it("puts the Powerful Ageing card that does not fit her last, under 'Past nu niet', with why", async () => {
    const { api, html } = await both(mother([]));
    const pa = api.find((o) => o.kind === "powerful_ageing");
    expect(pa?.eligible).toBe(false);
    expect(api.at(-1)?.offerId).toBe(pa?.offerId);
    expect(api[0]?.kind).toBe("zin");
    const notFitting = html.split('id="tier-notFitting"')[1] ?? "";
    expect(textOf(notFitting)).toContain("Deze hulp past nu niet bij uw antwoorden");
    expect(textOf(notFitting)).toContain("U heeft geen moeite met traplopen of opstaan.");
    expect(html.indexOf('data-offer="zin:')).toBeLessThan(html.indexOf('data-offer="powerful_ageing"'));
  });

  it("sends the browser only what the cards show (the loader's data is in every page)", async () => {
    const { html } = await both(mother(["stairs"]));
    const data = [...html.matchAll(/enqueue\(([\s\S]*?)\);<\/script>/g)].map((m) => m[1]).join("");
    expect(data).toContain("citizenCostPerVisitCents");
    for (const unused of ["municipalityCostPerMonthCents", "municipalityCostPerVisitCents", "providerId"]) {
      expect(data).not.toContain(unused);
    }
  });
});
