import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "@utrecht/component-library-react";
import { ChoiceGroup, useZodForm } from "~/components/forms";
import { useT } from "~/i18n";
import { paymentMethodSchema } from "~/schemas/request-page";
import type { PaymentMethod } from "~db/enums";

/**
 * How the citizen pays for the booking, from the methods on offer now: radio buttons, whose labels wrap on a
 * phone, where a dropdown cut "Online met iDEAL of creditcard, na elk bezoek" off.
 */
export function PaymentMethodForm({ methods, current }: { methods: readonly PaymentMethod[]; current: PaymentMethod }) {
  const t = useT();
  // A method no longer on offer (online paying switched off) is not shown as if chosen.
  const known = methods.includes(current);
  const [form, fields] = useZodForm("payment-method", paymentMethodSchema, undefined, {
    method: known ? current : "",
  });
  const options = methods.map((m) => ({ value: m, label: t(`pay.method.${m}`) }));
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
