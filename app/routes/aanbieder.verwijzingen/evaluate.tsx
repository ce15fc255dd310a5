import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { ChoiceGroup, ErrorSummary, SubmitButton, TextAreaField, useZodForm } from "~/components/forms";
import { useT } from "~/i18n";
import { EXPLANATION_MAX, evaluationSchema } from "~/schemas/referral";
import type { ProviderReferral } from "~/services/referrals/provider-referrals.server";
import { EVALUATION_OUTCOMES } from "~db/enums";
import { type ActionResult, lastResultFor, Whom } from "./parts";

/** The evaluation: fewer, the same or more help, and why. */
export function EvaluationForm({ r, actionData }: { r: ProviderReferral; actionData: ActionResult }) {
  const t = useT();
  const id = `evaluate-${r.id}`;
  const [form, fields] = useZodForm(id, evaluationSchema, lastResultFor(actionData, id));
  const labels = {
    outcome: t("pref.evaluation.outcome"),
    explanation: (
      <>
        {t("pref.evaluation.explanation")}
        <Whom name={r.intake.name} />
      </>
    ),
  };
  return (
    <>
      <ErrorSummary form={form} fields={{ outcome: fields.outcome, explanation: fields.explanation }} labels={labels} />
      <Form method="post" {...getFormProps(form)} className="hw-capacity-form">
        <input type="hidden" name="referralId" value={r.id} />
        <input type="hidden" name="intent" value="evaluate" />
        <ChoiceGroup
          field={fields.outcome}
          legend={
            <>
              {labels.outcome}
              <Whom name={r.intake.name} />
            </>
          }
          options={EVALUATION_OUTCOMES.map((o) => ({ value: o, label: t(`pref.outcome.${o}`) }))}
        />
        <TextAreaField
          field={fields.explanation}
          label={labels.explanation}
          maxLength={EXPLANATION_MAX}
          description={t("pref.evaluation.hint")}
        />
        <SubmitButton label="pref.evaluation.submit" />
      </Form>
    </>
  );
}
