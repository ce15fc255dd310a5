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
import { Facts } from "~/components/Facts";
import { formatDateTime, formatDay, formatEuro, type MessageKey, useLocale, useT } from "~/i18n";
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
  return { ...found, alternatives: alternativeSlots(user.id, id), complaints: complaintsFor(user.id, id) };
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
  const { request, events, visits, position, alternatives, complaints, outcome } = useLoaderData<typeof loader>();
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
      {visits.length > 0 ? (
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
