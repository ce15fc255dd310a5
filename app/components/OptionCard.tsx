// An option card, shared by the citizen's options page and the consultant's case.
import {
  Heading3,
  Heading4,
  Heading5,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { Facts } from "~/components/Facts";
import type { Option } from "~/domain/matching";
import { formatDateTime, formatDay, formatEuro, formatNumber, isMessageKey, useLocale, useT } from "~/i18n";

/**
 * One option from the matching engine as citizens and consultants both see it: what it is, why
 * it fits or not, cost, start, distance. The caller adds its own action and extra facts.
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
  const Title = headingLevel === 3 ? Heading3 : Heading4;
  const Sub = headingLevel === 3 ? Heading4 : Heading5;
  const t = useT();
  const locale = useLocale();
  const euro = (cents: number) => formatEuro(cents, locale);
  const title = option.providerName ?? t(`ladder.${option.kind}`);
  const facts: [string, string][] = [
    [
      t("options.cost"),
      option.citizenCostPerMonthCents === 0
        ? t("options.costFree")
        : t("options.costPerMonth", { amount: euro(option.citizenCostPerMonthCents) }),
    ],
    [
      t("options.start"),
      option.earliestStart && option.kind !== "zin"
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
      <Title>{title}</Title>
      {option.recommended ? <p className="hw-badge hw-badge--ok">{t("options.recommended")}</p> : null}
      {!option.eligible ? <p className="hw-badge">{t("options.notEligible")}</p> : null}
      <Paragraph>{t(`kind.${option.kind}`)}</Paragraph>
      <Facts items={facts} />
      <Sub className="hw-sub">{t("options.why")}</Sub>
      <UnorderedList>
        {option.reasons.map((r) => {
          const key = `reason.${r}`;
          return <UnorderedListItem key={r}>{isMessageKey(key) ? t(key) : r}</UnorderedListItem>;
        })}
      </UnorderedList>
      {option.slots.length > 0 ? (
        <>
          <Sub className="hw-sub">{t("options.slots")}</Sub>
          <UnorderedList>
            {option.slots.map((s) => (
              <UnorderedListItem key={s.slotId}>{formatDateTime(s.start, locale)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      {action}
    </article>
  );
}
