// A citizen's request: its status, timeline and visits, and the forms of what it offers now (one
// colocated module per use case; the domain's requestActions says which forms to show).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import {
  Alert,
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { requireUser } from "~/auth/auth.server";
import { actingForText } from "~/components/acting-for-text";
import { firstLateVisit } from "~/components/booking-facts-text";
import { Facts } from "~/components/Facts";
import { MunicipalityContact } from "~/components/MunicipalityContact";
import { cleanerMonthText, requestCostText } from "~/components/slot-text";
import { weeklyTimeText } from "~/components/weekly-time-text";
import { providerPhoneText, requestTakenOn } from "~/domain/contact";
import { pathId } from "~/domain/path-id";
import { formatDateTime, formatDay, formatEuro, type MessageKey, plural, useLocale, useT } from "~/i18n";
import { municipalityContact } from "~/services/municipality-contact.server";
import { ownsRequest } from "~/services/requests/citizen-requests.server";
import { requestPage } from "~/services/requests/request-page.server";
import { invariantResponse, notFound, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import { Billing } from "./billing";
import { CancelForm } from "./cancel";
import { cancelIntent } from "./cancel.server";
import { CancelNotice } from "./cancel-notice";
import { cancelVisitIntent } from "./cancel-visit.server";
import { ChangeSlotSection } from "./change-slot";
import { changeSlotIntent } from "./change-slot.server";
import { ComplaintSection } from "./complaint";
import { complaintIntent } from "./complaint.server";
import { ConfirmSection } from "./confirm";
import { confirmIntent } from "./confirm.server";
import { HelpFactsSection } from "./help-facts";
import type { IntentArgs } from "./intent.server";
import { NoteSection } from "./note";
import { noteIntent } from "./note.server";
import { Notices } from "./notices";
import { Outcome } from "./outcome";
import { payIntent } from "./pay.server";
import { paymentMethodIntent } from "./payment-method.server";
import { SeriesSection } from "./series";
import { Timeline } from "./timeline";
import { visitDoneIntent } from "./visit-done.server";

export const meta = titleMeta("request.title");

function idOf(params: { id?: string }): number {
  const id = pathId(params.id);
  if (id === null) throw notFound();
  return id;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "citizen" });
  // Scoped to the logged-in citizen: someone else's request does not exist here.
  const url = new URL(request.url);
  // The visits just called off (their records' ids, for the notice), and the cancel confirmation.
  const cancelledIds = (url.searchParams.get("afgezegd") ?? "")
    .split("-")
    .slice(0, 100)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const page = requestPage(user.id, idOf(params), undefined, {
    cancelledIds,
    confirmCancel: url.searchParams.get("annuleren") === "1",
  });
  if (!page) throw notFound();
  // Who took the request on and will call, with the number the mail gave too (ADR 038).
  const r = page.request;
  const takenOn = requestTakenOn(r)
    ? { provider: r.providerName ?? "", phone: providerPhoneText(r.providerPhone) }
    : null;
  // How to reach the municipality, on the page and when it is printed (the footer is not printed).
  return { ...page, takenOn, municipality: municipalityContact(page.request.municipalityCode) };
}

const INTENTS = [
  "change-slot",
  "complaint",
  "confirm",
  "payment-method",
  "visit-done",
  "cancel-visit",
  "pay",
  "cancel",
  "note",
] as const;
type Intent = (typeof INTENTS)[number];

const HANDLERS = {
  "change-slot": changeSlotIntent,
  complaint: complaintIntent,
  confirm: confirmIntent,
  "payment-method": paymentMethodIntent,
  "visit-done": visitDoneIntent,
  "cancel-visit": cancelVisitIntent,
  pay: payIntent,
  cancel: cancelIntent,
  note: noteIntent,
} satisfies Record<Intent, (args: IntentArgs) => unknown>;

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "citizen" });
  const requestId = idOf(params);
  const form = await readFormData(request);
  // Someone else's request does not exist here, whatever was posted.
  if (!ownsRequest(user.id, requestId)) throw notFound();
  const intent = INTENTS.find((i) => i === form.get("intent"));
  // A form this page never sends is a bad request, not a missing page.
  invariantResponse(intent, "unknown_intent");
  return HANDLERS[intent]({ request, form, citizenUserId: user.id, requestId });
}

