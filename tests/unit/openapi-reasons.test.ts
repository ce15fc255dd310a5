// The documented reason codes are the ones the matching engine gives: the engine runs over a grid
// of requests and capacities, and every code it gives is documented, and every documented one given.
import { describe, expect, it } from "vitest";
import type { HelpRequest, MatchCapacity, MatchContext } from "~/domain/matching";
import { matchOptions } from "~/domain/options/match-options";
import { REASONS } from "~/schemas/api/options";
import { policy2026 } from "../support/policy";

const today = "2026-11-23";
const home = { lat: 52.0856, lon: 4.8835 };
const near = { lat: 52.09, lon: 4.9 };
const far = { lat: 52.3, lon: 5.2 };
const slot = (slotId: number, day: string) => {
  const startsAt = new Date(`${day}T08:00:00Z`);
  const endsAt = new Date(startsAt.getTime() + 120 * 60_000);
  return { slotId, day, startsAt, endsAt, start: startsAt.toISOString(), end: endsAt.toISOString() };
};

const capacities: MatchCapacity[] = [
  { zin: [], cleaners: [], mediators: [], cohorts: [] },
  {
    zin: [
      { providerId: 1, providerName: "A", weeks: [{ newClients: 2, earliestStart: "2026-12-01" }], waitingList: 0 },
      { providerId: 2, providerName: "B", weeks: [], waitingList: 12 },
    ],
    cleaners: [
      {
        providerId: 5,
        providerName: "C",
        hourlyRateCents: 2450,
        acceptsHht: true,
        home: near,
        maxTravelKm: 15,
        slots: [slot(101, "2026-11-24")],
      },
      {
        providerId: 6,
        providerName: "D",
        hourlyRateCents: null,
        acceptsHht: false,
        home: far,
        maxTravelKm: 5,
        slots: [],
      },
    ],
    mediators: [
      { providerId: 10, providerName: "E", newMatchesThisMonth: 3 },
      { providerId: 11, providerName: "F", newMatchesThisMonth: 0 },
    ],
    cohorts: [
      { providerId: 12, providerName: "G", cohortId: 7, startDate: "2026-12-07", seatsFree: 4, location: near },
      { providerId: 13, providerName: "H", cohortId: 8, startDate: "2027-06-07", seatsFree: 4, location: far },
    ],
  },
];

const base: HelpRequest = {
  postcode: "3441AB",
  birthYear: 1948,
  household: "single",
  partnerUnderAow: false,
  incomeCents: null,
  needs: ["cleaning"],
  mobility: ["stairs"],
  network: "none",
  start: today,
};

const requests: HelpRequest[] = [];
for (const network of ["none", "some", "can_provide"] as const) {
  for (const incomeCents of [null, 120_000, 900_000]) {
    for (const [birthYear, household, partnerUnderAow] of [
      [1948, "single", false],
      [1990, "couple", true],
      [2010, "single", false],
    ] as const) {
      for (const mobility of [[], ["stairs"]] as const) {
        for (const needs of [["cleaning"], []] as const) {
          requests.push({
            ...base,
            network,
            incomeCents,
            birthYear,
            household,
            partnerUnderAow,
            mobility: [...mobility],
            needs: [...needs],
          });
        }
      }
    }
  }
}

describe("reason codes", () => {
  it("are exactly the documented ones", () => {
    const given = new Set<string>();
    // With and without the municipality's household-help subsidy (HHT).
    const policies = [policy2026, { ...policy2026, hhtSubsidyPerHourCents: 1000 }];
    for (const [capacity, policy] of capacities.flatMap((c) => policies.map((p) => [c, p] as const))) {
      for (const request of requests) {
        const ctx: MatchContext = { policy, capacity, citizen: home, today };
        for (const option of matchOptions(request, ctx)) for (const reason of option.reasons) given.add(reason);
      }
    }
    const documented = Object.keys(REASONS);
    expect([...given].filter((r) => !documented.includes(r))).toEqual([]);
    expect(documented.filter((r) => !given.has(r))).toEqual([]);
  });
});
