// What the citizen agrees to share with a provider, and how to reach them.
import { z } from "zod";
import { checkbox, optionalText } from "./fields";

export const consentSchema = z.object({
  shareIntake: checkbox,
  shareHealth: checkbox,
  phone: z
    .string()
    .trim()
    .max(20, { error: "consent.error.phone" })
    .refine((v) => v === "" || /^\+?[0-9][0-9 ()-]{8,18}$/.test(v), { error: "consent.error.phone" })
    .optional()
    .transform((v) => (v ? v : null)),
  preferences: optionalText(500),
});
