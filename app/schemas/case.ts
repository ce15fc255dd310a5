// What a consultant may submit on a case. Messages are i18n keys (Dutch first).

import { z } from "zod";
import { INDICATION_MONTH_CHOICES } from "~/domain/cases";
import { addDays, isValidDay } from "~/domain/time";
import { fieldErrorKeys } from "~/schemas/errors";
import { GENERAL_FACILITIES, STEERING_REASONS } from "~db/enums";

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "validation.tooLong" })
    .optional()
    .transform((v) => (v ? v : null));

const id = z.coerce.number().int().positive();

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");

export const talkSchema = z.object({
  intent: z.literal("talk"),
  situation: text(4000),
  ownAbilities: text(2000),
  network: text(2000),
  facilities: z.array(z.enum(GENERAL_FACILITIES)).default([]),
  notes: text(4000),
});

export const draagkrachtSchema = z.object({
  intent: z.literal("draagkracht"),
  household: z.enum(["single", "couple"], { error: "dk.error.household" }),
  partnerUnderAow: checkbox,
  income: z
    .string({ error: "dk.error.income" })
    .trim()
    .regex(/^\d{1,7}$/, { error: "dk.error.income" })
    .transform(Number),
});

export const consentSchema = z.object({
  intent: z.literal("consent"),
  shareIntake: checkbox,
  shareHealth: checkbox,
  phone: z
    .string()
    .trim()
    .max(20, { error: "consent.error.phone" })
    .refine((v) => v === "" || /^\+?[0-9][0-9 ()-]{8,18}$/.test(v), { error: "consent.error.phone" })
    .optional()
    .transform((v) => (v ? v : null)),
  preferences: text(500),
});

export function decideSchema(today: string) {
  return z
    .object({
      intent: z.literal("decide"),
      offerId: z.string({ error: "decide.error.option" }).trim().min(1, { error: "decide.error.option" }).max(40),
      reason: z.enum(STEERING_REASONS, { error: "decide.error.reason" }),
      note: text(2000),
      hours: z.string().trim().optional(),
      startDate: z.string().trim().optional(),
      months: z.string().trim().optional(),
    })
    .transform((v, ctx) => {
      if (!v.offerId.startsWith("zin")) return { ...v, zin: null };
      // ZIN: an indication needs hours, a start date (today or later) and a duration.
      const hours = Number((v.hours ?? "").replace(",", "."));
      const minutes = Math.round(hours * 60);
      if (!Number.isFinite(hours) || minutes < 15 || minutes > 2400)
        ctx.addIssue({ code: "custom", path: ["hours"], message: "decide.error.hours" });
      const start = v.startDate ?? "";
      // Today or later, and within a year: an indication is granted for the near future.
      if (!isValidDay(start) || start < today || start > addDays(today, 366))
        ctx.addIssue({ code: "custom", path: ["startDate"], message: "decide.error.startDate" });
      const months = Number(v.months ?? 3);
      const allowed = (INDICATION_MONTH_CHOICES as readonly number[]).includes(months) ? months : 3;
      return { ...v, zin: { minutesPerWeek: minutes, startDate: start, months: allowed } };
    });
}

export const referAgainSchema = z.object({ intent: z.literal("referAgain"), referralId: id, providerId: id });
export const withdrawSchema = z.object({ intent: z.literal("withdraw"), referralId: id });
export const reviewSchema = z.object({
  intent: z.literal("review"),
  evaluationId: id,
  note: z.string().trim().min(1, { error: "sig.error.note" }).max(1000, { error: "sig.error.note" }),
});
export const signalActionSchema = z.discriminatedUnion("action", [
  z.object({ intent: z.literal("signal"), signalId: id, action: z.literal("acknowledge") }),
  z.object({
    intent: z.literal("signal"),
    signalId: id,
    action: z.enum(["note", "close"]),
    note: z.string().trim().min(1, { error: "sig.error.note" }).max(1000, { error: "sig.error.note" }),
  }),
]);

/** Form fields as zod sees them: repeated checkboxes become an array. */
export function formObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = key === "facilities" ? values : values[0];
  }
  return out;
}

/** The first error message (an i18n key) per field. */
export const fieldErrors = (error: z.ZodError): Record<string, string> => fieldErrorKeys(error);
