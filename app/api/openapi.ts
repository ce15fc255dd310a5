// OpenAPI 3.1 description of the public API, served at GET /api/v1/openapi.json.
// Plain data without server imports, so unit tests can hold it against the zod schemas it describes.
import { CAPACITY_UNITS, type DirectoryEntry, hsdsPage, type IdFor, TIME_NOTE, toHsdsService } from "~/domain/hsds";
import { MOBILITY, NEEDS, NETWORK, POWERFUL_AGEING_MAX_KM, POWERFUL_AGEING_WITHIN_DAYS } from "~/domain/matching";
import { SLOT_HORIZON_WEEKS } from "~/domain/slots";
import { MAX_BATCH_BYTES, MAX_BATCH_RECORDS } from "~/schemas/capacity";
import { PAGE_MAX, PER_PAGE_DEFAULT, PER_PAGE_MAX } from "~/schemas/services-query";
import { HOUSEHOLDS, OPTION_KINDS, PROVIDER_KINDS } from "~db/enums";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

const schemaRef = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });
const responseRef = (name: string): JsonObject => ({ $ref: `#/components/responses/${name}` });

const RECORD_SCHEMAS = [
  "ZinWeekRecord",
  "ZinWaitingListRecord",
  "CleanerWindowRecord",
  "CleanerExceptionRecord",
  "MediationMonthRecord",
  "HelperPoolRecord",
  "CohortRecord",
];

// Field building blocks, mirroring app/schemas/capacity.ts.
const externalRef: JsonObject = {
  type: "string",
  minLength: 1,
  maxLength: 100,
  description:
    "Your own stable reference for this record (e.g. the id in your planning system). Together with `type` it " +
    "identifies the record within your provider. Surrounding whitespace is trimmed.",
};
const date = (description: string): JsonObject => ({
  type: "string",
  format: "date",
  pattern: "^\\d{4}-\\d{2}-\\d{2}$",
  description: `${description} A calendar date as YYYY-MM-DD.`,
});
const time = (description: string): JsonObject => ({
  type: "string",
  pattern: "^([01]\\d|2[0-3]):[0-5]\\d$",
  description: `${description} Dutch local time (Europe/Amsterdam) as HH:MM, 24-hour clock.`,
});
const weekday: JsonObject = {
  type: "integer",
  minimum: 1,
  maximum: 7,
  description: "ISO day of the week: 1 = Monday … 7 = Sunday.",
};
const count = (max: number, description: string): JsonObject => ({
  type: "integer",
  minimum: 0,
  maximum: max,
  description,
});
const municipalityCode: JsonObject = {
  type: "string",
  pattern: "^GM\\d{4}$",
  description: "CBS municipality code, e.g. GM0632 (Woerden). Must be one of the municipalities your provider serves.",
};
// Any item with `deleted: true` is read as a deletion; other values of `deleted` are ignored.
// Excluding `true` here keeps the batch's oneOf unambiguous, as it is in the route.
const notDeleted: JsonObject = {
  not: { const: true },
  description: "Leave out. An item with `deleted: true` is a deletion (see CapacityDeletion).",
};

function record(
  type: string,
  title: string,
  description: string,
  properties: JsonObject,
  example: JsonObject,
  optional: string[] = [],
): JsonObject {
  return {
    type: "object",
    title,
    description: `${description} Properties not listed here are ignored.`,
    required: ["type", "externalRef", ...Object.keys(properties).filter((p) => !optional.includes(p))],
    properties: {
      type: { type: "string", const: type },
      externalRef,
      ...properties,
      deleted: notDeleted,
    },
    examples: [{ type, ...example }],
  };
}

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

const schemas: JsonObject = {
  RecordType: {
    type: "string",
    enum: [
      "zin_week",
      "zin_waiting_list",
      "cleaner_window",
      "cleaner_exception",
      "mediation_month",
      "helper_pool",
      "cohort",
    ],
    description:
      "Kind of capacity record. Each provider kind may only send its own types: zin (care in kind) → zin_week, " +
      "zin_waiting_list; private_cleaner → cleaner_window, cleaner_exception; pgb_mediator → mediation_month, " +
      "helper_pool; physio → cohort.",
  },
  ZinWeekRecord: record(
    "zin_week",
    "ZIN week",
    "Room for new clients of a care-in-kind (ZIN) provider in one municipality in one week. One record per " +
      "(municipalityCode, weekStart) per provider.",
    {
      municipalityCode,
      weekStart: date("Monday that starts the week; other weekdays are refused."),
      hoursPerWeek: {
        type: "number",
        minimum: 0,
        maximum: 2000,
        description: "Hours per week available for new clients; may be fractional, stored to the whole minute.",
      },
      newClients: count(1000, "Number of new clients that can start."),
      earliestStart: date("Earliest start date for a new client."),
    },
    zinWeekExample,
  ),
  ZinWaitingListRecord: record(
    "zin_waiting_list",
    "ZIN waiting list",
    "Current waiting list of a care-in-kind (ZIN) provider in one municipality. One record per municipalityCode per " +
      "provider.",
    { municipalityCode, length: count(100_000, "People on the waiting list.") },
    zinWaitingListExample,
  ),
  CleanerWindowRecord: record(
    "cleaner_window",
    "Cleaner working window",
    "Regular weekly working hours of a private cleaner, from which bookable visits are derived. endTime must be " +
      "after startTime.",
    {
      weekday,
      startTime: time("Start of the window."),
      endTime: time("End of the window; after startTime."),
      visitMinutes: { type: "integer", minimum: 30, maximum: 480, description: "Length of one visit in minutes." },
    },
    cleanerWindowExample,
  ),
  CleanerExceptionRecord: record(
    "cleaner_exception",
    "Cleaner days off",
    "Days a private cleaner does not work (holiday, sickness), both dates inclusive. toDate must be on or after " +
      "fromDate.",
    {
      fromDate: date("First day off."),
      toDate: date("Last day off (inclusive); on or after fromDate."),
      reason: { type: "string", maxLength: 200, description: "Optional reason; surrounding whitespace is trimmed." },
    },
    cleanerExceptionExample,
    ["reason"],
  ),
  MediationMonthRecord: record(
    "mediation_month",
    "Mediation month",
    "New matches a personal-budget (PGB) mediator can make in one municipality in one month. One record per " +
      "(municipalityCode, month) per provider.",
    {
      municipalityCode,
      month: { type: "string", pattern: "^\\d{4}-(0[1-9]|1[0-2])$", description: "Month as YYYY-MM." },
      newMatches: count(1000, "New matches possible that month."),
    },
    mediationMonthExample,
  ),
  HelperPoolRecord: record(
    "helper_pool",
    "Helper pool",
    "Size of a personal-budget (PGB) mediator's pool of informal helpers. At most one per provider.",
    { helpers: count(100_000, "Number of helpers in the pool.") },
    helperPoolExample,
  ),
  CohortSession: {
    type: "object",
    required: ["weekday", "time"],
    properties: { weekday, time: time("Start of the session.") },
  },
  CohortRecord: record(
    "cohort",
    "Physiotherapy group",
    "A Powerful Ageing (Sterk ouder worden) group of a physiotherapy practice: two sessions a week on different days.",
    {
      startDate: date("Date of the first session week."),
      sessions: {
        type: "array",
        minItems: 2,
        maxItems: 2,
        items: schemaRef("CohortSession"),
        description: "Exactly two weekly sessions, on different weekdays.",
      },
      seats: { type: "integer", minimum: 1, maximum: 100, description: "Seats in the group." },
      location: {
        type: "string",
        minLength: 1,
        maxLength: 200,
        description: "Where the group meets; surrounding whitespace is trimmed.",
      },
      locationPostcode: {
        type: "string",
        pattern: "^\\s*(?:\\d\\s*){4}(?:[A-Za-z]\\s*[A-Za-z]\\s*)?$",
        description:
          "Dutch postcode of the location, e.g. 3441 AB (spaces and case do not matter; the letters are optional). " +
          "Its four digits (PC4) must be a known area; GET returns it normalised, e.g. 3441AB.",
      },
    },
    cohortExample,
  ),
  CapacityDeletion: {
    type: "object",
    title: "Deletion",
    description:
      "Removes the record with this (type, externalRef) of your provider. Deleting a record that does not exist " +
      "changes nothing and is not counted.",
    required: ["type", "externalRef", "deleted"],
    properties: { type: schemaRef("RecordType"), externalRef, deleted: { type: "boolean", const: true } },
    examples: [{ type: "cleaner_window", externalRef: "vrijdag-middag", deleted: true }],
  },
  CapacityBatch: {
    type: "object",
    required: ["records"],
    properties: {
      records: {
        type: "array",
        maxItems: MAX_BATCH_RECORDS,
        items: { oneOf: [...RECORD_SCHEMAS.map(schemaRef), schemaRef("CapacityDeletion")] },
        description:
          "Records to create, update or confirm, and deletions. Records of your provider that are not in the " +
          "batch are left as they are. Each (type, externalRef) may appear only once.",
      },
    },
  },
  RecordState: {
    type: "object",
    required: ["updatedAt", "confirmedAt", "stale", "ageDays"],
    properties: {
      updatedAt: { type: "string", format: "date-time", description: "When the record was created or last changed." },
      confirmedAt: {
        type: "string",
        format: "date-time",
        description: "When the record was last sent, changed or not. Sending it unchanged moves only this.",
      },
      stale: {
        type: "boolean",
        description:
          "True when confirmedAt is more than staleAfterDays days ago. Stale capacity is ignored by matching and " +
          "not shown to residents or consultants until it is confirmed or changed again.",
      },
      ageDays: { type: "integer", minimum: 0, description: "Whole days since confirmedAt." },
    },
  },
  PublishedRecord: {
    description:
      "A stored record as returned by the API: its fields (cohort locationPostcode normalised without spaces, " +
      "cleaner_exception reason left out when empty) plus its freshness.",
    allOf: [{ oneOf: RECORD_SCHEMAS.map(schemaRef) }, schemaRef("RecordState")],
  },
  CapacityList: {
    type: "object",
    required: ["providerId", "staleAfterDays", "records"],
    properties: {
      providerId: { type: "integer", description: "The provider the API key belongs to." },
      staleAfterDays: {
        type: "integer",
        description:
          "Days after which unconfirmed capacity becomes stale: the strictest period among the municipalities you " +
          "serve, 14 when none sets one.",
      },
      records: {
        type: "array",
        items: schemaRef("PublishedRecord"),
        description: "All current records of your provider, ordered by type and then externalRef.",
      },
    },
  },
  BatchResult: {
    type: "object",
    required: ["created", "updated", "unchanged", "deleted", "records"],
    properties: {
      created: { type: "integer", minimum: 0, description: "New (type, externalRef) records." },
      updated: { type: "integer", minimum: 0, description: "Existing records whose fields changed." },
      unchanged: { type: "integer", minimum: 0, description: "Identical records, only confirmed." },
      deleted: { type: "integer", minimum: 0, description: "Records removed (absent ones are not counted)." },
      records: {
        type: "array",
        items: schemaRef("PublishedRecord"),
        description: "All current records of your provider after the batch, as GET returns them.",
      },
    },
  },
  Error: {
    type: "object",
    required: ["error", "message"],
    properties: {
      error: {
        type: "string",
        description:
          "Stable code: invalid_json, unreadable_body, unauthorized, forbidden, method_not_allowed, " +
          "payload_too_large, no_capacity or municipality_not_participating; each response names its own.",
      },
      message: { type: "string", description: "Explanation in Dutch." },
    },
  },
  ValidationErrors: {
    type: "object",
    required: ["error", "errors"],
    properties: {
      error: { type: "string", const: "invalid_request" },
      errors: {
        type: "object",
        additionalProperties: { type: "string" },
        description:
          "One Dutch message per field, keyed by its path in the request: `records` when it is not an array, " +
          "otherwise `records[<index>].<field>`, nested fields joined with dots (e.g. `records[4].sessions.1.time`).",
      },
    },
  },
};

