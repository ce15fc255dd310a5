// The decision with the citizen: an option and a reason; for ZIN also hours, start and duration.
// Below it, the decisions taken before.
import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import {
  Button,
  Fieldset,
  FieldsetLegend,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { ChoiceGroup, FormErrorNotice, SelectField, TextAreaField, TextField, useZodForm } from "~/components/forms";
import { inVoice } from "~/components/voice";
import { FIRST_INDICATION_MONTHS, INDICATION_MONTH_CHOICES } from "~/domain/cases";
import { formatDateTime, type Locale, type MessageKey, plural, type Translate, useLocale, useT } from "~/i18n";
import { decideSchema } from "~/schemas/case/decide";
import type { CaseOption } from "~/services/cases/case-context.server";
import type { CaseDetail } from "~/services/cases/case-detail.server";
import { STEERING_REASONS } from "~db/enums";
import { FORM_IDS, useFormResult } from "./forms";

function optionTitle(o: CaseOption, t: (k: MessageKey) => string) {
  return o.providerName ? `${t(`ladder.${o.kind}`)} – ${o.providerName}` : t(`ladder.${o.kind}`);
}

/** A day with its weekday, e.g. "maandag 21 december 2026". */
function weekdayDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * What tells this option from another of the same provider and kind: a Powerful Ageing group by
 * the day it starts, a cleaner by its first free time, ZIN by its wait. Null where nothing does.
 */
function optionDetail(o: CaseOption, t: Translate, locale: Locale): string | null {
  if (o.kind === "powerful_ageing" && o.earliestStart)
    return t("decide.optionCohort", { date: weekdayDay(o.earliestStart, locale) });
  const first = o.slots[0];
  if (o.kind === "private_cleaner" && first)
    return t("decide.optionFirstTime", { when: formatDateTime(first.start, locale) });
  if (o.kind === "zin" && o.waitDays !== null)
    return o.waitDays <= 7 && o.earliestStart
      ? t("decide.optionStart", { date: weekdayDay(o.earliestStart, locale) })
      : plural(t, "decide.optionWait", Math.ceil(o.waitDays / 7));
  return null;
}

/**
 * The radio labels of the decision, each one unique and in the consultant's voice: the kind, the
 * provider, what tells it apart, and whether it is recommended or asked for.
 */
export function optionLabels(
  options: readonly CaseOption[],
  preferred: ReadonlySet<string>,
  t: Translate,
  locale: Locale,
): string[] {
  const labels = options.map((o) => {
    const detail = optionDetail(o, t, locale);
    const marks = [
      o.recommended ? t("options.recommended").toLowerCase() : null,
      preferred.has(o.offerId) ? t("decide.preferred") : null,
    ].filter((m): m is string => m !== null);
    return `${optionTitle(o, t)}${detail ? `, ${detail}` : ""}${marks.length > 0 ? ` (${marks.join("; ")})` : ""}`;
  });
  // Should two still read the same, number them: a radio group must not offer two equal choices.
  return labels.map((label, i) =>
    labels.indexOf(label) === labels.lastIndexOf(label)
      ? label
      : t("decide.optionNumbered", { label, n: labels.slice(0, i + 1).filter((l) => l === label).length }),
  );
}

/** Whether the decision form is on the page (a refusal for it shows there, else at the top). */
export function decideFormShown(d: CaseDetail): boolean {
  return Boolean(d.query) && d.options.some((o) => o.eligible);
}

export function Decide({ d }: { d: CaseDetail }) {
  const t = useT();
  if (!decideFormShown(d)) return <Paragraph>{t("decide.none")}</Paragraph>;
  return (
    <>
      <Paragraph>{t("decide.intro")}</Paragraph>
      <DecideForm d={d} />
      <History d={d} />
    </>
  );
}

function DecideForm({ d }: { d: CaseDetail }) {
  const t = inVoice(useT(), "staff");
  const locale = useLocale();
  const choosable = d.options.filter((o) => o.eligible);
  const zin = choosable.find((o) => o.kind === "zin");
  const first = d.firstIndication;
  const [form, fields] = useZodForm(FORM_IDS.decide, decideSchema(d.today), useFormResult(FORM_IDS.decide), {
    reason: "",
    note: "",
    ...(zin
      ? {
          hours: zin.hoursPerWeek.toLocaleString(locale === "nl" ? "nl-NL" : "en-GB"),
          startDate: zin.earliestStart && zin.earliestStart > d.today ? zin.earliestStart : d.today,
          months: String(first ? FIRST_INDICATION_MONTHS : 12),
        }
      : {}),
  });
  // The provider the citizen asked for is marked, not preselected: the lightest help comes first.
  const preferred = new Set(d.requests.filter((r) => r.status === "submitted").map((r) => r.offerId));
  const labels = optionLabels(choosable, preferred, t, locale);
  const offers = choosable.map((o, i) => ({ value: o.offerId, label: labels[i] ?? optionTitle(o, t) }));
  const months = first ? [FIRST_INDICATION_MONTHS] : INDICATION_MONTH_CHOICES;
  return (
    <Form method="post" {...getFormProps(form)} className="hw-box">
      <input type="hidden" name="intent" value="decide" />
      <FormErrorNotice form={form} message="case.fixErrors" />
      <ChoiceGroup field={fields.offerId} legend={t("decide.option")} options={offers} required={false} />
      <SelectField
        field={fields.reason}
        label={t("decide.reason")}
        options={[
          { value: "", label: "–" },
          ...STEERING_REASONS.map((r) => ({ value: r, label: t(`decide.reason.${r}`) })),
        ]}
        required={false}
      />
      <TextAreaField field={fields.note} label={t("decide.note")} rows={3} required={false} />
      {zin ? (
        <Fieldset className="hw-subgroup">
          <FieldsetLegend>{t("decide.zinFields")}</FieldsetLegend>
          <TextField field={fields.hours} label={t("decide.hours")} inputMode="decimal" required={false} />
          <TextField
            field={fields.startDate}
            label={t("decide.startDate")}
            type="date"
            min={d.today}
            required={false}
          />
          <SelectField
            field={fields.months}
            label={t("decide.months")}
            description={first ? t("decide.monthsFirst") : undefined}
            options={months.map((m) => ({ value: String(m), label: t("decide.monthsValue", { months: m }) }))}
            required={false}
          />
        </Fieldset>
      ) : null}
      <Button type="submit" appearance="primary-action-button">
        {t("decide.submit")}
      </Button>
    </Form>
  );
}

function History({ d }: { d: CaseDetail }) {
  const t = inVoice(useT(), "staff");
  const locale = useLocale();
  if (d.decisions.length === 0) return null;
  return (
    <>
      <Heading3>{t("decide.history")}</Heading3>
      <UnorderedList>
        {d.decisions.map((x) => (
          <UnorderedListItem key={x.id}>
            {t("decide.historyItem", {
              date: formatDateTime(x.decidedAt, locale),
              what: x.providerName
                ? `${t(`ladder.${x.kind}` as MessageKey)} – ${x.providerName}`
                : t(`ladder.${x.kind}` as MessageKey),
              reason: t(`decide.reason.${x.reason}`),
            })}
            {x.note ? ` (${x.note})` : ""}
            {x.by ? ` – ${x.by}` : ""}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}
