// A provider's evaluation of a referral, and the consultant's review of it.
import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button, Paragraph } from "@utrecht/component-library-react";
import { FormErrorNotice, TextAreaField, useZodForm } from "~/components/forms";
import { formatDateTime, useLocale, useT } from "~/i18n";
import { reviewSchema } from "~/schemas/case/review";
import type { CaseDetail, ReferralView } from "~/services/cases/case-detail.server";
import { reviewFormId, useFormResult } from "./forms";

type EvaluationView = NonNullable<ReferralView["evaluation"]>;

/** Whether the evaluation's review form is on the page (a refusal for it shows there, else at the top). */
export function reviewFormShown(d: CaseDetail, formId: string): boolean {
  return d.indications.some((i) =>
    i.referrals.some(
      (r) => r.evaluation && r.evaluation.reviewedAt === null && reviewFormId(r.evaluation.id) === formId,
    ),
  );
}

export function Evaluation({ ev }: { ev: EvaluationView }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="hw-subgroup">
      <Paragraph>
        <strong>{t("ind.evaluationOutcome", { outcome: t(`ind.outcome.${ev.outcome}`) })}</strong> (
        {formatDateTime(ev.at, locale)})
      </Paragraph>
      <Paragraph>{ev.explanation}</Paragraph>
      {ev.reviewedAt ? (
        <Paragraph>
          {t("ind.reviewed", { date: formatDateTime(ev.reviewedAt, locale), note: ev.reviewNote ?? "" })}
        </Paragraph>
      ) : (
        <ReviewForm ev={ev} />
      )}
    </div>
  );
}

function ReviewForm({ ev }: { ev: EvaluationView }) {
  const t = useT();
  const locale = useLocale();
  const id = reviewFormId(ev.id);
  const [form, fields] = useZodForm(id, reviewSchema, useFormResult(id));
  const context = <span className="visually-hidden"> – {formatDateTime(ev.at, locale)}</span>;
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="review" />
      <input type="hidden" name="evaluationId" value={ev.id} />
      <FormErrorNotice form={form} message="case.fixErrors" />
      <TextAreaField
        field={fields.note}
        label={
          <>
            {t("ind.reviewNote")}
            {context}
          </>
        }
        rows={3}
        required={false}
      />
      <Button type="submit" appearance="primary-action-button">
        {t("ind.review")}
        {context}
      </Button>
    </Form>
  );
}