const errorExample = (error: string, message: string): JsonObject => ({ error, message });

const responses: JsonObject = {
  BadRequest: {
    description:
      "The body is not JSON (`invalid_json`), could not be read (`unreadable_body`), or one or more items are " +
      "invalid (`invalid_request`, every problem listed). Nothing was written or confirmed.",
    content: {
      "application/json": {
        schema: { oneOf: [schemaRef("ValidationErrors"), schemaRef("Error")] },
        examples: {
          invalidRequest: {
            summary: "Field errors",
            value: {
              error: "invalid_request",
              errors: {
                "records[0].weekStart": "Een week begint op maandag: vul de datum van een maandag in.",
                "records[2].municipalityCode": "Deze gemeente hoort niet bij uw werkgebied.",
              },
            },
          },
          invalidJson: {
            summary: "Not JSON",
            value: errorExample("invalid_json", "De aanlevering is geen geldige JSON."),
          },
        },
      },
    },
  },
  Unauthorized: {
    description: "The API key is missing, malformed, unknown or revoked.",
    headers: { "WWW-Authenticate": { schema: { type: "string", const: 'Bearer realm="hulpwijzer"' } } },
    content: {
      "application/json": {
        schema: schemaRef("Error"),
        example: errorExample("unauthorized", "Geef een geldige API-sleutel mee: Authorization: Bearer <sleutel>."),
      },
    },
  },
  PayloadTooLarge: {
    description: `The body is larger than ${MAX_BATCH_BYTES} bytes or holds more than ${MAX_BATCH_RECORDS} records.`,
    content: {
      "application/json": {
        schema: schemaRef("Error"),
        example: errorExample("payload_too_large", `Lever hoogstens ${MAX_BATCH_RECORDS} records per keer aan.`),
      },
    },
  },
};

// GET /api/v1/options, mirroring app/routes/api.v1.options.ts, app/schemas/help-request.ts and app/domain/matching.ts.

/** Every reason code matchOptions can give, with its meaning. */
const REASONS: Record<string, string> = {
  network_can_provide: "own_strength: someone in your network can help, for free.",
  mobility_limit:
    "powerful_ageing: you have a mobility limit and this group has a free seat, starts within " +
    `${POWERFUL_AGEING_WITHIN_DAYS} days of the start date and meets within ${POWERFUL_AGEING_MAX_KM} km.`,
  too_young: "powerful_ageing: you are younger than the municipality's minimum age for the programme.",
  no_mobility_limit: "powerful_ageing: no mobility limit was given; the programme is meant for one.",
  no_cohort_nearby:
    `powerful_ageing: no group with a free seat starts within ${POWERFUL_AGEING_WITHIN_DAYS} days of the start ` +
    `date within ${POWERFUL_AGEING_MAX_KM} km.`,
  free_slot: "private_cleaner: the cleaner has at least one free visit on or after the start date.",
  no_rate: "private_cleaner: the cleaner has not published an hourly rate, so the option is not eligible.",
  no_free_slot: "private_cleaner: the cleaner has no free visit on or after the start date.",
  outside_travel_distance: "private_cleaner: you live farther from the cleaner than they travel.",
  financially_able:
    "private_cleaner, zin: the household income is at or above the municipality's threshold (a percentage of " +
    "the social minimum). It makes a private cleaner recommended and ZIN not recommended, never ineligible.",
  hht_subsidy:
    "private_cleaner: the cleaner accepts the municipality's household-help subsidy (HHT), which lowers your " +
    "hourly rate; the municipality pays that part.",
  no_need:
    "private_cleaner, pgb_informal, zin: under the municipality's norms the needs add up to no hours, so the " +
    "option is not eligible.",
  mediation_capacity: "pgb_informal: the mediator can make new matches this month.",
  no_mediation_capacity: "pgb_informal: the mediator can make no new matches this month.",
  network_if_paid:
    "pgb_informal: someone in your network could help if paid (network=some); this makes the option recommended.",
  need_present: "zin: you have a need, so care in kind is your right.",
  place_available: "zin: the provider has room for new clients; earliestStart is its first week with room.",
  waiting_list:
    "zin: no room for new clients; earliestStart and waitDays are estimated from the waiting list and the weekly " +
    "intake the provider publishes, or null when it publishes none.",
  income_unknown: "zin: no income was given; nothing is assumed and ZIN stays recommended.",
  tariff_exempt:
    "zin: you pay no abonnementstarief (under the age the municipality sets, or a couple with a partner under AOW " +
    "age where the municipality exempts it).",
  no_capacity_published:
    "zin: no provider has published capacity in your municipality; ZIN is still your right, through a consultant " +
    "of the municipality.",
  no_provider: "private_cleaner, pgb_informal: no vetted provider of this kind serves your municipality.",
};

