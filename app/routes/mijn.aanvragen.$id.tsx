import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import {
  Alert,
  Button,
  Heading1,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { requireUser } from "~/auth/auth.server";
import { clock } from "~/clock.server";
import { Facts } from "~/components/Facts";
import { PaymentMethodForm } from "~/components/PaymentMethodForm";
import { isPaymentMethod } from "~/domain/payments";
import { formatDateTime, formatDay, formatEuro, type MessageKey, useLocale, useT } from "~/i18n";
import { getLocale } from "~/i18n/locale.server";
import { cancelVisit } from "~/services/payments/cancellations.server";
import { startCheckout } from "~/services/payments/checkout.server";
import { type CleanerBilling, cleanerBilling } from "~/services/payments/citizen-billing.server";
import { setPaymentMethod } from "~/services/payments/payment-method.server";
import { recordVisit } from "~/services/payments/visits.server";
import {
  alternativeSlots,
  type ConsultantOutcome,
  cancelRequest,
  changeSlot,
  complaintsFor,
  confirmBooking,
  fileComplaint,
  getRequest,
  ownsRequest,
} from "~/services/requests.server";
import { notFound, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("request.title");

function idOf(params: { id?: string }): number {
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) throw notFound();
  return id;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "citizen" });
  // Scoped to the logged-in citizen: someone else's request does not exist here.
  const id = idOf(params);
  const found = getRequest(user.id, id);
  if (!found) throw notFound();
  return {
    ...found,
    alternatives: alternativeSlots(user.id, id),
    complaints: complaintsFor(user.id, id),
    billing: found.request.kind === "private_cleaner" ? cleanerBilling(user.id, id) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "citizen" });
  const id = idOf(params);
  const form = await readFormData(request);
  const intent = form.get("intent");
  if (intent === "change-slot") {
    const slotId = Number(form.get("slotId"));
    if (!Number.isInteger(slotId) || slotId <= 0 || !changeSlot(user.id, id, slotId)) {
      if (!ownsRequest(user.id, id)) throw notFound();
      return redirect(`/mijn/aanvragen/${id}?melding=slot_gone`);
    }
    return redirect(`/mijn/aanvragen/${id}?melding=slot_changed`);
  }
  if (intent === "complaint") {
    const text = String(form.get("text") ?? "").trim();
    if (text.length < 5 || text.length > 2000) {
      if (!ownsRequest(user.id, id)) throw notFound();
      return data({ complaintError: "validation.complaint" as const, text }, { status: 400 });
    }
    if (!fileComplaint(user.id, id, text)) throw notFound();
    return redirect(`/mijn/aanvragen/${id}?melding=complaint`);
  }
  if (intent === "confirm") {
    const result = confirmBooking(user.id, id);
    if (!result.ok && result.error === "not_found") throw notFound();
    if (!result.ok) return redirect(`/mijn/aanvragen/${id}?melding=${result.error}`);
    return redirect(`/mijn/aanvragen/${id}?melding=confirmed&bezoeken=${result.visits}`);
  }
  if (intent === "payment-method") {
    const method = String(form.get("method") ?? "");
    const ok = isPaymentMethod(method) && setPaymentMethod(id, method, { citizenUserId: user.id });
    if (!ok && !ownsRequest(user.id, id)) throw notFound();
    return redirect(`/mijn/aanvragen/${id}?melding=${ok ? "method_set" : "failed"}#betalen`);
  }
  if (intent === "visit-done" || intent === "cancel-visit") {
    const slotId = Number(form.get("slotId"));
    if (!ownsRequest(user.id, id)) throw notFound();
    if (!Number.isInteger(slotId) || slotId <= 0) return redirect(`/mijn/aanvragen/${id}?melding=failed#bezoeken`);
    if (intent === "visit-done") {
      const done = recordVisit({ role: "citizen", userId: user.id }, slotId, "done");
      return redirect(`/mijn/aanvragen/${id}?melding=${done.ok ? "visit_done" : "failed"}#bezoeken`);
    }
    const quoted = Number(form.get("quoted") ?? 0);
    const cancelled = cancelVisit(user.id, slotId, clock.now(), Number.isInteger(quoted) && quoted >= 0 ? quoted : 0);
    // It would cost (more) now: ask again, with the price, before anything is charged.
    if (!cancelled.ok && cancelled.error === "price_changed")
      return redirect(`/mijn/aanvragen/${id}?afzeggen=${slotId}#bezoeken`);
    return redirect(`/mijn/aanvragen/${id}?melding=${cancelled.ok ? "visit_cancelled" : "failed"}#bezoeken`);
  }
  if (intent === "pay") {
    const paymentId = Number(form.get("paymentId"));
    if (!ownsRequest(user.id, id)) throw notFound();
    const url = new URL(request.url);
    const result = Number.isInteger(paymentId)
      ? await startCheckout(user.id, paymentId, url.origin, getLocale(request))
      : ({ ok: false, error: "not_found" } as const);
    // Off to Stripe's payment page; back here afterwards (the webhook records the outcome).
    if (result.ok) return redirect(result.url, 303);
    return redirect(`/mijn/aanvragen/${id}?melding=payment_failed#betalen`);
  }
  if (intent === "cancel") {
    if (!cancelRequest(user.id, id)) {
      if (!ownsRequest(user.id, id)) throw notFound();
      return redirect(`/mijn/aanvragen/${id}`);
    }
    return redirect(`/mijn/aanvragen/${id}?melding=cancelled`);
  }
  throw notFound();
}

