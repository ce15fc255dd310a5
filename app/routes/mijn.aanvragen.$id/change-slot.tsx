import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { ChoiceGroup, ErrorSummary, useZodForm } from "~/components/forms";
import { slotSubsidyText, slotText } from "~/components/slot-text";
import type { OptionSlot } from "~/domain/matching";
import { useLocale, useT } from "~/i18n";
import { changeSlotSchema } from "~/schemas/request-page";

/**
 * Another weekly time of the same cleaner, chosen from the free ones. None is chosen beforehand: one
 * press of "Tijd wijzigen" must not move her to a time she did not pick (the first is the longest).
 */
export function ChangeSlotSection({
  alternatives,
  lastResult,
}: {
  alternatives: OptionSlot[];
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useZodForm("change-slot", changeSlotSchema, lastResult);
  const labels = { slotId: t("request.changeSlotLabel") };
  return (
    <section aria-labelledby="change-title" className="hw-capacity-form hw-no-print">
      <Heading2 id="change-title">{t("request.changeSlot")}</Heading2>
      {alternatives.length === 0 ? (
        <Paragraph>{t("request.changeSlotNone")}</Paragraph>
      ) : (
        <>
          <ErrorSummary form={form} fields={{ slotId: fields.slotId }} labels={labels} />
          <Form method="post" {...getFormProps(form)}>
            <Paragraph>{t("request.changeSlotKeeps")}</Paragraph>
            <input type="hidden" name="intent" value="change-slot" />
            <ChoiceGroup
              field={fields.slotId}
              legend={labels.slotId}
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
        </>
      )}
    </section>
  );
}
