// How a cleaner booking's series reads: the request page's "Uw vaste tijd" and the booking's
// confirmation mail both say it with these functions, so the two never differ.
import { weeklyTimeText } from "~/components/weekly-time-text";
import type { SeriesSummary } from "~/domain/slots";
import { formatDateTime, formatDay, formatEuro, formatNumber, type Locale, type Translate } from "~/i18n";

type Series = Pick<SeriesSummary, "first" | "last" | "count">;

/** "Elke vrijdag 09:00–11:00, 2 uur per bezoek. Het eerste bezoek is op …" */
export function seriesWhenText(
  series: Series,
  weekly: { startsAt: number; endsAt: number },
  minutes: number,
  t: Translate,
  locale: Locale,
): string {
  return t("series.when", {
    weekly: weeklyTimeText(weekly, t, locale),
    hours: formatNumber(minutes / 60, locale),
    first: formatDateTime(series.first, locale),
  });
}

/** "12 bezoeken staan vast, het laatste op …" (held: "Na bevestigen staan …"). */
export function seriesCountText(series: Series, held: boolean, t: Translate, locale: Locale): string {
  return series.count === 1
    ? t(held ? "series.countOneHeld" : "series.countOne")
    : t(held ? "series.countHeld" : "series.count", {
        count: series.count,
        last: formatDateTime(series.last, locale),
      });
}

/** "Geen bezoek op …: dan is de schoonmaakhulp vrij." (the cleaner's days off), or null without any. */
export function seriesSkippedText(skipped: string[], t: Translate, locale: Locale): string | null {
  if (skipped.length === 0) return null;
  return t("series.skipped", { days: skipped.map((d) => formatDay(d, locale)).join(", ") });
}

/** "Let op: … is een feestdag. …", or null when no visit falls on a public holiday. */
export function seriesHolidaysText(holidays: string[], t: Translate, locale: Locale): string | null {
  if (holidays.length === 0) return null;
  return t("series.holidays", { days: holidays.map((d) => formatDay(d, locale)).join(", ") });
}

/**
 * The first visit within 24 hours and what calling it off costs: before booking ("Boekt u deze
 * tijd, dan kost …") and once booked ("… kost afzeggen …"); null when there is none.
 */
export function firstVisitSoonText(
  first: { startsAt: number; cancelCents: number } | null,
  held: boolean,
  t: Translate,
  locale: Locale,
): string | null {
  if (!first) return null;
  return t(held ? "request.firstVisitSoon" : "request.firstVisitSoonBooked", {
    when: formatDateTime(first.startsAt, locale),
    amount: formatEuro(first.cancelCents, locale),
  });
}
