// A small JSON Schema validator for the keywords our test fixtures use (ajv is not installed):
// type, required, properties, additionalProperties, items, enum, const, minimum, maximum, minLength,
// pattern, minItems, format (loosely: date-time, date, time, uri, email, uuid) and $ref to another
// schema of the same registry by file name ("location.json"), as HSDS's own schema files do.
// Unknown keywords are refused when the schema is loaded, so a fixture never silently checks less
// than it says. Errors carry a JSON Pointer to the offending value.

export type Schema = { [key: string]: unknown };
export type ValidationError = { path: string; message: string };

const KEYWORDS = new Set([
  "$schema",
  "$id",
  "$comment",
  "title",
  "description",
  "type",
  "required",
  "properties",
  "additionalProperties",
  "items",
  "enum",
  "const",
  "minimum",
  "maximum",
  "minLength",
  "pattern",
  "minItems",
  "format",
  "$ref",
]);

const TYPES = new Set(["string", "number", "integer", "boolean", "array", "object", "null"]);

// Loose on purpose: they catch a wrong kind of value, not every corner of the RFCs.
const FORMATS: Record<string, (value: string) => boolean> = {
  "date-time": (v) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)),
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v,
  time: (v) => /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]\d{2}:\d{2})?$/.test(v),
  uri: (v) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(v),
  email: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
  uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === "number" && actual === "integer");
}

/** Refuses keywords and values the validator does not implement, so no check is skipped unnoticed. */
function assertSupported(schema: unknown, where: string): void {
  if (typeof schema === "boolean") return;
  if (!isObject(schema)) throw new Error(`${where}: a schema must be an object or a boolean`);
  for (const key of Object.keys(schema)) {
    if (!KEYWORDS.has(key)) throw new Error(`${where}: unsupported keyword "${key}"`);
  }
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  for (const t of types) if (typeof t !== "string" || !TYPES.has(t)) throw new Error(`${where}: unknown type ${t}`);
  if (typeof schema.format === "string" && !(schema.format in FORMATS)) {
    throw new Error(`${where}: unsupported format "${schema.format}"`);
  }
  if (isObject(schema.properties)) {
    for (const [k, sub] of Object.entries(schema.properties)) assertSupported(sub, `${where}/properties/${k}`);
  }
  if (schema.items !== undefined) assertSupported(schema.items, `${where}/items`);
  if (schema.additionalProperties !== undefined) {
    assertSupported(schema.additionalProperties, `${where}/additionalProperties`);
  }
}

const pointer = (path: string, key: string | number) =>
  `${path}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;

export class SchemaRegistry {
  private readonly schemas = new Map<string, Schema>();

  /** Adds a schema under a name that `$ref` can point to (e.g. "location.json"). */
  add(name: string, schema: Schema): this {
    assertSupported(schema, name);
    this.schemas.set(name, schema);
    return this;
  }

  get(name: string): Schema {
    const schema = this.schemas.get(name);
    if (!schema) throw new Error(`unknown schema ${name}`);
    return schema;
  }

  /** Every $ref in every schema names a schema of this registry. */
  unresolvedRefs(): string[] {
    const missing: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (isObject(node)) {
        for (const [k, v] of Object.entries(node)) {
          if (k === "$ref" && typeof v === "string" && !this.schemas.has(v)) missing.push(v);
          else walk(v);
        }
      }
    };
    for (const schema of this.schemas.values()) walk(schema);
    return missing;
  }

  validate(name: string, value: unknown): ValidationError[] {
    const errors: ValidationError[] = [];
    this.check(this.get(name), value, "", errors);
    return errors;
  }

  private check(schema: unknown, value: unknown, path: string, errors: ValidationError[]): void {
    if (schema === true) return;
    if (schema === false) {
      errors.push({ path, message: "no value is allowed here" });
      return;
    }
    if (!isObject(schema)) return;
    if (typeof schema.$ref === "string") this.check(this.get(schema.$ref), value, path, errors);

    if (schema.type !== undefined) {
      const types = (Array.isArray(schema.type) ? schema.type : [schema.type]) as string[];
      if (!types.some((t) => hasType(value, t))) {
        errors.push({ path, message: `expected ${types.join(" or ")}, got ${typeOf(value)}` });
        return; // the other keywords would only repeat the same problem
      }
    }
    if ("const" in schema && JSON.stringify(schema.const) !== JSON.stringify(value)) {
      errors.push({ path, message: `expected ${JSON.stringify(schema.const)}` });
    }
    if (Array.isArray(schema.enum) && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) {
      errors.push({ path, message: `expected one of ${JSON.stringify(schema.enum)}, got ${JSON.stringify(value)}` });
    }

    if (typeof value === "string") {
      if (typeof schema.minLength === "number" && [...value].length < schema.minLength) {
        errors.push({ path, message: `shorter than ${schema.minLength}` });
      }
      if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) {
        errors.push({ path, message: `does not match ${schema.pattern}` });
      }
      const format = typeof schema.format === "string" ? FORMATS[schema.format] : undefined;
      if (format && !format(value)) errors.push({ path, message: `not a valid ${String(schema.format)}` });
    }
    if (typeof value === "number") {
      if (typeof schema.minimum === "number" && value < schema.minimum) {
        errors.push({ path, message: `less than ${schema.minimum}` });
      }
      if (typeof schema.maximum === "number" && value > schema.maximum) {
        errors.push({ path, message: `more than ${schema.maximum}` });
      }
    }
    if (Array.isArray(value)) {
      if (typeof schema.minItems === "number" && value.length < schema.minItems) {
        errors.push({ path, message: `fewer than ${schema.minItems} items` });
      }
      if (schema.items !== undefined) {
        for (const [i, item] of value.entries()) this.check(schema.items, item, pointer(path, i), errors);
      }
    }
    if (isObject(value)) {
      if (Array.isArray(schema.required)) {
        for (const key of schema.required as string[]) {
          if (!Object.hasOwn(value, key)) errors.push({ path, message: `missing required property "${key}"` });
        }
      }
      const properties = isObject(schema.properties) ? schema.properties : {};
      for (const [key, sub] of Object.entries(value)) {
        if (Object.hasOwn(properties, key)) this.check(properties[key], sub, pointer(path, key), errors);
        else if (schema.additionalProperties !== undefined) {
          if (schema.additionalProperties === false) {
            errors.push({ path: pointer(path, key), message: "property not allowed" });
          } else this.check(schema.additionalProperties, sub, pointer(path, key), errors);
        }
      }
    }
  }
}
