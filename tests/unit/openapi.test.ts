import fs from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { type JsonObject, type JsonValue, openApiDocument, servicesExampleEntries } from "~/api/openapi";
import { CAPACITY_UNITS } from "~/domain/hsds";
import { compareOptions, type Option } from "~/domain/matching";
import { translate } from "~/i18n";
import { loader } from "~/routes/api.v1.openapi[.]json";
import {
  capacityRecord,
  cleanerExceptionRecord,
  cleanerWindowRecord,
  cohortRecord,
  deletionRecord,
  helperPoolRecord,
  MAX_BATCH_RECORDS,
  mediationMonthRecord,
  zinWaitingListRecord,
  zinWeekRecord,
} from "~/schemas/capacity";
import { helpRequestSchema } from "~/schemas/help-request";
import { servicesQuerySchema } from "~/schemas/services-query";
import { queryObject } from "~/utils/query";
import { OPTION_KINDS, PROVIDER_KINDS } from "~db/enums";
import { SchemaRegistry } from "../support/json-schema";

const RECORD_TYPES = [
  "zin_week",
  "zin_waiting_list",
  "cleaner_window",
  "cleaner_exception",
  "mediation_month",
  "helper_pool",
  "cohort",
];

// Which zod schema each documented component stands for.
const ZOD_BY_COMPONENT = {
  ZinWeekRecord: zinWeekRecord,
  ZinWaitingListRecord: zinWaitingListRecord,
  CleanerWindowRecord: cleanerWindowRecord,
  CleanerExceptionRecord: cleanerExceptionRecord,
  MediationMonthRecord: mediationMonthRecord,
  HelperPoolRecord: helperPoolRecord,
  CohortRecord: cohortRecord,
};

const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/** The value a local reference such as "#/components/schemas/X" points at, or undefined. */
function lookup(ref: string): JsonValue | undefined {
  if (!ref.startsWith("#/")) return undefined;
  let node: JsonValue | undefined = openApiDocument;
  for (const part of ref.slice(2).split("/")) {
    const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
    node = isObject(node) ? node[key] : undefined;
  }
  return node;
}

/** An object in the document, following $refs; fails the test when it is missing. */
function obj(v: JsonValue | undefined): JsonObject {
  let node = v;
  while (isObject(node) && typeof node.$ref === "string") node = lookup(node.$ref);
  if (!isObject(node)) throw new Error(`expected an object, got ${JSON.stringify(v)}`);
  return node;
}

function arr(v: JsonValue | undefined): JsonValue[] {
  if (!Array.isArray(v)) throw new Error(`expected an array, got ${JSON.stringify(v)}`);
  return v;
}

/** Follows a path of keys through the document, resolving $refs on the way. */
function at(...path: string[]): JsonObject {
  return path.reduce<JsonObject>((node, key) => obj(node[key]), openApiDocument);
}

/**
 * Just enough of JSON Schema (the keywords this document uses) to check values against it,
 * so the documented constraints can be compared with what zod accepts.
 */
function matches(schemaValue: JsonValue, value: unknown): boolean {
  const s = obj(schemaValue);
  if (s.allOf !== undefined && !arr(s.allOf).every((sub) => matches(sub, value))) return false;
  if (s.oneOf !== undefined && arr(s.oneOf).filter((sub) => matches(sub, value)).length !== 1) return false;
  if (s.not !== undefined && matches(s.not, value)) return false;
  if ("const" in s && !isDeepStrictEqual(s.const, value)) return false;
  if (s.enum !== undefined && !arr(s.enum).some((e) => isDeepStrictEqual(e, value))) return false;
  const typeOk: Record<string, boolean> = {
    string: typeof value === "string",
    number: typeof value === "number" && Number.isFinite(value),
    integer: Number.isInteger(value),
    boolean: typeof value === "boolean",
    array: Array.isArray(value),
    object: isObject(value),
    null: value === null,
  };
  const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type.map(String) : [String(s.type)];
  if (types.length > 0 && !types.some((t) => typeOk[t])) return false;
  if (typeof value === "string") {
    if (typeof s.pattern === "string" && !new RegExp(s.pattern, "u").test(value)) return false;
    if (typeof s.minLength === "number" && [...value].length < s.minLength) return false;
    if (typeof s.maxLength === "number" && [...value].length > s.maxLength) return false;
  }
  if (typeof value === "number") {
    if (typeof s.minimum === "number" && value < s.minimum) return false;
    if (typeof s.maximum === "number" && value > s.maximum) return false;
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === "number" && value.length < s.minItems) return false;
    if (typeof s.maxItems === "number" && value.length > s.maxItems) return false;
    const items = s.items;
    if (items !== undefined && !value.every((item) => matches(items, item))) return false;
  }
  if (isObject(value)) {
    if (s.required !== undefined && !arr(s.required).every((k) => typeof k === "string" && k in value)) return false;
    const names = s.propertyNames;
    if (names !== undefined && !Object.keys(value).every((k) => matches(names, k))) return false;
    const props = s.properties === undefined ? {} : obj(s.properties);
    for (const [k, v] of Object.entries(value)) {
      const sub = props[k];
      if (sub !== undefined && !matches(sub, v)) return false;
    }
  }
  return true;
}

const putOperation = () => at("paths", "/api/v1/capacity", "put");
const batchSchema = () => obj(putOperation().requestBody).content;
const recordsSchema = () => at("components", "schemas", "CapacityBatch", "properties", "records");
const itemChoices = () => arr(obj(recordsSchema().items).oneOf).map(obj);