const KIND_DESCRIPTIONS: Record<(typeof OPTION_KINDS)[number], string> = {
  own_strength: "help from your own network, free (only when network=can_provide)",
  powerful_ageing: "Sterk ouder worden: a physiotherapy group that trains strength and balance, voluntary",
  private_cleaner: "a private cleaner you pay yourself, possibly with the HHT subsidy",
  pgb_informal: "a personal budget (PGB) to pay someone you know, found through a mediator",
  zin: "care in kind (zorg in natura) from a contracted home-care provider",
};

const nullable = (schema: JsonObject): JsonObject => ({ ...schema, type: [String(schema.type), "null"] });

/** A postcode as the help-request schema accepts it, before normalising. */
const postcodeQuery: JsonObject = {
  type: "string",
  pattern: "^\\s*[1-9]\\s*(?:\\d\\s*){3}(?:[A-Za-z]\\s*[A-Za-z]\\s*)?$",
};

/** The query parameters, in the order of the route's zod schema. */
const optionParameters: JsonObject[] = [
  {
    name: "postcode",
    in: "query",
    required: true,
    description:
      "Dutch postcode of the home: four digits, optionally followed by the two letters (spaces and case do not " +
      "matter). Its four digits locate the municipality; unknown digits are refused (400 on `postcode`).",
    schema: postcodeQuery,
    example: "3441 AB",
  },
  {
    name: "birthYear",
    in: "query",
    required: true,
    description:
      "Year of birth, four digits, within the last 120 years (not in the future). Age counts per calendar year.",
    schema: { type: "integer" },
    example: 1948,
  },
  {
    name: "household",
    in: "query",
    required: true,
    description: "Living alone (`single`) or with a partner (`couple`).",
    schema: { type: "string", enum: [...HOUSEHOLDS] },
    example: "single",
  },
  {
    name: "partnerUnderAow",
    in: "query",
    required: false,
    description:
      "For a couple: whether the partner is under AOW age (affects the abonnementstarief and the social minimum). " +
      "Exactly `true` or `false`; `false` when left out.",
    schema: { type: "string", enum: ["true", "false"], default: "false" },
    example: "false",
  },
  {
    name: "income",
    in: "query",
    required: false,
    description:
      "Net household income per month in whole euros. Optional, and left out when empty; it only ever decides " +
      "whether an option is recommended, never whether it is eligible.",
    schema: { type: "integer", minimum: 0, maximum: 1_000_000 },
    example: 1800,
  },
  {
    name: "needs",
    in: "query",
    required: true,
    description:
      "The help needed: comma-separated, or the parameter repeated (`needs=cleaning&needs=laundry`). At least one value; " +
      "repeats are ignored.",
    style: "form",
    explode: false,
    schema: { type: "array", minItems: 1, items: { type: "string", enum: [...NEEDS] } },
    example: ["cleaning"],
  },
  {
    name: "mobility",
    in: "query",
    required: false,
    description:
      "Mobility limits, comma-separated or repeated: trouble with stairs, or rising from a chair. Optional (none " +
      "when left out or empty); repeats are ignored.",
    style: "form",
    explode: false,
    schema: { type: "array", items: { type: "string", enum: [...MOBILITY] } },
    example: ["stairs"],
  },
  {
    name: "network",
    in: "query",
    required: true,
    description:
      "Whether someone around you can help: no one (`none`), someone if paid (`some`), or someone for free " +
      "(`can_provide`).",
    schema: { type: "string", enum: [...NETWORK] },
    example: "none",
  },
  {
    name: "start",
    in: "query",
    required: false,
    description:
      "Preferred start date, today when left out, at most one year ahead. A date in the past is treated as today " +
      "(and echoed as given).",
    schema: date("Preferred start date."),
    example: "2026-12-01",
  },
];

const slotExamples = [
  "2026-12-01T08:00:00.000Z",
  "2026-12-01T09:30:00.000Z",
  "2026-12-08T08:00:00.000Z",
  "2026-12-08T09:30:00.000Z",
  "2026-12-15T08:00:00.000Z",
].map((start, i) => ({ slotId: 101 + i, start }));

