import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Alert, Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Announce } from "~/components/Announce";
import { useZodForm } from "~/components/forms";
import { formatDateTime, formatEuro, useLocale, useT } from "~/i18n";
import { confirmSchema } from "~/schemas/request-page";

/**
 * A held slot: the first thing on the page. It says it is not booked yet and until when it is
 * held, and takes focus, so the confirm button is the next stop for the keyboard.
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
  const [form] = useZodForm("confirm", confirmSchema, undefined);
  return (
    <Announce>
      <section aria-labelledby="confirm-title" className="hw-confirm-hold" data-testid="confirm-hold">
        <Alert type="warning">
          <Heading2 id="confirm-title">{t("request.confirmTitle")}</Heading2>
          <Paragraph>{t("request.holdUntil", { time: formatDateTime(holdExpiresAt, locale) })}</Paragraph>
          {firstLate ? (
            <Paragraph data-testid="first-visit-soon">
              {t("request.firstVisitSoon", {
                when: formatDateTime(firstLate.startsAt, locale),
                amount: formatEuro(firstLate.cancelCents, locale),
              })}
            </Paragraph>
          ) : null}
          <Form method="post" {...getFormProps(form)}>
            <input type="hidden" name="intent" value="confirm" />
            <Button type="submit" appearance="primary-action-button">
              {t("request.confirm")}
            </Button>
          </Form>
        </Alert>
      </section>
    </Announce>
  );
}
