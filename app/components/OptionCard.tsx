// An option card, shared by the citizen's options page and the consultant's case.
import type { ReactNode } from "react";
import { Facts } from "~/components/Facts";
import { cleanerMonthText, monthlyRangeText, slotText } from "~/components/slot-text";
import { type SoonerOption, soonerText } from "~/components/sooner-text";
import type { Option, OptionSlot } from "~/domain/matching";
import { type ReasonTone, reasonTone } from "~/domain/option-reasons";
import {
  formatDay,
  formatEuro,
  formatNumber,
  isMessageKey,
  type MessageKey,
  plural,
  type Translate,
  useLocale,
  useT,
} from "~/i18n";
import { inVoice, type Voice } from "./voice";

/** A weekly time as a card shows it (slotText): what the options page sends along for it. */
export type CardSlot = Pick<
  OptionSlot,
  "slotId" | "start" | "durationMinutes" | "citizenCostPerVisitCents" | "citizenCostPerMonthCents"
>;

/**
 * An option as a card shows it: the engine's option without what no card says (the provider's id,
 * the municipality's monthly cost, a time's end and the municipality's part of it). The options page
 * sends only this to the browser; the consultant's case passes whole options.
 */
export type CardOption = Omit<Option, "providerId" | "municipalityCostPerMonthCents" | "slots"> & {
  slots: CardSlot[];
};

export type { SoonerOption } from "~/components/sooner-text";

