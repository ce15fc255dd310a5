import { Link, useSearchParams } from "@remix-run/react";
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { Announce } from "~/components/Announce";
import { bookingPriceText, cancelRuleText } from "~/components/visit-price-text";
import { monthlyCostShown, type RequestActions } from "~/domain/requests";
import { formatDateTime, formatEuro, useLocale, useT } from "~/i18n";
import type { CleanerBilling } from "~/services/payments/citizen-billing.server";
import { PriceChanged } from "./cancel-notice";
import { BillingNotice } from "./notices";
import { PaymentMethodForm } from "./payment-method";
import { CancelVisitForm, PayForm, VisitDoneForm } from "./visit-forms";

export type CancelledVisit = { id: number; startsAt: number; chargedCents: number; byProvider?: boolean };

/** A cleaner booking's price per visit, how it is paid, its visits (cancelled ones too) and its payments. */
export function Billing({
  billing,
  actions,
  cancelledVisits,
}: {
  billing: CleanerBilling;
  actions: RequestActions;
  cancelledVisits: readonly CancelledVisit[];
}) {
  const t = useT();
  const [params] = useSearchParams();
  const confirming = Number(params.get("afzeggen"));
  const locale = useLocale();
  const euro = (cents: number) => formatEuro(cents, locale);
  // An ended booking (cancelled, expired) costs nothing a month any more: no running price.
  const perMonth = monthlyCostShown(actions.status, billing.price.perMonth.citizenCents);
  // Booked and cancelled visits in one list, by date: a cancelled visit stays, marked as such.
  const listed = [
    ...billing.visits.map((visit) => ({ cancelled: false as const, startsAt: visit.startsAt, visit })),
    ...cancelledVisits.map((c) => ({ cancelled: true as const, ...c })),
  ].sort((a, b) => a.startsAt - b.startsAt);
  return (
    <>
      <section id="betalen" aria-labelledby="price-title" className="hw-capacity-form" tabIndex={-1}>
        <Heading2 id="price-title">{t("pay.title")}</Heading2>
        <BillingNotice />
        {perMonth === null ? null : (
          <Paragraph data-testid="price-per-month">{bookingPriceText(billing.price, perMonth, t, locale)}</Paragraph>
        )}
        {billing.online ? null : (
          <Paragraph className="hw-note">
            <strong>{t("pay.directMode")}</strong>
          </Paragraph>
        )}
        <Paragraph>{t("pay.after")}</Paragraph>
        {actions.choosePaymentMethod ? (
          // Keyed by what is saved: after booking or saving, the form starts again from the stored
          // method (conform keeps its first default otherwise, and the choice looked lost).
          <PaymentMethodForm
            key={`${actions.status}-${billing.method}`}
            methods={billing.methods}
            current={billing.method}
            held={actions.status === "held"}
          />
        ) : (
          <Paragraph>
            {t("pay.methodLabel")}: {t(`pay.method.${billing.method}`)}
          </Paragraph>
        )}
        <Paragraph data-testid="cancel-rule">{cancelRuleText(billing.lateCancellationPercent, t)}</Paragraph>
      </section>
      <section id="bezoeken" aria-labelledby="visits-title" tabIndex={-1}>
        <Heading2 id="visits-title">{t(actions.status === "held" ? "request.visitsHeld" : "request.visits")}</Heading2>
        <UnorderedList>
          {listed.map((item) => {
            const when = formatDateTime(item.startsAt, locale);
            if (item.cancelled)
              return (
                <UnorderedListItem key={`cancelled-${item.id}`} data-testid="cancelled-visit">
                  <s>{when}</s> –{" "}
                  {item.byProvider
                    ? t("visits.cancelledByCleaner")
                    : item.chargedCents > 0
                      ? t("visits.cancelledCost", { amount: euro(item.chargedCents) })
                      : t("visits.cancelled")}
                </UnorderedListItem>
              );
            const v = item.visit;
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
                  // Every cancellation is confirmed first, with what it costs (also without JavaScript).
                  <section
                    id={`afzeggen-${v.slotId}`}
                    className="hw-box"
                    aria-labelledby={`confirm-${v.slotId}`}
                    data-testid="cancel-visit-confirm"
                  >
                    <Announce>
                      <PriceChanged />
                      <Paragraph id={`confirm-${v.slotId}`}>
                        <strong>
                          {v.cancelCents > 0
                            ? t("pay.confirmCancel", { when, amount: euro(v.cancelCents) })
                            : v.earlierFeeCents > 0
                              ? t("visits.confirmAgain", { when, amount: euro(v.earlierFeeCents) })
                              : t("visits.confirmFree", { when })}
                        </strong>
                      </Paragraph>
                    </Announce>
                    <div className="hw-row-actions">
                      <CancelVisitForm slotId={v.slotId} quoted={v.cancelCents} appearance="primary-action-button">
                        {v.cancelCents > 0
                          ? t("pay.confirmCancelYes", { amount: euro(v.cancelCents) })
                          : t("visits.confirmFreeYes")}
                      </CancelVisitForm>
                      <Link to="?#bezoeken" className="utrecht-link hw-tap">
                        {t("pay.confirmCancelNo")}
                      </Link>
                    </div>
                  </section>
                ) : cancellable ? (
                  <Link
                    to={`?afzeggen=${v.slotId}#afzeggen-${v.slotId}`}
                    className="utrecht-link hw-inline-action hw-tap"
                  >
                    {v.cancelCents > 0
                      ? t("pay.cancelVisitCosts", { amount: euro(v.cancelCents) })
                      : v.earlierFeeCents > 0
                        ? t("visits.cancelAgain")
                        : t("pay.cancelVisitFree")}
                    <span className="visually-hidden"> – {when}</span>
                  </Link>
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
