import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Alert, Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Announce } from "~/components/Announce";
import { useZodForm } from "~/components/forms";
import { firstVisitSoonText } from "~/components/series-text";
import { formatDateTime, useLocale, useT } from "~/i18n";
import { confirmSchema } from "~/schemas/request-page";
import { CONFIRM_FORM_ID } from "./payment-method";

/**
 * A held slot: the first thing on the page. It says it is not booked yet and until when it is
 * held, and takes focus, so the confirm button is the next stop for the keyboard. Booking keeps the
 * payment method chosen lower on the page (its radios belong to this form).
 */
export function ConfirmSection({
  holdExpiresAt,
  firstLate,
}: {
  holdExpiresAt: Date;
  /** The first visit when it is within 24 hours: booking it means cancelling it costs this fee. */
  firstLate: { startsAt: number; cancelCents: number } | null;
}) {
  const t = useT();
  const locale = useLocale();
  const [form] = useZodForm(CONFIRM_FORM_ID, confirmSchema, undefined);
  return (
    <Announce>
      <section aria-labelledby="confirm-title" className="hw-confirm-hold" data-testid="confirm-hold">
        <Alert type="warning">
          <Heading2 id="confirm-title">{t("request.confirmTitle")}</Heading2>
          {/* The hold's receipt and its warning mail say this same sentence (holdLineKey). */}
          <Paragraph data-testid="hold-until">
            {t("request.holdUntil", { untilAt: formatDateTime(holdExpiresAt, locale) })}
          </Paragraph>
          {firstLate ? (
            <Paragraph data-testid="first-visit-soon">{firstVisitSoonText(firstLate, true, t, locale)}</Paragraph>
          ) : null}
          {/* The payment method's radios (under "Prijs en betalen") belong to this form too, and its
              "Betaalwijze opslaan" button: so the intent is the pressed button's. */}
          <Form method="post" {...getFormProps(form)}>
            <Button type="submit" name="intent" value="confirm" appearance="primary-action-button">
              {t("request.confirm")}
            </Button>
          </Form>
        </Alert>
      </section>
    </Announce>
  );
}
