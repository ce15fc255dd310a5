// The citizen's contact details at /mijn/gegevens: one form per person (their own, then each person
// they act for), each saved on its own.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Alert, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { useT } from "~/i18n";
import { contactEditSchema } from "~/schemas/contact";
import { Announce } from "./Announce";
import { ContactFields, type ContactPrefill } from "./ContactFields";
import { ErrorSummary, SubmitButton, useZodForm } from "./forms";

export type ContactRowView = ContactPrefill & { id: number; forName: string | null };

type Refusal = { formId: string; result: SubmissionResult<string[]> } | undefined;

function ContactForm({ row, refusal }: { row: ContactRowView | null; refusal: Refusal }) {
  const t = useT();
  const formId = `contact-${row ? row.id : "own"}`;
  const [form, fields] = useZodForm(
    formId,
    contactEditSchema,
    refusal?.formId === formId ? refusal.result : undefined,
    row
      ? {
          street: row.street,
          houseNumber: row.houseNumber,
          postcode: row.postcode,
          place: row.place,
          phone: row.phone,
          preferredContact: row.preferredContact,
        }
      : { preferredContact: "phone" },
  );
  const title = row?.forName ? t("contact.section.for", { name: row.forName }) : t("contact.section.own");
  const labels = {
    street: t("contact.street"),
    houseNumber: t("contact.houseNumber"),
    postcode: t("contact.postcode"),
    place: t("contact.place"),
    phone: t("contact.phone"),
    preferredContact: t("contact.preferred"),
  };
  return (
    <section aria-labelledby={`${formId}-title`}>
      <Heading3 id={`${formId}-title`}>{title}</Heading3>
      <ErrorSummary
        form={form}
        fields={{
          street: fields.street,
          houseNumber: fields.houseNumber,
          postcode: fields.postcode,
          place: fields.place,
          phone: fields.phone,
          preferredContact: fields.preferredContact,
        }}
        labels={labels}
      />
      <Form method="post" {...getFormProps(form)} noValidate>
        <input type="hidden" name="intent" value="contact" />
        {row ? <input type="hidden" name="contactId" value={row.id} /> : null}
        <ContactFields fields={fields} legend={title} own={!row?.forName} />
        <SubmitButton label="contact.section.save" />
      </Form>
    </section>
  );
}

export function ContactSection({
  rows,
  notice,
  refusal,
}: {
  rows: ContactRowView[];
  notice: string | null;
  refusal: Refusal;
}) {
  const t = useT();
  const own = rows.find((r) => r.forName === null) ?? null;
  const others = rows.filter((r) => r.forName !== null);
  return (
    <section aria-labelledby="contact-title">
      <Heading2 id="contact-title">{t("contact.section.title")}</Heading2>
      {notice === "contact" ? (
        <Announce>
          <Alert type="ok" role="status">
            <Paragraph>{t("contact.section.saved")}</Paragraph>
          </Alert>
        </Announce>
      ) : null}
      {notice === "contact-failed" ? (
        <Announce>
          <Alert type="error" role="alert">
            <Paragraph>{t("contact.section.failed")}</Paragraph>
          </Alert>
        </Announce>
      ) : null}
      <Paragraph>{t(own ? "contact.section.intro" : "contact.section.none")}</Paragraph>
      <ContactForm row={own} refusal={refusal} />
      {others.map((r) => (
        <ContactForm key={r.id} row={r} refusal={refusal} />
      ))}
    </section>
  );
}
