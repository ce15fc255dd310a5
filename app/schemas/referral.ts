// Form schemas for provider staff: acting on a referral, the evaluation, and raising a signal.
// Shared by the browser (conform) and the server. Messages are catalogue keys.
import { z } from "zod";
import { isValidDay } from "~/domain/time";
import { EVALUATION_OUTCOMES, SIGNAL_TYPES, SIGNAL_URGENCIES } from "~db/enums";

export const REASON_MAX = 500;
export const EXPLANATION_MAX = 1000;
export const SIGNAL_TEXT_MAX = 1000;

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

export const signalSchema = z.object({
  client: z
    .string({ error: "validation.psig.client" })
    .min(1, { error: "validation.psig.client" })
    .max(40, { error: "validation.psig.client" }),
  type: z.enum(SIGNAL_TYPES, { error: "validation.psig.type" }),
  urgency: z.enum(SIGNAL_URGENCIES, { error: "validation.psig.urgency" }),
  text: z
    .string({ error: "validation.psig.text" })
    .trim()
    .min(1, { error: "validation.psig.text" })
    .max(SIGNAL_TEXT_MAX, { error: "validation.psig.textTooLong" }),
});
