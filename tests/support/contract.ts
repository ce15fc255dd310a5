// The API contract in tests: the OpenAPI document checked by a maintained validator
// (@apidevtools/swagger-parser), and values checked with ajv (JSON Schema 2020-12, the dialect of
// OpenAPI 3.1) against the document's schemas and the official HSDS 3.1 schemas copied to
// tests/fixtures/standards/hsds-3.1 (loaded under the address the document refers to).
import fs from "node:fs";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import Ajv2020, { type ErrorObject } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { JsonObject } from "~/api/json-schema";
import { HSDS_SCHEMA_BASE } from "~/schemas/api/services";

export const HSDS_DIR = path.resolve("tests/fixtures/standards/hsds-3.1/schema");
const DOCUMENT_ID = "https://hulpwijzer.test/api/v1/openapi.json";

/** The local copy of an official HSDS schema for its address (fragment dropped). */
export function hsdsCopy(url: string): string {
  const file = url.replace(/#.*$/, "").slice(HSDS_SCHEMA_BASE.length);
  return path.join(HSDS_DIR, file);
}

function hsdsSchemas(): { url: string; schema: JsonObject }[] {
  return fs
    .readdirSync(HSDS_DIR)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({
      url: `${HSDS_SCHEMA_BASE}${f}`,
      schema: JSON.parse(fs.readFileSync(path.join(HSDS_DIR, f), "utf8")),
    }));
}

/** ajv 2020 with formats, the HSDS 3.1 schemas (strict off, as upstream) and optionally our document. */
export function contractAjv(document?: JsonObject) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // The files carry no $id; each gets its own address so that their relative $refs resolve.
  for (const { url, schema } of hsdsSchemas()) ajv.addSchema({ ...schema, $id: url });
  if (document) ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  return ajv;
}

const describeErrors = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);

/** Errors of a value against an official HSDS schema by file: "service.json", or "page" for the paging envelope. */
export function hsdsValidator() {
  const ajv = contractAjv();
  const page = {
    allOf: [{ $ref: `${HSDS_SCHEMA_BASE}openapi.json#/components/schemas/Page` }],
    properties: { contents: { type: "array", items: { $ref: `${HSDS_SCHEMA_BASE}service.json` } } },
  };
  return (name: "service.json" | "page" | string, value: unknown): string[] => {
    const validate = name === "page" ? ajv.compile(page) : ajv.getSchema(`${HSDS_SCHEMA_BASE}${name}`);
    if (!validate) throw new Error(`no HSDS schema ${name}`);
    return validate(value) ? [] : describeErrors(validate.errors);
  };
}

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

/** Checks values against the document's own schemas, by JSON Pointer into it. */
export function documentValidator(document: JsonObject) {
  const ajv = contractAjv(document);
  const at = (ptr: string) => {
    const validate = ajv.getSchema(`${DOCUMENT_ID}#${ptr}`);
    if (!validate) throw new Error(`nothing at ${ptr}`);
    return validate;
  };
  const check = (ptr: string, value: unknown) => {
    const validate = at(ptr);
    return validate(value) ? [] : describeErrors(validate.errors);
  };
  return {
    check,
    /** Errors of an answer against the documented response (path, method, status, media type). */
    response: (route: string, method: string, status: number, body: unknown, type = "application/json") =>
      check(`/${pointer("paths", route, method, "responses", String(status), "content", type, "schema")}`, body),
    /** Errors of a body against the documented request body. */
    requestBody: (route: string, method: string, body: unknown) =>
      check(`/${pointer("paths", route, method, "requestBody", "content", "application/json", "schema")}`, body),
  };
}

/** Every example in the document with the pointer of the schema it illustrates. */
export function examplesOf(document: JsonObject): { where: string; schema: string; value: unknown }[] {
  const found: { where: string; schema: string; value: unknown }[] = [];
  const visit = (node: unknown, ptr: string) => {
    if (typeof node !== "object" || node === null) return;
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) visit(item, `${ptr}/${i}`);
      return;
    }
    const o = node as JsonObject;
    // A media type or a parameter: `example` or named `examples` for its `schema`.
    if ("schema" in o && typeof o.schema === "object") {
      if ("example" in o) found.push({ where: `${ptr}/example`, schema: `${ptr}/schema`, value: o.example });
      if (typeof o.examples === "object" && o.examples !== null && !Array.isArray(o.examples)) {
        for (const [name, ex] of Object.entries(o.examples)) {
          found.push({ where: `${ptr}/examples/${name}`, schema: `${ptr}/schema`, value: (ex as JsonObject).value });
        }
      }
    }
    // A schema's own `examples` (an array of values).
    if (Array.isArray(o.examples) && ("type" in o || "properties" in o)) {
      for (const [i, value] of o.examples.entries()) found.push({ where: `${ptr}/examples/${i}`, schema: ptr, value });
    }
    for (const [key, child] of Object.entries(o)) {
      if (key !== "example" && key !== "examples") visit(child, `${ptr}/${pointer(key)}`);
    }
  };
  visit(document, "");
  return found;
}

/** The document validated as OpenAPI 3.1 by swagger-parser, with HSDS addresses read from the copies. */
export async function validateOpenApi(document: JsonObject) {
  return SwaggerParser.validate(
    structuredClone(document) as never,
    {
      resolve: {
        file: false,
        http: false,
        hsds: {
          order: 1,
          canRead: (file: { url: string }) => file.url.startsWith(HSDS_SCHEMA_BASE),
          read: (file: { url: string }) => fs.readFileSync(hsdsCopy(file.url), "utf8"),
        },
      },
    } as never,
  );
}