const TONE_LABEL: Record<ReasonTone, MessageKey> = {
  for: "options.tone.for",
  against: "options.tone.against",
  note: "options.tone.note",
};

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
  sooner = null,
  slotLink,
  voice = "citizen",
}: {
  option: CardOption;
  /** Whose page the card is on: the citizen's ("Wat betaalt u") or a consultant's ("Wat betaalt de inwoner"). */
  voice?: Voice;
  action?: ReactNode;
  /** Where booking one of a cleaner's times starts, with that time chosen (the citizen's options page). */
  slotLink?: (slotId: number) => string;
  extraFacts?: [string, string][];
  /** For a recommended option with a wait: the one that can start sooner (hulp.opties works it out). */
  sooner?: SoonerOption | null;
  /** 3 under a page's group headings (h2); 4 where the groups are h3 themselves. */
  headingLevel?: 3 | 4;
}) {
  const Title = headingLevel === 3 ? "h3" : "h4";
  const Sub = headingLevel === 3 ? "h4" : "h5";
  const subClass = `utrecht-heading-${headingLevel + 1} hw-sub`;
  const t = inVoice(useT(), voice);
  const locale = useLocale();
  const euro = (cents: number) => formatEuro(cents, locale);
  const name = option.providerName ?? t(`ladder.${option.kind}`);
  // Two groups of one practice differ by their start: the title says which group this is.
  const title =
    option.kind === "powerful_ageing" && option.providerName && option.earliestStart
      ? t("options.cohortTitle", { name, date: formatDay(option.earliestStart, locale) })
      : name;
  const facts: [string, string][] = [
    [
      t("options.cost"),
      // A cleaner's times each have their own price: the range of those shown, as averages.
      (option.kind === "private_cleaner" ? monthlyRangeText(option.slots, t, locale) : null) ??
        (option.citizenCostPerMonthCents === 0
          ? t("options.costFree")
          : option.kind === "private_cleaner"
            ? cleanerMonthText(option.citizenCostPerMonthCents, t, locale)
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
              : plural(t, "options.wait", Math.ceil(option.waitDays / 7)),
    ],
  ];
  if (option.kind === "private_cleaner" && option.hourlyRateCents !== null) {
    // The rate every price on the card is worked out from (pricedSlot), right under those prices.
    facts.splice(1, 0, [t("options.rateLabel"), t("options.rate", { amount: euro(option.hourlyRateCents) })]);
  }
  if (option.distanceKm !== null) {
    // Distances are between postcode areas: 0 km means the same area, not the same street.
    facts.push([
      t("options.distance"),
      option.distanceKm === 0
        ? t("options.distanceSameArea")
        : t("options.distanceKm", { km: formatNumber(option.distanceKm, locale) }),
    ]);
  }
  if (option.kind !== "own_strength" && option.kind !== "powerful_ageing" && option.hoursPerWeek > 0) {
    const hours = formatNumber(option.hoursPerWeek, locale);
    const lengths = option.kind === "private_cleaner" ? option.slots.map((s) => s.durationMinutes) : [];
    // A cleaner's times have their own lengths: the need is an estimate, the time chosen decides.
    const low = Math.min(...lengths);
    const high = Math.max(...lengths);
    facts.push([
      t("options.hoursLabel"),
      lengths.length > 0 && low !== high
        ? t("options.hoursRange", {
            hours,
            low: formatNumber(low / 60, locale),
            high: formatNumber(high / 60, locale),
          })
        : t("options.hours", { hours }),
    ]);
  }
  facts.push(...extraFacts);
  const soonerLine = sooner ? soonerText(sooner, t, locale) : null;
  return (
    <article
      data-offer={option.offerId}
      className={`hw-option${option.recommended ? " hw-option--recommended" : ""}${option.eligible ? "" : " hw-option--muted"}`}
    >
      <Title className={`utrecht-heading-${headingLevel}`}>{title}</Title>
      {option.recommended ? <p className="hw-badge hw-badge--ok">{t("options.recommended")}</p> : null}
      {!option.eligible ? <p className="hw-badge">{t("options.notEligible")}</p> : null}
      <p className="utrecht-paragraph">{t(`kind.${option.kind}`)}</p>
      <Facts items={facts} />
      <Sub className={subClass}>{t("options.why")}</Sub>
      <ul className="hw-reasons">
        {reasonLines(option, t, euro).map(({ key, tone, text }) => (
          <li key={key} className={`hw-reason hw-reason--${tone}`}>
            <span className="visually-hidden">{t(TONE_LABEL[tone])} </span>
            {text}
          </li>
        ))}
        {soonerLine ? (
          <li className="hw-reason hw-reason--note">
            <span className="visually-hidden">{t(TONE_LABEL.note)} </span>
            {soonerLine}
          </li>
        ) : null}
      </ul>
      {option.slots.length > 0 ? (
        <>
          <Sub className={subClass}>{t("options.slots")}</Sub>
          <List>
            {option.slots.map((s) => (
              <li key={s.slotId} className="utrecht-unordered-list__item">
                {slotLink ? (
                  // A plain link (ADR 011): it opens the booking step with this time chosen.
                  <a href={slotLink(s.slotId)} className="utrecht-link hw-tap">
                    {slotText(s, t, locale)}
                    <span className="visually-hidden"> – {t("options.bookSlot", { name })}</span>
                  </a>
                ) : (
                  slotText(s, t, locale)
                )}
              </li>
            ))}
          </List>
        </>
      ) : null}
      {action}
    </article>
  );
}

type Line = { key: string; tone: ReasonTone; text: string };

/**
 * The reasons as sentences with their tone. A recommended ZIN or pgb option first says why in the
 * person's terms: it costs them only the eigen bijdrage. A kind's own wording of a code
 * (`reason.<kind>.<code>`) wins over the general one.
 */
function reasonLines(option: CardOption, t: Translate, euro: (cents: number) => string): Line[] {
  const lines: Line[] = [];
  const paysTariff = option.kind === "zin" || option.kind === "pgb_informal";
  if (option.recommended && paysTariff && option.citizenCostPerMonthCents > 0) {
    lines.push({
      key: "tariff",
      tone: "for",
      text: t("options.why.tariffOnly", { amount: euro(option.citizenCostPerMonthCents) }),
    });
  }
  for (const code of option.reasons) {
    const own = `reason.${option.kind}.${code}`;
    const general = `reason.${code}`;
    const text = isMessageKey(own) ? t(own) : isMessageKey(general) ? t(general) : code;
    lines.push({ key: code, tone: reasonTone(option.kind, code), text });
  }
  return lines;
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
