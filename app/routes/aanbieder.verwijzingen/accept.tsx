import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button, Heading4 } from "@utrecht/component-library-react";
import { ErrorSummary, TextField, useZodForm } from "~/components/forms";
import { formatDay, useLocale, useT } from "~/i18n";
import { acceptSchema } from "~/schemas/referral";
import type { ProviderReferral } from "~/services/referrals/provider-referrals.server";
import { type ActionResult, lastResultFor, Whom } from "./parts";

/** Accepting with a start date; `today` is the server's, so both sides judge the same day. */
export function AcceptForm({ r, today, actionData }: { r: ProviderReferral; today: string; actionData: ActionResult }) {
  const t = useT();
  const locale = useLocale();
  const id = `accept-${r.id}`;
  const [form, fields] = useZodForm(id, acceptSchema(today), lastResultFor(actionData, id));
  const startLabel = (
    <>
      {t("pref.accept.startDate")}
      <Whom name={r.intake.name} />
    </>
  );
  return (
    <div className="hw-capacity-form">
      <Heading4 className="hw-form-title">
        {t("pref.accept.title")}
        <Whom name={r.intake.name} />
      </Heading4>
      <ErrorSummary form={form} fields={{ startDate: fields.startDate }} labels={{ startDate: startLabel }} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="referralId" value={r.id} />
        <input type="hidden" name="intent" value="accept" />
        <TextField
          field={fields.startDate}
          label={startLabel}
          type="date"
          description={t("pref.accept.hintPeriod", {
            // The rule the server applies: not in the past, and within the indication.
            from: formatDay(today > r.indication.startDate ? today : r.indication.startDate, locale),
            until: formatDay(r.indication.endDate, locale),
          })}
        />
        <Button type="submit" appearance="primary-action-button">
          {t("pref.accept.submit")}
          <Whom name={r.intake.name} />
        </Button>
      </Form>
    </div>
  );
}
