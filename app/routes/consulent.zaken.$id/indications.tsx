// The case's indications with their referrals: each referral's steps and evaluation, and the
// follow-up the consultant may take (withdraw it, or refer the indication to another provider).
import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import {
  Button,
  Heading3,
  Heading4,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { SelectField, useZodForm } from "~/components/forms";
import { allowedActions } from "~/domain/referral";
import { isValidDay } from "~/domain/time";
import { formatDateTime, formatDay, type Locale, useLocale, useT } from "~/i18n";
import { referAgainSchema } from "~/schemas/case/referral-follow-up";
import type { CaseOption } from "~/services/cases/case-context.server";
import type { CaseDetail, ReferralView } from "~/services/cases/case-detail.server";
import { Evaluation } from "./evaluation";
import { referAgainFormId } from "./forms";

function referralStatus(r: ReferralView, t: ReturnType<typeof useT>, locale: Locale) {
  switch (r.status) {
    case "accepted":
      return t("ind.status.accepted", { date: r.startDate ? formatDay(r.startDate, locale) : "–" });
    case "declined":
      return t("ind.status.declined", { reason: r.declineReason ?? "–" });
    case "ended":
      return t("ind.status.ended", { reason: r.endReason ?? "–" });
    default:
      return t(`ind.status.${r.status}`);
  }
}

export function Indications({ d }: { d: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  const zinProviders = d.options.filter((o) => o.kind === "zin" && o.providerId !== null);
  if (d.indications.length === 0) return <Paragraph>{t("ind.none")}</Paragraph>;
  return (
    <>
      {d.indications.map((ind) => {
        const hours = (ind.minutesPerWeek / 60).toLocaleString(locale === "nl" ? "nl-NL" : "en-GB");
        const latest = ind.referrals[0];
        return (
          <article key={ind.id} className="hw-box">
            <Heading3>{t("ind.heading", { hours })}</Heading3>
            <Paragraph>
              {ind.first ? `${t("ind.first")}. ` : ""}
              {t("ind.period", { start: formatDay(ind.startDate, locale), end: formatDay(ind.endDate, locale) })}.{" "}
              {t("ind.evaluation", { date: formatDay(ind.evaluationDate, locale) })}.
            </Paragraph>
            <Paragraph>
              <a href={`/consulent/indicaties/${ind.id}.json`} className="utrecht-link" download>
                {t("ind.export")}
              </a>
            </Paragraph>
            {ind.referrals.map((r) => (
              <div key={r.id}>
                <Heading4>{t("ind.referral", { provider: r.providerName })}</Heading4>
                <Paragraph>{referralStatus(r, t, locale)}</Paragraph>
                <UnorderedList>
                  {r.events.map((e) => (
                    <UnorderedListItem key={e.id}>
                      {formatDateTime(e.at, locale)}:{" "}
                      {t(`ind.status.${e.status}`, {
                        date: e.note && isValidDay(e.note) ? formatDay(e.note, locale) : (e.note ?? ""),
                        reason: e.note ?? "",
                      })}
                      {e.by ? ` (${e.by})` : ""}
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
                {r.evaluation ? <Evaluation ev={r.evaluation} /> : null}
                {allowedActions(r.status, "consultant").includes("withdraw") ? <WithdrawForm r={r} /> : null}
                {latest?.id === r.id &&
                (r.status === "declined" || r.status === "withdrawn") &&
                zinProviders.length > 0 ? (
                  <ReferAgainForm r={r} providers={zinProviders} />
                ) : null}
              </div>
            ))}
          </article>
        );
      })}
    </>
  );
}

function WithdrawForm({ r }: { r: ReferralView }) {
  const t = useT();
  return (
    <Form method="post">
      <input type="hidden" name="intent" value="withdraw" />
      <input type="hidden" name="referralId" value={r.id} />
      <Button type="submit" appearance="secondary-action-button" hint="danger">
        {t("ind.withdraw")}
        <span className="visually-hidden"> – {r.providerName}</span>
      </Button>
    </Form>
  );
}

/** A refusal comes back as a notice at the top, so this form never shows errors of its own. */
function ReferAgainForm({ r, providers }: { r: ReferralView; providers: CaseOption[] }) {
  const t = useT();
  const options = providers.map((o) => ({ value: String(o.providerId), label: o.providerName ?? "" }));
  const [form, fields] = useZodForm(referAgainFormId(r.id), referAgainSchema, undefined, {
    providerId: options[0]?.value ?? "",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="hw-inline-form">
      <input type="hidden" name="intent" value="referAgain" />
      <input type="hidden" name="referralId" value={r.id} />
      <SelectField
        field={fields.providerId}
        label={
          <>
            {t("ind.referAgain")}
            <span className="visually-hidden"> ({r.providerName})</span>
          </>
        }
        options={options}
        required={false}
      />
      <Button type="submit" appearance="primary-action-button">
        {t("ind.referAgainSubmit")}
        <span className="visually-hidden"> – {r.providerName}</span>
      </Button>
    </Form>
  );
}
