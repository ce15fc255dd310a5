// How a Powerful Ageing group's training times read wherever they are shown: the options card, the
// request form and the request page all say it with this one function.
import type { Locale, Translate } from "~/i18n";

/** An ISO weekday (1 = Monday) by name: 1 January 2024 was a Monday. */
export function weekdayName(weekday: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { weekday: "long", timeZone: "UTC" }).format(
    Date.UTC(2024, 0, weekday),
  );
}

/** "maandag om 14:00 uur en donderdag om 14:00 uur" */
export function sessionsText(sessions: readonly { weekday: number; time: string }[], t: Translate, locale: Locale) {
  return sessions
    .map((s) => t("facts.session", { weekday: weekdayName(s.weekday, locale), time: s.time }))
    .join(t("facts.and"));
}
