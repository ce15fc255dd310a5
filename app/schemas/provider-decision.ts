// The forms of a practice's or mediator's decision on a request: enrol, record the match, decline.
// One schema per form, shared by the browser (conform) and the server. Messages are catalogue keys.
import { z } from "zod";
import { addDays, isValidDay } from "~/domain/time";
import { bodyId } from "./body-id";

export const HELPER_NAME_MAX = 60;
export const DECLINE_REASON_MAX = 300;
/** A match may be recorded a little after the helper started, not weeks later (see the message). */
export const HELPER_START_PAST_DAYS = 14;

const requestId = bodyId();

export const enrolSchema = z.object({ requestId });

/** Taking a waiting request on (ADR 038): only which one. */
export const takeOnSchema = z.object({ requestId });

/**
 * Recording the match: the helper's first name and start date, a real day from two weeks ago up to
 * a year ahead (`today` in Amsterdam): 9999-12-31 is no start.
 */
export const matchSchema = (today: string) =>
  z.object({
    requestId,
    helperFirstName: z
      .string({ error: "validation.preq.helperFirstName" })
      .trim()
      .min(1, { error: "validation.preq.helperFirstName" })
      .max(HELPER_NAME_MAX, { error: "validation.preq.helperFirstName" }),
    helperStartDate: z
      .string({ error: "validation.preq.helperStartDate" })
      .refine(isValidDay, { error: "validation.preq.helperStartDate" })
      .refine((day) => day >= addDays(today, -HELPER_START_PAST_DAYS), { error: "validation.preq.helperStartDatePast" })
      .refine((day) => day <= `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`, {
        error: "validation.preq.helperStartDateFar",
      }),
  });

export const declineSchema = z.object({
  requestId,
  reason: z
    .string({ error: "validation.preq.reason" })
    .trim()
    .min(1, { error: "validation.preq.reason" })
    .max(DECLINE_REASON_MAX, { error: "validation.preq.reason" }),
});
