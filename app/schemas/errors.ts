// Zod's issues as field errors in the catalogue's words: the one place that turns a failed parse
// into `{ field: messageKey }` for the JSON API and the forms.
import type { z } from "zod";
import { isMessageKey, type MessageKey } from "~/i18n";

type Options = {
  /** Put before every field name, e.g. "helpRequest" or "records[3]". */
  prefix?: string;
  /** Name fields by their whole path ("records[0].sessions.1.time") instead of the first part. */
  wholePath?: boolean;
  /** The name for an issue about the input as a whole. */
  root?: string;
};

/**
 * The first useful message per field. Our schemas' messages are catalogue keys; a library's own
 * (English) message becomes the generic Dutch "validation.invalid", and a specific message for
 * the same field wins over that generic one.
 */
export function fieldErrorKeys(
  error: z.ZodError,
  { prefix = "", wholePath = false, root = "form" }: Options = {},
): Record<string, MessageKey> {
  const out: Record<string, MessageKey> = {};
  for (const issue of error.issues) {
    const path = (wholePath ? issue.path : issue.path.slice(0, 1)).map(String);
    const field = [prefix, ...path].filter(Boolean).join(".") || root;
    // A key with parameters ("key|room=180", see errorWith) is kept whole: translateError fills them in.
    const key = isMessageKey(issue.message.split("|")[0]) ? (issue.message as MessageKey) : "validation.invalid";
    if (out[field] === undefined || out[field] === "validation.invalid") out[field] = key;
  }
  return out;
}
