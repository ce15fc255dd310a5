// A help request as query parameters: the API's, and the state of /hulp/opties in the URL.
import { z } from "zod";
import { MOBILITY, NEEDS, NETWORK } from "~/domain/matching";
import { isValidDay } from "~/domain/time";
import { HOUSEHOLDS } from "~db/enums";

/** "3641 ab" → "3641AB"; four digits and optionally two letters. */
export function normalisePostcode(raw: string): string {
  return raw.replace(/\s+/g, "").toUpperCase();
}

/** A comma-separated list (or repeated parameter) of known values, without repeats. */
const csv = <T extends readonly [string, ...string[]]>(values: T, error: string, min = 0) =>
  z.preprocess(
    (v) => {
      const list = v === undefined || v === "" ? [] : typeof v === "string" ? v.split(",").map((s) => s.trim()) : v;
      return Array.isArray(list) ? [...new Set(list)] : list; // repeats count once
    },
    z.array(z.enum(values, { error }), { error }).min(min, { error }).max(values.length, { error }),
  );

let last: { today: string; schema: ReturnType<typeof buildHelpRequestSchema> } | undefined;

/**
 * The schema for requests made on `today`. Building a zod object costs more than parsing with it
 * (a fifth of an options request on the national bench), and it only changes with the day: the
 * last one built is kept.
 */
export function helpRequestSchema(today: string) {
  if (last?.today !== today) last = { today, schema: buildHelpRequestSchema(today) };
  return last.schema;
}

function buildHelpRequestSchema(today: string) {
  const thisYear = Number(today.slice(0, 4));
  const lastStart = `${thisYear + 1}${today.slice(4)}`;
  return z.object({
    postcode: z
      .string({ error: "validation.help.postcode" })
      .transform(normalisePostcode)
      .pipe(z.string().regex(/^[1-9]\d{3}([A-Z]{2})?$/, { error: "validation.help.postcode" })),
    birthYear: z.preprocess(
      (v) => (typeof v === "string" && /^\d{4}$/.test(v.trim()) ? Number(v) : v),
      z
        .number({ error: "validation.help.birthYear" })
        .int({ error: "validation.help.birthYear" })
        .min(thisYear - 120, { error: "validation.help.birthYear" })
        .max(thisYear, { error: "validation.help.birthYear" }),
    ),
    household: z.enum(HOUSEHOLDS, { error: "validation.help.household" }),
    partnerUnderAow: z
      .enum(["true", "false"], { error: "validation.help.partnerUnderAow" })
      .optional()
      .transform((v) => v === "true"),
    income: z
      .preprocess(
        (v) => (v === "" ? undefined : typeof v === "string" && /^\d{1,7}$/.test(v.trim()) ? Number(v) : v),
        z
          .number({ error: "validation.help.income" })
          .int({ error: "validation.help.income" })
          .min(0, { error: "validation.help.income" })
          .max(1_000_000, { error: "validation.help.income" })
          .optional(),
      )
      .transform((v) => (v === undefined ? null : v)),
    needs: csv(NEEDS, "validation.help.needs", 1),
    mobility: csv(MOBILITY, "validation.help.mobility"),
    network: z.enum(NETWORK, { error: "validation.help.network" }),
    start: z
      .string({ error: "validation.help.start" })
      .refine(isValidDay, { error: "validation.help.start" })
      .refine((d) => d <= lastStart, { error: "validation.help.startTooLate" })
      .optional()
      .transform((d) => d ?? today),
  });
}

export type HelpQuery = z.infer<ReturnType<typeof helpRequestSchema>>;

/** Query parameters back from a parsed request (for links and the URL state). */
export function toSearchParams(q: HelpQuery): URLSearchParams {
  const params = new URLSearchParams({
    postcode: q.postcode,
    birthYear: String(q.birthYear),
    household: q.household,
    partnerUnderAow: String(q.partnerUnderAow),
    needs: q.needs.join(","),
    mobility: q.mobility.join(","),
    network: q.network,
    start: q.start,
  });
  if (q.income !== null) params.set("income", String(q.income));
  return params;
}