const CANCELLABLE = new Set([
  "held",
  "booked",
  "intake_requested",
  "enrolled",
  "mediation_requested",
  "matched",
  "submitted",
]);

/** A cleaner booking's price per visit, how it is paid, its visits and its payments. */
function Billing({ billing }: { billing: CleanerBilling }) {
  const t = useT();
  const [params] = useSearchParams();
  const confirming = Number(params.get("afzeggen"));
  const locale = useLocale();
  const euro = (cents: number) => formatEuro(cents, locale);
  const hours = (billing.price.minutes / 60).toLocaleString(locale === "nl" ? "nl-NL" : "en-GB");
  return (
    <>
      <section id="betalen" aria-labelledby="price-title" className="hw-capacity-form" tabIndex={-1}>
        <Heading2 id="price-title">{t("pay.title")}</Heading2>
        <Paragraph>
          {t("pay.perVisit", {
            hours,
            total: euro(billing.price.totalCents),
            citizen: euro(billing.price.citizenCents),
            municipality: euro(billing.price.municipalityCents),
          })}
        </Paragraph>
        {billing.online ? null : (
          <Paragraph className="hw-note">
            <strong>{t("pay.directMode")}</strong>
          </Paragraph>
        )}
        <Paragraph>{t("pay.after")}</Paragraph>
        {billing.canChange ? (
          <PaymentMethodForm
            id="pay-method"
            intent="payment-method"
            methods={billing.methods}
            current={billing.method}
          />
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
            return (
              <UnorderedListItem key={v.slotId}>
                {when}
                {v.outcome ? ` – ${t(`pay.visit.${v.outcome}`)}` : ""}
                {v.past && !v.outcome ? (
                  <Form method="post" className="hw-inline-action">
                    <input type="hidden" name="intent" value="visit-done" />
                    <input type="hidden" name="slotId" value={v.slotId} />
                    <Button type="submit" appearance="secondary-action-button">
                      {t("pay.confirmVisit")}
                      <span className="visually-hidden"> – {when}</span>
                    </Button>
                  </Form>
                ) : null}
                {!v.past && confirming === v.slotId ? (
                  <section className="hw-box" aria-labelledby={`confirm-${v.slotId}`}>
                    <Paragraph id={`confirm-${v.slotId}`}>
                      <strong>{t("pay.confirmCancel", { when, amount: euro(v.cancelCents) })}</strong>
                    </Paragraph>
                    <div className="hw-row-actions">
                      <Form method="post">
                        <input type="hidden" name="intent" value="cancel-visit" />
                        <input type="hidden" name="slotId" value={v.slotId} />
                        <input type="hidden" name="quoted" value={v.cancelCents} />
                        <Button type="submit" appearance="primary-action-button">
                          {t("pay.confirmCancelYes", { amount: euro(v.cancelCents) })}
                        </Button>
                      </Form>
                      <Link to="?#bezoeken" className="utrecht-link">
                        {t("pay.confirmCancelNo")}
                      </Link>
                    </div>
                  </section>
                ) : !v.past && v.cancelCents > 0 ? (
                  <Link to={`?afzeggen=${v.slotId}#bezoeken`} className="utrecht-link hw-inline-action">
                    {t("pay.cancelVisitCosts", { amount: euro(v.cancelCents) })}
                    <span className="visually-hidden"> – {when}</span>
                  </Link>
                ) : !v.past ? (
                  <Form method="post" className="hw-inline-action">
                    <input type="hidden" name="intent" value="cancel-visit" />
                    <input type="hidden" name="slotId" value={v.slotId} />
                    <input type="hidden" name="quoted" value="0" />
                    <Button type="submit" appearance="subtle-button">
                      {t("pay.cancelVisitFree")}
                      <span className="visually-hidden"> – {when}</span>
                    </Button>
                  </Form>
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
                {p.method === "online" && (p.status === "open" || p.status === "failed") && p.amountCents > 0 ? (
                  <Form method="post" className="hw-inline-action">
                    <input type="hidden" name="intent" value="pay" />
                    <input type="hidden" name="paymentId" value={p.id} />
                    <Button type="submit" appearance="primary-action-button">
                      {t("pay.payNow", { amount: euro(p.amountCents) })}
                    </Button>
                  </Form>
                ) : null}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
    </>
  );
}

/** What the consultant decided with the citizen: the chosen help, or the granted hours and provider. */
function Outcome({ outcome }: { outcome: ConsultantOutcome }) {
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

export default function RequestPage() {
  const t = useT();
  const locale = useLocale();
  const { request, events, visits, position, alternatives, complaints, outcome, billing } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = params.get("melding");
  const title = request.providerName ?? t(`ladder.${request.kind}` as MessageKey);
  return (
    <>
      <Paragraph>
        <Link to="/mijn" className="utrecht-link hw-back">
          {t("request.back")}
        </Link>
      </Paragraph>
      <Heading1>
        {t("request.title")}: {title}
      </Heading1>
      {notice === "confirmed" ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("request.confirmed", { visits: params.get("bezoeken") ?? "" })}</Paragraph>
        </Alert>
      ) : null}
      {notice === "cancelled" ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("request.cancelled")}</Paragraph>
        </Alert>
      ) : null}
      {notice === "created" ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("request.created")}</Paragraph>
        </Alert>
      ) : null}
      {notice === "hold_expired" || request.status === "expired" ? (
        <Alert type="warning" role="status">
          <Paragraph>{t("request.holdExpired")}</Paragraph>
        </Alert>
      ) : null}
      {(
        [
          ["slot_changed", "ok", "request.slotChanged"],
          ["slot_gone", "warning", "request.slotGone"],
          ["complaint", "ok", "request.complaintFiled"],
          ["method_set", "ok", "pay.methodSet"],
          ["visit_done", "ok", "pay.visitDone"],
          ["visit_cancelled", "ok", "pay.visitCancelled"],
          ["paid", "ok", "pay.thanks"],
          ["payment_cancelled", "warning", "pay.cancelledAtStripe"],
          ["payment_failed", "warning", "pay.failed"],
          ["failed", "warning", "pay.notPossible"],
        ] as const
      ).map(([key, type, message]) =>
        notice === key ? (
          <Alert key={key} type={type} role="status">
            <Paragraph>{t(message)}</Paragraph>
          </Alert>
        ) : null,
      )}
      {position !== null ? (
        <Alert type="info">
          <Paragraph>{t("request.position", { position })}</Paragraph>
          {request.waitDaysAtRequest !== null ? (
            <Paragraph>
              {t("request.expectedWait", { weeks: Math.max(1, Math.ceil(request.waitDaysAtRequest / 7)) })}
            </Paragraph>
          ) : null}
        </Alert>
      ) : null}
      {request.status === "matched" && request.helperFirstName && request.helperStartDate ? (
        <Alert type="ok">
          <Paragraph>
            {t("request.matched", { name: request.helperFirstName, date: formatDay(request.helperStartDate, locale) })}
          </Paragraph>
        </Alert>
      ) : null}
      {outcome ? <Outcome outcome={outcome} /> : null}
      {request.status === "declined" ? (
        <Alert type="warning">
          <Paragraph>{t("request.declined", { reason: request.declineReason ?? "" })}</Paragraph>
        </Alert>
      ) : null}
      <Facts
        items={[
          [t("request.kind"), t(`ladder.${request.kind}` as MessageKey)],
          [t("request.status"), t(`status.${request.status}`)],
          [t("request.cost"), formatEuro(request.citizenCostPerMonthCents, locale)],
          ...(request.actingForName
            ? ([[t("request.for"), `${request.actingForName} (${request.actingRelation ?? ""})`]] as [string, string][])
            : []),
        ]}
      />
      {request.status === "held" && request.holdExpiresAt ? (
        <section aria-labelledby="confirm-title" className="hw-capacity-form">
          <Heading2 id="confirm-title">{t("request.confirm")}</Heading2>
          <Paragraph>{t("request.holdUntil", { time: formatDateTime(request.holdExpiresAt, locale) })}</Paragraph>
          <Form method="post">
            <input type="hidden" name="intent" value="confirm" />
            <Button type="submit" appearance="primary-action-button">
              {t("request.confirm")}
            </Button>
          </Form>
        </section>
      ) : null}
      {billing ? <Billing billing={billing} /> : null}
      {visits.length > 0 && !billing ? (
        <section aria-labelledby="visits-title">
          <Heading2 id="visits-title">{t("request.visits")}</Heading2>
          <UnorderedList>
            {visits.map((v) => (
              <UnorderedListItem key={v.id}>{formatDateTime(v.startsAt, locale)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      ) : null}
      {request.status === "booked" ? (
        <section aria-labelledby="change-title" className="hw-capacity-form hw-no-print">
          <Heading2 id="change-title">{t("request.changeSlot")}</Heading2>
          {alternatives.length === 0 ? (
            <Paragraph>{t("request.changeSlotNone")}</Paragraph>
          ) : (
            <Form method="post">
              <input type="hidden" name="intent" value="change-slot" />
              <fieldset className="utrecht-form-fieldset hw-field">
                <legend className="utrecht-form-fieldset__legend">{t("request.changeSlotLabel")}</legend>
                {alternatives.map((a, i) => (
                  <div key={a.id} className="hw-choice">
                    <input
                      type="radio"
                      id={`slot-${a.id}`}
                      name="slotId"
                      value={a.id}
                      required
                      defaultChecked={i === 0}
                    />
                    <label htmlFor={`slot-${a.id}`}>{formatDateTime(a.startsAt, locale)}</label>
                  </div>
                ))}
              </fieldset>
              <Button type="submit" appearance="secondary-action-button">
                {t("request.changeSlotSubmit")}
              </Button>
            </Form>
          )}
        </section>
      ) : null}
      <section aria-labelledby="timeline-title">
        <Heading2 id="timeline-title">{t("request.timeline")}</Heading2>
        <OrderedList>
          {events.map((e) => (
            <OrderedListItem key={e.id}>
              {formatDateTime(e.at, locale)}: {t(`status.${e.status}`)}
            </OrderedListItem>
          ))}
        </OrderedList>
      </section>
      <section aria-labelledby="complaint-title" className="hw-capacity-form hw-no-print">
        <Heading2 id="complaint-title">{t("request.complaint")}</Heading2>
        {complaints.length > 0 ? (
          <>
            <Paragraph>{t("request.complaints")}:</Paragraph>
            <UnorderedList>
              {complaints.map((c) => (
                <UnorderedListItem key={c.id}>
                  {formatDateTime(c.createdAt, locale)} ({t(`complaint.${c.status}` as MessageKey)}): {c.text}
                  {c.providerResponse ? (
                    <Paragraph>
                      {t("complaints.citizen.response")}: {c.providerResponse}
                    </Paragraph>
                  ) : null}
                  {c.resolution ? (
                    <Paragraph>
                      {t("complaints.citizen.resolution")}: {c.resolution}
                    </Paragraph>
                  ) : null}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </>
        ) : null}
        <Form method="post">
          <input type="hidden" name="intent" value="complaint" />
          <div className="hw-field">
            <label htmlFor="complaint-text" className="utrecht-form-label">
              {t("request.complaintLabel")}
            </label>
            <p id="complaint-hint" className="utrecht-form-field-description">
              {t("request.complaintHint")}
            </p>
            {actionData?.complaintError ? (
              <p id="complaint-error" className="utrecht-form-field-error-message" role="alert">
                {t(actionData.complaintError)}
              </p>
            ) : null}
            <textarea
              id="complaint-text"
              name="text"
              rows={4}
              maxLength={2000}
              className="utrecht-textarea"
              defaultValue={actionData?.text ?? ""}
              aria-invalid={actionData?.complaintError ? true : undefined}
              aria-describedby={actionData?.complaintError ? "complaint-hint complaint-error" : "complaint-hint"}
            />
          </div>
          <Button type="submit" appearance="secondary-action-button">
            {t("request.complaintSubmit")}
          </Button>
        </Form>
      </section>
      {CANCELLABLE.has(request.status) ? (
        <Form method="post" className="hw-no-print">
          <input type="hidden" name="intent" value="cancel" />
          <Paragraph>{t("request.cancelConfirm")}</Paragraph>
          <Button type="submit" appearance="secondary-action-button" hint="danger">
            {t("request.cancel")}
          </Button>
        </Form>
      ) : null}
    </>
  );
}
