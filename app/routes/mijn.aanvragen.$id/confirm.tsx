import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Alert, Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Announce } from "~/components/Announce";
import { useZodForm } from "~/components/forms";
import { formatDateTime, useLocale, useT } from "~/i18n";
import { confirmSchema } from "~/schemas/request-page";

/**
 * A held slot: the first thing on the page. It says it is not booked yet and until when it is
 * held, and takes focus, so the confirm button is the next stop for the keyboard.
 */
export function ConfirmSection({ holdExpiresAt }: { holdExpiresAt: Date }) {
  const t = useT();
  const locale = useLocale();
  const [form] = useZodForm("confirm", confirmSchema, undefined);
  return (
    <Announce>
      <section aria-labelledby="confirm-title" className="hw-confirm-hold" data-testid="confirm-hold">
        <Alert type="warning">
          <Heading2 id="confirm-title">{t("request.confirmTitle")}</Heading2>
          <Paragraph>{t("request.holdUntil", { time: formatDateTime(holdExpiresAt, locale) })}</Paragraph>
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
