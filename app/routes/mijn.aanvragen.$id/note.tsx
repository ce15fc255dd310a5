import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, useSearchParams } from "@remix-run/react";
import { Alert, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Announce } from "~/components/Announce";
import { ErrorSummary, SubmitButton, useZodForm } from "~/components/forms";
import { NoteForProviderField } from "~/components/NoteForProviderField";
import { useT } from "~/i18n";
import { noteForProviderSchema } from "~/schemas/request-form";

/**
 * The note for the cleaner (ADR 039): what it says now, and the form that changes it. The page
 * comes back here (#bericht) after saving, with the notice beside the form.
 */
export function NoteSection({
  note,
  editable,
  lastResult,
}: {
  note: string | null;
  editable: boolean;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const t = useT();
  const [params] = useSearchParams();
  const [form, fields] = useZodForm("note", noteForProviderSchema, lastResult, { noteForProvider: note ?? "" });
  // A refusal (the booking ended meanwhile) is said here even when there is nothing left to show.
  if (!editable && !note && !lastResult) return null;
  const labels = { noteForProvider: t("apply.request.noteForProvider") };
  const saved = params.get("melding") === "note_saved";
  return (
    <section id="bericht" aria-labelledby="note-title" className="hw-capacity-form hw-no-print">
      <Heading2 id="note-title">{t("request.noteTitle")}</Heading2>
      {saved ? (
        <Announce key={params.toString()}>
          <Alert type="ok" role="status">
            <Paragraph data-testid="note-notice">{t(note ? "request.noteSaved" : "request.noteRemoved")}</Paragraph>
          </Alert>
        </Announce>
      ) : null}
      <ErrorSummary form={form} fields={{ noteForProvider: fields.noteForProvider }} labels={labels} />
      {editable ? (
        <Form method="post" action="#bericht" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="note" />
          <NoteForProviderField field={fields.noteForProvider} />
          <SubmitButton label="request.noteSave" />
        </Form>
      ) : note ? (
        <Paragraph className="hw-agenda__note">{note}</Paragraph>
      ) : null}
    </section>
  );
}
