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

/**
 * What is wrong with a normalised postcode, as a catalogue key, or null when its shape is right
 * (whether its digits exist is the lookup's question). Each mistake has its own message.
 */
export function postcodeProblem(postcode: string): string | null {
  if (postcode === "") return "validation.help.postcode";
  if (/^[1-9]\d{3}([A-Z]{2})?$/.test(postcode)) return null;
  // Dutch postcodes run from 1000 to 9999: a leading zero is a typing mistake, not an unknown place.
  if (/^0\d{3}([A-Z]{2})?$/.test(postcode)) return "validation.help.postcodeZero";
  return "validation.help.postcodeFormat";
}

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
  // .meta() describes a field for the API document (app/api/openapi.ts); it changes no parse.
  return z.object({
    postcode: z
      .string({ error: "validation.help.postcode" })
      .meta({ pattern: "^\\s*[1-9]\\s*(?:\\d\\s*){3}(?:[A-Za-z]\\s*[A-Za-z]\\s*)?$" })
      .transform(normalisePostcode)
      .pipe(
        z.string().superRefine((postcode, ctx) => {
          const problem = postcodeProblem(postcode);
          if (problem) ctx.addIssue({ code: "custom", message: problem });
        }),
      )
      .meta({
        description:
          "Dutch postcode of the home: four digits, optionally followed by the two letters (spaces and case do " +
          "not matter). Its four digits locate the municipality; unknown digits are refused (400 on `postcode`).",
      }),
    birthYear: z
      .preprocess(
        (v) => (typeof v === "string" && /^\d{4}$/.test(v.trim()) ? Number(v) : v),
        z
          .number({
            error: (issue) =>
              issue.input === undefined || issue.input === ""
                ? "validation.help.birthYearEmpty"
                : "validation.help.birthYear",
          })
          .int({ error: "validation.help.birthYear" })
          // A form may hand over "19" as a number: fewer or more than four digits is that mistake, not an age.
          .min(thisYear - 120, {
            error: (issue) =>
              Number(issue.input) < 1000 ? "validation.help.birthYear" : "validation.help.birthYearTooOld",
          })
          .max(thisYear, {
            error: (issue) =>
              Number(issue.input) > 9999 ? "validation.help.birthYear" : "validation.help.birthYearFuture",
          }),
      )
      .meta({
        description:
          "Year of birth, four digits, within the last 120 years (not in the future). Age counts per calendar year.",
      }),
    household: z
      .enum(HOUSEHOLDS, { error: "validation.help.household" })
      .meta({ description: "Living alone (`single`) or with a partner (`couple`)." }),
    partnerUnderAow: z
      .enum(["true", "false"], { error: "validation.help.partnerUnderAow" })
      .optional()
      .transform((v) => v === "true")
      .meta({
        description:
          "For a couple: whether the partner is under AOW age (affects the abonnementstarief and the social " +
          "minimum). Exactly `true` or `false`; `false` when left out.",
      }),
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
      .transform((v) => (v === undefined ? null : v))
      .meta({
        description:
          "Net household income per month in whole euros. Optional, and left out when empty; it only ever decides " +
          "whether an option is recommended, never whether it is eligible.",
      }),
    needs: csv(NEEDS, "validation.help.needs", 1).meta({
      description:
        "The help needed: comma-separated, or the parameter repeated (`needs=cleaning&needs=laundry`). At least " +
        "one value; repeats are ignored.",
    }),
    mobility: csv(MOBILITY, "validation.help.mobility").meta({
      description:
        "Mobility limits, comma-separated or repeated: trouble with stairs, or rising from a chair. Optional " +
        "(none when left out or empty); repeats are ignored.",
    }),
    network: z.enum(NETWORK, { error: "validation.help.network" }).meta({
      description:
        "Whether someone around you can help: no one (`none`), someone if paid (`some`), or someone for free " +
        "(`can_provide`).",
    }),
    start: z
      .string({ error: "validation.help.start" })
      .meta({ format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" })
      .refine(isValidDay, { error: "validation.help.start" })
      .refine((d) => d <= lastStart, { error: "validation.help.startTooLate" })
      .optional()
      .transform((d) => d ?? today)
      .meta({
        description:
          "Preferred start date, today when left out, at most one year ahead. A date in the past is treated as " +
          "today (and echoed as given). A calendar date as YYYY-MM-DD.",
      }),
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
