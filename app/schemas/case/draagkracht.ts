// The draagkracht check: household and net monthly income in whole euros.
import { z } from "zod";
import { HOUSEHOLDS } from "~db/enums";
import { checkbox } from "./fields";

export const draagkrachtSchema = z.object({
  household: z.enum(HOUSEHOLDS, { error: "dk.error.household" }),
  partnerUnderAow: checkbox,
  income: z
    .string({ error: "dk.error.income" })
    .trim()
    .regex(/^\d{1,7}$/, { error: "dk.error.income" })
    .transform(Number),
});
