// The message preferences form: the kinds to get e-mail about (ticked), and the language.
import { z } from "zod";
import { NOTIFICATION_KINDS, type NotificationKind, UI_LANGUAGES } from "~db/enums";

const isKind = (k: string): k is NotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(k);

export const noticePreferencesSchema = z.object({
  // One error for the group, not per ticked box: the form says it beside the group's legend.
  email: z
    .array(z.string())
    .default([])
    .refine((kinds) => kinds.every(isKind), { error: "prefs.invalid" })
    .transform((kinds) => kinds.filter(isKind)),
  language: z.enum(UI_LANGUAGES, { error: "prefs.invalid" }),
});
