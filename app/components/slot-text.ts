// How a cleaner's weekly time reads wherever it is offered: the options card, the booking page
// and the move-to list all say it with this one function, from the slot's own price.
import type { OptionSlot } from "~/domain/matching";
import { monthlyCostShown } from "~/domain/requests";
import { formatDateTime, formatEuro, formatNumber, type Locale, type Translate } from "~/i18n";
import type { RequestStatus } from "~db/enums";

type T = Translate;

/** "dinsdag 1 december 2026 09:00, 3 uur: € 73,50 per bezoek, € 318,50 per maand" */
export function slotText(
  slot: Pick<OptionSlot, "start" | "durationMinutes" | "citizenCostPerVisitCents" | "citizenCostPerMonthCents">,
  t: T,
  locale: Locale,
): string {
  return t("slot.line", {
    when: formatDateTime(slot.start, locale),
    hours: formatNumber(slot.durationMinutes / 60, locale),
    visit: formatEuro(slot.citizenCostPerVisitCents, locale),
    month: formatEuro(slot.citizenCostPerMonthCents, locale),
  });
}

/** The municipality's part of a weekly time, when it pays one (HHT); null otherwise. */
export function slotSubsidyText(slot: OptionSlot, t: T, locale: Locale): string | null {
  if (slot.municipalityCostPerVisitCents === 0) return null;
  return t("slot.subsidy", {
    visit: formatEuro(slot.municipalityCostPerVisitCents, locale),
    month: formatEuro(slot.municipalityCostPerMonthCents, locale),
  });
}

/** What the citizen pays a month across some times: one amount, or the range "afhankelijk van de tijd". */
export function monthlyRangeText(
  slots: readonly Pick<OptionSlot, "citizenCostPerMonthCents">[],
  t: T,
  locale: Locale,
): string | null {
  if (slots.length === 0) return null;
  const months = slots.map((s) => s.citizenCostPerMonthCents);
  const low = Math.min(...months);
  const high = Math.max(...months);
  if (low === high) return t("options.costPerMonth", { amount: formatEuro(low, locale) });
  return t("options.costRange", { low: formatEuro(low, locale), high: formatEuro(high, locale) });
}

/** A request's monthly cost as /mijn and the request page both say it (monthlyCostShown decides). */
export function requestCostText(status: RequestStatus, citizenCostPerMonthCents: number, t: T, locale: Locale) {
  const cents = monthlyCostShown(status, citizenCostPerMonthCents);
  if (cents === null) return t("request.costEnded");
  if (cents === 0) return t("options.costFree");
  return t("options.costPerMonth", { amount: formatEuro(cents, locale) });
}
