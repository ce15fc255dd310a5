// What a cleaner booking's confirmation mail states besides its greeting: the series, the price
// and the cancellation terms, in the request page's own sentences (series-text, visit-price-text).
// The facts travel in the notification's params as plain numbers, so the mail is written out at
// send time in the recipient's language, from the figures the page had when the booking was made.
import { seriesCountText, seriesWhenText } from "~/components/series-text";
import { bookingPriceText, cancelRuleText, type VisitPriceParts } from "~/components/visit-price-text";
import type { Locale, Translate } from "~/i18n";

export type BookingFacts = {
  weekly: { startsAt: number; endsAt: number };
  series: { first: number; last: number; count: number };
  price: VisitPriceParts;
  perMonthCents: number;
  lateCancellationPercent: number;
};

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

export function bookingFactParams(f: BookingFacts): Record<(typeof NAMES)[number], number> {
  return {
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
  };
}

/** The mail's paragraphs: when and how many visits, the price, the cancellation terms. */
export function bookingFactLines(f: BookingFacts, t: Translate, locale: Locale): string[] {
  return [
    seriesWhenText(f.series, f.weekly, f.price.minutes, t, locale),
    seriesCountText(f.series, false, t, locale),
    bookingPriceText(f.price, f.perMonthCents, t, locale),
    cancelRuleText(f.lateCancellationPercent, t),
  ];
}
