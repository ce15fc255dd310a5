// Capacity records as providers publish them (API and forms). Messages are catalogue keys.
import { z } from "zod";
import { isoWeekday, isValidDay, isValidTime, minutesOfDay } from "~/domain/time";
import { hasInvisible } from "~/domain/visible-text";
import { errorWith } from "~/i18n";
import { CAPACITY_RECORD_TYPES } from "~db/enums";

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

// .meta() only describes a field for the API document (app/api/openapi.ts); it changes no parse.
const ref = z
  .string({ error: "validation.capacity.externalRef" })
  .trim()
  .min(1, { error: "validation.capacity.externalRef" })
  .max(100, { error: "validation.capacity.externalRef" })
  // A reference is matched on as typed: a NUL or zero-width character would make a twin that looks the same.
  .refine((v) => !hasInvisible(v), { error: "validation.capacity.externalRef" })
  .meta({
    description:
      "Your own stable reference for this record (e.g. the id in your planning system). Together with `type` it " +
      "identifies the record within your provider. Surrounding whitespace is trimmed.",
  });
const dayText = z
  .string({ error: "validation.capacity.day" })
  .meta({ format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" });
/**
 * Capacity is planned within this century: a far date is a typo, and one past 9999 would make
 * the HSDS schedules derived from it (a cohort's last day) leave the YYYY-MM-DD format.
 */
export const CAPACITY_DAYS = { first: "2000-01-01", last: "2099-12-31" } as const;
const day = dayText.refine((d) => isValidDay(d) && d >= CAPACITY_DAYS.first && d <= CAPACITY_DAYS.last, {
  error: "validation.capacity.day",
});
const dayOf = (description: string) =>
  day.meta({
    description: `${description} A calendar date as YYYY-MM-DD, from ${CAPACITY_DAYS.first} to ${CAPACITY_DAYS.last}.`,
  });
const monday = day.refine((d) => isoWeekday(d) === 1, { error: "validation.capacity.monday" });
const time = z
  .string({ error: "validation.capacity.time" })
  .meta({ pattern: "^([01]\\d|2[0-3]):[0-5]\\d$" })
  .refine(isValidTime, { error: "validation.capacity.time" });
const timeOf = (description: string) =>
  time.meta({ description: `${description} Dutch local time (Europe/Amsterdam) as HH:MM, 24-hour clock.` });
const weekday = whole(1, 7, "validation.capacity.weekday").meta({
  description: "ISO day of the week: 1 = Monday … 7 = Sunday.",
});
const count = (max: number, description: string) => whole(0, max, "validation.capacity.count").meta({ description });
const municipalityCode = z
  .string({ error: "validation.capacity.municipality" })
  .regex(/^GM\d{4}$/, { error: "validation.capacity.municipality" })
  .meta({
    description:
      "CBS municipality code, e.g. GM0632 (Woerden). Must be one of the municipalities your provider serves.",
  });

/** A record's title and description in the API document; unknown properties are ignored (stripped). */
const recordMeta = (id: string, title: string, description: string) => ({
  id,
  title,
  description: `${description} Properties not listed here are ignored.`,
});

export const zinWeekRecord = z
  .object({
    type: z.literal("zin_week"),
    externalRef: ref,
    municipalityCode,
    weekStart: monday.meta({
      description: "Monday that starts the week; other weekdays are refused. A calendar date as YYYY-MM-DD.",
    }),
    // Forms may send a Dutch decimal comma ("12,5").
    hoursPerWeek: numeric("validation.capacity.hours", (n) =>
      n.min(0, { error: "validation.capacity.hours" }).max(2000, { error: "validation.capacity.hours" }),
    ).meta({ description: "Hours per week available for new clients; may be fractional, stored to the whole minute." }),
    newClients: count(1000, "Number of new clients that can start."),
    earliestStart: dayOf("Earliest start date for a new client; not before weekStart."),
  })
  .refine((r) => r.earliestStart >= r.weekStart, {
    path: ["earliestStart"],
    error: "validation.capacity.earliestBeforeWeek",
  })
  // New clients need hours to be helped in: a week with clients and no hours would match people to nothing.
  .refine((r) => r.hoursPerWeek > 0 || r.newClients === 0, {
    path: ["hoursPerWeek"],
    error: "validation.capacity.hoursForClients",
  })
  .meta(
    recordMeta(
      "ZinWeekRecord",
      "ZIN week",
      "Room for new clients of a care-in-kind (ZIN) provider in one municipality in one week. One record per " +
        "(municipalityCode, weekStart) per provider. newClients above 0 needs hoursPerWeek above 0.",
    ),
  );

export const zinWaitingListRecord = z
  .object({
    type: z.literal("zin_waiting_list"),
    externalRef: ref,
    municipalityCode,
    length: count(100_000, "People on the waiting list."),
  })
  .meta(
    recordMeta(
      "ZinWaitingListRecord",
      "ZIN waiting list",
      "Current waiting list of a care-in-kind (ZIN) provider in one municipality. One record per " +
        "municipalityCode per provider.",
    ),
  );

const validTimes = (r: { startTime: unknown; endTime: unknown }) =>
  time.safeParse(r.startTime).success && time.safeParse(r.endTime).success;

export const cleanerWindowRecord = z
  .object({
    type: z.literal("cleaner_window"),
    externalRef: ref,
    weekday,
    startTime: timeOf("Start of the window."),
    endTime: timeOf("End of the window; after startTime."),
    visitMinutes: whole(30, 480, "validation.capacity.visitMinutes").meta({
      description: "Length of one visit in minutes.",
    }),
  })
  // The checks across fields run even when a time itself is refused ("0900"): they say nothing
  // then, or they would add a nonsense order or length to the time's own message.
  .refine((r) => !validTimes(r) || r.startTime < r.endTime, {
    path: ["endTime"],
    error: "validation.capacity.timeOrder",
  })
  // A window no visit fits in offers nothing (09:00–12:00 with visits of 240 minutes): refuse it, not save it.
  .superRefine((r, ctx) => {
    if (!validTimes(r) || r.startTime >= r.endTime) return;
    const room = minutesOfDay(r.endTime) - minutesOfDay(r.startTime);
    if (room >= r.visitMinutes) return;
    ctx.addIssue({
      code: "custom",
      path: ["visitMinutes"],
      message: errorWith("validation.capacity.visitFits", { minutes: String(r.visitMinutes), room: String(room) }),
    });
  })
  .meta(
    recordMeta(
      "CleanerWindowRecord",
      "Cleaner working window",
      "Regular weekly working hours of a private cleaner, from which bookable visits are derived. endTime must " +
        "be after startTime, at least one visit of visitMinutes must fit between them, and windows on the same " +
        "weekday may not overlap.",
    ),
  );

export const cleanerExceptionRecord = z
  .object({
    type: z.literal("cleaner_exception"),
    externalRef: ref,
    fromDate: dayOf("First day off."),
    toDate: dayOf("Last day off (inclusive); on or after fromDate."),
    reason: z
      .string({ error: "validation.capacity.reason" })
      .trim()
      .max(200, { error: "validation.capacity.reason" })
      .optional()
      .meta({ description: "Optional reason; surrounding whitespace is trimmed." }),
  })
  .refine((r) => r.fromDate <= r.toDate, { path: ["toDate"], error: "validation.capacity.dateOrder" })
  .meta(
    recordMeta(
      "CleanerExceptionRecord",
      "Cleaner days off",
      "Days a private cleaner does not work (holiday, sickness), both dates inclusive. toDate must be on or " +
        "after fromDate, and not before today (a record already published may be sent again unchanged).",
    ),
  );

export const mediationMonthRecord = z
  .object({
    type: z.literal("mediation_month"),
    externalRef: ref,
    municipalityCode,
    month: z
      .string({ error: "validation.capacity.month" })
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "validation.capacity.month" })
      .meta({ description: "Month as YYYY-MM." }),
    newMatches: count(1000, "New matches possible that month."),
  })
  .meta(
    recordMeta(
      "MediationMonthRecord",
      "Mediation month",
      "New matches a personal-budget (PGB) mediator can make in one municipality in one month. One record per " +
        "(municipalityCode, month) per provider.",
    ),
  );

