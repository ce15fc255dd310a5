import { Link, useSearchParams } from "@remix-run/react";
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { visitPriceText } from "~/components/visit-price-text";
import type { RequestActions } from "~/domain/requests";
import { formatDateTime, formatEuro, useLocale, useT } from "~/i18n";
import type { CleanerBilling } from "~/services/payments/citizen-billing.server";
import { PaymentMethodForm } from "./payment-method";
import { CancelVisitForm, PayForm, VisitDoneForm } from "./visit-forms";

/** A cleaner booking's price per visit, how it is paid, its visits and its payments. */
export function Billing({ billing, actions }: { billing: CleanerBilling; actions: RequestActions }) {
  const t = useT();
  const [params] = useSearchParams();
  const confirming = Number(params.get("afzeggen"));
  const locale = useLocale();
  const euro = (cents: number) => formatEuro(cents, locale);
  return (
    <>
      <section id="betalen" aria-labelledby="price-title" className="hw-capacity-form" tabIndex={-1}>
        <Heading2 id="price-title">{t("pay.title")}</Heading2>
        <Paragraph>
          {visitPriceText(billing.price, t, locale)}{" "}
          {t("pay.perMonth", { month: euro(billing.price.perMonth.citizenCents) })}
        </Paragraph>
        {billing.online ? null : (
          <Paragraph className="hw-note">
            <strong>{t("pay.directMode")}</strong>
          </Paragraph>
        )}
        <Paragraph>{t("pay.after")}</Paragraph>
        {actions.choosePaymentMethod ? (
          <PaymentMethodForm methods={billing.methods} current={billing.method} />
        ) : (
          <Paragraph>
            {t("pay.methodLabel")}: {t(`pay.method.${billing.method}`)}
          </Paragraph>
        )}
        <Paragraph>{t("pay.cancelRule", { percent: billing.lateCancellationPercent })}</Paragraph>
      </section>
      <section id="bezoeken" aria-labelledby="visits-title" tabIndex={-1}>
        <Heading2 id="visits-title">{t("request.visits")}</Heading2>
        <UnorderedList>
          {billing.visits.map((v) => {
            const when = formatDateTime(v.startsAt, locale);
            const cancellable = actions.cancelVisit.includes(v.slotId);
            return (
              <UnorderedListItem key={v.slotId}>
                {when}
                {v.outcome ? ` – ${t(`pay.visit.${v.outcome}`)}` : ""}
                {actions.confirmVisit.includes(v.slotId) ? (
                  <VisitDoneForm slotId={v.slotId}>
                    {t("pay.confirmVisit")}
                    <span className="visually-hidden"> – {when}</span>
                  </VisitDoneForm>
                ) : null}
                {cancellable && confirming === v.slotId ? (
                  <section className="hw-box" aria-labelledby={`confirm-${v.slotId}`}>
                    <Paragraph id={`confirm-${v.slotId}`}>
                      <strong>{t("pay.confirmCancel", { when, amount: euro(v.cancelCents) })}</strong>
                    </Paragraph>
                    <div className="hw-row-actions">
                      <CancelVisitForm slotId={v.slotId} quoted={v.cancelCents} appearance="primary-action-button">
                        {t("pay.confirmCancelYes", { amount: euro(v.cancelCents) })}
                      </CancelVisitForm>
                      <Link to="?#bezoeken" className="utrecht-link">
                        {t("pay.confirmCancelNo")}
                      </Link>
                    </div>
                  </section>
                ) : cancellable && v.cancelCents > 0 ? (
                  <Link to={`?afzeggen=${v.slotId}#bezoeken`} className="utrecht-link hw-inline-action">
                    {t("pay.cancelVisitCosts", { amount: euro(v.cancelCents) })}
                    <span className="visually-hidden"> – {when}</span>
                  </Link>
                ) : cancellable ? (
                  <CancelVisitForm slotId={v.slotId} quoted={0} appearance="subtle-button" className="hw-inline-action">
                    {t("pay.cancelVisitFree")}
                    <span className="visually-hidden"> – {when}</span>
                  </CancelVisitForm>
                ) : null}
              </UnorderedListItem>
            );
          })}
        </UnorderedList>
      </section>
      <section aria-labelledby="payments-title">
        <Heading2 id="payments-title">{t("pay.payments")}</Heading2>
        {billing.payments.length === 0 ? (
          <Paragraph>{t("pay.noPayments")}</Paragraph>
        ) : (
          <UnorderedList>
            {billing.payments.map((p) => (
              <UnorderedListItem key={p.id}>
                {t(p.kind === "visit" ? "pay.line.visit" : "pay.line.late", {
                  date: formatDateTime(p.visitStartsAt, locale),
                  amount: euro(p.amountCents),
                })}{" "}
                – {t(`pay.status.${p.status}`)} ({t(`pay.methodShort.${p.method}`)})
                {actions.pay.includes(p.id) ? (
                  <PayForm paymentId={p.id}>{t("pay.payNow", { amount: euro(p.amountCents) })}</PayForm>
                ) : null}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
    </>
  );
}
