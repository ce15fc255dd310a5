import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { requireProviderUser } from "~/auth/auth.server";
import { clock } from "~/clock.server";
import { contactFacts } from "~/components/contact-facts";
import { Facts } from "~/components/Facts";
import { ErrorSummary, TextField, useZodForm } from "~/components/forms";
import { useTargetFocus } from "~/components/use-target-focus";
import { providerVisitPriceText } from "~/components/visit-price-text";
import { WaitingCounts } from "~/components/WaitingCounts";
import { weeklyTimeText } from "~/components/weekly-time-text";
import { waitingCounts } from "~/domain/contact";
import { amsterdamDay } from "~/domain/policy";
import { formatDateTime, formatDay, type Locale, type MessageKey, type Translate, useLocale, useT } from "~/i18n";
import { declineSchema, enrolSchema, matchSchema, takeOnSchema } from "~/schemas/provider-decision";
import { getProviderWithArea } from "~/services/providers.server";
import {
  type Decision,
  decideRequest,
  listProviderRequests,
  type ProviderRequest,
  takeOnRequest,
} from "~/services/requests/provider-decisions.server";
import { requireProviderSection } from "~/services/workspace.server";
import { parseForm } from "~/utils/forms.server";
import { forbidden, notFound, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("preq.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = requireProviderUser(request);
  requireProviderSection(staff, "requests");
  const provider = getProviderWithArea(staff.providerId);
  if (!provider) throw forbidden();
  // ZIN requests go to the municipality first; a provider sees them once referred (not listed here).
  const requests = listProviderRequests(staff);
  return {
    kind: provider.kind,
    today: amsterdamDay(clock.now()),
    // The same count as the home page's (waitingCounts of the same rows).
    waiting:
      provider.kind === "physio" || provider.kind === "pgb_mediator"
        ? { kind: provider.kind, counts: waitingCounts(requests) }
        : null,
    requests,
  };
}

type Refusal = { formId: string; result: SubmissionResult<string[]> };

/** The decision in the form, or the refusal of the form that holds it (its Dutch messages at its fields). */
function decisionOf(form: FormData): { requestId: number; decision: Decision } | Refusal | null {
  const action = form.get("action");
  const id = form.get("requestId");
  const formId = `${String(action)}-${String(id)}`;
  if (action === "enrol") {
    const s = parseForm(form, enrolSchema);
    return s.status === "success" ? { requestId: s.value.requestId, decision: { action } } : null;
  }
  if (action === "match") {
    const s = parseForm(form, matchSchema(amsterdamDay(clock.now())));
    if (s.status !== "success") return { formId, result: s.reply() };
    const { requestId, ...match } = s.value;
    return { requestId, decision: { action, ...match } };
  }
  if (action === "decline") {
    const s = parseForm(form, declineSchema);
    if (s.status !== "success") return { formId, result: s.reply() };
    return { requestId: s.value.requestId, decision: { action, reason: s.value.reason } };
  }
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = requireProviderUser(request);
  requireProviderSection(staff, "requests");
  const form = await readFormData(request);
  if (form.get("action") === "take-on") {
    const s = parseForm(form, takeOnSchema);
    // No such id ("-1", "1e3", too large) is as unknown here as another provider's request: 404 both.
    if (s.status !== "success") throw notFound();
    const result = takeOnRequest(staff, s.value.requestId);
    // Another provider's request does not exist here; one no longer waiting cannot be taken on.
    if (result === "not_found") throw notFound();
    if (result === "not_open") return redirect("/aanbieder/aanvragen?melding=failed", { status: 303 });
    // Taken now or by a colleague a moment ago: either way the contact is on the card.
    return redirect(`/aanbieder/aanvragen?melding=takenOn#aanvraag-${s.value.requestId}`);
  }
  const parsed = decisionOf(form);
  // A refusal is said at its form; without a valid request there is no such form: the general notice.
  if (parsed && "formId" in parsed) {
    const fieldErrors = parsed.result.error ?? {};
    if (fieldErrors.requestId) return redirect("/aanbieder/aanvragen?melding=failed");
    return data(parsed, { status: 400 });
  }
  const ok = parsed !== null && decideRequest(staff, parsed.requestId, parsed.decision);
  return redirect(`/aanbieder/aanvragen?melding=${ok ? "saved" : "failed"}`);
}

/** The client's name once accepted; before, the area (PC4) stands for it. */
function useClientName(r: ProviderRequest): string {
  const t = useT();
  return r.actingForName ?? r.citizenName ?? t("contact.client", { pc4: r.postcode });
}

/** Words that tell the forms of one request from another's for screen readers. */
function Who({ r }: { r: ProviderRequest }) {
  return <span className="visually-hidden"> ({useClientName(r)})</span>;
}

function useRefusal(formId: string) {
  const refusal = useActionData<typeof action>();
  return refusal && "formId" in refusal && refusal.formId === formId ? refusal.result : undefined;
}

function EnrolForm({ r }: { r: ProviderRequest }) {
  const t = useT();
  const [form] = useZodForm(`enrol-${r.id}`, enrolSchema, undefined);
  return (
    <Form method="post" {...getFormProps(form)} noValidate>
      <input type="hidden" name="requestId" value={r.id} />
      <input type="hidden" name="action" value="enrol" />
      <Button type="submit" appearance="primary-action-button">
        {t("preq.enrol")}
        <span className="visually-hidden"> {useClientName(r)}</span>
      </Button>
    </Form>
  );
}

function MatchForm({ r }: { r: ProviderRequest }) {
  const t = useT();
  const { today } = useLoaderData<typeof loader>();
  const [form, fields] = useZodForm(`match-${r.id}`, matchSchema(today), useRefusal(`match-${r.id}`));
  const labels = { helperFirstName: t("preq.helperFirstName"), helperStartDate: t("preq.helperStartDate") };
  // noValidate: the server's Dutch message, not the browser's own bubble (in its own language).
  return (
    <Form method="post" className="hw-request-form" {...getFormProps(form)} noValidate>
      <ErrorSummary
        form={form}
        fields={{ helperFirstName: fields.helperFirstName, helperStartDate: fields.helperStartDate }}
        labels={labels}
      />
      <input type="hidden" name="requestId" value={r.id} />
      <input type="hidden" name="action" value="match" />
      <TextField
        field={fields.helperFirstName}
        label={
          <>
            {labels.helperFirstName}
            <Who r={r} />
          </>
        }
        autoComplete="off"
      />
      <TextField
        field={fields.helperStartDate}
        type="date"
        label={
          <>
            {labels.helperStartDate}
            <Who r={r} />
          </>
        }
      />
      <Button type="submit" appearance="primary-action-button">
        {t("preq.match")}
        <span className="visually-hidden"> {useClientName(r)}</span>
      </Button>
    </Form>
  );
}

function DeclineForm({ r }: { r: ProviderRequest }) {
  const t = useT();
  const [form, fields] = useZodForm(`decline-${r.id}`, declineSchema, useRefusal(`decline-${r.id}`));
  return (
    <Form method="post" className="hw-request-form" {...getFormProps(form)} noValidate>
      <ErrorSummary form={form} fields={{ reason: fields.reason }} labels={{ reason: t("preq.declineReason") }} />
      <input type="hidden" name="requestId" value={r.id} />
      <input type="hidden" name="action" value="decline" />
      <TextField
        field={fields.reason}
        label={
          <>
            {t("preq.declineReason")}
            <Who r={r} />
          </>
        }
        autoComplete="off"
      />
      <Button type="submit" appearance="secondary-action-button" hint="danger">
        {t("preq.decline")}
        <span className="visually-hidden"> {useClientName(r)}</span>
      </Button>
    </Form>
  );
}

/** Taking a waiting request on, to call the citizen before enrolling or matching (ADR 038). */
function TakeOnForm({ r }: { r: ProviderRequest }) {
  const t = useT();
  return (
    <Form method="post" className="hw-request-form">
      <input type="hidden" name="requestId" value={r.id} />
      <input type="hidden" name="action" value="take-on" />
      <Paragraph id={`take-on-${r.id}-hint`}>{t("preq.takeOnHint")}</Paragraph>
      <Button type="submit" appearance="primary-action-button" aria-describedby={`take-on-${r.id}-hint`}>
        {t("preq.takeOn")}
        <span className="visually-hidden"> {useClientName(r)}</span>
      </Button>
    </Form>
  );
}

/** The decisions still open on a request (the domain says which). */
function Decide({ r }: { r: ProviderRequest }) {
  if (r.decisions.length === 0 && !r.canTakeOn) return null;
  return (
    <div className="hw-decide">
      {r.canTakeOn ? <TakeOnForm r={r} /> : null}
      {r.decisions.includes("enrol") ? <EnrolForm r={r} /> : null}
      {r.decisions.includes("match") ? <MatchForm r={r} /> : null}
      {r.decisions.includes("decline") ? <DeclineForm r={r} /> : null}
    </div>
  );
}

/** A booked cleaner series: the weekly time, the next visit (with the agenda on its day) and the price. */
function bookingFacts(r: ProviderRequest, t: Translate, locale: Locale): [string, ReactNode][] {
  const b = r.booking;
  if (!b) return [];
  return [
    [t("preq.fact.weekly"), weeklyTimeText(b.weekly, t, locale)],
    ...(b.nextVisit
      ? [
          [
            t("visits.nextFact"),
            <span key="next">
              {formatDateTime(b.nextVisit.startsAt, locale)} (
              <Link to={b.agendaLink} className="utrecht-link">
                {t("preq.agendaLink")}
              </Link>
              )
            </span>,
          ] as [string, ReactNode],
        ]
      : []),
    [t("preq.fact.price"), providerVisitPriceText(b.price, t, locale)],
  ];
}

/** Why the address is not there: not accepted yet, or the request is over (then it is not coming back). */
function hiddenContactText(r: ProviderRequest, t: Translate): string {
  return r.ended ? t("contact.ended", { status: t(`status.${r.status}`) }) : t("contact.hidden");
}

/** One request as a card: its facts, then its forms at full width (a table cell squeezed them). */
function RequestCard({ r }: { r: ProviderRequest }) {
  const t = useT();
  const locale = useLocale();
  const name = useClientName(r);
  return (
    <section
      id={`aanvraag-${r.id}`}
      tabIndex={-1}
      aria-labelledby={`aanvraag-${r.id}-title`}
      className="hw-capacity-section"
    >
      <Heading2 id={`aanvraag-${r.id}-title`}>{name}</Heading2>
      <Facts
        items={[
          [t("preq.fact.when"), formatDateTime(r.createdAt, locale)],
          [
            t("preq.fact.who"),
            // When a family member acted, the client is the person they named.
            r.actingForName
              ? `${name} (${t("preq.actedBy", { name: r.citizenName ?? "", relation: r.actingRelation ?? "" })})`
              : name,
          ],
          ...(r.contactHidden
            ? [[t("contact.fact.address"), hiddenContactText(r, t)] as [string, ReactNode]]
            : [
                [t("preq.fact.email"), r.citizenEmail ?? ""] as [string, ReactNode],
                ...(r.contact
                  ? contactFacts(r.contact, t)
                  : [[t("contact.fact.address"), t("contact.noAddress")] as [string, ReactNode]]),
              ]),
          [
            t("preq.fact.what"),
            [
              r.postcode,
              ...r.needs.map((n) => t(`need.${n}` as MessageKey)),
              ...r.mobility.map((m) => t(`mobility.${m}` as MessageKey)),
            ].join(", "),
          ],
          ...bookingFacts(r, t, locale),
          ...(r.noteForProvider
            ? [
                [
                  t("agenda.note"),
                  <span key="note" className="hw-agenda__note" data-testid="request-note">
                    {r.noteForProvider}
                  </span>,
                ] as [string, ReactNode],
              ]
            : []),
          [
            t("preq.fact.status"),
            r.status === "matched" && r.helperFirstName && r.helperStartDate
              ? t("preq.matched", { name: r.helperFirstName, date: formatDay(r.helperStartDate, locale) })
              : r.takenOnAt && !r.contactHidden && r.decisions.length > 0
                ? `${t(`status.${r.status}`)}. ${t("preq.takenOn", { at: formatDateTime(r.takenOnAt, locale) })}`
                : t(`status.${r.status}`),
          ],
          // By when the citizen hears: the day her page and the new-intake mail name.
          ...(r.answerDay ? [[t("request.answerBy"), formatDay(r.answerDay, locale)] as [string, ReactNode]] : []),
        ]}
      />
      <Decide r={r} />
      {r.canEnd ? (
        <Paragraph>
          <Link to={`/aanbieder/stoppen/${r.id}`} className="utrecht-link hw-tap" data-testid="request-end">
            {t("agenda.endBooking")}
            <span className="visually-hidden"> – {name}</span>
          </Link>
        </Paragraph>
      ) : null}
    </section>
  );
}

export default function ProviderRequests() {
  const t = useT();
  const { requests, waiting } = useLoaderData<typeof loader>();
  // The current ones first; those that are over folded away below them.
  const current = requests.filter((r) => !r.ended);
  const closed = requests.filter((r) => r.ended);
  const refusal = useActionData<typeof action>();
  const [params] = useSearchParams();
  useTargetFocus();
  // A refusal for a form that is not on the page (the request was decided meanwhile) is said at the top.
  const orphan =
    refusal !== undefined &&
    "formId" in refusal &&
    !requests.some((r) => r.decisions.some((d) => refusal.formId === `${d}-${r.id}`));
  const notice = orphan ? "failed" : params.get("melding");
  return (
    <>
      <Heading1>{t("preq.title")}</Heading1>
      <Paragraph>{t("preq.intro")}</Paragraph>
      {notice === "saved" || notice === "takenOn" ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("preq.saved")}</Paragraph>
        </Alert>
      ) : null}
      {notice === "failed" ? (
        <Alert type="error" role="alert">
          <Paragraph>{t("preq.failed")}</Paragraph>
        </Alert>
      ) : null}
      {waiting ? <WaitingCounts kind={waiting.kind} counts={waiting.counts} /> : null}
      {requests.length === 0 ? <Paragraph>{t("preq.none")}</Paragraph> : null}
      {current.map((r) => (
        <RequestCard key={r.id} r={r} />
      ))}
      {closed.length > 0 ? (
        <details className="hw-closed-requests" data-testid="closed-requests">
          <summary>{t("preq.closed", { count: closed.length })}</summary>
          {closed.map((r) => (
            <RequestCard key={r.id} r={r} />
          ))}
        </details>
      ) : null}
    </>
  );
}
