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
import { FIRST_INDICATION_MONTHS, INDICATION_MONTH_CHOICES } from "~/domain/cases";
import { formatDateTime, type MessageKey, useLocale, useT } from "~/i18n";
import { decideSchema } from "~/schemas/case/decide";
import type { CaseOption } from "~/services/cases/case-context.server";
import type { CaseDetail } from "~/services/cases/case-detail.server";
import { STEERING_REASONS } from "~db/enums";
import { FORM_IDS, useFormResult } from "./forms";

function optionTitle(o: CaseOption, t: (k: MessageKey) => string) {
  return o.providerName ? `${t(`ladder.${o.kind}`)} – ${o.providerName}` : t(`ladder.${o.kind}`);
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
  const t = useT();
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
  const offers = choosable.map((o) => ({
    value: o.offerId,
    label: `${optionTitle(o, t)}${o.recommended ? ` (${t("options.recommended").toLowerCase()})` : ""}${
      preferred.has(o.offerId) ? ` (${t("decide.preferred")})` : ""
    }`,
  }));
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
  const t = useT();
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
