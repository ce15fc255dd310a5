// The JSON-Schema-subset validator the HSDS tests rely on: each keyword accepts and refuses.
import { describe, expect, it } from "vitest";
import { type Schema, SchemaRegistry } from "../support/json-schema";

const check = (schema: Schema, value: unknown) => new SchemaRegistry().add("s.json", schema).validate("s.json", value);
const ok = (schema: Schema, value: unknown) => check(schema, value).length === 0;

describe("JSON Schema subset", () => {
  it("checks type, with integer as a kind of number and a list of types", () => {
    expect(ok({ type: "string" }, "a")).toBe(true);
    expect(ok({ type: "string" }, 1)).toBe(false);
    expect(ok({ type: "number" }, 1)).toBe(true);
    expect(ok({ type: "number" }, 1.5)).toBe(true);
    expect(ok({ type: "integer" }, 1.5)).toBe(false);
    expect(ok({ type: "integer" }, 2)).toBe(true);
    expect(ok({ type: "boolean" }, "true")).toBe(false);
    expect(ok({ type: "array" }, {})).toBe(false);
    expect(ok({ type: "object" }, [])).toBe(false);
    expect(ok({ type: "object" }, null)).toBe(false);
    expect(ok({ type: ["string", "null"] }, null)).toBe(true);
    expect(ok({ type: ["string", "null"] }, 0)).toBe(false);
  });

  it("checks required, properties and additionalProperties, with a JSON Pointer to the problem", () => {
    const schema: Schema = {
      type: "object",
      required: ["id", "name"],
      properties: { id: { type: "string" }, name: { type: "string" }, "a/b": { type: "integer" } },
      additionalProperties: false,
    };
    expect(ok(schema, { id: "1", name: "x" })).toBe(true);
    expect(check(schema, { id: "1" })).toEqual([{ path: "", message: 'missing required property "name"' }]);
    expect(check(schema, { id: 1, name: "x" })).toEqual([{ path: "/id", message: "expected string, got integer" }]);
    expect(check(schema, { id: "1", name: "x", extra: true })).toEqual([
      { path: "/extra", message: "property not allowed" },
    ]);
    expect(check(schema, { id: "1", name: "x", "a/b": "no" })[0]?.path).toBe("/a~1b");
    // Without additionalProperties, unknown properties pass (as in JSON Schema).
    expect(ok({ type: "object", properties: { id: { type: "string" } } }, { other: 1 })).toBe(true);
    expect(ok({ type: "object", additionalProperties: { type: "string" } }, { a: "x", b: 2 })).toBe(false);
    // A property present with an explicit undefined-like value still counts as present.
    expect(ok({ type: "object", required: ["x"] }, { x: null })).toBe(true);
  });

  it("checks items and minItems, reporting the index", () => {
    const schema: Schema = { type: "array", minItems: 1, items: { type: "integer", minimum: 0 } };
    expect(ok(schema, [0, 3])).toBe(true);
    expect(ok(schema, [])).toBe(false);
    expect(check(schema, [1, -1])).toEqual([{ path: "/1", message: "less than 0" }]);
  });

  it("checks enum, const, minimum, maximum, minLength and pattern", () => {
    expect(ok({ enum: ["active", "inactive"] }, "active")).toBe(true);
    expect(ok({ enum: ["active", "inactive"] }, "open")).toBe(false);
    expect(ok({ const: "KvK" }, "KvK")).toBe(true);
    expect(ok({ const: "KvK" }, "kvk")).toBe(false);
    expect(ok({ type: "number", maximum: 100 }, 100)).toBe(true);
    expect(ok({ type: "number", maximum: 100 }, 100.5)).toBe(false);
    expect(ok({ type: "string", minLength: 1 }, "")).toBe(false);
    expect(ok({ type: "string", pattern: "^GM\\d{4}$" }, "GM0632")).toBe(true);
    expect(ok({ type: "string", pattern: "^GM\\d{4}$" }, "gm0632")).toBe(false);
  });

  it("checks formats loosely", () => {
    const cases: [string, string, boolean][] = [
      ["date-time", "2026-11-23T08:15:00.000Z", true],
      ["date-time", "2024-09-25T14:23:06.5+01:00", true],
      ["date-time", "2026-11-23 08:15", false],
      ["date-time", "2026-11-23T08:15:00", false], // no zone
      ["date", "2026-02-28", true],
      ["date", "2026-02-30", false],
      ["time", "09:00+01:00", true],
      ["time", "09:00", true],
      ["time", "9:00", false],
      ["uri", "https://identifier.overheid.nl/tooi/id/gemeente/gm0632", true],
      ["uri", "not a uri", false],
      ["email", "info@fysiowoerden.example", true],
      ["email", "info at fysiowoerden", false],
      ["uuid", "886313e1-3b8a-5372-9b90-0c9aee199e5d", true],
      ["uuid", "886313e1-3b8a-5372-9b90", false],
    ];
    for (const [format, value, valid] of cases) {
      expect(ok({ type: "string", format }, value), `${format} ${value}`).toBe(valid);
    }
  });

  it("follows $ref to another schema of the registry and lists refs that do not resolve", () => {
    const registry = new SchemaRegistry()
      .add("unit.json", { type: "object", required: ["id", "name"] })
      .add("capacity.json", { type: "object", properties: { unit: { $ref: "unit.json" } } });
    expect(registry.validate("capacity.json", { unit: { id: "u", name: "bezoeken" } })).toEqual([]);
    expect(registry.validate("capacity.json", { unit: { id: "u" } })).toEqual([
      { path: "/unit", message: 'missing required property "name"' },
    ]);
    expect(registry.unresolvedRefs()).toEqual([]);
    registry.add("broken.json", { items: { $ref: "missing.json" } });
    expect(registry.unresolvedRefs()).toEqual(["missing.json"]);
    expect(() => registry.validate("broken.json", [1])).toThrow(/unknown schema missing.json/);
  });

  it("refuses schemas with keywords it does not implement, so nothing is skipped unnoticed", () => {
    expect(() => check({ oneOf: [] }, 1)).toThrow(/unsupported keyword "oneOf"/);
    expect(() => check({ properties: { a: { maxLength: 3 } } }, {})).toThrow(/properties\/a: unsupported keyword/);
    expect(() => check({ type: "text" }, "x")).toThrow(/unknown type text/);
    expect(() => check({ type: "string", format: "ipv4" }, "x")).toThrow(/unsupported format/);
  });

  it("accepts boolean schemas", () => {
    expect(ok({ type: "object", properties: { a: false } }, {})).toBe(true);
    expect(ok({ type: "object", properties: { a: false } }, { a: 1 })).toBe(false);
    expect(ok({ type: "object", additionalProperties: true }, { a: 1 })).toBe(true);
  });
});
