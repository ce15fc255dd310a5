// zod → JSON Schema 2020-12 (OpenAPI 3.1's dialect) with z.toJSONSchema: request schemas as the
// routes accept them (io "input"), answers as they are sent (io "output"); a schema with an `id`
// in its .meta() becomes components.schemas[id] and is referred to by $ref.
import { z } from "zod";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

type Io = "input" | "output";
type Options = {
  /** Zod schemas documented as another JSON Schema (e.g. a record the route reads field by field). */
  documentedAs?: Map<z.ZodType, JsonObject>;
};

export const componentRef = (id: string): JsonObject => ({ $ref: `#/components/schemas/${id}` });

/**
 * In input mode zod marks a field required when its declared input is; a preprocess that turns a
 * missing value into a default accepts a missing field all the same. What a field accepts decides.
 */
function requiredAsParsed(schema: z.ZodType, json: JsonObject) {
  if (!(schema instanceof z.ZodObject)) return;
  const shape = schema.shape as Record<string, z.ZodType>;
  const required = Object.keys(shape).filter((key) => !shape[key]?.safeParse(undefined).success);
  if (required.length > 0) json.required = required;
  else delete json.required;
}

function generatorOptions(io: Io, { documentedAs }: Options) {
  return {
    io,
    target: "draft-2020-12" as const,
    unrepresentable: "throw" as const,
    override: (ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }) => {
      const replacement = documentedAs?.get(ctx.zodSchema as z.ZodType);
      if (replacement) {
        for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
        Object.assign(ctx.jsonSchema, replacement);
        return;
      }
      if (io === "input") requiredAsParsed(ctx.zodSchema as z.ZodType, ctx.jsonSchema as JsonObject);
    },
  };
}

function clean(json: Record<string, unknown>): JsonObject {
  const { $schema: _dialect, $id: _uri, id: _id, ...rest } = json;
  return rest as JsonObject;
}

/**
 * The schemas one document uses in one direction. `use(schema)` gives a $ref for a schema with an
 * `id` in its .meta() (it becomes components.schemas[id]), else a placeholder that `emit()` fills
 * with the schema inline; a schema with an id that another one contains becomes a component too.
 */
export class SchemaSet {
  private readonly registry = z.registry<{ id: string }>();
  private readonly slots = new Map<string, JsonObject[]>();
  private readonly keys = new Map<z.ZodType, string>();

  constructor(
    private readonly io: Io,
    private readonly options: Options = {},
  ) {}

  use(schema: z.ZodType): JsonObject {
    const id = z.globalRegistry.get(schema)?.id;
    if (id) {
      if (!this.registry.has(schema)) this.registry.add(schema, { id });
      return componentRef(id);
    }
    let key = this.keys.get(schema);
    if (!key) {
      key = `__inline${this.keys.size}`;
      this.keys.set(schema, key);
      this.registry.add(schema, { id: key });
    }
    const slot: JsonObject = {};
    this.slots.set(key, [...(this.slots.get(key) ?? []), slot]);
    return slot;
  }

  add(...schemas: z.ZodType[]) {
    for (const schema of schemas) this.use(schema);
  }

  /** Fills the placeholders and gives the components (nested schemas with an id among them). */
  emit(): Record<string, JsonObject> {
    const { schemas } = z.toJSONSchema(this.registry, {
      ...generatorOptions(this.io, this.options),
      uri: (id) => `#/components/schemas/${id}`,
    });
    // zod puts a nested schema with an id that was not listed under __shared, by that id.
    const { __shared: shared, ...listed } = schemas;
    const all = { ...listed, ...((shared?.$defs ?? {}) as Record<string, unknown>) };
    const text = JSON.stringify(all).replaceAll('"#/components/schemas/__shared#/$defs/', '"#/components/schemas/');
    const parsed = JSON.parse(text) as Record<string, Record<string, unknown>>;
    // A schema used inline that another one also contains is written out there too, not referred to.
    const inlined = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(inlined);
      if (typeof node !== "object" || node === null) return node;
      const o = node as Record<string, unknown>;
      const ref = typeof o.$ref === "string" ? /^#\/components\/schemas\/(__inline\d+)$/.exec(o.$ref)?.[1] : undefined;
      const { $ref: _ref, ...rest } = o;
      const base = ref ? { ...clean(parsed[ref] ?? {}), ...rest } : o;
      return Object.fromEntries(Object.entries(base).map(([k, v]) => [k, inlined(v)]));
    };
    const out: Record<string, JsonObject> = {};
    for (const [id, json] of Object.entries(parsed)) {
      const schema = inlined(clean(json)) as JsonObject;
      const slots = this.slots.get(id);
      if (slots) for (const slot of slots) Object.assign(slot, schema);
      else out[id] = schema;
    }
    return out;
  }
}
