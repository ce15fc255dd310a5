// Cancelling the whole request, in two steps that work without JavaScript: a link opens the
// confirmation (?annuleren=1), which says which visits go and what it costs, then the form.
import { getFormProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { Button, Heading2, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { Announce } from "~/components/Announce";
import { useZodForm } from "~/components/forms";
import { formatDateTime, formatEuro, useLocale, useT } from "~/i18n";
import { cancelSchema } from "~/schemas/request-page";
import { PriceChanged } from "./cancel-notice";

export type CancelQuote = {
  visits: { slotId: number; startsAt: number }[];
  charges: { slotId: number; startsAt: number; amountCents: number }[];
  earlierFees: { slotId: number; startsAt: number; amountCents: number }[];
  totalCents: number;
};

export function CancelForm({ quote }: { quote: CancelQuote | null }) {
  const t = useT();
  if (!quote)
    return (
      <Paragraph className="hw-no-print">
        <Link
          to="?annuleren=1#annuleren"
          className="utrecht-button-link utrecht-button-link--secondary-action hw-action"
          data-testid="cancel-request"
        >
          {t("visits.request.cancelStart")}
        </Link>
      </Paragraph>
    );
  return <CancelConfirmation quote={quote} />;
}

function CancelConfirmation({ quote }: { quote: CancelQuote }) {
  const t = useT();
  const locale = useLocale();
  const euro = (cents: number) => formatEuro(cents, locale);
  const [form] = useZodForm("cancel", cancelSchema, undefined);
  const first = quote.visits[0];
  return (
    <section id="annuleren" aria-labelledby="cancel-title" className="hw-box hw-no-print" data-testid="cancel-confirm">
      <Announce>
        <Heading2 id="cancel-title">{t("visits.request.confirmTitle")}</Heading2>
        <PriceChanged />
        {first ? (
          <Paragraph>
            {quote.visits.length === 1
              ? t("visits.request.confirmVisitsOne", { first: formatDateTime(first.startsAt, locale) })
              : t("visits.request.confirmVisits", {
                  count: quote.visits.length,
                  first: formatDateTime(first.startsAt, locale),
                })}
          </Paragraph>
        ) : null}
        {quote.charges.length > 0 ? (
          <>
            <UnorderedList>
              {quote.charges.map((c) => (
                <UnorderedListItem key={c.slotId}>
                  {t("visits.request.confirmCost", {
                    when: formatDateTime(c.startsAt, locale),
                    amount: euro(c.amountCents),
                  })}
                </UnorderedListItem>
              ))}
            </UnorderedList>
            <Paragraph>
              <strong>{t("visits.request.confirmTotal", { amount: euro(quote.totalCents) })}</strong>
            </Paragraph>
          </>
        ) : (
          <Paragraph>
            <strong>{t("visits.request.confirmFree")}</strong>
          </Paragraph>
        )}
        {quote.earlierFees.map((c) => (
          <Paragraph key={c.slotId}>
            {t("visits.request.confirmEarlier", {
              when: formatDateTime(c.startsAt, locale),
              amount: euro(c.amountCents),
            })}
          </Paragraph>
        ))}
        <Paragraph>{t("visits.request.confirmPlace")}</Paragraph>
      </Announce>
      <Form method="post" className="hw-row-actions" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="cancel" />
        <input type="hidden" name="quoted" value={quote.totalCents} />
        <Button type="submit" appearance="primary-action-button" hint="danger" className="hw-action">
          {quote.totalCents > 0
            ? t("visits.request.confirmYesCost", { amount: euro(quote.totalCents) })
            : t("visits.request.confirmYes")}
        </Button>
        <Link to="?" className="utrecht-link hw-tap">
          {t("visits.request.confirmNo")}
        </Link>
      </Form>
    </section>
  );
}