/** The response to the example query on 23 November 2026 (Woerden, demo providers), best first. */
const optionsExample = {
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
      citizenCostPerMonthCents: 21233,
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

const reasonList = Object.entries(REASONS)
  .map(([code, meaning]) => `- \`${code}\`: ${meaning}`)
  .join("\n");
const kindList = OPTION_KINDS.map((kind) => `- \`${kind}\`: ${KIND_DESCRIPTIONS[kind]}`).join("\n");
const cents = (description: string): JsonObject => ({
  type: "integer",
  minimum: 0,
  description: `${description} Whole euro cents per month: weekly hours × 52 / 12 at an hourly rate, rounded.`,
});

const optionsSchemas: JsonObject = {
  Municipality: {
    type: "object",
    required: ["code", "name"],
    properties: {
      code: { type: "string", pattern: "^GM\\d{4}$", description: "CBS municipality code, e.g. GM0632." },
      name: { type: "string", description: "Name of the municipality, e.g. Woerden." },
    },
  },
  OptionsRequest: {
    type: "object",
    description:
      "The request as understood: the postcode without spaces in capitals, numbers as numbers, lists without " +
      "repeats, defaults filled in.",
    required: optionParameters.map((p) => String(p.name)),
    properties: {
      postcode: { type: "string", pattern: "^[1-9]\\d{3}([A-Z]{2})?$", description: "Normalised, e.g. 3441AB." },
      birthYear: { type: "integer" },
      household: { type: "string", enum: [...HOUSEHOLDS] },
      partnerUnderAow: { type: "boolean" },
      income: {
        type: ["integer", "null"],
        minimum: 0,
        maximum: 1_000_000,
        description: "Net household income per month in whole euros; null when not given.",
      },
      needs: { type: "array", minItems: 1, items: { type: "string", enum: [...NEEDS] } },
      mobility: { type: "array", items: { type: "string", enum: [...MOBILITY] } },
      network: { type: "string", enum: [...NETWORK] },
      start: date("The start date as given (also a past one), or today when left out."),
    },
  },
  Slot: {
    type: "object",
    required: ["slotId", "start"],
    properties: {
      slotId: { type: "integer", description: "Id of the free visit." },
      start: {
        type: "string",
        format: "date-time",
        description: "Start of the visit as a UTC instant, e.g. 2026-12-01T08:00:00.000Z (09:00 in Woerden).",
      },
    },
  },
  Option: {
    type: "object",
    description: "One way to get household help. Properties appear in this order.",
    required: [
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
    ],
    properties: {
      kind: { type: "string", enum: [...OPTION_KINDS], description: `The kind of help, lightest first:\n${kindList}` },
      providerId: nullable({
        type: "integer",
        description:
          "The provider; null for own strength and for an option without one (no fitting group, no provider of " +
          "the kind, ZIN without published capacity).",
      }),
      providerName: nullable({ type: "string", description: "The provider's name; null when providerId is." }),
      offerId: {
        type: "string",
        pattern:
          "^(own_strength|powerful_ageing|private_cleaner|pgb_informal|zin|(cohort|cleaner|mediation|zin):\\d+)$",
        description:
          "Identifies the offer: `own_strength`; `cohort:<cohortId>` for a Powerful Ageing group, or " +
          "`powerful_ageing` when none fits; `cleaner:<providerId>`; `mediation:<providerId>`; `zin:<providerId>`, " +
          "or `zin` when no ZIN provider published capacity; `private_cleaner` or `pgb_informal` when no provider " +
          "of that kind serves the municipality.",
      },
      eligible: { type: "boolean", description: "Whether the option can be chosen." },
      recommended: {
        type: "boolean",
        description: "Whether the option fits best; only ever true when eligible.",
      },
      reasons: {
        type: "array",
        items: { type: "string", enum: Object.keys(REASONS), description: `Reason codes:\n${reasonList}` },
        description: "Why the option is (not) eligible or recommended, as stable codes in a fixed order per kind.",
      },
      earliestStart: nullable(
        date(
          "Earliest start, not before the start date: the start date for own strength and a PGB mediator with " +
            "room, the group's first session week, the day of the cleaner's first free visit, ZIN's first week with " +
            "room or the estimate from its waiting list. Null when unknown.",
        ),
      ),
      distanceKm: nullable({
        type: "number",
        minimum: 0,
        description:
          "Distance in km (one decimal) between the four-digit postcode areas of the home and of the group or the " +
          "cleaner; null for other kinds or when unknown.",
      }),
      hoursPerWeek: {
        type: "number",
        minimum: 0,
        description: "Estimated hours of help per week from the needs, by the municipality's norms; equal for all.",
      },
      citizenCostPerMonthCents: cents(
        "What the resident pays: nothing for own strength and Powerful Ageing; the cleaner's hourly rate minus " +
          "any HHT subsidy; the abonnementstarief for PGB and ZIN; nothing for an option without a provider of " +
          "its kind.",
      ),
      municipalityCostPerMonthCents: cents(
        "What the municipality pays: the Powerful Ageing programme cost spread over 3.5 months; the HHT subsidy " +
          "for a private cleaner; for PGB the informal rate plus a twelfth of the one-off mediation fee, and for " +
          "ZIN the hourly tariff, both minus the abonnementstarief.",
      ),
      waitDays: nullable({
        type: "integer",
        minimum: 0,
        description: "Days from the start date (today if it is past) to earliestStart; null when unknown.",
      }),
      slots: {
        type: "array",
        maxItems: 5,
        items: schemaRef("Slot"),
        description:
          "For a private cleaner up to 5 free visits on or after the start date, earliest first; [] for every " +
          "other option.",
      },
    },
  },
  OptionsResponse: {
    type: "object",
    required: ["request", "municipality", "options"],
    properties: {
      request: schemaRef("OptionsRequest"),
      municipality: schemaRef("Municipality"),
      options: { type: "array", items: schemaRef("Option"), description: "Every option, best first." },
    },
  },
  OptionsValidationErrors: {
    type: "object",
    required: ["error", "errors"],
    properties: {
      error: { type: "string", const: "invalid_request" },
      errors: {
        type: "object",
        propertyNames: { enum: optionParameters.map((p) => String(p.name)) },
        additionalProperties: { type: "string" },
        description: "One Dutch message per invalid query parameter, keyed by its name.",
      },
    },
  },
  NotParticipating: {
    type: "object",
    required: ["error", "message", "municipality"],
    properties: {
      error: { type: "string", const: "municipality_not_participating" },
      message: { type: "string", description: "Explanation in Dutch, pointing to the municipality's Wmo desk." },
      municipality: schemaRef("Municipality"),
    },
  },
};

const optionsPath: JsonObject = {
  get: {
    operationId: "getOptions",
    tags: ["options"],
    summary: "Options for a help request, best first",
    description:
      "Matches a request for household help (Wmo) to every option in the resident's municipality: the engine the " +
      "website and the municipality's consultants use. Public: no API key or account needed.\n\n" +
      "- The postcode locates the municipality: an unknown postcode is a 400 on `postcode`, a municipality that " +
      "does not take part in Hulpwijzer (no policy in force) a 404.\n" +
      "- Only live capacity counts: providers that passed vetting (private cleaners and PGB mediators also with a " +
      "certificate of conduct (VOG) under three years old) serving the municipality, and records confirmed within " +
      "its stale period. Stale or unvetted capacity is never used; a suspended provider is gone at the next call.\n" +
      "- One option per provider (per group for Powerful Ageing). A kind without a provider or fitting group still " +
      "appears, not eligible, with its reason; ZIN without published capacity stays eligible (`offerId: zin`).\n" +
      "- Own strength appears only when `network=can_provide`.\n" +
      "- Income only ever makes an option recommended, never not eligible (Centrale Raad van Beroep, 2024): at or " +
      "above the municipality's threshold a private cleaner is recommended and ZIN is not, but ZIN stays eligible.\n" +
      "- Order: eligible first, then recommended, then the ladder own_strength < powerful_ageing < " +
      "private_cleaner < pgb_informal < zin, then earliest start and distance (unknown last), then " +
      "provider name.\n" +
      "- Costs are estimates in whole euro cents per month, for the resident and for the municipality.\n" +
      "- `slots` holds up to 5 free visits for a private cleaner, [] for every other option.",
    security: [],
    parameters: optionParameters,
    responses: {
      "200": {
        description: "The request as understood, its municipality and every option, best first.",
        content: { "application/json": { schema: schemaRef("OptionsResponse"), example: optionsExample } },
      },
      "400": {
        description:
          "One or more query parameters are invalid, or the postcode is unknown: a Dutch message per parameter.",
        content: {
          "application/json": {
            schema: schemaRef("OptionsValidationErrors"),
            examples: {
              invalidParameters: {
                summary: "Invalid parameters",
                value: {
                  error: "invalid_request",
                  errors: {
                    birthYear: "Vul uw geboortejaar in met vier cijfers, bijvoorbeeld 1948.",
                    needs: "Kies minstens één soort hulp.",
                  },
                },
              },
              unknownPostcode: {
                summary: "Unknown postcode",
                value: {
                  error: "invalid_request",
                  errors: { postcode: "Deze postcode kennen we niet. Controleer de cijfers." },
                },
              },
            },
          },
        },
      },
      "404": {
        description: "The postcode's municipality does not take part in Hulpwijzer.",
        content: {
          "application/json": {
            schema: schemaRef("NotParticipating"),
            example: {
              error: "municipality_not_participating",
              message:
                "De gemeente Amsterdam doet nog niet mee met Hulpwijzer. Voor hulp in het huishouden kunt u terecht " +
                "bij het Wmo-loket of sociaal wijkteam van uw gemeente.",
              municipality: { code: "GM0363", name: "Amsterdam" },
            },
          },
        },
      },
    },
  },
};

// POST /api/v1/requests, mirroring app/routes/api.v1.requests.ts and app/services/requests.server.ts.

const HOLD_MINUTES = 15; // HOLD_MINUTES in app/services/requests.server.ts
const REQUEST_MAX_BYTES = 64 * 1024; // readJson limit in the route
const REQUEST_STATUSES = ["held", "intake_requested", "mediation_requested", "submitted"];
const answerNames = optionParameters.map((p) => String(p.name));

const offerMessage = "Deze mogelijkheid bestaat niet (meer). Kies opnieuw uit uw mogelijkheden.";

/** The shared Error shape, limited to the codes a response can carry. */
const errorWith = (...codes: [string, ...string[]]): JsonObject => ({
  allOf: [
    schemaRef("Error"),
    {
      properties: { error: codes.length === 1 ? { type: "string", const: codes[0] } : { type: "string", enum: codes } },
    },
  ],
});

/** The 201 body for each kind: only a cleaner's hold expires. */
const createdExample = (id: number, status: string, holdExpiresAt: string | null): JsonObject => ({
  id,
  status,
  holdExpiresAt,
});

const requestsSchemas: JsonObject = {
  HelpRequestAnswers: {
    type: "object",
    title: "Help request",
    description:
      "The answers of the help request, the same fields as the query parameters of GET /api/v1/options (see " +
      "there for their meaning); the `request` object of its response can be sent as it is. Each value is read " +
      "as its query-string form: numbers and booleans as their text, arrays joined with commas, null as left " +
      "out. Other properties are ignored.",
    required: optionParameters.filter((p) => p.required === true).map((p) => String(p.name)),
    properties: {
      postcode: { ...postcodeQuery, description: "Dutch postcode of the home, e.g. 3441 AB or 3441AB." },
      birthYear: {
        type: ["integer", "string"],
        pattern: "^\\s*\\d{4}\\s*$",
        description: 'Year of birth: a number (1948) or four digits as a string ("1948").',
      },
      household: { type: "string", enum: [...HOUSEHOLDS] },
      partnerUnderAow: {
        type: ["boolean", "string", "null"],
        enum: [true, false, "true", "false", null],
        default: false,
        description: "For a couple: whether the partner is under AOW age; false when left out or null.",
      },
      income: {
        type: ["integer", "string", "null"],
        minimum: 0,
        maximum: 1_000_000,
        pattern: "^(\\s*\\d{1,7}\\s*)?$",
        description: 'Net household income per month in whole euros; left out, null or "" when not given.',
      },
      needs: {
        type: ["array", "string"],
        minItems: 1,
        items: { type: "string", enum: [...NEEDS] },
        description: "The help needed: a list, or the values comma-separated in one string. Repeats are ignored.",
      },
      mobility: {
        type: ["array", "string", "null"],
        items: { type: "string", enum: [...MOBILITY] },
        description: "Mobility limits: a list or comma-separated; none when left out, null, empty or [].",
      },
      network: { type: "string", enum: [...NETWORK] },
      start: nullable(date("Preferred start date; today when left out or null, at most one year ahead.")),
    },
  },
  CreateRequest: {
    type: "object",
    required: ["offerId", "helpRequest"],
    properties: {
      offerId: {
        type: "string",
        minLength: 1,
        maxLength: 100,
        description:
          "The `offerId` of an option that GET /api/v1/options gives for this help request, e.g. `cleaner:5`, " +
          "`cohort:3`, `mediation:10`, `zin:1` or `zin`.",
      },
      slotId: {
        type: "integer",
        minimum: 1,
        description:
          "For a private cleaner (required there): the `slotId` of one of the option's free visits. Ignored for " +
          "other kinds.",
      },
      helpRequest: schemaRef("HelpRequestAnswers"),
    },
  },
  RequestCreated: {
    type: "object",
    required: ["id", "status", "holdExpiresAt"],
    properties: {
      id: {
        type: "integer",
        minimum: 1,
        description: "The new request; the resident sees it at /mijn/aanvragen/{id}.",
      },
      status: {
        type: "string",
        enum: REQUEST_STATUSES,
        description:
          "The first status, by the option's kind: private_cleaner → `held`, powerful_ageing → " +
          "`intake_requested`, pgb_informal → `mediation_requested`, zin → `submitted`.",
      },
      holdExpiresAt: {
        type: ["string", "null"],
        format: "date-time",
        description:
          `For \`held\`: when the hold ends, ${HOLD_MINUTES} minutes after the request, as a UTC instant; null for ` +
          "every other status.",
      },
    },
  },
  RequestValidationErrors: {
    type: "object",
    required: ["error", "errors"],
    properties: {
      error: { type: "string", const: "invalid_request" },
      errors: {
        type: "object",
        propertyNames: {
          enum: ["body", "offerId", "slotId", "helpRequest", ...answerNames.map((name) => `helpRequest.${name}`)],
        },
        additionalProperties: { type: "string" },
        description:
          "One Dutch message per field: `offerId`, `slotId` or `helpRequest` (`body` when the body is not a JSON " +
          "object); when those are fine, `helpRequest.<name>` per invalid answer. `offerId` is also the field when " +
          "the offer cannot be requested (see the operation).",
      },
    },
  },
};

const requestsPath: JsonObject = {
  post: {
    operationId: "createRequest",
    tags: ["requests"],
    summary: "Request an option, or hold a cleaner's visit",
    description:
      "Requests one option of GET /api/v1/options for the logged-in resident, as Hulpwijzer's own pages do. " +
      "Authenticated with the browser session cookie `hw_session` (log in at /inloggen), not with an API key; " +
      "only residents (role citizen) may request.\n\n" +
      "- The server runs the matching engine again on `helpRequest` and takes the option with `offerId` from its " +
      "answer: eligibility, provider and price never come from the client, so the body has no price.\n" +
      "- The first status follows the option's kind: private_cleaner → `held`, powerful_ageing → " +
      "`intake_requested`, pgb_informal → `mediation_requested`, zin → `submitted`. own_strength cannot be " +
      "requested (400 on `offerId`).\n" +
      `- A private cleaner needs \`slotId\` (400 on \`offerId\` without it). The visit is held for ${HOLD_MINUTES} ` +
      "minutes (`holdExpiresAt`); the resident confirms it at /mijn/aanvragen/{id}. An unconfirmed hold expires " +
      "by itself and frees the visit; nothing needs to be called. For other kinds `slotId` is ignored.\n" +
      "- Capacity (the visit, a group's seat, a mediator's matches this month) is checked again and written in " +
      "one transaction: of many simultaneous requests for the last visit or seat exactly one gets 201, the " +
      "others 409 `no_capacity`. A slotId that is not a free future visit of that cleaner is also a 409.\n" +
      "- An offerId that is not in the engine's answer gives 409 when it has the form of a provider's offer " +
      "(`cohort:N`, `cleaner:N`, `mediation:N`, `zin:N`: offered before, gone since), and 400 on `offerId` for " +
      "anything else. A listed option that is not eligible gives 409.\n" +
      "- An unknown postcode gives 400 on `offerId`; a municipality that does not take part, 404.\n" +
      `- Checks run in this order: method (405 \`method_not_allowed\` with \`Allow: POST\`), session (401), role ` +
      `(403), body size (413 above ${REQUEST_MAX_BYTES} bytes) and JSON (400), fields (400), then the engine ` +
      "(404, 400, 409).\n" +
      "- A browser request from another origin is refused (403, plain text) before it reaches the API.",
    security: [{ sessionCookie: [] }],
    requestBody: {
      required: true,
      description: "The chosen option and the help request it was found for.",
      content: {
        "application/json": {
          schema: schemaRef("CreateRequest"),
          // The first free visit of cleaner:5 in the options example, for the same help request.
          example: { offerId: "cleaner:5", slotId: 101, helpRequest: optionsExample.request },
        },
      },
    },
    responses: {
      "201": {
        description: "The request was made (for a private cleaner: the visit is held).",
        content: {
          "application/json": {
            schema: schemaRef("RequestCreated"),
            examples: {
              held: {
                summary: "Private cleaner: visit held",
                value: createdExample(42, "held", "2026-11-23T10:15:00.000Z"),
              },
              intakeRequested: { summary: "Powerful Ageing", value: createdExample(43, "intake_requested", null) },
              mediationRequested: { summary: "PGB mediator", value: createdExample(44, "mediation_requested", null) },
              submitted: { summary: "Care in kind (ZIN)", value: createdExample(45, "submitted", null) },
            },
          },
        },
      },
      "400": {
        description:
          "The body is not JSON (`invalid_json`) or could not be read (`unreadable_body`), fields are invalid, or " +
          "the offer cannot be requested (`invalid_request`). Nothing was written.",
        content: {
          "application/json": {
            schema: { oneOf: [schemaRef("RequestValidationErrors"), errorWith("invalid_json", "unreadable_body")] },
            examples: {
              invalidFields: {
                summary: "Invalid offerId and slotId",
                value: { error: "invalid_request", errors: { offerId: offerMessage, slotId: "Kies een tijd." } },
              },
              invalidHelpRequest: {
                summary: "Invalid answers",
                value: {
                  error: "invalid_request",
                  errors: {
                    "helpRequest.birthYear": "Vul uw geboortejaar in met vier cijfers, bijvoorbeeld 1948.",
                    "helpRequest.needs": "Kies minstens één soort hulp.",
                  },
                },
              },
              unknownOffer: {
                summary: "Offer unknown, own strength, or a cleaner without slotId",
                value: { error: "invalid_request", errors: { offerId: offerMessage } },
              },
              invalidJson: {
                summary: "Not JSON",
                value: errorExample("invalid_json", "De aanlevering is geen geldige JSON."),
              },
            },
          },
        },
      },
      "401": {
        description: "No valid session: not logged in, or the session expired.",
        content: {
          "application/json": {
            schema: errorWith("unauthorized"),
            example: errorExample("unauthorized", "Log in om hulp aan te vragen."),
          },
        },
      },
      "403": {
        description:
          "Logged in, but not as a resident (`forbidden`); or, as plain text, a browser request from another origin.",
        content: {
          "application/json": {
            schema: errorWith("forbidden"),
            example: errorExample("forbidden", "Alleen inwoners vragen hier hulp aan."),
          },
          "text/plain": {
            schema: { type: "string" },
            example: "Verzoek van een andere website geweigerd. / Cross-site request refused.",
          },
        },
      },
      "404": {
        description: "The help request's municipality does not take part in Hulpwijzer.",
        content: {
          "application/json": {
            schema: errorWith("municipality_not_participating"),
            example: errorExample("municipality_not_participating", "Deze gemeente doet nog niet mee."),
          },
        },
      },
      "409": {
        description:
          "The option is no longer available: its last visit, seat or match was just taken, a provider's offer " +
          "is no longer offered or not eligible, or the visit is not free. Choose again from the options.",
        content: {
          "application/json": {
            schema: errorWith("no_capacity"),
            example: errorExample("no_capacity", "Deze plek is net door iemand anders gekozen."),
          },
        },
      },
      "413": {
        description: `The body is larger than ${REQUEST_MAX_BYTES} bytes (64 KiB).`,
        content: {
          "application/json": {
            schema: errorWith("payload_too_large"),
            example: errorExample("payload_too_large", `De aanlevering is groter dan ${REQUEST_MAX_BYTES} bytes.`),
          },
        },
      },
    },
  },
};

// GET /api/v1/services, mirroring app/routes/api.v1.services.ts, app/schemas/services-query.ts and
// app/domain/hsds.ts (Open Referral HSDS 3.1; tests/fixtures/hsds holds the HSDS subset we rely on).

const uuid = (description: string): JsonObject => ({ type: "string", format: "uuid", description });
const text = (description: string): JsonObject => ({ type: "string", description });

const servicesParameters: JsonObject[] = [
  {
    name: "municipality",
    in: "query",
    required: false,
    description:
      "CBS municipality code (gemeentecode): only services whose service area includes this municipality. A code " +
      "that is not a Dutch municipality gives 400 on `municipality`; a municipality without vetted providers, an " +
      "empty page.",
    schema: { type: "string", pattern: "^GM\\d{4}$" },
    example: "GM0632",
  },
  {
    name: "kind",
    in: "query",
    required: false,
    description:
      "Only providers of this kind: `zin` (home-care provider, care in kind), `private_cleaner`, `pgb_mediator` " +
      "(informal help paid from a personal budget) or `physio` (Powerful Ageing groups).",
    schema: { type: "string", enum: [...PROVIDER_KINDS] },
    example: "physio",
  },
  {
    name: "page",
    in: "query",
    required: false,
    description: `Page number, from 1 (the default) up to ${PAGE_MAX}. A page past the last one is empty, not an error.`,
    schema: { type: "integer", minimum: 1, maximum: PAGE_MAX, default: 1 },
    example: 1,
  },
  {
    name: "per_page",
    in: "query",
    required: false,
    description: `Services per page, 1 to ${PER_PAGE_MAX}; ${PER_PAGE_DEFAULT} when left out.`,
    schema: { type: "integer", minimum: 1, maximum: PER_PAGE_MAX, default: PER_PAGE_DEFAULT },
    example: 3,
  },
];

const unitList = Object.entries(CAPACITY_UNITS)
  .map(([identifier, name]) => `\`${identifier}\` (${name})`)
  .join(", ");

const servicesSchemas: JsonObject = {
  ServicesPage: {
    type: "object",
    title: "Page of services",
    description:
      "The paging envelope of the HSDS 3 API (its `Page` with `contents`). Properties appear in this order; all " +
      "are always present.",
    required: ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
    properties: {
      total_items: { type: "integer", minimum: 0, description: "Services matching the filters, on all pages." },
      total_pages: { type: "integer", minimum: 0, description: "Pages at this per_page; 0 when nothing matches." },
      page_number: { type: "integer", minimum: 1, description: "This page's number, as asked." },
      size: { type: "integer", minimum: 0, description: "Services on this page (HSDS: entities in the current page)." },
      first_page: { type: "boolean", description: "Whether this is page 1." },
      last_page: { type: "boolean", description: "Whether no page follows (also true past the last page)." },
      empty: { type: "boolean", description: "Whether this page has no services." },
      contents: {
        type: "array",
        items: schemaRef("HsdsService"),
        description: "The services, ordered by organisation name.",
      },
    },
  },
  HsdsService: {
    type: "object",
    title: "service (HSDS 3.1)",
    description:
      "One vetted provider's service, with its organisation and everything about it nested, as the HSDS API's " +
      "`/services/{id}` gives it. Each provider offers exactly one service (of its kind). Texts are Dutch.",
    required: [
      "id",
      "organization_id",
      "name",
      "description",
      "status",
      "application_process",
      "organization",
      "service_areas",
      "service_at_locations",
      "languages",
      "schedules",
      "capacities",
    ],
    properties: {
      id: uuid("Stable id of the service."),
      organization_id: uuid("The organisation that provides it (`organization.id`)."),
      name: text("The kind of help and the organisation's name, e.g. `Particuliere schoonmaakhulp – …`."),
      description: text("What the help is, in Dutch, the same for every provider of the kind."),
      status: {
        type: "string",
        enum: ["active", "inactive", "defunct", "temporarily closed"],
        description: "Always `active`: suspended and pending providers are left out altogether.",
      },
      application_process: text("How a resident gets the help, in Dutch."),
      organization: schemaRef("HsdsOrganization"),
      service_areas: {
        type: "array",
        items: schemaRef("HsdsServiceArea"),
        description: "Every municipality the provider serves, by name.",
      },
      service_at_locations: {
        type: "array",
        maxItems: 1,
        items: schemaRef("HsdsServiceAtLocation"),
        description:
          "Where the provider works from: for a private cleaner the four-digit postcode area only, for a " +
          "physiotherapy practice the practice; [] for ZIN providers and mediators, who come to the home.",
      },
      languages: {
        type: "array",
        items: schemaRef("HsdsLanguage"),
        description: "Languages the help can be given in.",
      },
      schedules: {
        type: "array",
        items: schemaRef("HsdsSchedule"),
        description:
          "Weekly schedules: a private cleaner's working windows, or a Powerful Ageing group's sessions for the " +
          "weeks it runs. Only fresh records; [] for other kinds.",
      },
      capacities: {
        type: "array",
        items: schemaRef("HsdsServiceCapacity"),
        description:
          "Live capacity from records confirmed within the stale period (HSDS 3.1 `service_capacity`): per " +
          "municipality for ZIN and mediators, per group for Powerful Ageing, one for a cleaner. Nothing fresh " +
          "published means no entry, never a zero.",
      },
    },
  },
  HsdsOrganization: {
    type: "object",
    title: "organization (HSDS 3.1)",
    required: ["id", "name", "description", "organization_identifiers"],
    properties: {
      id: uuid("Stable id of the organisation."),
      name: text("The trade name, as registered at the Chamber of Commerce (KvK)."),
      description: text("What kind of organisation it is, in Dutch."),
      email: {
        type: "string",
        format: "email",
        description:
          "The organisation's email address. Never given for a private cleaner (often a natural person), and " +
          "left out when it carries the contact person's name: only role addresses such as info@ are published.",
      },
      organization_identifiers: {
        type: "array",
        minItems: 1,
        maxItems: 1,
        items: schemaRef("HsdsOrganizationIdentifier"),
        description: "The Chamber of Commerce (KvK) number.",
      },
    },
  },
  HsdsOrganizationIdentifier: {
    type: "object",
    title: "organization_identifier (HSDS 3.1)",
    required: ["id", "organization_id", "identifier_scheme", "identifier_type", "identifier"],
    properties: {
      id: uuid("Stable id of this identifier entry."),
      organization_id: uuid("The organisation."),
      identifier_scheme: { type: "string", const: "NL-KVK", description: "The org-id.guide scheme of the KvK." },
      identifier_type: { type: "string", const: "KvK", description: "Human-readable scheme." },
      identifier: { type: "string", pattern: "^\\d{8}$", description: "The eight-digit KvK number." },
    },
  },
  HsdsServiceArea: {
    type: "object",
    title: "service_area (HSDS 3.1)",
    required: ["id", "service_id", "name", "description", "uri"],
    properties: {
      id: uuid("Stable id of this service area."),
      service_id: uuid("The service."),
      name: text("The municipality's name, e.g. Woerden."),
      description: text("`Gemeente <name> (CBS-gemeentecode <code>)`."),
      uri: {
        type: "string",
        format: "uri",
        pattern: "^https://identifier\\.overheid\\.nl/tooi/id/gemeente/gm\\d{4}$",
        description:
          "The municipality's TOOI identifier (the Dutch government's URI for it), ending in its CBS code in lower " +
          "case, e.g. https://identifier.overheid.nl/tooi/id/gemeente/gm0632 for GM0632.",
      },
    },
  },
  HsdsServiceAtLocation: {
    type: "object",
    title: "service_at_location (HSDS 3.1)",
    required: ["id", "service_id", "location_id", "description", "location"],
    properties: {
      id: uuid("Stable id of this link."),
      service_id: uuid("The service."),
      location_id: uuid("The location (`location.id`)."),
      description: text("How the location relates to the help, in Dutch."),
      location: schemaRef("HsdsLocation"),
    },
  },
  HsdsLocation: {
    type: "object",
    title: "location (HSDS 3.1)",
    required: [
      "id",
      "location_type",
      "organization_id",
      "name",
      "description",
      "external_identifier",
      "external_identifier_type",
    ],
    properties: {
      id: uuid("Stable id of the location."),
      location_type: { type: "string", const: "physical" },
      organization_id: uuid("The organisation."),
      name: text("The practice's name, or `Postcodegebied <PC4> (<place>)` for a private cleaner."),
      description: text("In Dutch."),
      external_identifier: { type: "string", pattern: "^[1-9]\\d{3}$", description: "The four-digit postcode (PC4)." },
      external_identifier_type: { type: "string", const: "PC4" },
      addresses: {
        type: "array",
        maxItems: 1,
        items: schemaRef("HsdsAddress"),
        description:
          "A physiotherapy practice's street address, when it could be read; never for a private cleaner. No " +
          "coordinates are given: ours are postcode-area centres, too rough to place a practice on a map.",
      },
    },
  },
  HsdsAddress: {
    type: "object",
    title: "address (HSDS 3.1)",
    required: ["id", "location_id", "address_1", "city", "state_province", "postal_code", "country", "address_type"],
    properties: {
      id: uuid("Stable id of the address."),
      location_id: uuid("The location."),
      address_1: text("Street and number."),
      city: text("Place."),
      state_province: text("Province, e.g. Utrecht."),
      postal_code: { type: "string", pattern: "^[1-9]\\d{3} [A-Z]{2}$", description: "Dutch postcode, e.g. 3441 BV." },
      country: { type: "string", const: "NL" },
      address_type: { type: "string", const: "physical" },
    },
  },
  HsdsLanguage: {
    type: "object",
    title: "language (HSDS 3.1)",
    required: ["id", "service_id", "code"],
    properties: {
      id: uuid("Stable id of this entry."),
      service_id: uuid("The service."),
      name: text("The language's name in Dutch, when known (e.g. Nederlands, Turks)."),
      code: text("ISO 639-1 code, e.g. nl."),
    },
  },
  HsdsSchedule: {
    type: "object",
    title: "schedule (HSDS 3.1)",
    required: ["id", "service_id", "freq", "wkst", "byday", "opens_at", "description", "notes"],
    properties: {
      id: uuid("Stable id of the schedule."),
      service_id: uuid("The service."),
      valid_from: date("A group's first session week (Powerful Ageing only)."),
      valid_to: date("The last day of a group's last week (Powerful Ageing only)."),
      freq: { type: "string", const: "WEEKLY" },
      wkst: { type: "string", const: "MO" },
      byday: {
        type: "string",
        pattern: "^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$",
        description: "Days of the week, comma-separated (RFC 5545), e.g. TU or MO,TH.",
      },
      opens_at: {
        type: "string",
        pattern: "^([01]\\d|2[0-3]):[0-5]\\d\\+0[12]:00$",
        description:
          "Start as HH:MM with Amsterdam's UTC offset on the first day the schedule applies (today, or the " +
          "group's start), e.g. 09:00+01:00. The wall-clock time stays the same across summer and winter time.",
      },
      closes_at: {
        type: "string",
        pattern: "^([01]\\d|2[0-3]):[0-5]\\d\\+0[12]:00$",
        description: "End of a cleaner's window, as opens_at; groups have no published end time.",
      },
      description: text("The schedule in Dutch, e.g. `Elke dinsdag van 09:00 tot 12:00, in bezoeken van 180 minuten.`"),
      notes: { type: "string", const: TIME_NOTE, description: "How to read the times, in Dutch." },
    },
  },
  HsdsServiceCapacity: {
    type: "object",
    title: "service_capacity (HSDS 3.1)",
    required: ["id", "service_id", "unit", "available", "description", "updated"],
    properties: {
      id: uuid("Stable id: the same municipality, cleaner or group keeps its id as the numbers change."),
      service_id: uuid("The service."),
      unit: schemaRef("HsdsUnit"),
      available: {
        type: "integer",
        minimum: 0,
        description:
          "Available now: ZIN's new clients in its first published week from this week on; a cleaner's free " +
          `visits in the coming ${SLOT_HORIZON_WEEKS} weeks; a mediator's new matches this month minus those ` +
          "requested; a group's seats minus active requests.",
      },
      maximum: {
        type: "integer",
        minimum: 0,
        description:
          "Out of: all the cleaner's visits in those weeks, the matches the mediator published for the month, the " +
          "group's seats. Left out for ZIN.",
      },
      description: text("What the figure counts, with the municipality, week, month or group, in Dutch."),
      updated: {
        type: "string",
        format: "date-time",
        description: "When the provider last confirmed the records behind the figure (UTC, milliseconds).",
      },
    },
  },
  HsdsUnit: {
    type: "object",
    title: "unit (HSDS 3.1)",
    required: ["id", "name", "scheme", "identifier"],
    properties: {
      id: uuid("Stable id per unit."),
      name: { type: "string", enum: Object.values(CAPACITY_UNITS), description: "The unit in Dutch." },
      scheme: { type: "string", const: "Hulpwijzer" },
      identifier: {
        type: "string",
        enum: Object.keys(CAPACITY_UNITS),
        description: `Stable code of the unit: ${unitList}.`,
      },
    },
  },
  ServicesValidationErrors: {
    type: "object",
    required: ["error", "errors"],
    properties: {
      error: { type: "string", const: "invalid_request" },
      errors: {
        type: "object",
        propertyNames: { enum: servicesParameters.map((p) => String(p.name)) },
        additionalProperties: { type: "string" },
        description: "One Dutch message per invalid query parameter, keyed by its name.",
      },
    },
  },
};

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

/** `GET /api/v1/services?municipality=GM0632&per_page=3`, built by the same code as the API's answer. */
const servicesExample = JSON.parse(
  JSON.stringify(
    hsdsPage(
      servicesExampleEntries.map((e) => toHsdsService(e, exampleId, EXAMPLE_DAY)),
      4,
      1,
      3,
    ),
  ),
) as JsonObject;

const servicesPath: JsonObject = {
  description:
    "The public directory of vetted providers. Methods other than GET get 405 `method_not_allowed` with " +
    "`Allow: GET`.",
  get: {
    operationId: "listServices",
    tags: ["services"],
    summary: "Directory of vetted providers and their live capacity (Open Referral HSDS 3.1)",
    description:
      "Open data for a municipality's social map (sociale kaart): every vetted provider as one HSDS 3.1 service, " +
      "with its organisation, service areas, location, schedules and capacity nested, in the HSDS API's paging " +
      "envelope. Public: no API key or account needed; any website may read it (CORS).\n\n" +
      "- Only providers that passed vetting (private cleaners and PGB mediators also with a certificate of conduct " +
      "(VOG) under three years old), as for matching: pending and suspended providers never appear, and a " +
      "suspension applies at the next call.\n" +
      "- Capacity counts only records confirmed within the stale period (a municipality's own for ZIN weeks and " +
      "mediation months, the strictest of the municipalities served for cleaners' windows and groups), minus " +
      `what requests already took. Units: ${unitList}.\n` +
      "- No personal data: no contact names or phone numbers; for private cleaners, who are often natural " +
      "persons, only the trade name, the KvK number and the four-digit postcode area, no email or address. An " +
      "organisation's email appears only when it is a role address (no contact person's name in it). Cleaners' " +
      "days off are never published.\n" +
      "- Ids are UUIDs derived from Hulpwijzer's own ids: stable across calls, so an import can update.\n" +
      "- Texts are in Dutch; times are Dutch local time (see `notes` of a schedule).\n" +
      "- Ordered by organisation name. Responses may be cached for 5 minutes (`Cache-Control: public, " +
      "max-age=300`), so capacity can be up to 5 minutes old.",
    security: [],
    parameters: servicesParameters,
    responses: {
      "200": {
        description: "One page of services. The example is `?municipality=GM0632&per_page=3` (ids shortened).",
        headers: {
          "Cache-Control": { schema: { type: "string", const: "public, max-age=300" } },
          "Access-Control-Allow-Origin": { schema: { type: "string", const: "*" } },
        },
        content: { "application/json": { schema: schemaRef("ServicesPage"), example: servicesExample } },
      },
      "400": {
        description:
          "One or more query parameters are invalid, or the municipality code is unknown: a Dutch message per " +
          "parameter.",
        content: {
          "application/json": {
            schema: schemaRef("ServicesValidationErrors"),
            examples: {
              invalidParameters: {
                summary: "Invalid parameters",
                value: {
                  error: "invalid_request",
                  errors: {
                    municipality: "Vul een CBS-gemeentecode in: GM en vier cijfers, bijvoorbeeld GM0632 (Woerden).",
                    per_page: "Vul bij per_page een heel getal in van 1 tot en met 100.",
                  },
                },
              },
              unknownMunicipality: {
                summary: "Unknown municipality code",
                value: {
                  error: "invalid_request",
                  errors: {
                    municipality:
                      "Deze gemeentecode kennen we niet. Gebruik een CBS-gemeentecode, bijvoorbeeld GM0632 (Woerden).",
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

/** One record of every type, for reference; a real provider only sends the types of its own kind. */
const exampleBatch = {
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

export const openApiDocument: JsonObject = {
  openapi: "3.1.0",
  info: {
    title: "Hulpwijzer API",
    version: "1",
    description:
      "API for providers' planning systems to publish capacity (room for new clients, working hours, groups) to " +
      "Hulpwijzer, for anyone to look up the options for a help request (`GET /api/v1/options`, public), and for " +
      "logged-in residents to request one (`POST /api/v1/requests`, with the browser session).\n\n" +
      "For the capacity endpoints, authenticate with the provider's API key as a bearer token " +
      "(`Authorization: Bearer hwk_…`: `hwk_` followed by 32 characters a-z and 2-7). A key only ever reads and " +
      "writes its own provider's records; there is no way to address another provider.\n\n" +
      'Errors are JSON: `{ error, message }`, or `{ error: "invalid_request", errors: { field: message } }` for ' +
      "invalid fields. The `error` codes are stable English identifiers; `message` and the field messages are in " +
      "Dutch, written to be shown to your users as they are.\n\n" +
      'Numeric fields of capacity records also accept numeric strings ("12"). Responses are sent with ' +
      "`Cache-Control: no-store`. The capacity API is meant to be called from servers; a browser request that " +
      "changes data from another website is refused (403).",
  },
  servers: [{ url: "/" }],
  tags: [
    { name: "capacity", description: "Publishing and reading your capacity." },
    { name: "options", description: "Options for a help request; public." },
    { name: "requests", description: "Requesting an option, for logged-in residents." },
    { name: "services", description: "The directory of vetted providers as open data (HSDS 3.1); public." },
  ],
  security: [{ bearerAuth: [] }],
  paths: {
    "/api/v1/capacity": {
      description:
        "Your provider's capacity records. Methods other than GET and PUT get 405 `method_not_allowed` with " +
        "`Allow: GET, PUT`.",
      get: {
        operationId: "getCapacity",
        tags: ["capacity"],
        summary: "List your capacity records",
        description:
          "Returns all current records of your provider with their freshness. Use it to check what Hulpwijzer " +
          "holds; stale records are listed too (with `stale: true`).",
        security: [{ bearerAuth: [] }],
        responses: {
          "200": {
            description: "Your records.",
            content: {
              "application/json": {
                schema: schemaRef("CapacityList"),
                example: {
                  providerId: 7,
                  staleAfterDays: 14,
                  records: [
                    {
                      type: "zin_week",
                      ...zinWeekExample,
                      updatedAt: "2026-11-23T08:15:00.000Z",
                      confirmedAt: "2026-11-27T08:15:00.000Z",
                      stale: false,
                      ageDays: 2,
                    },
                  ],
                },
              },
            },
          },
          "401": responseRef("Unauthorized"),
        },
      },
      put: {
        operationId: "putCapacity",
        tags: ["capacity"],
        summary: "Publish a batch of capacity records",
        description:
          "Creates, updates, confirms and deletes records of your provider in one all-or-nothing batch.\n\n" +
          "- Records are matched on (type, externalRef) within your provider: an unknown pair is created, a known " +
          "one with different fields is updated (new `updatedAt`, kept in the change history), and an identical one " +
          "is only confirmed: `confirmedAt` moves, `updatedAt` and the history do not. Sending the same batch twice " +
          "therefore changes nothing.\n" +
          "- `{ type, externalRef, deleted: true }` removes a record. Deletions are applied first, so one batch " +
          "can move a municipality/week to a new reference.\n" +
          "- Records you do not send are left as they are, but capacity that is not confirmed within the stale " +
          "period of your municipalities (`staleAfterDays`, 14 days by default) becomes stale and is ignored by " +
          "matching. Send unchanged records again to confirm them.\n" +
          "- The batch is all-or-nothing: every item is checked first (fields, your provider kind's record types, " +
          "your service area, known postcodes, one record per municipality and week or month) and if anything is " +
          "wrong you get 400 with every problem and nothing is written or confirmed.\n" +
          `- At most ${MAX_BATCH_RECORDS} records and ${MAX_BATCH_BYTES} bytes per request (413 otherwise).\n` +
          "- For private cleaners, bookable visits are re-derived from the windows and days off; visits already " +
          "held or booked are never touched.",
        security: [{ bearerAuth: [] }],
        requestBody: {
          required: true,
          description:
            "The example shows one record of every type for reference. A real batch holds only the types of your " +
            "provider kind (see RecordType); other types are refused with `records[<index>].type`.",
          content: {
            "application/json": {
              schema: schemaRef("CapacityBatch"),
              example: exampleBatch,
            },
          },
        },
        responses: {
          "200": {
            description: "The batch was applied: counts per outcome and your records afterwards.",
            content: {
              "application/json": {
                schema: schemaRef("BatchResult"),
                example: {
                  created: 0,
                  updated: 0,
                  unchanged: 1,
                  deleted: 0,
                  records: [
                    {
                      type: "zin_week",
                      ...zinWeekExample,
                      updatedAt: "2026-11-23T08:15:00.000Z",
                      confirmedAt: "2026-11-29T07:00:00.000Z",
                      stale: false,
                      ageDays: 0,
                    },
                  ],
                },
              },
            },
          },
          "400": responseRef("BadRequest"),
          "401": responseRef("Unauthorized"),
          "413": responseRef("PayloadTooLarge"),
        },
      },
    },
    "/api/v1/options": optionsPath,
    "/api/v1/requests": requestsPath,
    "/api/v1/services": servicesPath,
    "/api/v1/openapi.json": {
      get: {
        operationId: "getOpenApiDocument",
        summary: "This document",
        security: [],
        responses: { "200": { description: "The OpenAPI document.", content: { "application/json": {} } } },
      },
    },
  },
  components: {
    securitySchemes: {
      bearerAuth: {
        type: "http",
        scheme: "bearer",
        bearerFormat: "hwk_ followed by 32 characters a-z and 2-7",
        description:
          "The provider's API key. Hulpwijzer keeps only a hash: a key is shown once when created and can be revoked.",
      },
      sessionCookie: {
        type: "apiKey",
        in: "cookie",
        name: "hw_session",
        description:
          "The browser session from logging in at /inloggen (HttpOnly cookie); for Hulpwijzer's own pages, not for " +
          "other servers.",
      },
    },
    schemas: { ...schemas, ...optionsSchemas, ...requestsSchemas, ...servicesSchemas },
    responses,
  },
};
