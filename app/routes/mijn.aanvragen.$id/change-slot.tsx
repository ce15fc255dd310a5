import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { ChoiceGroup, useZodForm } from "~/components/forms";
import { slotSubsidyText, slotText } from "~/components/slot-text";
import type { OptionSlot } from "~/domain/matching";
import { useLocale, useT } from "~/i18n";
import { changeSlotSchema } from "~/schemas/request-page";

/** Another weekly time of the same cleaner, chosen from the free ones (the first is preselected). */
export function ChangeSlotSection({ alternatives }: { alternatives: OptionSlot[] }) {
  const t = useT();
  const locale = useLocale();
  const first = alternatives[0];
  const [form, fields] = useZodForm(
    "change-slot",
    changeSlotSchema,
    undefined,
    first ? { slotId: String(first.slotId) } : undefined,
  );
  return (
    <section aria-labelledby="change-title" className="hw-capacity-form hw-no-print">
      <Heading2 id="change-title">{t("request.changeSlot")}</Heading2>
      {alternatives.length === 0 ? (
        <Paragraph>{t("request.changeSlotNone")}</Paragraph>
      ) : (
        <Form method="post" {...getFormProps(form)}>
          <Paragraph>{t("request.changeSlotKeeps")}</Paragraph>
          <input type="hidden" name="intent" value="change-slot" />
          <ChoiceGroup
            field={fields.slotId}
            legend={t("request.changeSlotLabel")}
            required={false}
            options={alternatives.map((a) => ({
              value: String(a.slotId),
              label: slotText(a, t, locale),
              hint: slotSubsidyText(a, t, locale),
            }))}
          />
          <Button type="submit" appearance="secondary-action-button">
            {t("request.changeSlotSubmit")}
          </Button>
        </Form>
      )}
    </section>
  );
}