function documentedExample(): JsonObject[] {
  const media = obj(obj(obj(putOperation().requestBody).content)["application/json"]);
  return arr(obj(media.example).records).map(obj);
}

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1.0 for the Hulpwijzer API", () => {
    expect(openApiDocument.openapi).toBe("3.1.0");
    const info = at("info");
    expect(info.title).toBe("Hulpwijzer API");
    expect(info.version).toBe("1");
    expect(String(info.description)).toMatch(/Dutch/);
    expect(openApiDocument.servers).toEqual([{ url: "/" }]);
  });

  it("documents GET and PUT /api/v1/capacity behind bearer authentication", () => {
    expect(at("components", "securitySchemes", "bearerAuth")).toMatchObject({ type: "http", scheme: "bearer" });
    const path = at("paths", "/api/v1/capacity");
    for (const method of ["get", "put"]) {
      expect(obj(path[method]).security).toEqual([{ bearerAuth: [] }]);
    }
    expect(Object.keys(path).filter((k) => k !== "description" && k !== "parameters")).toEqual(["get", "put"]);
    expect(String(path.description)).toMatch(/405/);
  });

  it("lists exactly the seven record types and a deletion in the PUT body", () => {
    expect(Object.keys(obj(batchSchema()))).toEqual(["application/json"]);
    const choices = itemChoices();
    expect(choices).toHaveLength(8);
    const deletions = choices.filter((c) => arr(c.required).includes("deleted"));
    const records = choices.filter((c) => !arr(c.required).includes("deleted"));
    expect(deletions).toHaveLength(1);
    expect(records).toHaveLength(7);
    const consts = records.map((c) => obj(obj(c.properties).type).const);
    expect([...consts].sort()).toEqual([...RECORD_TYPES].sort());

    const deletion = obj(deletions[0]);
    expect(obj(obj(deletion.properties).type).enum).toEqual(RECORD_TYPES);
    expect(obj(obj(deletion.properties).deleted).const).toBe(true);
    expect(deletionRecord.shape.type.options).toEqual(RECORD_TYPES);
  });

  it("limits a batch to MAX_BATCH_RECORDS records", () => {
    expect(recordsSchema().maxItems).toBe(MAX_BATCH_RECORDS);
    expect(recordsSchema().maxItems).toBe(500);
  });

  it("documents 200, 400, 401 and 413 for PUT and 200 and 401 for GET", () => {
    const put = obj(putOperation().responses);
    expect(Object.keys(put).sort()).toEqual(["200", "400", "401", "413"]);
    const get = at("paths", "/api/v1/capacity", "get", "responses");
    expect(Object.keys(get).sort()).toEqual(["200", "401"]);

    const json = (status: string) => obj(obj(obj(put[status]).content)["application/json"]);
    expect(obj(json("401").schema).required).toEqual(["error", "message"]);
    expect(obj(json("413").example).error).toBe("payload_too_large");
    expect(obj(obj(obj(put["401"]).headers)["WWW-Authenticate"])).toBeDefined();
    const badRequest = arr(obj(json("400").schema).oneOf).map(obj);
    expect(badRequest.map((s) => obj(s.properties).error)).toContainEqual({ type: "string", const: "invalid_request" });
  });

  it("has an example batch with every record type, each accepted by the zod schema", () => {
    const records = documentedExample();
    expect(new Set(records.map((r) => r.type))).toEqual(new Set(RECORD_TYPES));
    for (const record of records) {
      const parsed = capacityRecord.safeParse(record);
      expect(parsed.success, `${record.type}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
    const zin = records.find((r) => r.type === "zin_week");
    expect(zin?.municipalityCode).toBe("GM0632");
    expect(String(zin?.weekStart)).toMatch(/^2026-/);
    expect(new Date(`${zin?.weekStart}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(records.find((r) => r.type === "mediation_month")?.municipalityCode).toBe("GM0632");
    expect(records.find((r) => r.type === "cohort")?.locationPostcode).toBe("3441 AB");
  });

  it("has an example batch that also satisfies the documented schema, each item matching one choice", () => {
    const media = obj(obj(batchSchema())["application/json"]);
    expect(matches(media.schema as JsonValue, media.example)).toBe(true);
    for (const record of documentedExample()) {
      expect(itemChoices().filter((c) => matches(c, record))).toHaveLength(1);
    }
  });

  it("has component examples accepted by zod", () => {
    for (const [name, schema] of Object.entries(ZOD_BY_COMPONENT)) {
      const examples = arr(at("components", "schemas", name).examples);
      expect(examples.length, name).toBeGreaterThan(0);
      for (const e of examples) expect(schema.safeParse(e).success, name).toBe(true);
    }
    for (const e of arr(at("components", "schemas", "CapacityDeletion").examples)) {
      expect(deletionRecord.safeParse(e).success).toBe(true);
    }
  });

  it("documents exactly the fields zod knows, with the same required ones", () => {
    for (const [name, schema] of Object.entries(ZOD_BY_COMPONENT)) {
      const component = at("components", "schemas", name);
      const documented = Object.keys(obj(component.properties)).filter((k) => k !== "deleted");
      const required = Object.entries(schema.shape)
        .filter(([, field]) => !(field as ZodType).safeParse(undefined).success)
        .map(([k]) => k);
      expect(documented.sort(), name).toEqual(Object.keys(schema.shape).sort());
      expect(arr(component.required).map(String).sort(), name).toEqual(required.sort());
    }
  });

  it("states the same limits as zod (both accept the edges, both refuse beyond them)", () => {
    const base = Object.fromEntries(documentedExample().map((r) => [String(r.type), r]));
    const variant = (type: string, change: JsonObject) => ({ ...base[type], ...change });
    const valid = [
      variant("zin_week", { hoursPerWeek: 0 }),
      variant("zin_week", { hoursPerWeek: 2000, newClients: 1000 }),
      variant("zin_waiting_list", { length: 100_000 }),
      variant("cleaner_window", { weekday: 7, visitMinutes: 480, startTime: "00:00", endTime: "23:59" }),
      variant("cleaner_window", { weekday: 1, visitMinutes: 30 }),
      variant("cleaner_exception", { reason: "x".repeat(200) }),
      variant("mediation_month", { month: "2026-12", newMatches: 1000 }),
      variant("helper_pool", { helpers: 100_000 }),
      variant("cohort", { seats: 1, locationPostcode: "3441" }),
      variant("cohort", { seats: 100, locationPostcode: "3441ab" }),
      variant("cohort", { location: "x".repeat(200) }),
      variant("helper_pool", { externalRef: "x".repeat(100) }),
    ];
    const invalid = [
      variant("zin_week", { municipalityCode: "0632" }),
      variant("zin_week", { municipalityCode: "GM632" }),
      variant("zin_week", { hoursPerWeek: 2000.5 }),
      variant("zin_week", { hoursPerWeek: -1 }),
      variant("zin_week", { newClients: 1001 }),
      variant("zin_week", { newClients: 1.5 }),
      variant("zin_week", { earliestStart: "2026-12-1" }),
      variant("zin_waiting_list", { length: 100_001 }),
      variant("cleaner_window", { weekday: 0 }),
      variant("cleaner_window", { weekday: 8 }),
      variant("cleaner_window", { visitMinutes: 29 }),
      variant("cleaner_window", { visitMinutes: 481 }),
      variant("cleaner_window", { startTime: "9:00" }),
      variant("cleaner_window", { endTime: "24:00" }),
      variant("cleaner_exception", { reason: "x".repeat(201) }),
      variant("mediation_month", { month: "2026-13" }),
      variant("mediation_month", { month: "2026-1" }),
      variant("cohort", { seats: 0 }),
      variant("cohort", { seats: 101 }),
      variant("cohort", { sessions: [{ weekday: 1, time: "10:00" }] }),
      variant("cohort", { location: "" }),
      variant("cohort", { location: "x".repeat(201) }),
      variant("cohort", { locationPostcode: "344 AB" }),
      variant("cohort", { locationPostcode: "3441 A" }),
      variant("helper_pool", { externalRef: "" }),
      variant("helper_pool", { externalRef: "x".repeat(101) }),
      variant("helper_pool", { type: "helpers" }),
    ];
    const records = recordsSchema();
    for (const record of valid) {
      expect(capacityRecord.safeParse(record).success, JSON.stringify(record)).toBe(true);
      expect(matches(records, [record]), JSON.stringify(record)).toBe(true);
    }
    for (const record of invalid) {
      expect(capacityRecord.safeParse(record).success, JSON.stringify(record)).toBe(false);
      expect(matches(records, [record]), JSON.stringify(record)).toBe(false);
    }
  });

  it("reads an item with deleted: true as a deletion only", () => {
    const full = { ...documentedExample()[0], deleted: true };
    const chosen = itemChoices().filter((c) => matches(c, full));
    expect(chosen).toHaveLength(1);
    expect(arr(chosen[0]?.required)).toContain("deleted");
    expect(deletionRecord.safeParse(full).success).toBe(true);
  });

  it("only has $refs that resolve to existing components", () => {
    const refs: string[] = [];
    const walk = (node: JsonValue) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (isObject(node)) {
        for (const [k, v] of Object.entries(node)) {
          if (k === "$ref" && typeof v === "string") refs.push(v);
          else walk(v);
        }
      }
    };
    walk(openApiDocument);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) {
      expect(ref, ref).toMatch(/^#\/components\/(schemas|responses)\/[A-Za-z]+$/);
      expect(isObject(lookup(ref)), ref).toBe(true);
    }
  });
});

