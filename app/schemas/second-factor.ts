// Form schemas of the second factor (ADR 025). Messages are catalogue keys.
import { z } from "zod";

/** A 6-digit code or a recovery code, as typed (spaces and dashes allowed). */
export const codeField = z
  .string({ error: "validation.code.required" })
  .trim()
  .min(1, { error: "validation.code.required" })
  .max(40, { error: "validation.code.invalid" })
  .regex(/^[0-9a-zA-Z\s-]+$/, { error: "validation.code.invalid" })
  // Six digits or a recovery code's ten characters: "abc" is a typing slip, not a wrong code.
  .refine(
    (v) => {
      const bare = v.replace(/[\s-]/g, "");
      return /^\d{6}$/.test(bare) || /^[0-9a-zA-Z]{10}$/.test(bare);
    },
    { error: "validation.code.invalid" },
  );

/**
 * Every second-factor form: the code at login, and the code that confirms an enrolment. An
 * enrolment's secret is kept on the server, so a posted `secret` is dropped here (ADR 032).
 */
export const secondFactorCodeSchema = z.object({ code: codeField });
