// Form schemas for provider staff: acting on a referral and the evaluation.
// Shared by the browser (conform) and the server. Messages are catalogue keys.
import { z } from "zod";
import { isValidDay } from "~/domain/time";
import { EVALUATION_OUTCOMES } from "~db/enums";

export const REASON_MAX = 500;
export const EXPLANATION_MAX = 1000;

/** Accepting needs the agreed start date: a real day, today or later (`today` in Amsterdam). */
export const acceptSchema = (today: string) =>
  z.object({
    startDate: z
      .string({ error: "validation.pref.startDate" })
      .refine(isValidDay, { error: "validation.pref.startDate" })
      .refine((day) => day >= today, { error: "validation.pref.startDatePast" }),
  });

const reason = z
  .string({ error: "validation.pref.reason" })
  .trim()
  .min(1, { error: "validation.pref.reason" })
  .max(REASON_MAX, { error: "validation.pref.reasonTooLong" });

export const declineSchema = z.object({ reason });
export const endSchema = z.object({ reason });

export const evaluationSchema = z.object({
  outcome: z.enum(EVALUATION_OUTCOMES, { error: "validation.pref.outcome" }),
  explanation: z
    .string({ error: "validation.pref.explanation" })
    .trim()
    .min(1, { error: "validation.pref.explanation" })
    .max(EXPLANATION_MAX, { error: "validation.pref.explanationTooLong" }),
});
