import { type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Alert, Heading1, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { useEffect } from "react";
import { clock } from "~/clock.server";
import { sessionsText } from "~/components/group-text";
import { personParams } from "~/components/help-words";
import { MunicipalityContact } from "~/components/MunicipalityContact";
import { type CardOption, OptionCard, type SoonerOption } from "~/components/OptionCard";
import type { Option } from "~/domain/matching";
import { soonerAlternative } from "~/domain/option-reasons";
import { optionSections } from "~/domain/options/sections";
import { amsterdamDay } from "~/domain/policy";
import { formatDay, plural, useLocale, useT } from "~/i18n";
import { helpPerson } from "~/schemas/help-person";
import { helpRequestSchema, toSearchParams } from "~/schemas/help-request";
import { findOptions } from "~/services/matching.server";
import { municipalityContact } from "~/services/municipality-contact.server";
import { type GroupFacts, groupFactsOf } from "~/services/requests/help-facts.server";
import { titleMeta } from "~/utils/meta";
import { queryObject } from "~/utils/query";
import { OPTION_KINDS } from "~db/enums";

export const meta = titleMeta("options.title");

/**
 * Options shown per group at first: the ones that fit best (the engine orders them); the rest of a
 * kind is one link away (`alle=<kind>` in the URL). At national scale a city has dozens of
 * cleaners and cohorts nearby: every card rendered made the page 300 KB and too slow (ADR 010).
 */
export const OPTIONS_PER_GROUP = 5;

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const now = clock.now();
  const parsed = helpRequestSchema(amsterdamDay(now)).safeParse(queryObject(url.searchParams));
  // Missing or wrong answers: back to the questions, which show what to fix (answers kept).
  if (!parsed.success) throw redirect(`/hulp?${url.searchParams}`);
  const result = findOptions(parsed.data, now);
  if (!result.ok) throw redirect(`/hulp?${url.searchParams}`);
  // For whom (the wizard's first answer) is not part of the help request, but travels along with it.
  const person = helpPerson(url.searchParams.get("person"));
  const answers = toSearchParams(parsed.data);
  if (person !== "self") answers.set("person", person);
  // Booking again after a cleaner stopped (ADR 041): she is left out of this list, and it says so
  // (outside walk: the "another cleaner" button led back to her alone). Kept by every link here.
  const asked = url.searchParams.get("zonder") ?? "";
  const leftOut = /^cleaner:\d+$/.test(asked) ? (result.options.find((o) => o.offerId === asked) ?? null) : null;
  const options = leftOut ? result.options.filter((o) => o !== leftOut) : result.options;
  if (leftOut) answers.set("zonder", leftOut.offerId);
  const query = answers.toString();
  const sooner: Record<string, SoonerOption> = {};
  for (const o of options) {
    const alt = soonerAlternative(o, options);
    if (alt) sooner[o.offerId] = pick(alt);
  }
  const expanded = OPTION_KINDS.filter((kind) => url.searchParams.getAll("alle").includes(kind));
  // The engine's order, as the API gives it: tiers (recommended, also possible, not fitting now) of kind groups.
  const sections = optionSections(options, OPTIONS_PER_GROUP, expanded).map((s) => ({
    tier: s.tier,
    groups: s.groups.map((g) => ({ kind: g.kind, total: g.total, more: g.more, options: g.options.map(cardOption) })),
  }));
  return {
    query,
    expanded,
    municipality: result.municipality,
    // How to reach the municipality: on the page and on its printed copy.
    municipalityContact: municipalityContact(result.municipality.code),
    place: result.place,
    sections,
    person,
    sooner,
    groups: groupFactsOf(sections.flatMap((s) => s.groups.flatMap((g) => g.options.map((o) => o.offerId)))),
    print: url.searchParams.get("afdrukken") === "1",
    today: amsterdamDay(now),
    leftOut: leftOut
      ? { providerName: leftOut.providerName ?? "", otherCleaners: options.some((o) => o.kind === "private_cleaner") }
      : null,
  };
}

