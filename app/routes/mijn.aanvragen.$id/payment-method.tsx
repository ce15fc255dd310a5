import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button, Paragraph } from "@utrecht/component-library-react";
import { ChoiceGroup, useZodForm } from "~/components/forms";
import { useT } from "~/i18n";
import { paymentMethodSchema } from "~/schemas/request-page";
import type { PaymentMethod } from "~db/enums";

/** The id of the held slot's confirm form (confirm.tsx), which the radios belong to while it is held. */
export const CONFIRM_FORM_ID = "confirm";

/**
 * How the citizen pays for the booking, from the methods on offer now: radio buttons, whose labels wrap on a
 * phone, where a dropdown cut "Online met iDEAL of creditcard, na elk bezoek" off.
 *
 * While the time is held, the radios belong to the confirm form at the top (the `form` attribute, so
 * also without JavaScript): "Boek deze tijd" books with the method chosen here. "Betaalwijze opslaan"
 * then submits that same form with its own intent.
 */
export function PaymentMethodForm({
  methods,
  current,
  held = false,
}: {
  methods: readonly PaymentMethod[];
  current: PaymentMethod;
  held?: boolean;
}) {
  const t = useT();
  // A method no longer on offer (online paying switched off) is not shown as if chosen.
  const known = methods.includes(current);
  const [form, fields] = useZodForm("payment-method", paymentMethodSchema, undefined, {
    method: known ? current : "",
  });
  const options = methods.map((m) => ({ value: m, label: t(`pay.method.${m}`) }));
  if (held)
    return (
      <div className="hw-pay-form">
        <ChoiceGroup
          field={fields.method}
          legend={t("pay.method")}
          required={false}
          options={options}
          form={CONFIRM_FORM_ID}
        />
        <Paragraph className="hw-note">{t("pay.methodHeld")}</Paragraph>
        <Button
          type="submit"
          form={CONFIRM_FORM_ID}
          name="intent"
          value="payment-method"
          appearance="secondary-action-button"
        >
          {t("pay.methodSave")}
        </Button>
      </div>
    );
  return (
    <Form method="post" className="hw-pay-form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="payment-method" />
      <ChoiceGroup field={fields.method} legend={t("pay.method")} required={false} options={options} />
      <Button type="submit" appearance="secondary-action-button">
        {t("pay.methodSave")}
      </Button>
    </Form>
  );
}
