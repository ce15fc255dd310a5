// How a cleaner's weekly time reads wherever it is offered: the options card, the booking page
// and the move-to list all say it with this one function, from the slot's own price.
import type { OptionSlot } from "~/domain/matching";
import { monthlyCostShown } from "~/domain/requests";
import { formatDateTime, formatEuro, formatNumber, type Locale, type Translate } from "~/i18n";
import type { RequestKind, RequestStatus } from "~db/enums";

type T = Translate;

/**
 * A cleaner's monthly amount as every page says it: "gemiddeld € 212,33 per maand". It is a weekly
 * visit × 52 / 12 (slotPrice), an average: a month with four visits costs less, one with five more.
 */
export function cleanerMonthText(cents: number, t: T, locale: Locale): string {
  return t("options.costPerMonthAverage", { amount: formatEuro(cents, locale) });
}

/** "dinsdag 1 december 2026 09:00, 3 uur: € 73,50 per bezoek, gemiddeld € 318,50 per maand" */
export function slotText(
  slot: Pick<OptionSlot, "start" | "durationMinutes" | "citizenCostPerVisitCents" | "citizenCostPerMonthCents">,
  t: T,
  locale: Locale,
): string {
  return t("slot.line", {
    when: formatDateTime(slot.start, locale),
    hours: formatNumber(slot.durationMinutes / 60, locale),
    visit: formatEuro(slot.citizenCostPerVisitCents, locale),
    month: cleanerMonthText(slot.citizenCostPerMonthCents, t, locale),
  });
}

/** The municipality's part of a weekly time, when it pays one (HHT); null otherwise. */
export function slotSubsidyText(slot: OptionSlot, t: T, locale: Locale): string | null {
  if (slot.municipalityCostPerVisitCents === 0) return null;
  return t("slot.subsidy", {
    visit: formatEuro(slot.municipalityCostPerVisitCents, locale),
    month: cleanerMonthText(slot.municipalityCostPerMonthCents, t, locale),
  });
}

/** What the citizen pays a month across some times: one average, or the range "afhankelijk van hoe lang het bezoek duurt". */
export function monthlyRangeText(
  slots: readonly Pick<OptionSlot, "citizenCostPerMonthCents">[],
  t: T,
  locale: Locale,
): string | null {
  if (slots.length === 0) return null;
  const months = slots.map((s) => s.citizenCostPerMonthCents);
  const low = Math.min(...months);
  const high = Math.max(...months);
  if (low === high) return cleanerMonthText(low, t, locale);
  return t("options.costRange", { low: formatEuro(low, locale), high: formatEuro(high, locale) });
}

/**
 * A request's monthly cost as /mijn and the request page both say it (monthlyCostShown decides); a
 * cleaner's is an average (cleanerMonthText), the eigen bijdrage of ZIN and pgb a fixed amount.
 */
export function requestCostText(
  status: RequestStatus,
  kind: RequestKind,
  citizenCostPerMonthCents: number,
  t: T,
  locale: Locale,
) {
  const cents = monthlyCostShown(status, citizenCostPerMonthCents);
  if (cents === null) return t("request.costEnded");
  if (cents === 0) return t("options.costFree");
  if (kind === "private_cleaner") return cleanerMonthText(cents, t, locale);
  return t("options.costPerMonth", { amount: formatEuro(cents, locale) });
}
