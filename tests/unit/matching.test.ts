// Every rule and reason code of DESIGN.md's matching engine, on hand-computed figures.
import { describe, expect, it } from "vitest";
import { monthlyCents } from "~/domain/costs";
import {
  abonnementstariefCents,
  compareOptions,
  distanceKm,
  draagkrachtThresholdCents,
  estimateMinutesPerWeek,
  estimateWaitDays,
  financiallyAble,
  type HelpRequest,
  type MatchCapacity,
  type MatchContext,
  type Option,
  type PolicyValues,
} from "~/domain/matching";
import { matchOptions } from "~/domain/options/match-options";
import { policy2026 } from "../support/policy";

// The seeded 2026 policy (DESIGN.md / DOMAIN.md figures).
const policy: PolicyValues = policy2026;

const today = "2026-11-23";
const woerden = { lat: 52.0856, lon: 4.8835 };
const nearby = { lat: 52.09, lon: 4.9 }; // about 1.3 km
const far = { lat: 52.3, lon: 5.2 }; // about 32 km

const request: HelpRequest = {
  postcode: "3441AB",
  birthYear: 1948, // 78 in 2026
  household: "single",
  partnerUnderAow: false,
  incomeCents: null,
  needs: ["cleaning"],
  mobility: ["stairs"],
  network: "none",
  start: today,
};

const slot = (slotId: number, day: string) => {
  const startsAt = new Date(`${day}T08:00:00Z`);
  const endsAt = new Date(startsAt.getTime() + 120 * 60_000);
  return { slotId, day, startsAt, endsAt, start: startsAt.toISOString(), end: endsAt.toISOString() };
};

const capacity: MatchCapacity = {
  zin: [
    {
      providerId: 1,
      providerName: "Thuiszorg Groene Hart",
      weeks: [{ newClients: 2, earliestStart: "2026-12-01" }],
      waitingList: 0,
    },
  ],
  cleaners: [
    {
      providerId: 5,
      providerName: "Schoonmaakhulp Ans de Vries",
      hourlyRateCents: 2450,
      acceptsHht: true,
      home: nearby,
      maxTravelKm: 15,
      slots: [slot(101, "2026-11-24"), slot(102, "2026-12-01")],
    },
  ],
  mediators: [{ providerId: 10, providerName: "Burenhulp Bemiddeling Utrecht West", newMatchesThisMonth: 3 }],
  cohorts: [
    {
      providerId: 12,
      providerName: "Fysiotherapie Woerden Centrum",
      cohortId: 7,
      startDate: "2026-12-07",
      seatsFree: 4,
      location: nearby,
    },
  ],
};

const ctx: MatchContext = { policy, capacity, citizen: woerden, today };
const byKind = (options: Option[], kind: Option["kind"]) => options.filter((o) => o.kind === kind);
const only = (options: Option[], kind: Option["kind"]) => {
  const found = byKind(options, kind);
  expect(found).toHaveLength(1);
  return found[0] as Option;
};

describe("hours and money", () => {
  it("estimates hours from the needs: cleaning 2.0, laundry +0.5, heavy cleaning +1.0", () => {
    expect(estimateMinutesPerWeek(["cleaning"], policy)).toBe(120);
    expect(estimateMinutesPerWeek(["cleaning", "laundry", "heavy_cleaning"], policy)).toBe(210);
    expect(estimateMinutesPerWeek([], policy)).toBe(0);
  });

  it("turns a weekly amount into a monthly one (× 52 / 12) in whole cents, half up", () => {
    expect(monthlyCents(120, 3180)).toBe(27560); // 2 h × €31.80 × 52/12
    expect(monthlyCents(120, 2450)).toBe(21233); // 21233.33…
    expect(monthlyCents(30, 1)).toBe(2); // 2.1667 → 2
    expect(monthlyCents(90, 1)).toBe(7); // 6.5 → 7 (half up)
  });
});