/**
 * What a card shows of an option, and no more: the loader's data is serialised into every page and
 * read again by the browser, so fields no card says (ids, the municipality's costs, a time's end)
 * stay on the server. Written out field by field, not spread (ADR 010).
 */
function cardOption(o: Option): CardOption {
  return {
    kind: o.kind,
    providerName: o.providerName,
    offerId: o.offerId,
    eligible: o.eligible,
    recommended: o.recommended,
    reasons: o.reasons,
    earliestStart: o.earliestStart,
    distanceKm: o.distanceKm,
    hoursPerWeek: o.hoursPerWeek,
    hourlyRateCents: o.hourlyRateCents,
    citizenCostPerMonthCents: o.citizenCostPerMonthCents,
    waitDays: o.waitDays,
    slots: o.slots.map((slot) => ({
      slotId: slot.slotId,
      start: slot.start,
      durationMinutes: slot.durationMinutes,
      citizenCostPerVisitCents: slot.citizenCostPerVisitCents,
      citizenCostPerMonthCents: slot.citizenCostPerMonthCents,
    })),
  };
}

function pick(o: Option): SoonerOption {
  return {
    kind: o.kind,
    providerName: o.providerName,
    earliestStart: o.earliestStart,
    citizenCostPerMonthCents: o.citizenCostPerMonthCents,
  };
}

function actionLink(option: CardOption, query: string): string | null {
  if (!option.eligible || option.kind === "own_strength") return null;
  return `/hulp/aanvragen?${new URLSearchParams({ offer: option.offerId })}&${query}`;
}

function Card({
  option,
  query,
  sooner,
  group,
}: {
  option: CardOption;
  query: string;
  sooner: SoonerOption | null;
  group: GroupFacts | null;
}) {
  // Cards sit under a tier (h2) and a kind (h3).
  const t = useT();
  const locale = useLocale();
  const link = actionLink(option, query);
  const name = option.providerName ?? t(`ladder.${option.kind}`);
  // The link's name says which group, as the card's title does: two groups of one practice differ by date.
  const title =
    option.kind === "powerful_ageing" && option.providerName && option.earliestStart
      ? t("options.cohortTitle", { name, date: formatDay(option.earliestStart, locale) })
      : name;
  return (
    <OptionCard
      option={option}
      headingLevel={4}
      sooner={sooner}
      // Two groups of a practice differ in when and where they train: said before choosing one.
      extraFacts={
        group
          ? [
              [t("facts.sessions"), sessionsText(group.sessions, t, locale)],
              [t("facts.address"), group.address],
            ]
          : []
      }
      // Each free time opens the booking step with it chosen, also through logging in (the slot travels in the URL).
      slotLink={link && option.kind === "private_cleaner" ? (slotId) => `${link}&slot=${slotId}` : undefined}
      action={
        link ? (
          <p className="utrecht-paragraph hw-no-print">
            <Link to={link} className="utrecht-button-link utrecht-button-link--primary-action hw-action">
              {option.kind === "private_cleaner" ? t("options.book") : t("options.request")}
              <span className="visually-hidden"> – {title}</span>
            </Link>
          </p>
        ) : null
      }
    />
  );
}

