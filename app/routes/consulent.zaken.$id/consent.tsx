// The citizen's consent to share the intake (and health details) with a provider.
import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button, Fieldset, FieldsetLegend, Paragraph } from "@utrecht/component-library-react";
import { CheckboxField, FormErrorNotice, TextAreaField, TextField, useZodForm } from "~/components/forms";
import { formatDateTime, useLocale, useT } from "~/i18n";
import { consentSchema } from "~/schemas/case/consent";
import type { CaseDetail } from "~/services/cases/case-detail.server";
import { FORM_IDS, useFormResult } from "./forms";

export function ConsentForm({ d }: { d: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  const c = d.case;
  const [form, fields] = useZodForm(FORM_IDS.consent, consentSchema, useFormResult(FORM_IDS.consent), {
    shareIntake: c.consentShareIntake ? "on" : "",
    shareHealth: c.consentShareHealth ? "on" : "",
    phone: c.contactPhone ?? "",
    preferences: c.preferences ?? "",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="hw-box">
      <input type="hidden" name="intent" value="consent" />
      <FormErrorNotice form={form} message="case.fixErrors" />
      <Paragraph>{t("consent.intro")}</Paragraph>
      <Paragraph>
        {c.consentAt ? t("consent.recorded", { date: formatDateTime(c.consentAt, locale) }) : t("consent.none")}
      </Paragraph>
      <Fieldset>
        <FieldsetLegend>{t("consent.legend")}</FieldsetLegend>
        <CheckboxField
          field={fields.shareIntake}
          label={t("consent.shareIntake")}
          description={t("consent.shareIntakeHint")}
        />
        <CheckboxField
          field={fields.shareHealth}
          label={t("consent.shareHealth")}
          description={t("consent.shareHealthHint")}
        />
      </Fieldset>
      <TextField field={fields.phone} label={t("consent.phone")} type="tel" autoComplete="off" required={false} />
      <TextAreaField
        field={fields.preferences}
        label={t("consent.preferences")}
        description={t("consent.preferencesHint")}
        rows={2}
        required={false}
      />
      <Button type="submit" appearance="primary-action-button">
        {t("consent.save")}
      </Button>
    </Form>
  );
}
