import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useZodForm } from "~/components/forms";
import { formatDateTime, useLocale, useT } from "~/i18n";
import { confirmSchema } from "~/schemas/request-page";

/** A held slot, until when it is held, and the button that books it. */
export function ConfirmSection({ holdExpiresAt }: { holdExpiresAt: Date }) {
  const t = useT();
  const locale = useLocale();
  const [form] = useZodForm("confirm", confirmSchema, undefined);
  return (
    <section aria-labelledby="confirm-title" className="hw-capacity-form">
      <Heading2 id="confirm-title">{t("request.confirmTitle")}</Heading2>
      <Paragraph>{t("request.holdUntil", { time: formatDateTime(holdExpiresAt, locale) })}</Paragraph>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="confirm" />
        <Button type="submit" appearance="primary-action-button">
          {t("request.confirm")}
        </Button>
      </Form>
    </section>
  );
}
