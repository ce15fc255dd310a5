import { Heading2, Paragraph } from "@utrecht/component-library-react";
import {
  firstVisitSoonText,
  seriesCountText,
  seriesHolidaysText,
  seriesSkippedText,
  seriesWhenText,
} from "~/components/series-text";
import type { SeriesSummary } from "~/domain/slots";
import { formatDateTime, formatDay, useLocale, useT } from "~/i18n";

/**
 * The weekly time a cleaner booking holds or has: when, how long, how many visits, the cleaner's weeks
 * off and apart from them the visits the citizen called off, and what follows.
 */
export function SeriesSection({
  series,
  weekly,
  minutes,
  held,
  earlier = [],
  firstLate = null,
}: {
  series: SeriesSummary;
  weekly: { startsAt: number; endsAt: number };
  minutes: number;
  held: boolean;
  /** Visits still at the old time after a move (within 24 hours then): named apart. */
  earlier?: number[];
  /** The first visit when it is within 24 hours and what calling it off costs. */
  firstLate?: { startsAt: number; cancelCents: number } | null;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="series-title" className="hw-capacity-form" data-testid="series">
      <Heading2 id="series-title">{t(held ? "series.titleHeld" : "series.title")}</Heading2>
      <Paragraph data-testid="series-when">{seriesWhenText(series, weekly, minutes, t, locale)}</Paragraph>
      <Paragraph data-testid="series-count">{seriesCountText(series, held, t, locale)}</Paragraph>
      {earlier.length > 0 ? (
        <Paragraph data-testid="series-earlier">
          {t("series.earlier", { when: earlier.map((at) => formatDateTime(at, locale)).join(", ") })}
        </Paragraph>
      ) : null}
      {series.skipped.length > 0 ? (
        <Paragraph data-testid="series-skipped">{seriesSkippedText(series.skipped, t, locale)}</Paragraph>
      ) : null}
      {series.holidays.length > 0 ? (
        <Paragraph data-testid="series-holidays">{seriesHolidaysText(series.holidays, t, locale)}</Paragraph>
      ) : null}
      {/* Once booked, the first visit's late fee stays said (the booking mail says it too). */}
      {!held && firstLate ? (
        <Paragraph data-testid="first-visit-soon">{firstVisitSoonText(firstLate, false, t, locale)}</Paragraph>
      ) : null}
      {series.cancelled.length > 0 ? (
        <Paragraph data-testid="series-cancelled">
          {t("series.cancelled", { days: series.cancelled.map((d) => formatDay(d, locale)).join(", ") })}
        </Paragraph>
      ) : null}
      {series.calledOff.length > 0 ? (
        <Paragraph data-testid="series-called-off">
          {t("series.calledOff", { days: series.calledOff.map((d) => formatDay(d, locale)).join(", ") })}
        </Paragraph>
      ) : null}
      <Paragraph>{t("series.after")}</Paragraph>
    </section>
  );
}
