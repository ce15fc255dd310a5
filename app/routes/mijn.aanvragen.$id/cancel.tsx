import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button, Paragraph } from "@utrecht/component-library-react";
import { useZodForm } from "~/components/forms";
import { useT } from "~/i18n";
import { cancelSchema } from "~/schemas/request-page";

export function CancelForm() {
  const t = useT();
  const [form] = useZodForm("cancel", cancelSchema, undefined);
  return (
    <Form method="post" className="hw-no-print" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="cancel" />
      <Paragraph>{t("request.cancelConfirm")}</Paragraph>
      <Button type="submit" appearance="secondary-action-button" hint="danger">
        {t("request.cancel")}
      </Button>
    </Form>
  );
}
