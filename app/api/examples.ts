// The examples of the API document: data as the API takes and gives it, checked against the
// document's own schemas by tests/unit/openapi.test.ts.
import { hsdsPage, toHsdsService } from "~/domain/hsds";
import type { DirectoryEntry, IdFor } from "~/domain/hsds-types";
import type { JsonObject } from "./json-schema";

// One example per record type, without its `type`.
const zinWeekExample: JsonObject = {
  externalRef: "woerden-2026-w49",
  municipalityCode: "GM0632",
  weekStart: "2026-11-30",
  hoursPerWeek: 12.5,
  newClients: 3,
  earliestStart: "2026-12-01",
};
const zinWaitingListExample: JsonObject = { externalRef: "wachtlijst-woerden", municipalityCode: "GM0632", length: 17 };
const cleanerWindowExample: JsonObject = {
  externalRef: "dinsdag-ochtend",
  weekday: 2,
  startTime: "09:00",
  endTime: "12:30",
  visitMinutes: 90,
};
const cleanerExceptionExample: JsonObject = {
  externalRef: "kerst-2026",
  fromDate: "2026-12-24",
  toDate: "2026-12-28",
  reason: "Kerstvakantie",
};
const mediationMonthExample: JsonObject = {
  externalRef: "woerden-2026-12",
  municipalityCode: "GM0632",
  month: "2026-12",
  newMatches: 4,
};
const helperPoolExample: JsonObject = { externalRef: "pool", helpers: 23 };
const cohortExample: JsonObject = {
  externalRef: "sterk-ouder-worden-2027-01",
  startDate: "2027-01-11",
  sessions: [
    { weekday: 1, time: "10:00" },
    { weekday: 4, time: "10:00" },
  ],
  seats: 12,
  location: "Fysiotherapie Woerden-Centrum, oefenzaal",
  locationPostcode: "3441 AB",
};

// Five weekly times of a cleaner at €24.50 an hour without HHT, each priced as the booking charges it.
const slotExamples = [
  { start: "2026-12-01T08:00:00.000Z", minutes: 180 },
  { start: "2026-12-03T08:00:00.000Z", minutes: 90 },
  { start: "2026-12-03T09:30:00.000Z", minutes: 90 },
  { start: "2026-12-04T12:00:00.000Z", minutes: 120 },
  { start: "2026-12-04T14:00:00.000Z", minutes: 120 },
].map(({ start, minutes }, i) => {
  const perVisit = Math.round((minutes * 2450) / 60);
  return {
    slotId: 101 + i,
    start,
    end: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
    durationMinutes: minutes,
    weekly: true as const,
    citizenCostPerVisitCents: perVisit,
    citizenCostPerMonthCents: Math.round((perVisit * 52) / 12),
    municipalityCostPerVisitCents: 0,
    municipalityCostPerMonthCents: 0,
  };
});

