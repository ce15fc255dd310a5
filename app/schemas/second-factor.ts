// Form schemas of the second factor (ADR 025). Messages are catalogue keys.
import { z } from "zod";

/** A 6-digit code or a recovery code, as typed (spaces and dashes allowed). */
export const codeField = z
  .string({ error: "validation.code.required" })
  .trim()
  .min(1, { error: "validation.code.required" })
  .max(40, { error: "validation.code.invalid" })
  .regex(/^[0-9a-zA-Z\s-]+$/, { error: "validation.code.invalid" });

export const secondFactorCodeSchema = z.object({ code: codeField });

/** Confirming enrolment: the proposed secret travels with the form (the person's own choice). */
export const enrolSchema = z.object({
  secret: z.string({ error: "validation.invalid" }).regex(/^[A-Z2-7]{32}$/, { error: "validation.invalid" }),
  code: codeField,
});

/** The account page: turn TOTP on (with the proposed secret) or off (with a current code). */
export const twoStepSchema = z.discriminatedUnion("intent", [
  enrolSchema.extend({ intent: z.literal("enable") }),
  z.object({ intent: z.literal("disable"), code: codeField }),
]);
