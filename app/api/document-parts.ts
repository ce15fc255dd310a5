// Small builders for the parts of an OpenAPI document that are not schemas.
import type { z } from "zod";
import type { JsonObject, JsonValue, SchemaSet } from "./json-schema";

/** A JSON body with its schema and one example or named examples. */
export function jsonContent(schema: JsonObject, examples?: JsonValue | Record<string, [string, JsonValue]>) {
  const media: JsonObject = { schema };
  if (examples !== undefined && isNamed(examples)) {
    media.examples = Object.fromEntries(
      Object.entries(examples).map(([name, [summary, value]]) => [name, { summary, value }]),
    );
  } else if (examples !== undefined) {
    media.example = examples;
  }
  return { "application/json": media };
}

function isNamed(
  examples: JsonValue | Record<string, [string, JsonValue]>,
): examples is Record<string, [string, JsonValue]> {
  return (
    typeof examples === "object" &&
    examples !== null &&
    !Array.isArray(examples) &&
    Object.values(examples).every((v) => Array.isArray(v) && v.length === 2 && typeof v[0] === "string")
  );
}

export const response = (
  description: string,
  schema: JsonObject,
  examples?: JsonValue | Record<string, [string, JsonValue]>,
  headers?: JsonObject,
): JsonObject => ({ description, ...(headers && { headers }), content: jsonContent(schema, examples) });

/**
 * The query parameters a zod object reads, in its order: the schema as the route accepts it, required
 * when the field refuses a missing value. Descriptions move from the schema to the parameter, and a
 * list is comma-separated (`style: form, explode: false`), in finishParameters() after emit().
 */
export function queryParameters(
  schema: z.ZodObject,
  set: SchemaSet,
  examples: Record<string, JsonValue>,
): JsonObject[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => ({
    name,
    in: "query",
    required: !field.safeParse(undefined).success,
    schema: set.use(field),
    ...(examples[name] !== undefined && { example: examples[name] }),
  }));
}

/** After the schemas are emitted: descriptions on the parameter, lists as comma-separated values. */
export function finishParameters(paths: JsonObject) {
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item as JsonObject)) {
      if (typeof operation !== "object" || operation === null || Array.isArray(operation)) continue;
      const parameters = (operation as JsonObject).parameters;
      if (!Array.isArray(parameters)) continue;
      for (const p of parameters as JsonObject[]) {
        const schema = p.schema as JsonObject;
        if (typeof schema.description === "string") {
          p.description = schema.description;
          delete schema.description;
        }
        if (schema.type === "array") Object.assign(p, { style: "form", explode: false });
      }
    }
  }
}

/** `- \`code\`: meaning` lines for a description. */
export const codeList = (entries: readonly (readonly [string, string])[]) =>
  entries.map(([code, meaning]) => `- \`${code}\`: ${meaning}`).join("\n");
