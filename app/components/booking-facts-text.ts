// What a cleaner booking's confirmation mail states besides its greeting: the series, the price
// and the cancellation terms, in the request page's own sentences (series-text, visit-price-text).
// The facts travel in the notification's params as plain numbers, so the mail is written out at
// send time in the recipient's language, from the figures the page had when the booking was made.
import {
  firstVisitSoonText,
  seriesCountText,
  seriesHolidaysText,
  seriesSkippedText,
  seriesWhenText,
} from "~/components/series-text";
import { bookingPriceText, cancelRuleText, type VisitPriceParts } from "~/components/visit-price-text";
import type { Locale, Translate } from "~/i18n";

export type BookingFacts = {
  weekly: { startsAt: number; endsAt: number };
  series: { first: number; last: number; count: number };
  price: VisitPriceParts;
  perMonthCents: number;
  lateCancellationPercent: number;
  /** The cleaner's days off between the visits and the visits on a public holiday (YYYY-MM-DD). */
  skipped: string[];
  holidays: string[];
  /** The first visit when it is within 24 hours at booking, and what calling it off costs. */
  firstLate: { startsAt: number; cancelCents: number } | null;
};

/** The first visit still ahead whose calling off costs a fee now (it starts within 24 hours). */
export function firstLateVisit(
  visits: { startsAt: number; cancelCents: number; past: boolean }[],
): { startsAt: number; cancelCents: number } | null {
  const first = visits.find((v) => !v.past && v.cancelCents > 0);
  return first ? { startsAt: first.startsAt, cancelCents: first.cancelCents } : null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const daysOf = (value: string | number | undefined): string[] =>
  typeof value === "string" ? value.split(",").filter((d) => DAY.test(d)) : [];

// Param names without the suffixes render gives a meaning (…At, …Cents, …Key): read as numbers.
const NAMES = [
  "weeklyFromMs",
  "weeklyToMs",
  "firstMs",
  "lastMs",
  "visits",
  "visitMinutes",
  "priceTotal",
  "priceCitizen",
  "priceMunicipality",
  "priceMonth",
  "latePercent",
] as const;

export function bookingFactParams(f: BookingFacts): Record<string, string | number> {
  return {
    // Optional (rows written before they were stated read as none): days as one comma list.
    daysOff: f.skipped.join(","),
    holidayDays: f.holidays.join(","),
    ...(f.firstLate ? { firstLateMs: f.firstLate.startsAt, firstLateFee: f.firstLate.cancelCents } : {}),
    weeklyFromMs: f.weekly.startsAt,
    weeklyToMs: f.weekly.endsAt,
    firstMs: f.series.first,
    lastMs: f.series.last,
    visits: f.series.count,
    visitMinutes: f.price.minutes,
    priceTotal: f.price.totalCents,
    priceCitizen: f.price.citizenCents,
    priceMunicipality: f.price.municipalityCents,
    priceMonth: f.perMonthCents,
    latePercent: f.lateCancellationPercent,
  };
}

/** The facts back from a notification's params; null for a row written without them. */
export function bookingFactsOf(params: Record<string, string | number>): BookingFacts | null {
  const n: Record<string, number> = {};
  for (const name of NAMES) {
    const value = params[name];
    if (typeof value !== "number" || !Number.isFinite(value)) return null;
    n[name] = value;
  }
  const get = (name: (typeof NAMES)[number]) => n[name] as number;
  return {
    weekly: { startsAt: get("weeklyFromMs"), endsAt: get("weeklyToMs") },
    series: { first: get("firstMs"), last: get("lastMs"), count: get("visits") },
    price: {
      minutes: get("visitMinutes"),
      totalCents: get("priceTotal"),
      citizenCents: get("priceCitizen"),
      municipalityCents: get("priceMunicipality"),
    },
    perMonthCents: get("priceMonth"),
    lateCancellationPercent: get("latePercent"),
    skipped: daysOf(params.daysOff),
    holidays: daysOf(params.holidayDays),
    firstLate:
      typeof params.firstLateMs === "number" && typeof params.firstLateFee === "number"
        ? { startsAt: params.firstLateMs, cancelCents: params.firstLateFee }
        : null,
  };
}

/**
 * The mail's paragraphs: when and how many visits, the days off and holidays, the price, the
 * cancellation terms and the first visit's late fee, in the request page's order and words.
 */
export function bookingFactLines(f: BookingFacts, t: Translate, locale: Locale): string[] {
  return [
    seriesWhenText(f.series, f.weekly, f.price.minutes, t, locale),
    seriesCountText(f.series, false, t, locale),
    seriesSkippedText(f.skipped, t, locale),
    seriesHolidaysText(f.holidays, t, locale),
    firstVisitSoonText(f.firstLate, false, t, locale),
    bookingPriceText(f.price, f.perMonthCents, t, locale),
    cancelRuleText(f.lateCancellationPercent, t),
  ].filter((line) => line !== null);
}
