// The hint on a recommended option that makes you wait: what else can help sooner, worded for its
// kind. Only a date that is real is named: a cleaner's first visit, a group's first session, ZIN's
// first week with room. A pgb mediator has no start date until a helper is found (issue 15).
import type { Option } from "~/domain/matching";
import { formatDay, formatEuro, type Locale, type Translate } from "~/i18n";
import { cleanerMonthText } from "./slot-text";

/** What the page says of an option that can start sooner than a recommended one with a wait. */
export type SoonerOption = Pick<Option, "kind" | "providerName" | "earliestStart" | "citizenCostPerMonthCents">;

export function soonerText(sooner: SoonerOption, t: Translate, locale: Locale): string | null {
  if (!sooner.earliestStart) return null;
  const name = sooner.providerName ?? t(`ladder.${sooner.kind}`);
  const date = formatDay(sooner.earliestStart, locale);
  const free = sooner.citizenCostPerMonthCents === 0;
  const amount = formatEuro(sooner.citizenCostPerMonthCents, locale);
  switch (sooner.kind) {
    case "private_cleaner":
      return t("options.soonerOwn", {
        name,
        date,
        amount: cleanerMonthText(sooner.citizenCostPerMonthCents, t, locale),
      });
    case "pgb_informal":
      return free ? t("options.soonerPgbFree", { name }) : t("options.soonerPgb", { name, amount });
    case "powerful_ageing":
      return t("options.soonerCohort", { name, date });
    case "own_strength":
      return t("options.soonerOwnStrength");
    case "zin":
      return free ? t("options.soonerFree", { name, date }) : t("options.sooner", { name, date, amount });
  }
}
