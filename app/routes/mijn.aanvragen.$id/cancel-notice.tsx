// After cancelling (?melding=cancelled or visit_cancelled): one notice at the top that takes focus
// and names the dates called off and what that cost (from their records: the fee charged).
import { useSearchParams } from "@remix-run/react";
import { Alert, Paragraph } from "@utrecht/component-library-react";
import { Announce } from "~/components/Announce";
import { formatDateTime, formatEuro, useLocale, useT } from "~/i18n";

export type CancelledNow = { id: number; startsAt: number; chargedCents: number }[];

export function CancelNotice({ cancelledNow }: { cancelledNow: CancelledNow }) {
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  const notice = params.get("melding");
  const euro = (cents: number) => formatEuro(cents, locale);
  const charged = cancelledNow.reduce((sum, v) => sum + v.chargedCents, 0);
  const first = cancelledNow[0];
  if (notice === "visit_cancelled" && !first)
    return (
      <Announce key={params.toString()}>
        <Alert type="ok" role="status">
          <Paragraph>{t("pay.visitCancelled")}</Paragraph>
        </Alert>
      </Announce>
    );
  if (notice === "visit_cancelled" && first)
    return (
      <Announce key={params.toString()}>
        <Alert type="ok" role="status">
          <Paragraph data-testid="cancel-notice">
            {first.chargedCents > 0
              ? t("visits.notice.visitCost", {
                  when: formatDateTime(first.startsAt, locale),
                  amount: euro(first.chargedCents),
                })
              : t("visits.notice.visitFree", { when: formatDateTime(first.startsAt, locale) })}
          </Paragraph>
        </Alert>
      </Announce>
    );
  if (notice === "cancelled")
    return (
      <Announce key={params.toString()}>
        <Alert type="ok" role="status">
          <Paragraph data-testid="cancel-notice">
            {t("visits.notice.request")}{" "}
            {first
              ? `${
                  cancelledNow.length === 1
                    ? t("visits.notice.requestVisitsOne", { first: formatDateTime(first.startsAt, locale) })
                    : t("visits.notice.requestVisits", {
                        count: cancelledNow.length,
                        first: formatDateTime(first.startsAt, locale),
                      })
                } ${charged > 0 ? t("visits.notice.requestCost", { amount: euro(charged) }) : t("visits.notice.requestFree")}`
              : null}
          </Paragraph>
        </Alert>
      </Announce>
    );
  return null;
}

/** Inside a confirmation shown again because cancelling now costs more than the citizen saw. */
export function PriceChanged() {
  const t = useT();
  const [params] = useSearchParams();
  if (params.get("melding") !== "price_changed") return null;
  return (
    <Alert type="warning">
      <Paragraph>{t("visits.notice.priceChanged")}</Paragraph>
    </Alert>
  );
}
