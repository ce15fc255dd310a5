// Capacity records as providers publish them (API and forms). Messages are catalogue keys.
import { z } from "zod";
import { isoWeekday, isValidDay, isValidTime } from "~/domain/time";

/**
 * A number from JSON or a form: numbers as they are, numeric strings (a Dutch decimal comma
 * allowed) converted; anything else ("", true, [60], null) is refused rather than coerced.
 */
const numeric = (error: string, rules: (n: z.ZodNumber) => z.ZodNumber = (n) => n) =>
  z.preprocess(
    (v) => {
      if (typeof v !== "string") return v;
      const t = v.trim().replace(",", ".");
      return t !== "" && /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : v;
    },
    rules(z.number({ error })),
  );

/** A whole number from min to max, with one message for every way it can be wrong. */
const whole = (min: number, max: number, error: string) =>
  numeric(error, (n) => n.int({ error }).min(min, { error }).max(max, { error }));

const ref = z
  .string({ error: "validation.capacity.externalRef" })
  .trim()
  .min(1, { error: "validation.capacity.externalRef" })
  .max(100, { error: "validation.capacity.externalRef" });
const day = z.string({ error: "validation.capacity.day" }).refine(isValidDay, { error: "validation.capacity.day" });
const monday = day.refine((d) => isoWeekday(d) === 1, { error: "validation.capacity.monday" });
const time = z.string({ error: "validation.capacity.time" }).refine(isValidTime, { error: "validation.capacity.time" });
const weekday = whole(1, 7, "validation.capacity.weekday");
const count = (max: number) => whole(0, max, "validation.capacity.count");
const municipalityCode = z
  .string({ error: "validation.capacity.municipality" })
  .regex(/^GM\d{4}$/, { error: "validation.capacity.municipality" });

export const zinWeekRecord = z.object({
  type: z.literal("zin_week"),
  externalRef: ref,
  municipalityCode,
  weekStart: monday,
  // Forms may send a Dutch decimal comma ("12,5").
  hoursPerWeek: numeric("validation.capacity.hours", (n) =>
    n.min(0, { error: "validation.capacity.hours" }).max(2000, { error: "validation.capacity.hours" }),
  ),
  newClients: count(1000),
  earliestStart: day,
});

export const zinWaitingListRecord = z.object({
  type: z.literal("zin_waiting_list"),
  externalRef: ref,
  municipalityCode,
  length: count(100_000),
});

export const cleanerWindowRecord = z
  .object({
    type: z.literal("cleaner_window"),
    externalRef: ref,
    weekday,
    startTime: time,
    endTime: time,
    visitMinutes: whole(30, 480, "validation.capacity.visitMinutes"),
  })
  .refine((r) => r.startTime < r.endTime, { path: ["endTime"], error: "validation.capacity.timeOrder" });

export const cleanerExceptionRecord = z
  .object({
    type: z.literal("cleaner_exception"),
    externalRef: ref,
    fromDate: day,
    toDate: day,
    reason: z
      .string({ error: "validation.capacity.reason" })
      .trim()
      .max(200, { error: "validation.capacity.reason" })
      .optional(),
  })
  .refine((r) => r.fromDate <= r.toDate, { path: ["toDate"], error: "validation.capacity.dateOrder" });

export const mediationMonthRecord = z.object({
  type: z.literal("mediation_month"),
  externalRef: ref,
  municipalityCode,
  month: z
    .string({ error: "validation.capacity.month" })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "validation.capacity.month" }),
  newMatches: count(1000),
});

export const helperPoolRecord = z.object({
  type: z.literal("helper_pool"),
  externalRef: ref,
  helpers: count(100_000),
});

const session = z.object({ weekday, time });

const seats = whole(1, 100, "validation.capacity.seats");
const location = z
  .string({ error: "validation.capacity.location" })
  .trim()
  .min(1, { error: "validation.capacity.location" })
  .max(200, { error: "validation.capacity.location" });
const locationPostcode = z
  .string({ error: "validation.capacity.postcode" })
  .transform((s) => s.replace(/\s+/g, "").toUpperCase())
  .pipe(z.string().regex(/^\d{4}([A-Z]{2})?$/, { error: "validation.capacity.postcode" }));

export const cohortRecord = z
  .object({
    type: z.literal("cohort"),
    externalRef: ref,
    startDate: day,
    sessions: z.array(session).length(2, { error: "validation.capacity.sessions" }),
    seats,
    location,
    locationPostcode,
  })
  .refine((r) => r.sessions[0]?.weekday !== r.sessions[1]?.weekday, {
    path: ["sessions"],
    error: "validation.capacity.sessionDays",
  });

export const capacityRecord = z.discriminatedUnion(
  "type",
  [
    zinWeekRecord,
    zinWaitingListRecord,
    cleanerWindowRecord,
    cleanerExceptionRecord,
    mediationMonthRecord,
    helperPoolRecord,
    cohortRecord,
  ],
  { error: "validation.capacity.type" },
);

export type CapacityRecord = z.infer<typeof capacityRecord>;

/** A record to remove: only its type and reference. */
export const deletionRecord = z.object({
  type: z.enum(
    ["zin_week", "zin_waiting_list", "cleaner_window", "cleaner_exception", "mediation_month", "helper_pool", "cohort"],
    { error: "validation.capacity.type" },
  ),
  externalRef: ref,
  deleted: z.literal(true),
});

export type DeletionRecord = z.infer<typeof deletionRecord>;

export const MAX_BATCH_RECORDS = 500;
export const MAX_BATCH_BYTES = 512 * 1024;

/** The cohort form has flat fields; the record has a list of two sessions. */
export const cohortForm = z
  .object({
    type: z.literal("cohort"),
    externalRef: ref,
    startDate: day,
    session1Weekday: weekday,
    session1Time: time,
    session2Weekday: weekday,
    session2Time: time,
    seats,
    location,
    locationPostcode,
  })
  .refine((r) => r.session1Weekday !== r.session2Weekday, {
    path: ["session2Weekday"],
    error: "validation.capacity.sessionDays",
  })
  .transform(({ session1Weekday, session1Time, session2Weekday, session2Time, ...rest }) => ({
    ...rest,
    sessions: [
      { weekday: session1Weekday, time: session1Time },
      { weekday: session2Weekday, time: session2Time },
    ],
  }));
