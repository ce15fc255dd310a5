// Field shapes the consultant's case forms share. Messages are i18n keys (Dutch first).
import { z } from "zod";
import { bodyId } from "../body-id";

/** Optional free text up to `max` characters; empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "validation.tooLong" })
    .optional()
    .transform((v) => (v ? v : null));

/** A note the consultant must write (a signal's follow-up, an evaluation's review). */
export const requiredNote = z
  .string()
  .trim()
  .min(1, { error: "sig.error.note" })
  .max(1000, { error: "sig.error.note" });

/** The id of a row the form is about (a hidden field). */
export const recordId = bodyId();

/** A checkbox: ticked is "on" (or "true"), anything else is not ticked. */
export const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");