// GET /api/v1/options, held against the route's zod schema and the matching engine's source.

const OPTIONS_PARAMETERS = [
  "postcode",
  "birthYear",
  "household",
  "partnerUnderAow",
  "income",
  "needs",
  "mobility",
  "network",
  "start",
];
const OPTION_FIELDS = [
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
];
// Known today; guards the extraction below against finding nothing.
const KNOWN_REASONS = [
  "network_can_provide",
  "mobility_limit",
  "too_young",
  "no_mobility_limit",
  "no_cohort_nearby",
  "free_slot",
  "no_rate",
  "no_free_slot",
  "outside_travel_distance",
  "financially_able",
  "hht_subsidy",
  "no_need",
  "mediation_capacity",
  "no_mediation_capacity",
  "network_if_paid",
  "need_present",
  "place_available",
  "waiting_list",
  "income_unknown",
  "tariff_exempt",
  "no_capacity_published",
  "no_provider",
];
const TODAY = "2026-11-23";

// The engine's words are in matching.ts, its option builders per kind in options/.
const MATCHING_SOURCE_PATHS = [
  path.resolve("app/domain/matching.ts"),
  ...fs.readdirSync(path.resolve("app/domain/options")).map((f) => path.resolve("app/domain/options", f)),
];
const matchingSource = () => MATCHING_SOURCE_PATHS.map((p) => fs.readFileSync(p, "utf8")).join("\n");

/**
 * String literals that are elements of array literals in matching.ts, directly or as a branch of a
 * ternary (`[...(x ? ["a"] : [])]`, `[x ? "a" : "b"]`): the reason codes. Arrays declared `as const`
 * (NEEDS, OPTION_KINDS, …) and literals passed to calls (`[noProvider("zin", …)]`) are not reasons.
 */
function reasonLiteralsInMatching(): Set<string> {
  const source = ts.createSourceFile("matching.ts", matchingSource(), ts.ScriptTarget.Latest, true);
  const found = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node)) {
      let child: ts.Node = node;
      let parent = node.parent;
      while (
        ts.isParenthesizedExpression(parent) ||
        ts.isSpreadElement(parent) ||
        (ts.isConditionalExpression(parent) && parent.condition !== child)
      ) {
        child = parent;
        parent = parent.parent;
      }
      const pushed =
        ts.isCallExpression(parent) &&
        ts.isPropertyAccessExpression(parent.expression) &&
        parent.expression.name.text === "push" &&
        parent.expression.expression.getText() === "reasons";
      if ((ts.isArrayLiteralExpression(parent) && !ts.isAsExpression(parent.parent)) || pushed) found.add(node.text);
    }
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

const optionsOperation = () => at("paths", "/api/v1/options", "get");
const optionsParameters = () => arr(optionsOperation().parameters).map(obj);
const optionsJson = (status: string) =>
  obj(obj(obj(obj(optionsOperation().responses)[status]).content)["application/json"]);
const optionSchema = () => at("components", "schemas", "Option");
const reasonItems = () => obj(obj(obj(optionSchema().properties).reasons).items);

/** The parameters' examples as a query string, serialised as documented (form style, lists comma-separated). */
function exampleQuery(): URLSearchParams {
  const query = new URLSearchParams();
  for (const p of optionsParameters()) {
    const example = p.example;
    expect(example, String(p.name)).toBeDefined();
    expect(p.explode === false || !Array.isArray(example), String(p.name)).toBe(true);
    query.set(String(p.name), Array.isArray(example) ? example.join(",") : String(example));
  }
  return query;
}

/** A raw query value as the documented schema types it: lists split on commas, whole numbers as numbers. */
function documentedValue(parameter: JsonObject, raw: string): JsonValue {
  const type = obj(parameter.schema).type;
  if (type === "array") return raw === "" ? [] : raw.split(",").map((s) => s.trim());
  if (type === "integer" && /^\s*-?\d+(\.\d+)?\s*$/.test(raw)) return Number(raw);
  return raw;
}