describe("abonnementstarief", () => {
  it("is the policy amount for most households", () => {
    expect(abonnementstariefCents(request, policy, today)).toBe(2180);
    expect(abonnementstariefCents({ ...request, household: "couple", partnerUnderAow: false }, policy, today)).toBe(
      2180,
    );
  });

  it("is €0 for a household of two with a partner under AOW age", () => {
    expect(abonnementstariefCents({ ...request, household: "couple", partnerUnderAow: true }, policy, today)).toBe(0);
  });

  it("is €0 for a client under 18", () => {
    expect(abonnementstariefCents({ ...request, birthYear: 2010 }, policy, today)).toBe(0);
    // Turning 18 this year: may still be 17, so the estimate gives the benefit of the doubt.
    expect(abonnementstariefCents({ ...request, birthYear: 2008 }, policy, today)).toBe(0);
    expect(abonnementstariefCents({ ...request, birthYear: 2007 }, policy, today)).toBe(2180);
  });
});

describe("draagkracht (financial capacity)", () => {
  it("uses 150% of the social minimum for the household type", () => {
    expect(draagkrachtThresholdCents(request, policy, today)).toBe(229532); // single, AOW age: 153021 × 1.5
    expect(draagkrachtThresholdCents({ ...request, birthYear: 1970 }, policy, today)).toBe(205359); // single
    expect(draagkrachtThresholdCents({ ...request, household: "couple" }, policy, today)).toBe(314247); // couple AOW
    expect(draagkrachtThresholdCents({ ...request, household: "couple", partnerUnderAow: true }, policy, today)).toBe(
      293370,
    );
  });

  it("is able from the threshold on; unknown income is never able", () => {
    expect(financiallyAble({ ...request, incomeCents: 229532 }, policy, today)).toBe(true);
    expect(financiallyAble({ ...request, incomeCents: 229531 }, policy, today)).toBe(false);
    expect(financiallyAble({ ...request, incomeCents: null }, policy, today)).toBe(false);
  });
});

describe("own strength", () => {
  it("is listed only when someone around can help for free, at no cost", () => {
    expect(byKind(matchOptions(request, ctx), "own_strength")).toEqual([]);
    expect(byKind(matchOptions({ ...request, network: "some" }, ctx), "own_strength")).toEqual([]);
    const own = only(matchOptions({ ...request, network: "can_provide" }, ctx), "own_strength");
    expect(own).toMatchObject({
      eligible: true,
      recommended: true,
      reasons: ["network_can_provide"],
      citizenCostPerMonthCents: 0,
      municipalityCostPerMonthCents: 0,
    });
  });
});

describe("Powerful Ageing", () => {
  it("fits from the minimum age with a mobility limit and a cohort within 8 weeks and 15 km, free for the citizen", () => {
    const pa = only(matchOptions(request, ctx), "powerful_ageing");
    expect(pa).toMatchObject({
      eligible: true,
      recommended: true,
      offerId: "cohort:7",
      reasons: ["mobility_limit"],
      earliestStart: "2026-12-07",
      waitDays: 14,
      citizenCostPerMonthCents: 0,
      municipalityCostPerMonthCents: 18571, // €650 / 3.5 months
    });
    expect(pa.distanceKm).toBeLessThan(2);
  });

  it("names each reason it does not fit", () => {
    expect(only(matchOptions({ ...request, birthYear: 1980 }, ctx), "powerful_ageing")).toMatchObject({
      eligible: false,
      reasons: ["too_young"],
    });
    expect(only(matchOptions({ ...request, mobility: [] }, ctx), "powerful_ageing")).toMatchObject({
      eligible: false,
      reasons: ["no_mobility_limit"],
    });
    expect(only(matchOptions({ ...request, birthYear: 1980, mobility: [] }, ctx), "powerful_ageing").reasons).toEqual([
      "too_young",
      "no_mobility_limit",
    ]);
  });

  it.each([
    ["starts more than 8 weeks after the preferred start", { startDate: "2027-01-19" }],
    ["is more than 15 km away", { location: far }],
    ["has no free seat", { seatsFree: 0 }],
    ["started before the preferred start", { startDate: "2026-11-20" }],
  ])("has no cohort nearby when the only cohort %s", (_label, change) => {
    const cohort = { ...(capacity.cohorts[0] as MatchCapacity["cohorts"][number]), ...change };
    const pa = only(matchOptions(request, { ...ctx, capacity: { ...capacity, cohorts: [cohort] } }), "powerful_ageing");
    expect(pa).toMatchObject({ eligible: false, reasons: ["no_cohort_nearby"], providerId: null });
  });

  it("is exactly 55 at the minimum age", () => {
    expect(only(matchOptions({ ...request, birthYear: 1971 }, ctx), "powerful_ageing").eligible).toBe(true); // 55
    expect(only(matchOptions({ ...request, birthYear: 1972 }, ctx), "powerful_ageing").eligible).toBe(false); // 54
  });
});

