import { Link } from "@remix-run/react";
import { Alert, Paragraph } from "@utrecht/component-library-react";
import { formatDay, type MessageKey, useLocale, useT } from "~/i18n";
import type { ConsultantOutcome } from "~/services/requests/outcome.server";

/** What the consultant decided with the citizen: the chosen help, or the granted hours and provider. */
export function Outcome({ outcome }: { outcome: ConsultantOutcome }) {
  const t = useT();
  const locale = useLocale();
  const what = outcome.providerName
    ? `${t(`ladder.${outcome.kind}` as MessageKey)} – ${outcome.providerName}`
    : t(`ladder.${outcome.kind}` as MessageKey);
  if (!outcome.indication) {
    return (
      <Alert type="info">
        <Paragraph>{t("outcome.steered", { what })}</Paragraph>
        {outcome.requestLink ? (
          <Paragraph>
            <Link to={outcome.requestLink} className="utrecht-button-link utrecht-button-link--primary-action">
              {t("outcome.requestIt")}
            </Link>
          </Paragraph>
        ) : null}
      </Alert>
    );
  }
  const hours = (outcome.indication.minutesPerWeek / 60).toLocaleString(locale === "nl" ? "nl-NL" : "en-GB");
  const r = outcome.referral;
  return (
    <Alert type="ok">
      <Paragraph>{t("outcome.granted", { hours, end: formatDay(outcome.indication.endDate, locale) })}</Paragraph>
      {r ? (
        <Paragraph>
          {r.status === "accepted" && r.startDate
            ? t("outcome.starts", { provider: r.providerName, date: formatDay(r.startDate, locale) })
            : r.status === "started"
              ? t("outcome.started", { provider: r.providerName })
              : r.status === "ended"
                ? t("outcome.ended", { provider: r.providerName })
                : r.status === "sent"
                  ? t("outcome.sent", { provider: r.providerName })
                  : t("outcome.pending")}
        </Paragraph>
      ) : null}
    </Alert>
  );
}