describe("OpenAPI document: GET /api/v1/options", () => {
  it("documents the path with only GET, public (no security requirement)", () => {
    const pathItem = at("paths", "/api/v1/options");
    expect(Object.keys(pathItem)).toEqual(["get"]);
    expect(optionsOperation().operationId).toBe("getOptions");
    expect(optionsOperation().security).toEqual([]);
    expect(Object.keys(obj(optionsOperation().responses)).sort()).toEqual(["200", "400", "404"]);
    expect(optionsJson("200").schema).toEqual({ $ref: "#/components/schemas/OptionsResponse" });
  });

  it("documents exactly the query parameters the zod schema reads, with the same required ones", () => {
    const params = optionsParameters();
    expect(params.map((p) => p.name)).toEqual(OPTIONS_PARAMETERS);
    expect(Object.keys(helpRequestSchema(TODAY).shape)).toEqual(OPTIONS_PARAMETERS);
    for (const p of params) {
      expect(p.in, String(p.name)).toBe("query");
      expect(String(p.description).length, String(p.name)).toBeGreaterThan(20);
      expect(isObject(p.schema), String(p.name)).toBe(true);
      expect(matches(obj(p.schema), p.example as JsonValue), String(p.name)).toBe(true);
    }
    // Required exactly when zod refuses the example query without it.
    const example = queryObject(exampleQuery());
    for (const p of params) {
      const { [String(p.name)]: _left, ...without } = example;
      expect(helpRequestSchema(TODAY).safeParse(without).success, String(p.name)).toBe(p.required !== true);
    }
    expect(params.filter((p) => p.required === true).map((p) => p.name)).toEqual([
      "postcode",
      "birthYear",
      "household",
      "needs",
      "network",
    ]);
  });

  it("has an example query that zod accepts, echoed in the example response", () => {
    const parsed = helpRequestSchema(TODAY).safeParse(queryObject(exampleQuery()));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    const example = obj(optionsJson("200").example);
    expect(parsed.data).toEqual(example.request);
    expect(parsed.data?.postcode).toBe("3441AB");
    expect(obj(example.municipality)).toEqual({ code: "GM0632", name: "Woerden" });
  });

  it("states the same limits on the query parameters as zod", () => {
    const cases: [string, string, boolean][] = [
      ["postcode", "3441 ab", true],
      ["postcode", "3441", true],
      ["postcode", " 3 4 4 1 A b ", true],
      ["postcode", "9999ZZ", true],
      ["postcode", "0441AB", false],
      ["postcode", "3441A", false],
      ["postcode", "344", false],
      ["postcode", "3441ABC", false],
      ["household", "couple", true],
      ["household", "three", false],
      ["partnerUnderAow", "true", true],
      ["partnerUnderAow", "TRUE", false],
      ["partnerUnderAow", "yes", false],
      ["income", "0", true],
      ["income", "1000000", true],
      ["income", "1000001", false],
      ["income", "-5", false],
      ["income", "12.5", false],
      ["needs", "cleaning,laundry,heavy_cleaning", true],
      ["needs", "cleaning, cleaning", true],
      ["needs", "cleaning,cleaning,cleaning,cleaning", true],
      ["needs", "", false],
      ["needs", "ironing", false],
      ["mobility", "stairs,chair_rise", true],
      ["mobility", "", true],
      ["mobility", "wheelchair", false],
      ["network", "can_provide", true],
      ["network", "maybe", false],
      ["start", "2027-11-23", true],
      ["start", "2020-01-01", true],
      ["start", "2026-12-1", false],
    ];
    const base = queryObject(exampleQuery());
    const byName = Object.fromEntries(optionsParameters().map((p) => [String(p.name), p]));
    for (const [name, raw, valid] of cases) {
      const label = `${name}=${raw}`;
      expect(helpRequestSchema(TODAY).safeParse({ ...base, [name]: raw }).success, label).toBe(valid);
      const parameter = obj(byName[name]);
      expect(matches(obj(parameter.schema), documentedValue(parameter, raw)), label).toBe(valid);
    }
    // Beyond what the schema can state: a real calendar day, at most a year ahead.
    expect(helpRequestSchema(TODAY).safeParse({ ...base, start: "2026-02-30" }).success).toBe(false);
    expect(helpRequestSchema(TODAY).safeParse({ ...base, start: "2027-11-24" }).success).toBe(false);
  });

  it("documents the Option fields in the order the route writes them, all required", () => {
    const option = optionSchema();
    expect(Object.keys(obj(option.properties))).toEqual(OPTION_FIELDS);
    expect(option.required).toEqual(OPTION_FIELDS);
    expect(obj(obj(option.properties).kind).enum).toEqual([...OPTION_KINDS]);
    expect(obj(obj(option.properties).slots).maxItems).toBe(5);
    expect(at("components", "schemas", "Slot").required).toEqual(["slotId", "start"]);
    expect(Object.keys(at("components", "schemas", "OptionsResponse", "properties"))).toEqual([
      "request",
      "municipality",
      "options",
    ]);
    const fields = OPTION_FIELDS.map((k) => `${k}: o.${k},`);
    const route = fs.readFileSync(path.resolve("app/routes/api.v1.options.ts"), "utf8");
    const written = route.match(/\b\w+: o\.\w+,/g) ?? [];
    expect(written).toEqual(fields);
  });

  it("lists every reason code of the matching engine, each described", () => {
    const inSource = reasonLiteralsInMatching();
    for (const code of KNOWN_REASONS) expect(inSource.has(code), code).toBe(true);
    const documented = arr(reasonItems().enum).map(String);
    expect(new Set(documented)).toEqual(inSource);
    expect(documented).toHaveLength(new Set(documented).size);
    const source = matchingSource();
    for (const code of documented) {
      expect(source, code).toContain(`"${code}"`);
      expect(code, code).toMatch(/^[a-z]+(_[a-z]+)+$/);
      expect(String(reasonItems().description), code).toMatch(new RegExp(`\`${code}\`: \\S`));
    }
  });

  it("has an example response that fits the schema and the engine's order", () => {
    const example = obj(optionsJson("200").example);
    expect(matches(at("components", "schemas", "OptionsResponse"), example)).toBe(true);
    const options = arr(example.options).map(obj);
    expect(options.length).toBeGreaterThan(2);
    for (const o of options) {
      expect(Object.keys(o)).toEqual(OPTION_FIELDS);
      expect(matches(optionSchema(), o), String(o.offerId)).toBe(true);
      if (o.recommended === true) expect(o.eligible, String(o.offerId)).toBe(true);
      if (o.kind !== "private_cleaner") expect(o.slots, String(o.offerId)).toEqual([]);
    }
    const engine = options as unknown as Option[];
    expect([...engine].sort(compareOptions)).toEqual(engine);
    const cleaner = options.find((o) => o.kind === "private_cleaner");
    expect(arr(cleaner?.slots).length).toBeGreaterThan(0);
    // Values outside the documented schema are refused.
    const first = obj(options[0]);
    expect(matches(optionSchema(), { ...first, reasons: ["cheap"] })).toBe(false);
    expect(matches(optionSchema(), { ...first, offerId: "cohort:x" })).toBe(false);
    expect(matches(optionSchema(), { ...first, citizenCostPerMonthCents: 12.5 })).toBe(false);
    expect(matches(optionSchema(), { ...first, waitDays: null, earliestStart: null })).toBe(true);
  });

  it("documents 400 and 404 with examples in the route's shapes and Dutch messages", () => {
    const badRequest = optionsJson("400");
    const examples = Object.values(obj(badRequest.examples)).map((e) => obj(obj(e).value));
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const e of examples) expect(matches(obj(badRequest.schema), e)).toBe(true);
    expect(matches(obj(badRequest.schema), { error: "invalid_request", errors: { records: "x" } })).toBe(false);
    expect(examples.map((e) => obj(e.errors))).toEqual([
      {
        birthYear: translate("nl", "validation.help.birthYear"),
        needs: translate("nl", "validation.help.needs"),
      },
      { postcode: translate("nl", "validation.help.postcodeUnknown") },
    ]);

    const notFound = optionsJson("404");
    const example = obj(notFound.example);
    expect(matches(obj(notFound.schema), example)).toBe(true);
    expect(example).toEqual({
      error: "municipality_not_participating",
      message: translate("nl", "help.notParticipating", { municipality: "Amsterdam" }),
      municipality: { code: "GM0363", name: "Amsterdam" },
    });
  });

  it("states the rules in the operation's description", () => {
    const description = String(optionsOperation().description);
    expect(description).toMatch(/never not eligible \(Centrale Raad van Beroep, 2024\)/);
    expect(description).toMatch(/Own strength appears only when `network=can_provide`/);
    expect(description).toMatch(/Stale or unvetted capacity is never used/);
    expect(description).toContain("own_strength < powerful_ageing < private_cleaner < pgb_informal < zin");
    expect(description).toMatch(/up to 5 free visits for a private cleaner, \[\] for every other option/);
  });
});

