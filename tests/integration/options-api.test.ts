// GET /api/v1/options over HTTP against the seeded demo data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO } from "../support/client";

let app: AppServer;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const base = {
  postcode: "3441 ab",
  birthYear: "1948",
  household: "single",
  needs: "cleaning",
  mobility: "stairs",
  network: "none",
};

async function options(params: Record<string, string>) {
  const res = await fetch(`${app.baseUrl}/api/v1/options?${new URLSearchParams(params)}`);
  return { status: res.status, body: await res.json() };
}

type ApiOption = {
  kind: string;
  eligible: boolean;
  recommended: boolean;
  reasons: string[];
  providerName: string | null;
  slots: unknown[];
} & Record<string, unknown>;

describe("GET /api/v1/options", () => {
  it("answers with the request, the municipality and every option in the contract's shape, best first", async () => {
    const { status, body } = await options(base);
    expect(status).toBe(200);
    expect(body.request).toMatchObject({
      postcode: "3441AB",
      birthYear: 1948,
      household: "single",
      income: null,
      needs: ["cleaning"],
    });
    expect(body.municipality).toEqual({ code: "GM0632", name: "Woerden" });
    const list = body.options as ApiOption[];
    expect(Object.keys(list[0] ?? {})).toEqual([
      "kind",
      "providerId",
      "providerName",
      "offerId",
      "eligible",
      "recommended",
      "reasons",
      "earliestStart",
      "distanceKm",
      "hoursPerWeek",
      "citizenCostPerMonthCents",
      "municipalityCostPerMonthCents",
      "waitDays",
      "slots",
    ]);
    // Eligible and recommended first; every kind present.
    expect(new Set(list.map((o) => o.kind))).toEqual(
      new Set(["powerful_ageing", "private_cleaner", "pgb_informal", "zin"]),
    );
    const firstNotEligible = list.findIndex((o) => !o.eligible);
    if (firstNotEligible >= 0) expect(list.slice(firstNotEligible).every((o) => !o.eligible)).toBe(true);
    const zin = list.find((o) => o.kind === "zin");
    expect(zin).toMatchObject({
      providerName: "Thuiszorg Groene Hart",
      eligible: true,
      recommended: true,
      citizenCostPerMonthCents: 2180,
      municipalityCostPerMonthCents: 25380,
    });
    const cleaner = list.find((o) => o.kind === "private_cleaner" && o.eligible);
    expect(cleaner?.providerName).toBe("Schoonmaakhulp Ans de Vries");
    expect(cleaner?.slots.length).toBeGreaterThan(0);
    expect(cleaner?.slots.length).toBeLessThanOrEqual(5);
  });

  it("never shows pending providers, and drops a suspended one at once", async () => {
    const names = (list: ApiOption[]) => list.map((o) => o.providerName);
    const before = (await options(base)).body.options as ApiOption[];
    expect(names(before)).not.toContain("Montfoort Schoon");
    expect(names(before)).not.toContain("Thuishulp Utrecht West");
    expect(names(before)).toContain("Schoonmaakhulp Ans de Vries");
    const admin = new Client(app.baseUrl);
    await admin.login(DEMO.admin);
    const ans = (
      app.db().prepare("SELECT id FROM providers WHERE name = 'Schoonmaakhulp Ans de Vries'").get() as { id: number }
    ).id;
    expect((await admin.post(`/beheer/aanbieders/${ans}`, { to: "suspended", reason: "onderzoek" })).status).toBe(302);
    const after = (await options(base)).body.options as ApiOption[];
    expect(names(after)).not.toContain("Schoonmaakhulp Ans de Vries");
    expect(after.find((o) => o.kind === "private_cleaner")).toMatchObject({
      eligible: false,
      reasons: ["no_provider"],
    });
    expect((await admin.post(`/beheer/aanbieders/${ans}`, { to: "vetted" })).status).toBe(302);
  });

  it("makes options recommended by income, never ineligible", async () => {
    const rich = (await options({ ...base, income: "9000" })).body.options as ApiOption[];
    const zin = rich.find((o) => o.kind === "zin");
    expect(zin).toMatchObject({ eligible: true, recommended: false });
    expect(zin?.reasons).toContain("financially_able");
    expect(rich.find((o) => o.kind === "private_cleaner" && o.eligible)?.recommended).toBe(true);
  });

  it("answers 400 with a Dutch message per bad parameter", async () => {
    const { status, body } = await options({
      postcode: "12",
      birthYear: "19x8",
      household: "three",
      needs: "cleaning,ironing",
      mobility: "",
      network: "maybe",
      start: "2026-02-30",
      income: "-5",
    });
    expect(status).toBe(400);
    expect(body.errors).toEqual({
      postcode: "Een postcode heeft vier cijfers en eventueel twee letters, bijvoorbeeld 3441 AB of 3441.",
      birthYear: "Vul het geboortejaar in met vier cijfers, bijvoorbeeld 1948.",
      household: "Kies of u alleen of met iemand samenwoont.",
      needs: "Kies minstens één soort hulp.",
      network: "Kies of iemand in uw omgeving kan helpen.",
      start: "Vul een geldige datum in.",
      income: "Vul een bedrag in hele euro's in, of kies 'zeg ik liever niet'.",
    });
  });

  it("answers 400 for a postcode that does not exist", async () => {
    const { status, body } = await options({ ...base, postcode: "0999" });
    expect(status).toBe(400);
    expect(body.errors.postcode).toMatch(/postcode/);
    expect((await options({ ...base, postcode: "1000" })).status).toBe(400);
  });

  it("answers 404 with an explanation for a municipality that does not take part", async () => {
    const { status, body } = await options({ ...base, postcode: "1011AB" });
    expect(status).toBe(404);
    expect(body).toMatchObject({
      error: "municipality_not_participating",
      municipality: { code: "GM0363", name: "Amsterdam" },
    });
    expect(body.message).toMatch(/Amsterdam doet nog niet mee/);
  });

  it("ignores stale capacity: Vechtstreek's De Ronde Venen weeks give a waiting-list option", async () => {
    const drv = (await options({ ...base, postcode: "3641AB" })).body.options as ApiOption[];
    const vechtstreek = drv.find((o) => o.providerName === "Zorggroep Vechtstreek");
    expect(vechtstreek).toMatchObject({ eligible: true, waitDays: null });
    expect(vechtstreek?.reasons).toContain("waiting_list");
    expect(drv.find((o) => o.providerName === "Poetsbedrijf Mijdrecht")).toMatchObject({
      eligible: false,
      reasons: ["no_free_slot"],
    });
  });
});
