import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button, Heading2, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { ErrorSummary, TextAreaField, useZodForm } from "~/components/forms";
import { formatDateTime, type MessageKey, useLocale, useT } from "~/i18n";
import { COMPLAINT_MAX, complaintSchema } from "~/schemas/request-page";

type Complaint = {
  id: number;
  createdAt: Date;
  status: string;
  text: string;
  providerResponse: string | null;
  resolution: string | null;
};

/** The citizen's complaints about this request (with the outcome once resolved), and a new one. */
export function ComplaintSection({
  complaints,
  lastResult,
}: {
  complaints: Complaint[];
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useZodForm("complaint", complaintSchema, lastResult);
  const labels = { text: t("request.complaintLabel") };
  return (
    <section aria-labelledby="complaint-title" className="hw-capacity-form hw-no-print">
      <Heading2 id="complaint-title">{t("request.complaint")}</Heading2>
      {complaints.length > 0 ? (
        <>
          <Paragraph>{t("request.complaints")}:</Paragraph>
          <UnorderedList>
            {complaints.map((c) => (
              <UnorderedListItem key={c.id}>
                {formatDateTime(c.createdAt, locale)} ({t(`complaint.${c.status}` as MessageKey)}): {c.text}
                {c.providerResponse ? (
                  <Paragraph>
                    {t("complaints.citizen.response")}: {c.providerResponse}
                  </Paragraph>
                ) : null}
                {c.resolution ? (
                  <Paragraph>
                    {t("complaints.citizen.resolution")}: {c.resolution}
                  </Paragraph>
                ) : null}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      <ErrorSummary form={form} fields={{ text: fields.text }} labels={labels} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="complaint" />
        <TextAreaField
          field={fields.text}
          label={labels.text}
          description={t("request.complaintHint")}
          maxLength={COMPLAINT_MAX}
          required={false}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t("request.complaintSubmit")}
        </Button>
      </Form>
    </section>
  );
}