// POST /api/v1/requests, held against the route, the service and the help-request zod schema.

const REQUEST_STATUSES = ["held", "intake_requested", "mediation_requested", "submitted"];
const REQUEST_RESPONSES = ["201", "400", "401", "403", "404", "409", "413"];
const REQUESTS_ROUTE = () => fs.readFileSync(path.resolve("app/routes/api.v1.requests.ts"), "utf8");
const REQUESTS_SERVICE = () => fs.readFileSync(path.resolve("app/domain/requests.ts"), "utf8");

const requestsOperation = () => at("paths", "/api/v1/requests", "post");
const requestsJson = (status: string, type = "application/json") =>
  obj(obj(obj(obj(requestsOperation().responses)[status]).content)[type]);
const requestBodyJson = () => obj(obj(obj(requestsOperation().requestBody).content)["application/json"]);
const answersSchema = () => at("components", "schemas", "HelpRequestAnswers");

/** JSON answers as the route reads them: values as strings, arrays joined with ",", null left out. */
function asQuery(answers: JsonObject): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(answers).map(([k, v]) => [
      k,
      v === null ? undefined : Array.isArray(v) ? v.map(String).join(",") : String(v),
    ]),
  );
}

/** The error code a documented error schema allows: the `const` (or enum) in its allOf. */
function errorCodes(schema: JsonObject): JsonValue[] {
  const narrowed = obj(arr(schema.allOf).find((s) => isObject(s) && s.$ref === undefined));
  const error = obj(obj(narrowed.properties).error);
  return error.const !== undefined ? [error.const] : arr(error.enum);
}