export default function OptionsPage() {
  const t = useT();
  const locale = useLocale();
  const {
    query,
    expanded,
    municipality,
    municipalityContact: contact,
    place,
    sections,
    print,
    today,
    person,
    sooner,
    groups,
    leftOut,
  } = useLoaderData<typeof loader>();
  // The answers and the groups shown whole: kept by the print link and by each "show all" link.
  const state = (more: string[] = []) =>
    [query, ...[...expanded, ...more].map((kind) => `alle=${encodeURIComponent(kind)}`)].join("&");
  useEffect(() => {
    // With JavaScript, the print link opens the print dialog; without it, the hint explains how.
    if (print) window.print();
  }, [print]);
  return (
    <div className={print ? "hw-options-page hw-print" : "hw-options-page"}>
      <Heading1>{t("options.title")}</Heading1>
      <Paragraph lead>
        {place === municipality.name
          ? t("options.introSame", { municipality: municipality.name })
          : t("options.intro", { place, municipality: municipality.name })}
      </Paragraph>
      {person !== "self" ? <Paragraph>{t("options.forPerson", personParams(person, t))}</Paragraph> : null}
      {leftOut ? (
        <Alert type="info" data-testid="options-left-out">
          <Paragraph>{t("options.leftOut", { provider: leftOut.providerName })}</Paragraph>
          {leftOut.otherCleaners ? null : <Paragraph>{t("options.leftOutNoOther")}</Paragraph>}
        </Alert>
      ) : null}
      {print ? <Paragraph>{t("options.printedOn", { date: formatDay(today, locale) })}</Paragraph> : null}
      <Paragraph className="hw-row-actions hw-no-print">
        <Link to={`/hulp?${query}`} className="utrecht-link">
          {t("options.change")}
        </Link>
        <Link to={`/hulp/opties?${state()}&afdrukken=1`} className="utrecht-link">
          {t("options.print")}
        </Link>
        <a href="#woorden" className="utrecht-link">
          {t("glossary.link")}
        </a>
      </Paragraph>
      {print ? <Paragraph className="hw-no-print">{t("options.printHint")}</Paragraph> : null}
      {sections.map((s) => (
        <section key={s.tier} aria-labelledby={`tier-${s.tier}`} className="hw-ladder-group hw-tier">
          <Heading2 id={`tier-${s.tier}`}>{t(`options.tier.${s.tier}`)}</Heading2>
          {s.tier !== "recommended" ? <Paragraph>{t(`options.tier.${s.tier}.text`)}</Paragraph> : null}
          {s.groups.map((g) => (
            <section
              key={g.kind}
              id={`group-${s.tier}-${g.kind}`}
              aria-labelledby={`group-${s.tier}-${g.kind}-title`}
              className="hw-kind-group"
            >
              <Heading3 id={`group-${s.tier}-${g.kind}-title`}>{t(`ladder.${g.kind}`)}</Heading3>
              {g.kind === "powerful_ageing" && g.total > 1 ? (
                <Paragraph>{plural(t, "options.cohorts", g.total)}</Paragraph>
              ) : null}
              <div className="hw-options">
                {g.options.map((o) => (
                  <Card
                    key={o.offerId}
                    option={o}
                    query={query}
                    sooner={sooner[o.offerId] ?? null}
                    group={groups[o.offerId] ?? null}
                  />
                ))}
              </div>
              {g.more ? (
                <Paragraph className="hw-no-print">
                  <Link to={`/hulp/opties?${state([g.kind])}#group-${s.tier}-${g.kind}`} className="utrecht-link">
                    {t("options.showAll", { count: g.total })}
                    <span className="visually-hidden"> – {t(`ladder.${g.kind}`)}</span>
                  </Link>
                </Paragraph>
              ) : null}
            </section>
          ))}
        </section>
      ))}
      <Glossary />
      <section aria-labelledby="consultation-title" className="hw-ladder-group hw-no-print">
        <Heading2 id="consultation-title">{t("options.consultation.title")}</Heading2>
        <Paragraph>{t("options.consultation.text", { municipality: municipality.name })}</Paragraph>
        <Paragraph>
          <Link to={`/hulp/aanvragen?offer=consultation&${query}`} className="utrecht-link">
            {t("options.consultation.link")}
          </Link>
        </Paragraph>
      </section>
      {contact ? <MunicipalityContact contact={contact} className="hw-ladder-group" /> : null}
    </div>
  );
}

const GLOSSARY = ["powerfulAgeing", "pgb", "zin", "tariff", "indication"] as const;

/**
 * The words of the ladder explained, after the options and linked from above them: the first
 * option stays on the first screen, also at 200% zoom.
 */
function Glossary() {
  const t = useT();
  return (
    <section id="woorden" aria-labelledby="woorden-title" className="hw-glossary hw-ladder-group" tabIndex={-1}>
      <Heading2 id="woorden-title">{t("glossary.title")}</Heading2>
      <dl>
        {GLOSSARY.map((term) => (
          <div key={term}>
            <dt>{t(`glossary.${term}.term`)}</dt>
            <dd>{t(`glossary.${term}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
