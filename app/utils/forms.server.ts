// Every server-side form and query parse goes through here, not through conform directly:
// conform's own parser is quadratic in repeated names and throws on its reserved fields.
import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";
import { z } from "zod";
import { looksBlank } from "~/domain/visible-text";

/**
 * Far more fields than any of our forms has (the largest have a few dozen).
 * Conform gathers repeated names with array concat, so 40,000 fields block the event loop for
 * seconds; a thousand take milliseconds.
 */
export const MAX_FORM_FIELDS = 1000;

/** Conform's internal names: a forged `__state__` or `__intent__` makes its parser throw (a 500). */
const RESERVED = new Set(["__state__", "__intent__"]);

/**
 * The top-level field names a schema reads, or null when it reads any (a record, an unknown
 * wrapper). Conform's reply sends every submitted field back to the page: a field the form does
 * not have would be echoed into it, so such fields are dropped before parsing.
 */
function knownNames(schema: z.ZodType): Set<string> | null {
  if (schema instanceof z.ZodObject) return new Set(Object.keys(schema.shape));
  if (schema instanceof z.ZodUnion) {
    const names = new Set<string>();
    for (const option of schema.options as z.ZodType[]) {
      const known = knownNames(option);
      if (!known) return null;
      for (const name of known) names.add(name);
    }
    return names;
  }
  if (schema instanceof z.ZodPipe) return knownNames(schema.in as z.ZodType);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault)
    return knownNames(schema.unwrap() as z.ZodType);
  return null;
}

/** `address.street` and `visits[0]` belong to the fields `address` and `visits`. */
const topLevel = (name: string) => name.split(/[.[]/, 1)[0] ?? name;

const namesBySchema = new WeakMap<z.ZodType, Set<string> | null>();

// Control characters a person cannot type (NUL, escape …; tab and line breaks stay).
const CONTROL = /[^\P{Cc}\t\n\r]/gu;

/**
 * A typed value as it is meant: without control characters, and blank when nothing in it can be
 * seen, so a required text cannot be met with a zero-width space and a stored one never holds NUL.
 * Blank is one space, which every text field trims to empty and refuses with its own message
 * (an empty value would read as missing and get the general one).
 */
function tidy(value: string): string {
  if (value === "") return value;
  const plain = value.replace(CONTROL, "");
  if (!looksBlank(plain)) return plain;
  return plain !== "" && plain.trim() === "" ? plain : " ";
}

/**
 * The payload with only the fields the schema reads (conform's reserved names never); a 413 when
 * it holds more fields than a form has.
 */
function cleaned(payload: FormData | URLSearchParams, schema: z.ZodType): FormData | URLSearchParams {
  if (!namesBySchema.has(schema)) namesBySchema.set(schema, knownNames(schema));
  const known = namesBySchema.get(schema) ?? null;
  const keep = (name: string) => !RESERVED.has(name) && (known === null || known.has(topLevel(name)));
  let count = 0;
  let changed = false;
  for (const [name, value] of payload) {
    count += 1;
    if (count > MAX_FORM_FIELDS) throw data({ message: "too_many_fields" }, { status: 413 });
    if (!keep(name) || (typeof value === "string" && tidy(value) !== value)) changed = true;
  }
  if (!changed) return payload;
  const copy = payload instanceof FormData ? new FormData() : new URLSearchParams();
  for (const [name, value] of payload) {
    if (!keep(name)) continue;
    if (typeof value === "string") copy.append(name, tidy(value));
    else if (copy instanceof FormData) copy.append(name, value);
  }
  return copy;
}

/** Validates a submitted form or a query string against one zod schema (conform's submission). */
export function parseForm<Schema extends z.ZodType>(payload: FormData | URLSearchParams, schema: Schema) {
  return parseWithZod(cleaned(payload, schema), { schema });
}
