// A decision on the case: steering to an option with a reason, or ZIN with an indication.
import { z } from "zod";
import { INDICATION_MONTH_CHOICES } from "~/domain/cases";
import { addDays, isValidDay } from "~/domain/time";
import { STEERING_REASONS } from "~db/enums";
import { optionalText } from "./fields";

type ZinFields = { offerId: string; hours?: string | undefined; startDate?: string | undefined; months?: string };

/** The indication a ZIN decision asks for (hours as minutes, Dutch decimal comma allowed), or null for another option. */
export function zinTerms(v: ZinFields): { minutesPerWeek: number; startDate: string; months: number } | null {
  if (!v.offerId.startsWith("zin")) return null;
  const months = Number(v.months ?? 3);
  return {
    minutesPerWeek: Math.round(Number((v.hours ?? "").replace(",", ".")) * 60),
    startDate: v.startDate ?? "",
    months: (INDICATION_MONTH_CHOICES as readonly number[]).includes(months) ? months : 3,
  };
}

/**
 * `today` is the server's day (the loader passes it to the browser), so both sides judge the same
 * day. The checks are a refinement, not a transform: conform reads the fields' constraints from it.
 */
export function decideSchema(today: string) {
  return z
    .object({
      offerId: z.string({ error: "decide.error.option" }).trim().min(1, { error: "decide.error.option" }).max(40),
      reason: z.enum(STEERING_REASONS, { error: "decide.error.reason" }),
      note: optionalText(2000),
      hours: z.string().trim().optional(),
      startDate: z.string().trim().optional(),
      months: z.string().trim().optional(),
    })
    .superRefine((v, ctx) => {
      // ZIN: an indication needs hours, a start date (today or later) and a duration.
      const zin = zinTerms(v);
      if (!zin) return;
      if (!Number.isFinite(zin.minutesPerWeek) || zin.minutesPerWeek < 15 || zin.minutesPerWeek > 2400)
        ctx.addIssue({ code: "custom", path: ["hours"], message: "decide.error.hours" });
      // Today or later, and within a year: an indication is granted for the near future.
      const start = zin.startDate;
      if (!isValidDay(start) || start < today || start > addDays(today, 366))
        ctx.addIssue({ code: "custom", path: ["startDate"], message: "decide.error.startDate" });
    });
}
