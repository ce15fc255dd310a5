import { Heading2, Paragraph } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { Facts } from "~/components/Facts";
import { sessionsText } from "~/components/group-text";
import { formatDay, formatNumber, useLocale, useT } from "~/i18n";
import type { HelpFacts } from "~/services/requests/help-facts.server";

/** A phone (tap to call) or an e-mail address: how to reach a cleaner or a mediator. */
function Reach({ phone, email }: { phone: string | null; email: string }) {
  const t = useT();
  return (
    <>
      {phone ? <Phone phone={phone} /> : t("facts.noPhone")}
      {t("facts.or")}
      <a href={`mailto:${email}`} className="utrecht-link">
        {email}
      </a>
    </>
  );
}

function Phone({ phone }: { phone: string }) {
  return (
    <a href={`tel:${phone.replace(/[^\d+]/g, "")}`} className="utrecht-link">
      {phone}
    </a>
  );
}

/** The arranged help as facts: who, how to reach them, when, how much, until when (help-facts.server). */
export function HelpFactsSection({ facts }: { facts: HelpFacts }) {
  const t = useT();
  const locale = useLocale();
  const day = (d: string) => formatDay(d, locale);
  const hours = (minutes: number) => t("facts.hoursPerWeek", { hours: formatNumber(minutes / 60, locale) });
  const phoneOr = (phone: string | null): ReactNode => (phone ? <Phone phone={phone} /> : t("facts.noPhone"));
  let items: [string, ReactNode][];
  let after: ReactNode = null;
  if (facts.kind === "zin") {
    items = [
      [t("facts.provider"), facts.provider],
      [t("facts.phone"), phoneOr(facts.phone)],
      [
        facts.started ? t("facts.startedOn") : t("facts.agreedStart"),
        facts.startDate ? day(facts.startDate) : t("facts.startUnknown"),
      ],
      [t("facts.hoursGranted"), hours(facts.minutesPerWeek)],
      [t("facts.until"), day(facts.endDate)],
    ];
  } else if (facts.kind === "powerful_ageing") {
    items = [
      [t("facts.practice"), facts.practice],
      [t("facts.phone"), phoneOr(facts.phone)],
      [t("facts.groupStart"), day(facts.startDate)],
      [t("facts.sessions"), sessionsText(facts.sessions, t, locale)],
      [t("facts.address"), facts.address],
      [t("facts.duration"), t("facts.weeks", { weeks: facts.weeks })],
    ];
  } else if (facts.kind === "private_cleaner") {
    items = [
      [t("facts.cleaner"), facts.cleaner],
      [t("facts.reachCleaner"), <Reach key="reach" phone={facts.phone} email={facts.email} />],
    ];
  } else {
    items = [
      [t("facts.helper"), facts.helperFirstName ?? t("facts.helperSought")],
      [t("facts.helperStart"), facts.helperStartDate ? day(facts.helperStartDate) : t("facts.helperStartLater")],
      [t("facts.hours"), facts.minutesPerWeek ? hours(facts.minutesPerWeek) : t("facts.hoursWithMediator")],
      [t("facts.mediator"), facts.mediator],
      [t("facts.reachMediator"), <Reach key="reach" phone={facts.phone} email={facts.email} />],
    ];
    after = (
      <>
        <Heading2 id="paperwork-title">{t("facts.paperworkTitle")}</Heading2>
        <Paragraph>{t("facts.paperwork")}</Paragraph>
      </>
    );
  }
  return (
    <section aria-labelledby="help-facts-title" data-testid="help-facts">
      <Heading2 id="help-facts-title">{t("facts.title")}</Heading2>
      <Facts items={items} />
      {after}
    </section>
  );
}