describe("private cleaner", () => {
  it("fits with a free slot, costs hours × rate for the citizen and shows up to 5 slots", () => {
    const cleaner = only(matchOptions(request, ctx), "private_cleaner");
    expect(cleaner).toMatchObject({
      eligible: true,
      recommended: false, // income unknown and no HHT
      reasons: ["free_slot"],
      earliestStart: "2026-11-24",
      citizenCostPerMonthCents: 21233,
      municipalityCostPerMonthCents: 0,
      slots: [
        { slotId: 101, start: "2026-11-24T08:00:00.000Z" },
        { slotId: 102, start: "2026-12-01T08:00:00.000Z" },
      ],
    });
  });

  it("is recommended when the citizen can afford it (financially_able), never required", () => {
    const cleaner = only(matchOptions({ ...request, incomeCents: 300000 }, ctx), "private_cleaner");
    expect(cleaner).toMatchObject({ eligible: true, recommended: true, reasons: ["free_slot", "financially_able"] });
  });

  it("is recommended with the HHT subsidy, showing the subsidised price and the municipality's share", () => {
    const cleaner = only(
      matchOptions(request, { ...ctx, policy: { ...policy, hhtSubsidyPerHourCents: 500 } }),
      "private_cleaner",
    );
    expect(cleaner).toMatchObject({
      recommended: true,
      reasons: ["free_slot", "hht_subsidy"],
      citizenCostPerMonthCents: 16900, // 2 h × (€24.50 − €5.00) × 52/12
      municipalityCostPerMonthCents: 4333, // 2 h × €5.00 × 52/12
    });
  });

  it("gives no subsidy through a cleaner who does not take HHT", () => {
    const cleaners = [{ ...(capacity.cleaners[0] as MatchCapacity["cleaners"][number]), acceptsHht: false }];
    const cleaner = only(
      matchOptions(request, {
        ...ctx,
        policy: { ...policy, hhtSubsidyPerHourCents: 500 },
        capacity: { ...capacity, cleaners },
      }),
      "private_cleaner",
    );
    expect(cleaner).toMatchObject({
      recommended: false,
      citizenCostPerMonthCents: 21233,
      municipalityCostPerMonthCents: 0,
    });
  });

  it("does not fit without a free slot from the preferred start, or beyond the cleaner's travel distance", () => {
    const late = only(matchOptions({ ...request, start: "2026-12-02" }, ctx), "private_cleaner");
    expect(late).toMatchObject({ eligible: false, reasons: ["no_free_slot"], slots: [] });
    const cleaners = [{ ...(capacity.cleaners[0] as MatchCapacity["cleaners"][number]), home: far }];
    const tooFar = only(matchOptions(request, { ...ctx, capacity: { ...capacity, cleaners } }), "private_cleaner");
    expect(tooFar).toMatchObject({ eligible: false, reasons: ["outside_travel_distance", "free_slot"] });
  });

  it("is shown, not left out, when no cleaner serves the municipality", () => {
    const none = only(matchOptions(request, { ...ctx, capacity: { ...capacity, cleaners: [] } }), "private_cleaner");
    expect(none).toMatchObject({ eligible: false, providerId: null, reasons: ["no_provider"] });
  });
});

