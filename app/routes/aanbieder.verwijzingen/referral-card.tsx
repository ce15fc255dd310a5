// One referral: the intake (unless redacted), the indication, the steps the provider can take
// now, and the evaluation.
import { Alert, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { Announce } from "~/components/Announce";
import { contactFacts } from "~/components/contact-facts";
import { Facts } from "~/components/Facts";
import { allowedActions } from "~/domain/referral";
import { formatDateTime, formatDay, isMessageKey, type Locale, useLocale, useT } from "~/i18n";
import type { ProviderReferral } from "~/services/referrals/provider-referrals.server";
import { AcceptForm } from "./accept";
import { DeclineForm } from "./decline";
import { EndForm } from "./end";
import { EvaluationForm } from "./evaluate";
import { type ActionResult, Whom } from "./parts";
import { StartForm } from "./start";

function hoursPerWeek(minutes: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 2 }).format(minutes / 60);
}

/** A code as text when the catalogue knows it (needs, limitations), else the code itself. */
function label(t: ReturnType<typeof useT>, key: string): string {
  return isMessageKey(key) ? t(key) : key.slice(key.indexOf(".") + 1);
}

/** The forms a referral's card shows: a refusal for any other is said at the top of the page. */
export function formIdsOf(r: ProviderReferral): string[] {
  const forms: string[] = [...allowedActions(r.status, "provider")];
  if (r.evaluationDue && !r.evaluation) forms.push("evaluate");
  return forms.map((intent) => `${intent}-${r.id}`);
}

/** The client's address, phone and preferred way, once the referral is accepted. */
function addressFacts(address: ProviderReferral["address"], t: ReturnType<typeof useT>): [string, ReactNode][] {
  if (!address) return [];
  return contactFacts(address, t);
}

export function ReferralCard({
  r,
  today,
  actionData,
  notice,
}: {
  r: ProviderReferral;
  today: string;
  actionData: ActionResult;
  /** The notice of the step just taken on this referral: said here, and focused. */
  notice?: string | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const day = (d: string) => formatDay(d, locale);
  const { intake, indication } = r;
  const actions = allowedActions(r.status, "provider");
  const intakeFacts: [string, ReactNode][] = [];
  if (intake.actedBy) intakeFacts.push([t("pref.fact.actedBy"), t("pref.actedBy", { ...intake.actedBy })]);
  if (r.contactHidden && !r.redacted) {
    // Not accepted yet: the area, the hours and the needs; who and where come after accepting.
    intakeFacts.push([t("contact.fact.area"), intake.postcode], [t("contact.fact.address"), t("contact.hidden")]);
  } else {
    intakeFacts.push(
      [t("pref.fact.email"), intake.contact.email],
      ...(intake.contact.phone ? [[t("pref.fact.phone"), intake.contact.phone] as [string, string]] : []),
      ...addressFacts(r.address, t),
      [t("pref.fact.postcode"), intake.postcode],
      [t("pref.fact.birthYear"), String(intake.birthYear)],
    );
  }
  intakeFacts.push(
    [t("pref.fact.needs"), intake.needs.map((n) => label(t, `need.${n}`)).join(", ")],
    [t("pref.fact.hours"), t("pref.hours", { hours: hoursPerWeek(indication.minutesPerWeek, locale) })],
    [
      t("pref.fact.limitations"),
      intake.limitations.length > 0
        ? intake.limitations.map((m) => label(t, `mobility.${m}`)).join(", ")
        : t("pref.noLimitations"),
    ],
  );
  if (intake.preferences) intakeFacts.push([t("pref.fact.preferences"), intake.preferences]);
  // Health detail: present only when the citizen agreed to share it.
  if (intake.situation) intakeFacts.push([t("pref.fact.situation"), intake.situation]);

  const indicationFacts: [string, ReactNode][] = [
    [t("pref.fact.municipality"), r.municipalityName],
    [t("pref.fact.received"), formatDateTime(r.createdAt, locale)],
    [t("pref.fact.period"), t("pref.period", { start: day(indication.startDate), end: day(indication.endDate) })],
    [t("pref.fact.evaluationDate"), day(indication.evaluationDate)],
  ];
  if (r.startDate) indicationFacts.push([t("pref.fact.agreedStart"), day(r.startDate)]);
  if (r.endedAt)
    indicationFacts.push([
      t(`pref.fact.since.${r.status === "declined" ? "declined" : "ended"}`),
      formatDateTime(r.endedAt, locale),
    ]);
  if (r.declineReason) indicationFacts.push([t("pref.fact.declineReason"), r.declineReason]);
  if (r.endReason) indicationFacts.push([t("pref.fact.endReason"), r.endReason]);

  const titleId = `referral-${r.id}-title`;
  return (
    <section id={`referral-${r.id}`} tabIndex={-1} aria-labelledby={titleId} className="hw-capacity-section">
      <Heading2 id={titleId}>{intake.name}</Heading2>
      {notice ? (
        <Announce>
          <Alert type="ok" role="status">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        </Announce>
      ) : null}
      <Paragraph>
        <span className="hw-badge">{t("pref.statusLine", { status: t(`pref.status.${r.status}`) })}</span>{" "}
        {r.evaluationDue ? <span className="hw-badge hw-badge--warning">{t("pref.evaluationDue")}</span> : null}
      </Paragraph>
      <Heading3>
        {t("pref.intake")}
        <Whom name={intake.name} />
      </Heading3>
      {r.redacted ? (
        <Paragraph>{t(r.erased ? "pref.erased" : "pref.redacted")}</Paragraph>
      ) : (
        <Facts items={intakeFacts} />
      )}
      <Heading3>
        {t("pref.indication")}
        <Whom name={intake.name} />
      </Heading3>
      <Facts items={indicationFacts} />

      {actions.length > 0 ? (
        <>
          <Heading3>
            {t("pref.actions")}
            <Whom name={intake.name} />
          </Heading3>
          {actions.includes("accept") ? <AcceptForm r={r} today={today} actionData={actionData} /> : null}
          {actions.includes("decline") ? <DeclineForm r={r} actionData={actionData} /> : null}
          {actions.includes("start") ? <StartForm r={r} today={today} actionData={actionData} /> : null}
          {actions.includes("end") ? <EndForm r={r} actionData={actionData} /> : null}
        </>
      ) : null}

      {r.evaluation || r.evaluationDue ? (
        <>
          <Heading3>
            {t("pref.evaluation")}
            <Whom name={intake.name} />
          </Heading3>
          {r.evaluation ? (
            <>
              <Paragraph>
                {t("pref.evaluation.recorded", {
                  date: formatDateTime(r.evaluation.at, locale),
                  outcome: t(`pref.outcome.${r.evaluation.outcome}`),
                })}
              </Paragraph>
              <Paragraph>{r.evaluation.explanation}</Paragraph>
            </>
          ) : (
            <>
              <Paragraph>{t("pref.evaluation.intro", { date: day(indication.evaluationDate) })}</Paragraph>
              <EvaluationForm r={r} actionData={actionData} />
            </>
          )}
        </>
      ) : null}
    </section>
  );
}
