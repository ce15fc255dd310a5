// "Elke vrijdag 09:00–11:00": a weekly cleaner booking's time in words, the one way /mijn and the
// request page say it (Amsterdam wall time, whatever the server's zone).
import type { Locale, Translate } from "~/i18n";

const part = (at: number, locale: Locale, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { ...options, timeZone: "Europe/Amsterdam" }).format(at);

export function weeklyTimeText(time: { startsAt: number; endsAt: number }, t: Translate, locale: Locale): string {
  const clock = { hour: "2-digit", minute: "2-digit" } as const;
  return t("series.weekly", {
    weekday: part(time.startsAt, locale, { weekday: "long" }),
    from: part(time.startsAt, locale, clock),
    to: part(time.endsAt, locale, clock),
  });
}