describe("informal pgb with mediation", () => {
  it("fits with a mediator with room; the citizen pays the abonnementstarief", () => {
    const pgb = only(matchOptions(request, ctx), "pgb_informal");
    expect(pgb).toMatchObject({
      eligible: true,
      recommended: false,
      reasons: ["mediation_capacity"],
      citizenCostPerMonthCents: 2180,
      // 2 h × €15.90 × 52/12 = 13780, + €250/12 = 2083, − 2180
      municipalityCostPerMonthCents: 13683,
    });
  });

  it("is recommended when someone could help if paid", () => {
    const pgb = only(matchOptions({ ...request, network: "some" }, ctx), "pgb_informal");
    expect(pgb).toMatchObject({ recommended: true, reasons: ["mediation_capacity", "network_if_paid"] });
  });

  it("does not fit when the mediator has no room this month", () => {
    const mediators = [{ providerId: 10, providerName: "Burenhulp", newMatchesThisMonth: 0 }];
    expect(only(matchOptions(request, { ...ctx, capacity: { ...capacity, mediators } }), "pgb_informal")).toMatchObject(
      {
        eligible: false,
        reasons: ["no_mediation_capacity"],
      },
    );
  });
});

describe("ZIN", () => {
  it("is eligible and recommended with a need and unknown income", () => {
    const zin = only(matchOptions(request, ctx), "zin");
    expect(zin).toMatchObject({
      eligible: true,
      recommended: true,
      reasons: ["need_present", "place_available", "income_unknown"],
      earliestStart: "2026-12-01",
      waitDays: 8,
      citizenCostPerMonthCents: 2180,
      municipalityCostPerMonthCents: 25380, // 27560 − 2180
    });
  });

  it("stays eligible when the citizen can afford help (law before policy), only not recommended", () => {
    const zin = only(matchOptions({ ...request, incomeCents: 500000 }, ctx), "zin");
    expect(zin).toMatchObject({
      eligible: true,
      recommended: false,
      reasons: ["need_present", "place_available", "financially_able"],
    });
  });

  it("is recommended below the threshold", () => {
    expect(only(matchOptions({ ...request, incomeCents: 150000 }, ctx), "zin").recommended).toBe(true);
  });

  it("costs the citizen nothing with a partner under AOW age", () => {
    const zin = only(matchOptions({ ...request, household: "couple", partnerUnderAow: true }, ctx), "zin");
    expect(zin).toMatchObject({ citizenCostPerMonthCents: 0, municipalityCostPerMonthCents: 27560 });
    expect(zin.reasons).toContain("tariff_exempt");
  });

  it("without room becomes a waiting-list option with a wait derived from the published intake", () => {
    const zin = [
      {
        providerId: 1,
        providerName: "Groene Hart",
        weeks: [{ newClients: 0, earliestStart: "2026-12-01" }],
        waitingList: 9,
      },
    ];
    const noIntake = only(matchOptions(request, { ...ctx, capacity: { ...capacity, zin } }), "zin");
    expect(noIntake).toMatchObject({
      eligible: true,
      reasons: ["need_present", "waiting_list", "income_unknown"],
      waitDays: null,
    });

    expect(estimateWaitDays(9, [{ newClients: 2 }, { newClients: 0 }])).toBe(70); // 10 people at 1 a week
    expect(estimateWaitDays(0, [{ newClients: 3 }])).toBe(7);
  });

  it("is never silently left out when no provider published capacity", () => {
    const zin = only(matchOptions(request, { ...ctx, capacity: { ...capacity, zin: [] } }), "zin");
    expect(zin).toMatchObject({
      eligible: true,
      providerId: null,
      offerId: "zin",
      reasons: ["need_present", "waiting_list", "no_capacity_published", "income_unknown"],
    });
  });

  it("is not eligible without a need", () => {
    expect(only(matchOptions({ ...request, needs: [] }, ctx), "zin")).toMatchObject({
      eligible: false,
      reasons: ["no_need", "place_available", "income_unknown"],
    });
  });
});

