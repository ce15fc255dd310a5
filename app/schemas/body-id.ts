// A record's id as a form posts it (a hidden field): the same canonical digits as an id in a path
// (pathId). z.coerce.number read "0x6" as 6 and "1e3" as 1000, so one record answered to many values.
import { z } from "zod";
import { pathId } from "~/domain/path-id";

/** The id in a form value, or null for anything but 1–16 digits without a leading zero. */
export function formValueId(value: FormDataEntryValue | null | undefined): number | null {
  return typeof value === "string" ? pathId(value) : null;
}

/**
 * A record id field: a string of canonical digits becomes its number; a number (a JSON body) must
 * be a positive safe integer; anything else is refused with `error` (a catalogue key). Another
 * string becomes NaN, not left a string: conform would coerce that with Number() after all.
 */
export const bodyId = (error = "validation.invalid") =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v === "" ? undefined : (pathId(v) ?? Number.NaN)) : v),
    z.number({ error }).int({ error }).positive({ error }).max(Number.MAX_SAFE_INTEGER, { error }),
  );