export const helperPoolRecord = z
  .object({
    type: z.literal("helper_pool"),
    externalRef: ref,
    helpers: count(100_000, "Number of helpers in the pool."),
  })
  .meta(
    recordMeta(
      "HelperPoolRecord",
      "Helper pool",
      "Size of a personal-budget (PGB) mediator's pool of informal helpers. At most one per provider.",
    ),
  );

const session = z.object({ weekday, time: timeOf("Start of the session.") });

const seats = whole(1, 100, "validation.capacity.seats");
const location = z
  .string({ error: "validation.capacity.location" })
  .trim()
  .min(1, { error: "validation.capacity.location" })
  .max(200, { error: "validation.capacity.location" });
const locationPostcode = z
  .string({ error: "validation.capacity.postcode" })
  .meta({ pattern: "^\\s*(?:\\d\\s*){4}(?:[A-Za-z]\\s*[A-Za-z]\\s*)?$" })
  .transform((s) => s.replace(/\s+/g, "").toUpperCase())
  .pipe(z.string().regex(/^\d{4}([A-Z]{2})?$/, { error: "validation.capacity.postcode" }));

export const cohortRecord = z
  .object({
    type: z.literal("cohort"),
    externalRef: ref,
    startDate: dayOf("Date of the first session week."),
    sessions: z
      .array(session)
      .length(2, { error: "validation.capacity.sessions" })
      .meta({ description: "Exactly two weekly sessions, on different weekdays." }),
    seats: seats.meta({ description: "Seats in the group." }),
    location: location.meta({ description: "Where the group meets; surrounding whitespace is trimmed." }),
    locationPostcode: locationPostcode.meta({
      description:
        "Dutch postcode of the location, e.g. 3441 AB (spaces and case do not matter; the letters are optional). " +
        "Its four digits (PC4) must be a known area; GET returns it normalised, e.g. 3441AB.",
    }),
  })
  .refine((r) => r.sessions[0]?.weekday !== r.sessions[1]?.weekday, {
    path: ["sessions"],
    error: "validation.capacity.sessionDays",
  })
  .meta(
    recordMeta(
      "CohortRecord",
      "Physiotherapy group",
      "A Powerful Ageing (Sterk ouder worden) group of a physiotherapy practice: two sessions a week on " +
        "different days.",
    ),
  );

