// An option card, shared by the citizen's options page and the consultant's case.
import type { ReactNode } from "react";
import { Facts } from "~/components/Facts";
import { monthlyRangeText, slotText } from "~/components/slot-text";
import type { Option } from "~/domain/matching";
import { formatDay, formatEuro, formatNumber, isMessageKey, useLocale, useT } from "~/i18n";

/**
 * One option from the matching engine as citizens and consultants both see it: what it is, why
 * it fits or not, cost, start, distance. The caller adds its own action and extra facts.
 * Plain elements with Utrecht's classes, not its React components: the same HTML, without a
 * Babel object spread per element — a city's options page has hundreds of them (ADR 011).
 */
export function OptionCard({
  option,
  action,
  extraFacts = [],
  headingLevel = 3,
}: {
  option: Option;
  action?: ReactNode;
  extraFacts?: [string, string][];
  /** 3 under a page's group headings (h2); 4 where the groups are h3 themselves. */
  headingLevel?: 3 | 4;
}) {
  const Title = headingLevel === 3 ? "h3" : "h4";
  const Sub = headingLevel === 3 ? "h4" : "h5";
  const subClass = `utrecht-heading-${headingLevel + 1} hw-sub`;
  const t = useT();
  const locale = useLocale();
  const euro = (cents: number) => formatEuro(cents, locale);
  const title = option.providerName ?? t(`ladder.${option.kind}`);
  const facts: [string, string][] = [
    [
      t("options.cost"),
      // A cleaner's times each have their own price: the range of those shown.
      (option.kind === "private_cleaner" ? monthlyRangeText(option.slots, t, locale) : null) ??
        (option.citizenCostPerMonthCents === 0
          ? t("options.costFree")
          : t("options.costPerMonth", { amount: euro(option.citizenCostPerMonthCents) })),
    ],
    [
      t("options.start"),
      // A mediator first finds a helper: a pgb never begins on the day it is asked for.
      option.kind === "pgb_informal" && option.earliestStart
        ? t("options.startPgb")
        : option.earliestStart && option.kind !== "zin"
          ? t("options.startFrom", { date: formatDay(option.earliestStart, locale) })
          : option.waitDays === null
            ? t("options.waitUnknown")
            : option.waitDays <= 7 && option.earliestStart
              ? t("options.startFrom", { date: formatDay(option.earliestStart, locale) })
              : t("options.wait", { weeks: Math.ceil(option.waitDays / 7) }),
    ],
  ];
  if (option.distanceKm !== null) {
    facts.push([t("options.distance"), t("options.distanceKm", { km: formatNumber(option.distanceKm, locale) })]);
  }
  if (option.kind !== "own_strength" && option.kind !== "powerful_ageing" && option.hoursPerWeek > 0) {
    facts.push([t("options.hoursLabel"), t("options.hours", { hours: formatNumber(option.hoursPerWeek, locale) })]);
  }
  facts.push(...extraFacts);
  return (
    <article
      className={`hw-option${option.recommended ? " hw-option--recommended" : ""}${option.eligible ? "" : " hw-option--muted"}`}
    >
      <Title className={`utrecht-heading-${headingLevel}`}>{title}</Title>
      {option.recommended ? <p className="hw-badge hw-badge--ok">{t("options.recommended")}</p> : null}
      {!option.eligible ? <p className="hw-badge">{t("options.notEligible")}</p> : null}
      <p className="utrecht-paragraph">{t(`kind.${option.kind}`)}</p>
      <Facts items={facts} />
      <Sub className={subClass}>{t("options.why")}</Sub>
      <List>
        {option.reasons.map((r) => {
          const key = `reason.${r}`;
          return (
            <li key={r} className="utrecht-unordered-list__item">
              {isMessageKey(key) ? t(key) : r}
            </li>
          );
        })}
      </List>
      {option.slots.length > 0 ? (
        <>
          <Sub className={subClass}>{t("options.slots")}</Sub>
          <List>
            {option.slots.map((s) => (
              <li key={s.slotId} className="utrecht-unordered-list__item">
                {slotText(s, t, locale)}
              </li>
            ))}
          </List>
        </>
      ) : null}
      {action}
    </article>
  );
}

/** Utrecht's unordered list, with the role Utrecht's component also sets. */
function List({ children }: { children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noRedundantRoles: Safari drops the list role of lists styled without markers
    <ul role="list" className="utrecht-unordered-list">
      {children}
    </ul>
  );
}
