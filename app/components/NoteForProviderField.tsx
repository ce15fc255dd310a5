// The citizen's note for the cleaner (ADR 039): one field for the booking form and the request page.
import { type Field, TextAreaField } from "~/components/forms";
import { useT } from "~/i18n";
import { NOTE_FOR_PROVIDER_MAX } from "~/schemas/request-form";

/** The note's field, as the booking form and this section both ask it (label, hint, limit). */
export function NoteForProviderField({ field }: { field: Field }) {
  const t = useT();
  return (
    <TextAreaField
      field={field}
      label={t("apply.request.noteForProvider")}
      description={t("apply.request.noteForProviderHint")}
      maxLength={NOTE_FOR_PROVIDER_MAX}
      rows={3}
      required={false}
    />
  );
}
