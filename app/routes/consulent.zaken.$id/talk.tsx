// The kitchen-table talk: the situation, what the citizen can do, the network, general facilities.
import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button, Paragraph } from "@utrecht/component-library-react";
import { ChoiceGroup, type Field, FormErrorNotice, TextAreaField, useZodForm } from "~/components/forms";
import { formatDateTime, useLocale, useT } from "~/i18n";
import { talkSchema } from "~/schemas/case/talk";
import type { CaseDetail } from "~/services/cases/case-detail.server";
import { GENERAL_FACILITIES } from "~db/enums";
import { FORM_IDS, useFormResult } from "./forms";

/** The field with the saved list ticked: useZodForm's defaults are text, the facilities a list. */
function withSaved(field: Field, saved: string[]): Field {
  const { id, name, key, errors, descriptionId, errorId } = field;
  return { id, name, key, errors, descriptionId, errorId, initialValue: saved };
}

export function TalkForm({ d }: { d: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  const c = d.case;
  const lastResult = useFormResult(FORM_IDS.talk);
  const [form, fields] = useZodForm(FORM_IDS.talk, talkSchema, lastResult, {
    situation: c.talkSituation ?? "",
    ownAbilities: c.talkOwnAbilities ?? "",
    network: c.talkNetwork ?? "",
    notes: c.talkNotes ?? "",
  });
  // After a refusal the list shows what was posted, else what was saved.
  const facilities = lastResult ? fields.facilities : withSaved(fields.facilities, c.talkFacilities);
  return (
    <Form method="post" {...getFormProps(form)} className="hw-box">
      <input type="hidden" name="intent" value="talk" />
      <FormErrorNotice form={form} message="case.fixErrors" />
      {c.talkAt ? <Paragraph>{t("talk.recorded", { date: formatDateTime(c.talkAt, locale) })}</Paragraph> : null}
      <TextAreaField
        field={fields.situation}
        label={t("talk.situation")}
        description={t("talk.situationHint")}
        rows={4}
        required={false}
      />
      <TextAreaField field={fields.ownAbilities} label={t("talk.ownAbilities")} rows={3} required={false} />
      <TextAreaField field={fields.network} label={t("talk.network")} rows={3} required={false} />
      <ChoiceGroup
        field={facilities}
        legend={t("talk.facilities")}
        options={GENERAL_FACILITIES.map((f) => ({ value: f, label: t(`talk.facility.${f}`) }))}
        multiple
        required={false}
      />
      <TextAreaField field={fields.notes} label={t("talk.notes")} rows={3} required={false} />
      <Button type="submit" appearance="primary-action-button">
        {t("talk.save")}
      </Button>
    </Form>
  );
}