describe("OpenAPI document: POST /api/v1/requests", () => {
  it("documents the path with only POST and every status code the route answers with", () => {
    expect(Object.keys(at("paths", "/api/v1/requests"))).toEqual(["post"]);
    expect(requestsOperation().operationId).toBe("createRequest");
    expect(Object.keys(obj(requestsOperation().responses)).sort()).toEqual(REQUEST_RESPONSES);
    const route = REQUESTS_ROUTE();
    // The route's 405 is stated in the description rather than as a response.
    expect(route).toContain('apiError(405, "method_not_allowed", "Gebruik POST.", { Allow: "POST" })');
    expect(String(requestsOperation().description)).toContain("405 `method_not_allowed` with `Allow: POST`");
  });

  it("is secured by the hw_session cookie, not the API key", () => {
    const security = arr(requestsOperation().security).map(obj);
    expect(security).toEqual([{ sessionCookie: [] }]);
    const names = Object.keys(obj(security[0]));
    expect(names).toHaveLength(1);
    const scheme = at("components", "securitySchemes", String(names[0]));
    expect(scheme).toMatchObject({ type: "apiKey", in: "cookie", name: "hw_session" });
    expect(String(scheme.description)).toContain("/inloggen");
    const session = fs.readFileSync(path.resolve("app/auth/session.server.ts"), "utf8");
    expect(session).toContain('export const SESSION_COOKIE = "hw_session";');
    expect(security).not.toContainEqual({ bearerAuth: [] });
  });

  it("documents the body the route's zod schema reads, requiring offerId and helpRequest", () => {
    expect(obj(requestsOperation().requestBody).required).toBe(true);
    const body = obj(requestBodyJson().schema);
    expect(body.required).toEqual(["offerId", "helpRequest"]);
    const properties = obj(body.properties);
    expect(Object.keys(properties)).toEqual(["offerId", "slotId", "helpRequest"]);
    const route = REQUESTS_ROUTE();
    const zodBody = route.slice(route.indexOf("const bodySchema = z.object({"), route.indexOf("\n});"));
    expect([...zodBody.matchAll(/^ {2}(\w+): z/gm)].map((m) => m[1])).toEqual(Object.keys(properties));
    expect(obj(properties.offerId)).toMatchObject({ type: "string", minLength: 1, maxLength: 100 });
    expect(obj(properties.slotId)).toMatchObject({ type: "integer", minimum: 1 });
    expect(obj(properties.helpRequest).type).toBe("object");
    // The answers are the options query's fields, with the same required ones.
    expect(Object.keys(obj(answersSchema().properties))).toEqual(OPTIONS_PARAMETERS);
    expect(answersSchema().required).toEqual(
      optionsParameters()
        .filter((p) => p.required)
        .map((p) => p.name),
    );
  });

  it("has a cleaner booking example whose helpRequest, read as the route does, zod accepts", () => {
    const example = obj(requestBodyJson().example);
    expect(example.offerId).toBe("cleaner:5");
    expect(matches(obj(requestBodyJson().schema), example)).toBe(true);
    const cleaner = arr(obj(optionsJson("200").example).options)
      .map(obj)
      .find((o) => o.offerId === example.offerId);
    expect(arr(cleaner?.slots).map((s) => obj(s).slotId)).toContain(example.slotId);

    const helpRequest = obj(example.helpRequest);
    const parsed = helpRequestSchema(TODAY).safeParse(asQuery(helpRequest));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    // The options response's `request` can be sent back as it is.
    expect(parsed.data).toEqual(obj(optionsJson("200").example).request);
    expect(asQuery(helpRequest)).toMatchObject({ needs: "cleaning", mobility: "stairs", partnerUnderAow: "false" });
  });

  it("states the same limits on the JSON answers as zod on their string forms", () => {
    const base = obj(requestBodyJson().example).helpRequest as JsonObject;
    const cases: [string, JsonValue, boolean][] = [
      ["postcode", "3441 ab", true],
      ["postcode", "0441AB", false],
      ["postcode", null, false],
      ["birthYear", 1948, true],
      ["birthYear", "1948", true],
      ["birthYear", "19480", false],
      ["birthYear", 1948.5, false],
      ["household", "couple", true],
      ["household", "three", false],
      ["partnerUnderAow", true, true],
      ["partnerUnderAow", "true", true],
      ["partnerUnderAow", null, true],
      ["partnerUnderAow", "TRUE", false],
      ["partnerUnderAow", 1, false],
      ["income", 0, true],
      ["income", "1800", true],
      ["income", "", true],
      ["income", null, true],
      ["income", 1_000_001, false],
      ["income", 12.5, false],
      ["income", -5, false],
      ["needs", ["cleaning", "laundry"], true],
      ["needs", "cleaning,laundry", true],
      ["needs", [], false],
      ["needs", ["ironing"], false],
      ["needs", ["cleaning", "cleaning", "cleaning", "cleaning"], true],
      ["mobility", null, true],
      ["mobility", [], true],
      ["mobility", ["stairs", "chair_rise"], true],
      ["mobility", ["wheelchair"], false],
      ["network", "some", true],
      ["network", "maybe", false],
      ["start", null, true],
      ["start", "2026-12-01", true],
      ["start", "2026-12-1", false],
    ];
    for (const [name, value, valid] of cases) {
      const label = `${name}=${JSON.stringify(value)}`;
      const answers = { ...base, [name]: value };
      expect(helpRequestSchema(TODAY).safeParse(asQuery(answers)).success, label).toBe(valid);
      expect(matches(answersSchema(), answers), label).toBe(valid);
    }
  });

  it("documents the 201 body with the four first statuses, as the service sets them", () => {
    const created = obj(requestsJson("201").schema);
    expect(created.required).toEqual(["id", "status", "holdExpiresAt"]);
    const properties = obj(created.properties);
    expect(Object.keys(properties)).toEqual(["id", "status", "holdExpiresAt"]);
    expect(obj(properties.status).enum).toEqual(REQUEST_STATUSES);
    expect(obj(properties.holdExpiresAt)).toMatchObject({ type: ["string", "null"], format: "date-time" });
    expect(REQUESTS_ROUTE()).toMatch(/\{ id: result\.id, status: result\.status, holdExpiresAt: /);

    // INITIAL_STATUS in the service: kind → first status.
    const service = REQUESTS_SERVICE();
    const table = service.match(/const INITIAL_STATUS[^=]*= \{([^}]*)\}/)?.[1] ?? "";
    const initial = Object.fromEntries([...table.matchAll(/(\w+): "(\w+)"/g)].map((m) => [m[1], m[2]]));
    expect(initial).toEqual({
      private_cleaner: "held",
      powerful_ageing: "intake_requested",
      pgb_informal: "mediation_requested",
      zin: "submitted",
    });
    expect(new Set(Object.values(initial))).toEqual(new Set(REQUEST_STATUSES));
    const description = String(requestsOperation().description);
    for (const [kind, status] of Object.entries(initial)) {
      expect(description, kind).toContain(`${kind} → \`${status}\``);
      expect(String(obj(properties.status).description), kind).toContain(`${kind} → \`${status}\``);
    }

    // One example per status; only a hold has an expiry, 15 minutes ahead.
    const minutes = Number(service.match(/export const HOLD_MINUTES = (\d+);/)?.[1]);
    expect(minutes).toBe(15);
    expect(String(obj(properties.holdExpiresAt).description)).toContain(`${minutes} minutes`);
    const examples = Object.values(obj(requestsJson("201").examples)).map((e) => obj(obj(e).value));
    expect(examples.map((e) => e.status)).toEqual(REQUEST_STATUSES);
    for (const e of examples) {
      expect(matches(created, e), String(e.status)).toBe(true);
      expect(e.holdExpiresAt === null, String(e.status)).toBe(e.status !== "held");
    }
    expect(matches(created, { id: 1, status: "booked", holdExpiresAt: null })).toBe(false);
  });

  it("documents 400 with the route's fields and Dutch messages", () => {
    const badRequest = requestsJson("400");
    const schema = obj(badRequest.schema);
    const validation = obj(arr(schema.oneOf)[0]);
    const fields = arr(obj(obj(obj(validation.properties).errors).propertyNames).enum);
    expect(fields).toEqual([
      "body",
      "offerId",
      "slotId",
      "helpRequest",
      ...OPTIONS_PARAMETERS.map((name) => `helpRequest.${name}`),
    ]);
    expect(errorCodes(obj(arr(schema.oneOf)[1]))).toEqual(["invalid_json", "unreadable_body"]);

    const examples = Object.values(obj(badRequest.examples)).map((e) => obj(obj(e).value));
    for (const e of examples) expect(matches(schema, e), JSON.stringify(e)).toBe(true);
    expect(matches(schema, { error: "invalid_request", errors: { "records[0].type": "x" } })).toBe(false);
    expect(examples.filter((e) => e.errors !== undefined).map((e) => obj(e.errors))).toEqual([
      {
        offerId: translate("nl", "validation.request.offer"),
        slotId: translate("nl", "validation.request.slot"),
      },
      {
        "helpRequest.birthYear": translate("nl", "validation.help.birthYear"),
        "helpRequest.needs": translate("nl", "validation.help.needs"),
      },
      { offerId: translate("nl", "validation.request.offer") },
    ]);
    expect(examples).toContainEqual({ error: "invalid_json", message: "De aanlevering is geen geldige JSON." });
  });

  it("documents the error responses with the route's codes and messages", () => {
    const route = REQUESTS_ROUTE();
    const expected: Record<string, [string, string]> = {
      "401": ["unauthorized", "Log in om hulp aan te vragen."],
      "403": ["forbidden", "Alleen inwoners vragen hier hulp aan."],
      "404": ["municipality_not_participating", "Deze gemeente doet nog niet mee."],
      "409": ["no_capacity", "Deze plek is net door iemand anders gekozen."],
    };
    for (const [status, [error, message]] of Object.entries(expected)) {
      const json = requestsJson(status);
      expect(json.example, status).toEqual({ error, message });
      expect(errorCodes(obj(json.schema)), status).toEqual([error]);
      expect(matches(obj(json.schema), json.example as JsonValue), status).toBe(true);
      expect(matches(obj(json.schema), { error: "other", message }), status).toBe(false);
      expect(route, status).toContain(`"${error}"`);
      expect(route, status).toContain(`"${message}"`);
    }
    // 413: the route's byte limit.
    const [, a, b] = route.match(/readJson\(request, (\d+) \* (\d+)\)/) ?? [];
    const limit = Number(a) * Number(b);
    expect(limit).toBe(65_536);
    expect(requestsJson("413").example).toEqual({
      error: "payload_too_large",
      message: `De aanlevering is groter dan ${limit} bytes.`,
    });
    expect(String(obj(obj(requestsOperation().responses)["413"]).description)).toContain(String(limit));
    // A cross-origin browser post is refused by server.js before the route, as plain text.
    const server = fs.readFileSync(path.resolve("server.js"), "utf8");
    expect(server).toContain(`.send(${JSON.stringify(requestsJson("403", "text/plain").example)})`);
  });

  it("states the rules in the operation's description", () => {
    const description = String(requestsOperation().description);
    expect(description).toContain("session cookie `hw_session` (log in at /inloggen)");
    expect(description).toMatch(/only residents \(role citizen\)/);
    expect(description).toMatch(/eligibility, provider and price never come from the client/);
    expect(description).toMatch(/A private cleaner needs `slotId`/);
    expect(description).toMatch(/held for 15 minutes/);
    expect(description).toMatch(/expires by itself/);
    expect(description).toMatch(/in one transaction: of many simultaneous requests .* exactly one gets 201/s);
    expect(description).toMatch(/`cohort:N`, `cleaner:N`, `mediation:N`, `zin:N`/);
    expect(description).toMatch(/400 on `offerId` for anything else/);
    expect(description).toMatch(/413 above 65536 bytes/);
  });

  it("only has $refs that resolve", () => {
    const refs: string[] = [];
    const walk = (node: JsonValue) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (isObject(node)) {
        for (const [k, v] of Object.entries(node)) {
          if (k === "$ref" && typeof v === "string") refs.push(v);
          else walk(v);
        }
      }
    };
    walk(at("paths", "/api/v1/requests"));
    for (const name of ["HelpRequestAnswers", "CreateRequest", "RequestCreated", "RequestValidationErrors"]) {
      walk(at("components", "schemas", name));
    }
    expect(new Set(refs)).toEqual(
      new Set([
        "#/components/schemas/CreateRequest",
        "#/components/schemas/HelpRequestAnswers",
        "#/components/schemas/RequestCreated",
        "#/components/schemas/RequestValidationErrors",
        "#/components/schemas/Error",
      ]),
    );
    for (const ref of refs) expect(isObject(lookup(ref)), ref).toBe(true);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("serves the document as public, cacheable JSON", async () => {
    const response = loader();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(await response.json()).toEqual(openApiDocument);
  });
});

// GET /api/v1/services, held against the route, its zod schema, the HSDS builders and the HSDS fixtures.

const SERVICES_PARAMETERS = ["municipality", "kind", "page", "per_page"];
const SERVICES_ROUTE = () => fs.readFileSync(path.resolve("app/routes/api.v1.services.ts"), "utf8");
const servicesOperation = () => at("paths", "/api/v1/services", "get");
const servicesParameters = () => arr(servicesOperation().parameters).map(obj);
const servicesJson = (status: string) =>
  obj(obj(obj(obj(servicesOperation().responses)[status]).content)["application/json"]);
const servicesExample = () => obj(servicesJson("200").example);

/** The HSDS 3.1 subset in tests/fixtures/hsds, and which documented component stands for which fixture. */
const hsdsFixtures = new SchemaRegistry();
for (const file of fs.readdirSync(path.resolve("tests/fixtures/hsds"))) {
  hsdsFixtures.add(file, JSON.parse(fs.readFileSync(path.resolve("tests/fixtures/hsds", file), "utf8")));
}
const FIXTURE_BY_COMPONENT: Record<string, string> = {
  ServicesPage: "page.json",
  HsdsService: "service.json",
  HsdsOrganization: "organization.json",
  HsdsOrganizationIdentifier: "organization_identifier.json",
  HsdsServiceArea: "service_area.json",
  HsdsServiceAtLocation: "service_at_location.json",
  HsdsLocation: "location.json",
  HsdsAddress: "address.json",
  HsdsLanguage: "language.json",
  HsdsSchedule: "schedule.json",
  HsdsServiceCapacity: "service_capacity.json",
  HsdsUnit: "unit.json",
};

describe("OpenAPI document: GET /api/v1/services", () => {
  it("documents the path with only GET, public, answering 200 and 400, and 405 in the description", () => {
    const pathItem = at("paths", "/api/v1/services");
    expect(Object.keys(pathItem)).toEqual(["description", "get"]);
    expect(servicesOperation().operationId).toBe("listServices");
    expect(servicesOperation().security).toEqual([]);
    expect(Object.keys(obj(servicesOperation().responses)).sort()).toEqual(["200", "400"]);
    expect(servicesJson("200").schema).toEqual({ $ref: "#/components/schemas/ServicesPage" });
    const route = SERVICES_ROUTE();
    expect(route).toContain('apiError(405, "method_not_allowed", "Gebruik GET.", { Allow: "GET" })');
    expect(String(pathItem.description)).toContain("405 `method_not_allowed` with `Allow: GET`");
    // The caching and CORS headers the route sets.
    const headers = obj(obj(obj(servicesOperation().responses)["200"]).headers);
    expect(obj(obj(headers["Cache-Control"]).schema).const).toBe("public, max-age=300");
    expect(route).toContain('"Cache-Control": "public, max-age=300"');
    expect(route).toContain('"Access-Control-Allow-Origin": "*"');
  });

  it("documents exactly the query parameters the zod schema reads, none required, with valid examples", () => {
    const params = servicesParameters();
    expect(params.map((p) => p.name)).toEqual(SERVICES_PARAMETERS);
    expect(Object.keys(servicesQuerySchema.shape)).toEqual(SERVICES_PARAMETERS);
    const example: Record<string, string> = {};
    for (const p of params) {
      expect(p.in, String(p.name)).toBe("query");
      expect(p.required, String(p.name)).toBe(false);
      expect(String(p.description).length, String(p.name)).toBeGreaterThan(20);
      expect(matches(obj(p.schema), p.example as JsonValue), String(p.name)).toBe(true);
      example[String(p.name)] = String(p.example);
    }
    expect(servicesQuerySchema.safeParse(example).data).toEqual({
      municipality: "GM0632",
      kind: "physio",
      page: 1,
      per_page: 3,
    });
    // The documented defaults are zod's.
    const defaults = servicesQuerySchema.parse({});
    expect(obj(obj(params[2]).schema).default).toBe(defaults.page);
    expect(obj(obj(params[3]).schema).default).toBe(defaults.per_page);
    expect(obj(obj(params[1]).schema).enum).toEqual([...PROVIDER_KINDS]);
  });

  it("states the same limits on the query parameters as zod", () => {
    const cases: [string, string, boolean][] = [
      ["municipality", "GM0632", true],
      ["municipality", "GM0014", true],
      ["municipality", "gm0632", false],
      ["municipality", "0632", false],
      ["municipality", "GM632", false],
      ["municipality", "GM06321", false],
      ["kind", "zin", true],
      ["kind", "pgb_mediator", true],
      ["kind", "pgb_informal", false],
      ["kind", "cleaner", false],
      ["page", "1", true],
      ["page", "100000", true],
      ["page", "0", false],
      ["page", "100001", false],
      ["page", "2.5", false],
      ["per_page", "1", true],
      ["per_page", "100", true],
      ["per_page", "0", false],
      ["per_page", "101", false],
    ];
    const byName = Object.fromEntries(servicesParameters().map((p) => [String(p.name), p]));
    for (const [name, raw, valid] of cases) {
      const label = `${name}=${raw}`;
      expect(servicesQuerySchema.safeParse({ [name]: raw }).success, label).toBe(valid);
      const schema = obj(obj(byName[name]).schema);
      const value = schema.type === "integer" && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
      expect(matches(schema, value), label).toBe(valid);
    }
  });

  it("has an example page that fits the documented schema and HSDS 3.1, built by the API's own code", () => {
    const example = servicesExample();
    expect(matches(at("components", "schemas", "ServicesPage"), example)).toBe(true);
    expect(hsdsFixtures.unresolvedRefs()).toEqual([]);
    expect(hsdsFixtures.validate("page.json", example)).toEqual([]);
    expect(example).toMatchObject({ total_items: 4, total_pages: 2, page_number: 1, size: 3, last_page: false });
    const services = arr(example.contents).map(obj);
    expect(services.map((s) => obj(s.organization).name)).toEqual([
      "Burenhulp Bemiddeling Utrecht West",
      "Fysiotherapie Woerden Centrum",
      "Schoonmaakhulp Ans de Vries",
    ]);
    // Same fields, same order as the builder writes them.
    const documented = Object.keys(at("components", "schemas", "HsdsService", "properties"));
    for (const s of services) expect(Object.keys(s)).toEqual(documented);
    expect(services.map((s) => arr(s.capacities).length)).toEqual([2, 2, 1]);
    // Values outside the documented schema are refused.
    const cleaner = obj(services[2]);
    expect(matches(at("components", "schemas", "HsdsService"), { ...cleaner, status: "open" })).toBe(false);
    const capacity = obj(arr(cleaner.capacities)[0]);
    const capacitySchema = at("components", "schemas", "HsdsServiceCapacity");
    expect(matches(capacitySchema, capacity)).toBe(true);
    expect(matches(capacitySchema, { ...capacity, available: -1 })).toBe(false);
    expect(matches(capacitySchema, { ...capacity, unit: { ...obj(capacity.unit), identifier: "beds" } })).toBe(false);
  });

  it("publishes no contact names, phone numbers or private cleaner's email in the example", () => {
    // A one-person business's trade name may hold the owner's name (it is in the KvK register): that is all.
    let text = JSON.stringify(servicesExample());
    for (const entry of servicesExampleEntries) text = text.replaceAll(entry.provider.name, "«trade name»");
    for (const entry of servicesExampleEntries) expect(text).not.toContain(entry.provider.contactName);
    expect(text).not.toContain("ans@schoonmaakhulp.example");
    expect(text).toContain("praktijk@fysiowoerden.example");
    expect(text).not.toMatch(/phone|telefoon|\b0\d{2,3} \d{3}/i);
    const cleaner = obj(arr(servicesExample().contents)[2]);
    expect(obj(cleaner.organization).email).toBeUndefined();
    const location = obj(obj(arr(cleaner.service_at_locations)[0]).location);
    expect(location.addresses).toBeUndefined();
    expect(location.external_identifier).toBe("3447");
  });

  it("documents only HSDS fields, with at least HSDS's required ones and values HSDS allows", () => {
    for (const [component, file] of Object.entries(FIXTURE_BY_COMPONENT)) {
      const documented = at("components", "schemas", component);
      const fixture = hsdsFixtures.get(file);
      const fixtureProperties = fixture.properties as Record<string, { enum?: unknown[] }>;
      for (const name of Object.keys(obj(documented.properties))) {
        expect(Object.keys(fixtureProperties), `${component}.${name}`).toContain(name);
        const property = obj(obj(documented.properties)[name]);
        const allowed = fixtureProperties[name]?.enum;
        const values = property.const !== undefined ? [property.const] : (property.enum as JsonValue[] | undefined);
        if (allowed && values) for (const v of values) expect(allowed, `${component}.${name}`).toContain(v);
      }
      for (const name of fixture.required as string[]) {
        expect(arr(documented.required), `${component} requires ${name}`).toContain(name);
      }
    }
  });

  it("documents 400 with examples in the route's shape and Dutch messages", () => {
    const badRequest = servicesJson("400");
    const examples = Object.values(obj(badRequest.examples)).map((e) => obj(obj(e).value));
    for (const e of examples) expect(matches(obj(badRequest.schema), e)).toBe(true);
    expect(matches(obj(badRequest.schema), { error: "invalid_request", errors: { postcode: "x" } })).toBe(false);
    expect(examples.map((e) => obj(e.errors))).toEqual([
      {
        municipality: translate("nl", "validation.services.municipality"),
        per_page: translate("nl", "validation.services.perPage"),
      },
      { municipality: translate("nl", "validation.services.municipalityUnknown") },
    ]);
    expect(SERVICES_ROUTE()).toContain('fieldErrors({ municipality: "validation.services.municipalityUnknown" })');
  });

  it("names every capacity unit and states the rules in the operation's description", () => {
    const description = String(servicesOperation().description);
    for (const [identifier, name] of Object.entries(CAPACITY_UNITS)) {
      expect(description).toContain(`\`${identifier}\` (${name})`);
    }
    expect(description).toMatch(/pending and suspended providers never appear/);
    expect(description).toMatch(/no contact names or phone numbers/);
    expect(description).toMatch(/Cache-Control: public, max-age=300/);
  });
});