/** The response to the example query on 23 November 2026 (Woerden, demo providers), best first. */
export const optionsExample = {
  request: {
    postcode: "3441AB",
    birthYear: 1948,
    household: "single",
    partnerUnderAow: false,
    income: 1800,
    needs: ["cleaning"],
    mobility: ["stairs"],
    network: "none",
    start: "2026-12-01",
  },
  municipality: { code: "GM0632", name: "Woerden" },
  options: [
    {
      kind: "powerful_ageing",
      providerId: 12,
      providerName: "Fysiotherapie Woerden Centrum",
      offerId: "cohort:3",
      eligible: true,
      recommended: true,
      reasons: ["mobility_limit"],
      earliestStart: "2027-01-11",
      distanceKm: 0,
      hoursPerWeek: 2,
      citizenCostPerMonthCents: 0,
      municipalityCostPerMonthCents: 18571,
      waitDays: 41,
      slots: [],
    },
    {
      kind: "zin",
      providerId: 1,
      providerName: "Thuiszorg Groene Hart",
      offerId: "zin:1",
      eligible: true,
      recommended: true,
      reasons: ["need_present", "place_available"],
      earliestStart: "2026-12-07",
      distanceKm: null,
      hoursPerWeek: 2,
      citizenCostPerMonthCents: 2180,
      municipalityCostPerMonthCents: 25380,
      waitDays: 6,
      slots: [],
    },
    {
      kind: "private_cleaner",
      providerId: 5,
      providerName: "Schoonmaakhulp Ans de Vries",
      offerId: "cleaner:5",
      eligible: true,
      recommended: false,
      reasons: ["free_slot"],
      earliestStart: "2026-12-01",
      distanceKm: 1,
      hoursPerWeek: 2,
      citizenCostPerMonthCents: 15925,
      municipalityCostPerMonthCents: 0,
      waitDays: 0,
      slots: slotExamples,
    },
    {
      kind: "pgb_informal",
      providerId: 10,
      providerName: "Burenhulp Bemiddeling Utrecht West",
      offerId: "mediation:10",
      eligible: true,
      recommended: false,
      reasons: ["mediation_capacity"],
      earliestStart: "2026-12-01",
      distanceKm: null,
      hoursPerWeek: 2,
      citizenCostPerMonthCents: 2180,
      municipalityCostPerMonthCents: 13683,
      waitDays: 0,
      slots: [],
    },
  ],
} satisfies JsonObject;

// Example ids: the API gives name-based UUIDs (version 5), stable across requests.
const exampleIds = new Map<string, string>();
const exampleId: IdFor = (name) => {
  let id = exampleIds.get(name);
  if (id === undefined) {
    id = `00000000-0000-5000-8000-${String(exampleIds.size + 1).padStart(12, "0")}`;
    exampleIds.set(name, id);
  }
  return id;
};

const EXAMPLE_DAY = "2026-11-23";
const confirmed = (time: string) => new Date(`${EXAMPLE_DAY}T${time}Z`);
const woerdenAreas = [
  { code: "GM0335", name: "Montfoort" },
  { code: "GM0589", name: "Oudewater" },
  { code: "GM0632", name: "Woerden" },
];
const noCapacity = { windows: [], cleanerVisits: null, zinWeeks: [], mediationMonths: [], cohorts: [] };

