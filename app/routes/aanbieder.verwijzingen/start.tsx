import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button, Paragraph } from "@utrecht/component-library-react";
import { z } from "zod";
import { ErrorSummary, useZodForm } from "~/components/forms";
import { formatDay, useLocale, useT } from "~/i18n";
import type { ProviderReferral } from "~/services/referrals/provider-referrals.server";
import { type ActionResult, lastResultFor, Whom } from "./parts";

const startSchema = z.object({});

/**
 * Starting the help: one button, nothing to fill in. Before the agreed day (or once the
 * indication has ended) the card says so instead; the server refuses such a start all the same.
 */
export function StartForm({ r, today, actionData }: { r: ProviderReferral; today: string; actionData: ActionResult }) {
  const t = useT();
  const locale = useLocale();
  const id = `start-${r.id}`;
  const [form] = useZodForm(id, startSchema, lastResultFor(actionData, id));
  const early = r.startDate !== null && today < r.startDate;
  const ended = today > r.indication.endDate;
  return (
    <div className="hw-capacity-form">
      <ErrorSummary form={form} fields={{}} labels={{}} />
      {early && r.startDate ? (
        <Paragraph>{t("pref.start.notYet", { date: formatDay(r.startDate, locale) })}</Paragraph>
      ) : ended ? (
        <Paragraph>{t("pref.start.ended", { date: formatDay(r.indication.endDate, locale) })}</Paragraph>
      ) : (
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="referralId" value={r.id} />
          <input type="hidden" name="intent" value="start" />
          <Paragraph>{t("pref.start.text")}</Paragraph>
          <Button type="submit" appearance="primary-action-button">
            {t("pref.start.submit")}
            <Whom name={r.intake.name} />
          </Button>
        </Form>
      )}
    </div>
  );
}
