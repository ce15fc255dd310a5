// The generated OpenAPI document: valid OpenAPI 3.1 (swagger-parser), every example valid against
// its schema (ajv), the request examples accepted by the zod schemas the routes parse with, and
// the limits taken from the code. The server's real answers are held to it in
// tests/integration/api-contract.test.ts.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument, type JsonObject, openApiJson } from "~/api/openapi";
import { MAX_SLOTS_SHOWN } from "~/domain/matching";
import { HOLD_MINUTES } from "~/domain/requests";
import { REASONS } from "~/schemas/api/options";
import { createRequestBody, REQUEST_MAX_BYTES } from "~/schemas/api/requests";
import { HSDS_COMMIT, HSDS_SCHEMA_BASE } from "~/schemas/api/services";
import { capacityRecord, deletionRecord, MAX_BATCH_BYTES, MAX_BATCH_RECORDS } from "~/schemas/capacity";
import { helpRequestSchema } from "~/schemas/help-request";
import { PER_PAGE_MAX, servicesQuerySchema } from "~/schemas/services-query";
import { documentValidator, examplesOf, hsdsCopy, validateOpenApi } from "../support/contract";

const TODAY = "2026-11-23";
const doc = buildOpenApiDocument(TODAY);
const paths = doc.paths as Record<string, Record<string, JsonObject>>;
const schemas = (doc.components as { schemas: Record<string, JsonObject> }).schemas;
const operation = (route: string, method: string) => paths[route]?.[method] as JsonObject;
const mediaExample = (route: string, method: string, status: string) => {
  const content = (operation(route, method).responses as Record<string, JsonObject>)[status]?.content ?? {};
  return (content as Record<string, JsonObject>)["application/json"];
};

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 by a maintained validator, HSDS references included", async () => {
    expect(doc.openapi).toBe("3.1.0");
    await expect(validateOpenApi(doc)).resolves.toBeTruthy();
    // The validator does refuse a broken document.
    const broken = { ...doc, paths: { "/x": { get: { responses: { "200": { content: {} } } } } } };
    await expect(validateOpenApi(broken)).rejects.toThrow();
  });

  it("has a licence, and every operation documents a 4xx answer", () => {
    expect(doc.info).toMatchObject({ license: { name: expect.any(String), identifier: "CC0-1.0" } });
    for (const [route, item] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (method === "description") continue;
        const codes = Object.keys(op.responses as JsonObject);
        expect(
          codes.some((c) => c.startsWith("4")),
          `${method} ${route}`,
        ).toBe(true);
      }
      expect(String(item.description), route).toMatch(/405 `method_not_allowed` with `Allow: [A-Z, ]+`/);
    }
  });

  it("has examples that validate against their schemas (ajv), and ajv does refuse a wrong one", () => {
    const check = documentValidator(doc).check;
    const examples = examplesOf(doc);
    expect(examples.length).toBeGreaterThan(45);
    for (const { where, schema, value } of examples) expect(check(schema, value), where).toEqual([]);
    const [first] = examples.filter((e) => e.where.includes("/~1api~1v1~1options/get/responses/200/"));
    expect(first).toBeDefined();
    expect(check(first?.schema ?? "", { ...(first?.value as JsonObject), options: [{ kind: "zin" }] })).not.toEqual([]);
  });

  it("has request examples that the routes' own zod schemas accept", () => {
    const batch = operation("/api/v1/capacity", "put").requestBody as JsonObject;
    const records = ((batch.content as JsonObject)["application/json"] as { example: { records: unknown[] } }).example
      .records;
    expect(new Set(records.map((r) => (r as { type: string }).type)).size).toBe(7);
    for (const r of records) expect(capacityRecord.safeParse(r).success, JSON.stringify(r)).toBe(true);
    for (const id of ["ZinWeekRecord", "CohortRecord", "CapacityDeletion"]) {
      const [example] = (schemas[id]?.examples ?? []) as unknown[];
      const parsed = (id === "CapacityDeletion" ? deletionRecord : capacityRecord).safeParse(example);
      expect(parsed.success, id).toBe(true);
    }

    const body = operation("/api/v1/requests", "post").requestBody as JsonObject;
    const example = ((body.content as JsonObject)["application/json"] as JsonObject).example as {
      helpRequest: Record<string, unknown>;
    };
    expect(createRequestBody.safeParse(example).success).toBe(true);
    const asQuery = Object.fromEntries(
      Object.entries(example.helpRequest).map(([k, v]) => [
        k,
        v === null ? undefined : Array.isArray(v) ? v.join(",") : String(v),
      ]),
    );
    expect(helpRequestSchema(TODAY).safeParse(asQuery).success).toBe(true);

    const query = Object.fromEntries(
      (operation("/api/v1/options", "get").parameters as JsonObject[]).map((p) => [
        p.name,
        Array.isArray(p.example) ? p.example.join(",") : String(p.example),
      ]),
    );
    const parsed = helpRequestSchema(TODAY).parse(query);
    expect(mediaExample("/api/v1/options", "get", "200")?.example).toMatchObject({ request: parsed });
  });

  it("documents the query parameters the routes' schemas read, required as they refuse a missing value", () => {
    const names = (route: string) =>
      (operation(route, "get").parameters as JsonObject[]).map((p) => [p.name, p.required]);
    expect(names("/api/v1/options")).toEqual([
      ["postcode", true],
      ["birthYear", true],
      ["household", true],
      ["partnerUnderAow", false],
      ["income", false],
      ["needs", true],
      ["mobility", false],
      ["network", true],
      ["start", false],
    ]);
    expect(names("/api/v1/services").map(([n]) => n)).toEqual(Object.keys(servicesQuerySchema.shape));
    const needs = (operation("/api/v1/options", "get").parameters as JsonObject[]).find((p) => p.name === "needs");
    expect(needs).toMatchObject({ style: "form", explode: false, schema: { type: "array", minItems: 1 } });
  });

  it("follows the day: the birth year's limits are the help-request schema's for that day", () => {
    const birthYear = (d: JsonObject) =>
      (
        ((d.paths as Record<string, Record<string, JsonObject>>)["/api/v1/options"]?.get?.parameters ??
          []) as JsonObject[]
      )[1];
    expect(birthYear(doc)).toMatchObject({ name: "birthYear", schema: { minimum: 1906, maximum: 2026 } });
    expect(birthYear(buildOpenApiDocument("2027-01-01"))).toMatchObject({ schema: { minimum: 1907, maximum: 2027 } });
    expect(JSON.parse(openApiJson(TODAY))).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it("takes its limits and numbers from the code", () => {
    const text = JSON.stringify(doc);
    expect(schemas.CapacityBatch).toMatchObject({ properties: { records: { maxItems: MAX_BATCH_RECORDS } } });
    expect(String(operation("/api/v1/capacity", "put").description)).toContain(`${MAX_BATCH_BYTES} bytes`);
    expect(String(operation("/api/v1/requests", "post").description)).toContain(`held for ${HOLD_MINUTES} minutes`);
    expect(String(operation("/api/v1/requests", "post").description)).toContain(`413 above ${REQUEST_MAX_BYTES}`);
    expect(schemas.Option).toMatchObject({ properties: { slots: { maxItems: MAX_SLOTS_SHOWN } } });
    expect(text).toContain(`Services per page, 1 to ${PER_PAGE_MAX}`);
  });

  it("describes every reason code, every option kind, and the Option fields in the route's order", () => {
    const option = (schemas.Option?.properties ?? {}) as Record<string, JsonObject>;
    const reasons = option.reasons?.items as JsonObject;
    expect(reasons.enum).toEqual(Object.keys(REASONS));
    for (const code of Object.keys(REASONS)) expect(String(reasons.description)).toContain(`\`${code}\``);
    const kind = option.kind as JsonObject;
    for (const k of kind.enum as string[]) expect(String(kind.description)).toContain(`\`${k}\``);
    expect(Object.keys(schemas.Option?.properties as JsonObject)).toEqual([
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
  });

  it("refers to the official HSDS 3.1 schemas at the commit the copies come from", () => {
    const provenance = fs.readFileSync(path.resolve("tests/fixtures/standards/hsds-3.1/PROVENANCE.md"), "utf8");
    expect(provenance).toContain(HSDS_COMMIT);
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"(https:[^"]+)"/g)].map((m) => m[1] ?? "");
    expect(refs).toContain(`${HSDS_SCHEMA_BASE}service.json`);
    for (const ref of refs) {
      expect(ref.startsWith(HSDS_SCHEMA_BASE), ref).toBe(true);
      expect(fs.existsSync(hsdsCopy(ref)), ref).toBe(true);
    }
    expect(schemas.HsdsService).toMatchObject({ allOf: [{ $ref: `${HSDS_SCHEMA_BASE}service.json` }] });
  });

  it("documents security per operation: bearer key for capacity, session cookie for requests, none for public data", () => {
    expect(operation("/api/v1/capacity", "get").security).toEqual([{ bearerAuth: [] }]);
    expect(operation("/api/v1/capacity", "put").security).toEqual([{ bearerAuth: [] }]);
    expect(operation("/api/v1/requests", "post").security).toEqual([{ sessionCookie: [] }]);
    for (const route of ["/api/v1/options", "/api/v1/services", "/api/v1/openapi.json"]) {
      expect(operation(route, "get").security, route).toEqual([]);
    }
  });

  it("states the bounds the server holds to, so a fuzzer's out-of-bounds values are documented as refused", () => {
    const answers = schemas.HelpRequestAnswers?.properties as Record<string, { anyOf: JsonObject[] }>;
    const variants = answers.birthYear?.anyOf ?? [];
    expect(variants.length).toBeGreaterThan(0);
    for (const v of variants) expect(v).toMatchObject({ minimum: 1906, maximum: 2026 });
    const municipality = (operation("/api/v1/services", "get").parameters as JsonObject[]).find(
      (p) => p.name === "municipality",
    );
    const pattern = new RegExp(String((municipality?.schema as JsonObject | undefined)?.pattern));
    // Empty reads as left out (200), so the pattern allows it; a code must still look like one.
    expect(pattern.test("")).toBe(true);
    expect(pattern.test("GM0632")).toBe(true);
    expect(pattern.test("GM063")).toBe(false);
  });
});
