// The message preferences form: the kinds to get e-mail about (ticked), and the language.
import { z } from "zod";
import { NOTIFICATION_KINDS, UI_LANGUAGES } from "~db/enums";

export const noticePreferencesSchema = z.object({
  email: z.array(z.enum(NOTIFICATION_KINDS, { error: "prefs.invalid" })).default([]),
  language: z.enum(UI_LANGUAGES, { error: "prefs.invalid" }),
});
