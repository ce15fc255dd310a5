// Every server-side form and query parse goes through here, not through conform directly:
// conform's own parser is quadratic in repeated names and throws on its reserved fields.
import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";
import type { z } from "zod";

/**
 * Far more fields than any of our forms has (the largest have a few dozen).
 * Conform gathers repeated names with array concat, so 40,000 fields block the event loop for
 * seconds; a thousand take milliseconds.
 */
export const MAX_FORM_FIELDS = 1000;

/** Conform's internal names: a forged `__state__` or `__intent__` makes its parser throw (a 500). */
const RESERVED = new Set(["__state__", "__intent__"]);

/** The payload without conform's reserved names; a 413 when it holds more fields than a form has. */
function cleaned(payload: FormData | URLSearchParams): FormData | URLSearchParams {
  let count = 0;
  let reserved = false;
  for (const [name] of payload) {
    count += 1;
    if (count > MAX_FORM_FIELDS) throw data({ message: "too_many_fields" }, { status: 413 });
    if (RESERVED.has(name)) reserved = true;
  }
  if (!reserved) return payload;
  const copy = payload instanceof FormData ? new FormData() : new URLSearchParams();
  for (const [name, value] of payload) {
    if (RESERVED.has(name)) continue;
    if (copy instanceof FormData) copy.append(name, value);
    else if (typeof value === "string") copy.append(name, value);
  }
  return copy;
}

/** Validates a submitted form or a query string against one zod schema (conform's submission). */
export function parseForm<Schema extends z.ZodType>(payload: FormData | URLSearchParams, schema: Schema) {
  return parseWithZod(cleaned(payload), { schema });
}
