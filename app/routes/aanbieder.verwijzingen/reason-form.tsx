// Declining and ending share one form: a reason, and a button in the danger style.
import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button, Heading4 } from "@utrecht/component-library-react";
import { ErrorSummary, TextAreaField, useZodForm } from "~/components/forms";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n";
import { type declineSchema, type endSchema, REASON_MAX } from "~/schemas/referral";
import type { ProviderReferral } from "~/services/referrals/provider-referrals.server";
import { type ActionResult, lastResultFor, Whom } from "./parts";

export type ReasonTexts = { title: MessageKey; reason: MessageKey; submit: MessageKey; hint?: MessageKey };

export function ReasonForm({
  r,
  intent,
  schema,
  texts,
  actionData,
}: {
  r: ProviderReferral;
  intent: "decline" | "end";
  schema: typeof declineSchema | typeof endSchema;
  texts: ReasonTexts;
  actionData: ActionResult;
}) {
  const t = useT();
  const id = `${intent}-${r.id}`;
  const [form, fields] = useZodForm(id, schema, lastResultFor(actionData, id));
  const reasonLabel = (
    <>
      {t(texts.reason)}
      <Whom name={r.intake.name} />
    </>
  );
  return (
    <div className="hw-capacity-form">
      <Heading4 className="hw-form-title">
        {t(texts.title)}
        <Whom name={r.intake.name} />
      </Heading4>
      <ErrorSummary form={form} fields={{ reason: fields.reason }} labels={{ reason: reasonLabel }} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="referralId" value={r.id} />
        <input type="hidden" name="intent" value={intent} />
        <TextAreaField
          field={fields.reason}
          label={reasonLabel}
          rows={3}
          maxLength={REASON_MAX}
          description={texts.hint ? t(texts.hint) : undefined}
        />
        <Button type="submit" appearance="secondary-action-button" hint="danger">
          {t(texts.submit)}
          <Whom name={r.intake.name} />
        </Button>
      </Form>
    </div>
  );
}