describe("the order", () => {
  it("puts eligible before not eligible, recommended before not, then the ladder", () => {
    const options = matchOptions({ ...request, network: "can_provide" }, ctx);
    expect(options.map((o) => `${o.kind}:${o.eligible ? "E" : "-"}${o.recommended ? "R" : "-"}`)).toEqual([
      "own_strength:ER",
      "powerful_ageing:ER",
      "zin:ER",
      "private_cleaner:E-",
      "pgb_informal:E-",
    ]);
  });

  it("puts a Powerful Ageing option that does not fit (no mobility limit) after all that fit, the recommended ZIN first", () => {
    const options = matchOptions({ ...request, mobility: [] }, ctx);
    expect(options.map((o) => `${o.kind}:${o.eligible ? "E" : "-"}${o.recommended ? "R" : "-"}`)).toEqual([
      "zin:ER",
      "private_cleaner:E-",
      "pgb_informal:E-",
      "powerful_ageing:--",
    ]);
  });

  it("income never makes an option not fit: it only moves ZIN from recommended to also possible", () => {
    const rich = matchOptions({ ...request, incomeCents: 10_000_00 }, ctx);
    expect(rich.every((o) => o.eligible)).toBe(true);
    expect(only(rich, "zin").recommended).toBe(false);
    expect(rich.map((o) => o.kind)).toEqual(["powerful_ageing", "private_cleaner", "pgb_informal", "zin"]);
  });

  it("within a kind: earliest start, then distance, then name", () => {
    const base: Option = {
      kind: "private_cleaner",
      providerId: 1,
      providerName: "B",
      offerId: "x",
      eligible: true,
      recommended: false,
      reasons: [],
      earliestStart: "2026-12-01",
      distanceKm: 5,
      hoursPerWeek: 2,
      hourlyRateCents: 2450,
      citizenCostPerMonthCents: 0,
      municipalityCostPerMonthCents: 0,
      waitDays: 0,
      slots: [],
    };
    const sorted = [
      { ...base, providerName: "C" },
      { ...base, providerName: "A" },
      { ...base, distanceKm: 2 },
      { ...base, earliestStart: "2026-11-30" },
      { ...base, earliestStart: null },
    ].sort(compareOptions);
    expect(sorted.map((o) => `${o.earliestStart}|${o.distanceKm}|${o.providerName}`)).toEqual([
      "2026-11-30|5|B",
      "2026-12-01|2|B",
      "2026-12-01|5|A",
      "2026-12-01|5|C",
      "null|5|B",
    ]);
  });

  it("treats a preferred start in the past as today", () => {
    expect(only(matchOptions({ ...request, start: "2020-01-01" }, ctx), "private_cleaner").earliestStart).toBe(
      "2026-11-24",
    );
  });
});

describe("distanceKm", () => {
  it("measures between PC4 points", () => {
    // Woerden (3441) to Mijdrecht (3641): about 13.5 km as the crow flies
    expect(distanceKm({ lat: 52.0856, lon: 4.8835 }, { lat: 52.2061, lon: 4.8618 })).toBeCloseTo(13.5, 0);
    expect(distanceKm(woerden, woerden)).toBe(0);
  });
});

describe("ZIN waiting lists", () => {
  const withQueue = (waitingList: number, weeks: { newClients: number; earliestStart: string }[]) => ({
    ...ctx,
    capacity: { ...capacity, zin: [{ providerId: 1, providerName: "Groene Hart", weeks, waitingList }] },
  });

  it("puts you behind the people already waiting, with the wait from the weekly intake", () => {
    const weeks = [
      { newClients: 2, earliestStart: "2026-11-24" },
      { newClients: 0, earliestStart: "2026-12-08" },
    ];
    const zin = only(matchOptions(request, withQueue(5, weeks)), "zin");
    // 6 people (5 waiting + you) at 1 a week on average: 42 days.
    expect(zin).toMatchObject({ eligible: true, waitDays: 42, earliestStart: "2027-01-04" });
    expect(zin.reasons).toContain("waiting_list");
    expect(zin.reasons).not.toContain("place_available");
  });

  it("offers the place when nobody is waiting", () => {
    const zin = only(matchOptions(request, withQueue(0, [{ newClients: 1, earliestStart: "2026-11-30" }])), "zin");
    expect(zin).toMatchObject({ waitDays: 7, earliestStart: "2026-11-30" });
    expect(zin.reasons).toContain("place_available");
  });
});

describe("a cleaner without an hourly rate", () => {
  it("is not eligible, with its reason", () => {
    const cleaners = [{ ...(capacity.cleaners[0] as MatchCapacity["cleaners"][number]), hourlyRateCents: null }];
    const cleaner = only(matchOptions(request, { ...ctx, capacity: { ...capacity, cleaners } }), "private_cleaner");
    expect(cleaner).toMatchObject({ eligible: false, reasons: ["no_rate", "free_slot"] });
  });
});
