// The request page's price of one visit: the municipality's part only where it pays one (HHT),
// and no sentence about a visit of no length (nothing is known to price).
import { cleanerMonthText } from "~/components/slot-text";
import { formatEuro, formatNumber, type Locale, type Translate } from "~/i18n";

export type VisitPriceParts = { minutes: number; totalCents: number; citizenCents: number; municipalityCents: number };

const priceParams = (price: VisitPriceParts, locale: Locale) => ({
  hours: formatNumber(price.minutes / 60, locale),
  total: formatEuro(price.totalCents, locale),
  citizen: formatEuro(price.citizenCents, locale),
  municipality: formatEuro(price.municipalityCents, locale),
});

/** "Een bezoek van 3 uur kost € 90,00. U betaalt … ; de gemeente betaalt … (HHT)." or null for 0 minutes. */
export function visitPriceText(price: VisitPriceParts, t: Translate, locale: Locale): string | null {
  if (price.minutes <= 0) return null;
  return t(price.municipalityCents > 0 ? "pay.perVisit" : "pay.perVisitOwn", priceParams(price, locale));
}

/** The same visit's price as the cleaner's request card says it: "€ 90,00 (3 uur): de inwoner betaalt …". */
export function providerVisitPriceText(price: VisitPriceParts, t: Translate, locale: Locale): string {
  return t(price.municipalityCents > 0 ? "preq.price.hht" : "preq.price.own", priceParams(price, locale));
}

/**
 * The request page's price paragraph: the visit's price and a month of weekly visits
 * ("… Eén bezoek per week: u betaalt gemiddeld € … per maand …"). The booking mail says the same.
 */
export function bookingPriceText(price: VisitPriceParts, perMonthCents: number, t: Translate, locale: Locale): string {
  return [visitPriceText(price, t, locale), t("pay.perMonth", { month: cleanerMonthText(perMonthCents, t, locale) })]
    .filter((part) => part !== null)
    .join(" ");
}

/** The cancellation terms as the page and the booking mail state them: free until 24 hours before, then the fee. */
export function cancelRuleText(lateCancellationPercent: number, t: Translate): string {
  return t("pay.cancelRule", { percent: lateCancellationPercent });
}
