// The forms of a practice's or mediator's decision on a request: enrol, record the match, decline.
// One schema per form, shared by the browser (conform) and the server. Messages are catalogue keys.
import { z } from "zod";
import { isValidDay } from "~/domain/time";

export const HELPER_NAME_MAX = 60;
export const DECLINE_REASON_MAX = 300;

const requestId = z.coerce.number({ error: "validation.invalid" }).int().positive();

export const enrolSchema = z.object({ requestId });

/** Taking a waiting request on (ADR 038): only which one. */
export const takeOnSchema = z.object({ requestId });

export const matchSchema = z.object({
  requestId,
  helperFirstName: z
    .string({ error: "validation.preq.helperFirstName" })
    .trim()
    .min(1, { error: "validation.preq.helperFirstName" })
    .max(HELPER_NAME_MAX, { error: "validation.preq.helperFirstName" }),
  helperStartDate: z
    .string({ error: "validation.preq.helperStartDate" })
    .refine(isValidDay, { error: "validation.preq.helperStartDate" }),
});

export const declineSchema = z.object({
  requestId,
  reason: z
    .string({ error: "validation.preq.reason" })
    .trim()
    .min(1, { error: "validation.preq.reason" })
    .max(DECLINE_REASON_MAX, { error: "validation.preq.reason" }),
});