/** Demo providers serving Woerden as on 23 November 2026: a mediator, a practice and a private cleaner. */
export const servicesExampleEntries: DirectoryEntry[] = [
  {
    provider: {
      id: 10,
      kind: "pgb_mediator",
      name: "Burenhulp Bemiddeling Utrecht West",
      kvkNumber: "90000101",
      contactName: "Ingrid Vos",
      contactEmail: "bemiddeling@burenhulp.example",
      address: null,
      languages: ["nl"],
      home: null,
    },
    serviceAreas: [
      { code: "GM0736", name: "De Ronde Venen" },
      ...woerdenAreas,
      { code: "GM1904", name: "Stichtse Vecht" },
    ],
    ...noCapacity,
    mediationMonths: [
      { municipalityCode: "GM0632", month: "2026-11", newMatches: 4, taken: 1, confirmedAt: confirmed("07:30:00.000") },
      { municipalityCode: "GM0335", month: "2026-11", newMatches: 3, taken: 0, confirmedAt: confirmed("07:30:00.000") },
    ],
  },
  {
    provider: {
      id: 12,
      kind: "physio",
      name: "Fysiotherapie Woerden Centrum",
      kvkNumber: "90000123",
      contactName: "Laura Meijer",
      contactEmail: "praktijk@fysiowoerden.example",
      address: "Rijnstraat 42, 3441 BV Woerden",
      languages: ["nl", "en"],
      home: { pc4: "3441", place: "Woerden", province: "Utrecht" },
    },
    serviceAreas: woerdenAreas,
    ...noCapacity,
    cohorts: [
      {
        id: 4,
        startDate: "2026-12-08",
        weeks: 14,
        sessions: [
          { weekday: 2, time: "14:00" },
          { weekday: 5, time: "14:00" },
        ],
        seats: 10,
        taken: 10,
        location: "Fysiotherapie Woerden-Centrum, oefenzaal",
        confirmedAt: confirmed("09:05:00.000"),
      },
      {
        id: 3,
        startDate: "2027-01-11",
        weeks: 14,
        sessions: [
          { weekday: 1, time: "10:00" },
          { weekday: 4, time: "10:00" },
        ],
        seats: 12,
        taken: 2,
        location: "Fysiotherapie Woerden-Centrum, oefenzaal",
        confirmedAt: confirmed("09:05:00.000"),
      },
    ],
  },
  {
    provider: {
      id: 5,
      kind: "private_cleaner",
      name: "Schoonmaakhulp Ans de Vries",
      kvkNumber: "90000055",
      contactName: "Ans de Vries",
      contactEmail: "ans@schoonmaakhulp.example",
      address: null,
      languages: ["nl"],
      home: { pc4: "3447", place: "Woerden", province: "Utrecht" },
    },
    serviceAreas: woerdenAreas,
    ...noCapacity,
    windows: [
      {
        id: 1,
        weekday: 2,
        startTime: "09:00",
        endTime: "12:00",
        visitMinutes: 180,
        confirmedAt: confirmed("08:15:00.000"),
      },
      {
        id: 2,
        weekday: 4,
        startTime: "13:00",
        endTime: "16:00",
        visitMinutes: 90,
        confirmedAt: confirmed("08:15:00.000"),
      },
      {
        id: 3,
        weekday: 5,
        startTime: "09:00",
        endTime: "11:00",
        visitMinutes: 120,
        confirmedAt: confirmed("08:15:00.000"),
      },
    ],
    cleanerVisits: { free: 21, total: 28 },
  },
];

/** One record of every type, for reference; a real provider only sends the types of its own kind. */
export const exampleBatch = {
  records: [
    { type: "zin_week", ...zinWeekExample },
    { type: "zin_waiting_list", ...zinWaitingListExample },
    { type: "cleaner_window", ...cleanerWindowExample },
    { type: "cleaner_exception", ...cleanerExceptionExample },
    { type: "mediation_month", ...mediationMonthExample },
    { type: "helper_pool", ...helperPoolExample },
    { type: "cohort", ...cohortExample },
  ],
} satisfies JsonObject;

/** Each record type's example, as the record schemas' examples. */
export const recordExamples: Record<string, JsonObject> = Object.fromEntries(
  exampleBatch.records.map((r) => [String(r.type), r]),
);

export const deletionExample = { type: "cleaner_window", externalRef: "vrijdag-middag", deleted: true };

const storedZinWeek = (confirmedAt: string, ageDays: number) => ({
  type: "zin_week",
  ...zinWeekExample,
  updatedAt: "2026-11-23T08:15:00.000Z",
  confirmedAt,
  stale: false,
  ageDays,
});

export const capacityListExample = {
  providerId: 7,
  staleAfterDays: 14,
  records: [storedZinWeek("2026-11-27T08:15:00.000Z", 2)],
};

export const batchResultExample = {
  created: 0,
  updated: 0,
  unchanged: 1,
  deleted: 0,
  records: [storedZinWeek("2026-11-29T07:00:00.000Z", 0)],
  // A ZIN provider has no booked visits; a cleaner's would be listed here.
  visitsOutsideCapacity: [],
};

/** `GET /api/v1/services?municipality=GM0632&per_page=3`, built by the same code as the API's answer. */
export const servicesExample = JSON.parse(
  JSON.stringify(
    hsdsPage(
      servicesExampleEntries.map((e) => toHsdsService(e, exampleId, EXAMPLE_DAY)),
      4,
      1,
      3,
    ),
  ),
) as JsonObject;

export const errorExample = (error: string, message: string): JsonObject => ({ error, message });
