// OpenAPI 3.1 description of the public API, served at GET /api/v1/openapi.json.
// Plain data without server imports, so unit tests can hold it against the zod schemas it describes.
import { MAX_BATCH_BYTES, MAX_BATCH_RECORDS } from "~/schemas/capacity";

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
          "Stable code: invalid_json, unreadable_body, unauthorized, method_not_allowed or payload_too_large.",
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
      "Hulpwijzer.\n\n" +
      "Authenticate with the provider's API key as a bearer token (`Authorization: Bearer hwk_…`: `hwk_` followed " +
      "by 32 characters a-z and 2-7). A key only ever reads and writes its own provider's records; there is no way " +
      "to address another provider.\n\n" +
      'Errors are JSON: `{ error, message }`, or `{ error: "invalid_request", errors: { field: message } }` for ' +
      "invalid fields. The `error` codes are stable English identifiers; `message` and the field messages are in " +
      "Dutch, written to be shown to your users as they are.\n\n" +
      'Numeric fields also accept numeric strings ("12"). Responses are sent with `Cache-Control: no-store`. ' +
      "The API is meant to be called from servers: a browser request that changes data from another website is " +
      "refused (403).",
  },
  servers: [{ url: "/" }],
  tags: [{ name: "capacity", description: "Publishing and reading your capacity." }],
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
    },
    schemas,
    responses,
  },
};
