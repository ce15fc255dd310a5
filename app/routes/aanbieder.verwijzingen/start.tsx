import { Form } from "@remix-run/react";
import { Button, Paragraph } from "@utrecht/component-library-react";
import { useT } from "~/i18n";
import type { ProviderReferral } from "~/services/referrals/provider-referrals.server";
import { Whom } from "./parts";

/** Starting the help: one button, nothing to fill in (so no schema and no field errors). */
export function StartForm({ r }: { r: ProviderReferral }) {
  const t = useT();
  return (
    <Form method="post" className="hw-capacity-form">
      <input type="hidden" name="referralId" value={r.id} />
      <input type="hidden" name="intent" value="start" />
      <Paragraph>{t("pref.start.text")}</Paragraph>
      <Button type="submit" appearance="primary-action-button">
        {t("pref.start.submit")}
        <Whom name={r.intake.name} />
      </Button>
    </Form>
  );
}