export default function RequestPage() {
  const t = useT();
  const locale = useLocale();
  const {
    request,
    events,
    visits,
    position,
    alternatives,
    complaints,
    outcome,
    billing,
    actions,
    series,
    weeklyTime,
    earlierVisits,
    nextVisit,
    answerDay,
    cancelledVisits,
    cancellations,
    cancelledNow,
    cancelQuote,
    facts,
    takenOn,
    municipality,
    endedByCleaner,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
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
      {/* A held time first: not booked yet, until when, and the button that books it. */}
      {actions.confirm && request.holdExpiresAt ? (
        <ConfirmSection
          holdExpiresAt={request.holdExpiresAt}
          firstLate={billing ? firstLateVisit(billing.visits) : null}
        />
      ) : null}
      <div id="melding">
        <CancelNotice cancelledNow={cancelledNow} />
        <Notices
          status={actions.status}
          // After a move the notice says the new time and its price: the page below has both too.
          changedTo={
            weeklyTime && billing
              ? t("request.slotChangedTo", {
                  weekly: weeklyTimeText(weeklyTime, t, locale),
                  visit: formatEuro(billing.price.citizenCents, locale),
                  month: cleanerMonthText(billing.price.perMonth.citizenCents, t, locale),
                })
              : null
          }
        />
      </div>
      {position !== null ? (
        <Alert type="info">
          <Paragraph>{t("request.position", { position })}</Paragraph>
          {request.waitDaysAtRequest !== null ? (
            <Paragraph>
              {plural(t, "request.expectedWait", Math.max(1, Math.ceil(request.waitDaysAtRequest / 7)))}
            </Paragraph>
          ) : null}
        </Alert>
      ) : null}
      {takenOn ? (
        <Alert type="info">
          <Paragraph>{t("request.takenOn", { provider: takenOn.provider })}</Paragraph>
          {takenOn.phone ? (
            <Paragraph>{t("request.takenOnPhone", { provider: takenOn.provider, phone: takenOn.phone })}</Paragraph>
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
      {endedByCleaner ? (
        <Alert type="warning" data-testid="ended-by-cleaner">
          <Paragraph>
            {t("request.endedByCleaner", {
              provider: request.providerName ?? "",
              at: formatDateTime(endedByCleaner.at, locale),
            })}
          </Paragraph>
          <Paragraph>{t("request.endedByCleanerNext")}</Paragraph>
          <Paragraph>
            <Link to={endedByCleaner.findLink} className="utrecht-button-link utrecht-button-link--primary-action">
              {t("request.findAnotherCleaner")}
            </Link>
          </Paragraph>
        </Alert>
      ) : null}
      {outcome ? <Outcome outcome={outcome} /> : null}
      {request.status === "declined" ? (
        <Alert type="warning">
          <Paragraph>{t("request.declined", { reason: request.declineReason ?? "" })}</Paragraph>
        </Alert>
      ) : null}
      {facts ? <HelpFactsSection facts={facts} /> : null}
      <Facts
        items={[
          [t("request.kind"), t(`ladder.${request.kind}` as MessageKey)],
          [t("request.status"), t(`status.${request.status}`)],
          ...(answerDay ? ([[t("request.answerBy"), formatDay(answerDay, locale)]] as [string, string][]) : []),
          [
            t("request.cost"),
            requestCostText(request.status, request.kind, request.citizenCostPerMonthCents, t, locale),
          ],
          ...(nextVisit
            ? ([[t("visits.nextFact"), formatDateTime(nextVisit.startsAt, locale)]] as [string, string][])
            : []),
          ...(request.actingForName
            ? ([[t("request.for"), actingForText(request.actingForName, request.actingRelation, t)]] as [
                string,
                string,
              ][])
            : []),
        ]}
      />
      {series && billing && weeklyTime ? (
        <SeriesSection
          series={series}
          weekly={weeklyTime}
          minutes={billing.price.minutes}
          held={request.status === "held"}
          earlier={earlierVisits}
          firstLate={firstLateVisit(billing.visits)}
        />
      ) : null}
      {billing ? <Billing billing={billing} actions={actions} cancelledVisits={cancelledVisits} /> : null}
      {request.kind === "private_cleaner" ? (
        <NoteSection
          note={request.noteForProvider}
          editable={actions.editNote}
          lastResult={actionData && "form" in actionData && actionData.form === "note" ? actionData.result : undefined}
        />
      ) : null}
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
      {actions.changeSlot ? (
        <ChangeSlotSection
          alternatives={alternatives}
          lastResult={
            actionData && "form" in actionData && actionData.form === "change-slot" ? actionData.result : undefined
          }
        />
      ) : null}
      <Timeline events={events} cancellations={cancellations} />
      {actions.complain ? (
        <ComplaintSection
          complaints={complaints}
          lastResult={
            actionData && "form" in actionData && actionData.form === "complaint" ? actionData.result : undefined
          }
        />
      ) : null}
      {actions.cancel ? <CancelForm quote={cancelQuote} /> : null}
      {municipality ? <MunicipalityContact contact={municipality} className="hw-municipality-contact" /> : null}
    </>
  );
}
