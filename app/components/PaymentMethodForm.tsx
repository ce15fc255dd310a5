// Choosing how a cleaner booking is paid: on the citizen's request page and on the consultant's case.
import { Form } from "@remix-run/react";
import { Button, Fieldset, FieldsetLegend, FormLabel, RadioButton } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { useT } from "~/i18n";
import type { PaymentMethod } from "~db/enums";

export function PaymentMethodForm({
  id,
  intent,
  methods,
  current,
  hidden = {},
  context,
  visibleLabel = true,
  label = "pay.method",
}: {
  id: string;
  intent: string;
  methods: readonly PaymentMethod[];
  current: PaymentMethod | null;
  hidden?: Record<string, string | number>;
  /** Words that tell repeated forms apart for screen readers (e.g. the provider's name). */
  context?: ReactNode;
  visibleLabel?: boolean;
  /** The citizen is asked ("Hoe betaalt u?"); staff read a plain label. */
  label?: "pay.method" | "pay.methodLabel";
}) {
  const known = current !== null && methods.includes(current);
  const t = useT();
  return (
    <Form method="post" className="hw-inline-form hw-pay-form">
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {/* Radio buttons, not a dropdown: their words wrap in a narrow column or on a phone, where a
          dropdown cut "Online met iDEAL of creditcard, na elk bezoek" off. */}
      <Fieldset className="hw-pay-choices">
        <FieldsetLegend className={visibleLabel ? undefined : "visually-hidden"}>
          {t(label)}
          {context ? <span className="visually-hidden"> ({context})</span> : null}
        </FieldsetLegend>
        {/* A method no longer on offer (online paying switched off) is not shown as if chosen. */}
        {methods.map((m) => (
          <div key={m} className="hw-choice">
            <RadioButton id={`${id}-${m}`} name="method" value={m} defaultChecked={known && current === m} />
            <FormLabel htmlFor={`${id}-${m}`} type="radio">
              {t(`pay.method.${m}`)}
            </FormLabel>
          </div>
        ))}
      </Fieldset>
      <Button type="submit" appearance="secondary-action-button">
        {t("pay.methodSave")}
        {context ? <span className="visually-hidden"> ({context})</span> : null}
      </Button>
    </Form>
  );
}
