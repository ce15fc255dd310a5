// The draagkracht check: the result against the social minimum, and the form that records it.
import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Alert, Button, Paragraph } from "@utrecht/component-library-react";
import { CheckboxField, ChoiceGroup, FormErrorNotice, TextField, useZodForm } from "~/components/forms";
import { formatDateTime, formatEuro, useLocale, useT } from "~/i18n";
import { draagkrachtSchema } from "~/schemas/case/draagkracht";
import type { CaseDetail } from "~/services/cases/case-detail.server";
import { HOUSEHOLDS } from "~db/enums";
import { FORM_IDS, useFormResult } from "./forms";
import { Fold } from "./summary";

export function Draagkracht({ d }: { d: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  const c = d.case;
  const check = d.draagkracht;
  const lastResult = useFormResult(FORM_IDS.draagkracht);
  const [form, fields] = useZodForm(FORM_IDS.draagkracht, draagkrachtSchema, lastResult, {
    household: c.dkHousehold ?? d.query?.household ?? "",
    partnerUnderAow: c.dkPartnerUnderAow ? "on" : "",
    income: c.dkIncomeCents === null ? "" : String(c.dkIncomeCents / 100),
  });
  return (
    <>
      <Paragraph>{t("dk.intro")}</Paragraph>
      {check ? (
        <Alert type="info">
          <Paragraph>
            {t("dk.result", { percent: check.percent, minimum: formatEuro(check.socialMinimumCents, locale) })}
          </Paragraph>
          <Paragraph>{t(`dk.band.${check.band}`, { threshold: check.thresholdPercent })}</Paragraph>
          {c.dkAt ? <Paragraph>{t("dk.checked", { date: formatDateTime(c.dkAt, locale) })}</Paragraph> : null}
        </Alert>
      ) : null}
      <Fold summary={t("case.more.draagkracht")} fold={Boolean(c.dkAt)} open={lastResult !== undefined}>
        <Form method="post" {...getFormProps(form)} className="hw-box">
          <input type="hidden" name="intent" value="draagkracht" />
          <FormErrorNotice form={form} message="case.fixErrors" />
          <ChoiceGroup
            field={fields.household}
            legend={t("dk.household")}
            options={HOUSEHOLDS.map((h) => ({ value: h, label: t(`dk.${h}`) }))}
            required={false}
          />
          <CheckboxField field={fields.partnerUnderAow} label={t("dk.partnerUnderAow")} />
          <TextField
            field={fields.income}
            label={t("dk.income")}
            inputMode="numeric"
            autoComplete="off"
            required={false}
          />
          <Button type="submit" appearance="primary-action-button">
            {t("dk.save")}
          </Button>
        </Form>
      </Fold>
    </>
  );
}