/** Every kind of record, in the order the API document lists them. */
export const CAPACITY_RECORDS = [
  zinWeekRecord,
  zinWaitingListRecord,
  cleanerWindowRecord,
  cleanerExceptionRecord,
  mediationMonthRecord,
  helperPoolRecord,
  cohortRecord,
] as const;

export const capacityRecord = z.discriminatedUnion("type", CAPACITY_RECORDS, { error: "validation.capacity.type" });

export type CapacityRecord = z.infer<typeof capacityRecord>;

/** A record to remove: only its type and reference. */
export const deletionRecord = z
  .object({
    type: z.enum(CAPACITY_RECORD_TYPES, { error: "validation.capacity.type" }),
    externalRef: ref,
    deleted: z.literal(true),
  })
  .meta({
    id: "CapacityDeletion",
    title: "Deletion",
    description:
      "Removes the record with this (type, externalRef) of your provider. Deleting a record that does not exist " +
      "changes nothing and is not counted.",
  });

export type DeletionRecord = z.infer<typeof deletionRecord>;

export const MAX_BATCH_RECORDS = 500;
export const MAX_BATCH_BYTES = 512 * 1024;

/**
 * The cohort form's fields and checks, as the browser validates them: conform reads a form's
 * constraints from an object schema and cannot read one whose root is a transform.
 */
export const cohortFormFields = z
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
  });

/** The cohort form has flat fields; the record has a list of two sessions. */
export const cohortForm = cohortFormFields.transform(
  ({ session1Weekday, session1Time, session2Weekday, session2Time, ...rest }) => ({
    ...rest,
    sessions: [
      { weekday: session1Weekday, time: session1Time },
      { weekday: session2Weekday, time: session2Time },
    ],
  }),
);
