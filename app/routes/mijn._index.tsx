import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "~/auth/auth.server";
import { DataTable } from "~/components/DataTable";
import { requestCostText } from "~/components/slot-text";
import { weeklyTimeText } from "~/components/weekly-time-text";
import { formatDateTime, formatDay, formatEuro, type MessageKey, useLocale, useT } from "~/i18n";
import { calendarToken } from "~/services/calendar.server";
import { invoicesOf } from "~/services/payments/citizen-billing.server";
import { listRequests } from "~/services/requests/citizen-requests.server";
import { helpFactsOf, startOf } from "~/services/requests/help-facts.server";
import { nextSessions, nextVisits, soonestVisit } from "~/services/requests/next-visits.server";
import { titleMeta } from "~/utils/meta";
import { publicOrigin } from "~/utils/origin.server";
import type { RequestStatus } from "~db/enums";

export const meta = titleMeta("citizen.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "citizen" });
  const next = nextVisits(user.id);
  // Each request with when help comes next (the same functions as the request page's: its next
  // visit or session, else the day its help starts).
  const sessions = nextSessions(user.id);
  const requests = listRequests(user.id).map((r) => ({
    ...r,
    nextVisit: next.get(r.id) ?? null,
    nextSession: sessions.get(r.id) ?? null,
    start: startOf(helpFactsOf(user.id, r)),
  }));
  const origin = new URL(publicOrigin(request));
  // The calendar only once there is something to put in it: to subscribe (webcal) or to download.
  const feed = requests.some((r) => r.status === "booked" || r.status === "enrolled")
    ? `${origin.host}/agenda/${calendarToken(user.id)}.ics`
    : null;
  const calendar = feed ? { webcal: `webcal://${feed}`, download: `${origin.protocol}//${feed}?download=1` } : null;
  return {
    name: user.name,
    email: user.email,
    requests,
    soonest: soonestVisit(next),
    calendar,
    invoices: invoicesOf(user.id),
  };
}

const ENDED: readonly RequestStatus[] = ["cancelled", "expired", "declined", "care_ended", "steered"];

/** When help comes, for the overview's 'Wanneer': the next visit, or what is known so far. */
function whenText(
  r: {
    status: RequestStatus;
    nextVisit: { startsAt: number; weekly: { startsAt: number; endsAt: number } | null } | null;
    nextSession: number | null;
    start: string | null;
  },
  t: ReturnType<typeof useT>,
  locale: ReturnType<typeof useLocale>,
): string {
  // A weekly booking: its time in words (as the request page says it), then the next date.
  if (r.nextVisit?.weekly)
    return t("visits.when.weekly", {
      weekly: weeklyTimeText(r.nextVisit.weekly, t, locale),
      when: formatDateTime(r.nextVisit.startsAt, locale),
    });
  if (r.nextVisit) return formatDateTime(r.nextVisit.startsAt, locale);
  if (r.nextSession !== null) return t("visits.when.session", { when: formatDateTime(r.nextSession, locale) });
  if (r.status === "held") return t("visits.when.held");
  // The agreed start of ZIN care, the group's first session, the pgb helper's start.
  if (r.start && !ENDED.includes(r.status)) return t("visits.when.from", { date: formatDay(r.start, locale) });
  if (r.status === "booked" || r.status === "enrolled") return t("visits.when.none");
  // The provider has started, or will start after its intake: it agrees the times with the citizen.
  if (r.status === "care_started" || r.status === "matched") return t("visits.when.provider");
  if (ENDED.includes(r.status)) return "—";
  return t("visits.when.unknown");
}

export default function CitizenHome() {
  const t = useT();
  const locale = useLocale();
  const { name, email, requests, soonest, calendar, invoices } = useLoaderData<typeof loader>();
  return (
    <>
      <Heading1>{t("citizen.title")}</Heading1>
      <Paragraph lead>{t("citizen.welcome", { name })}</Paragraph>
      <Paragraph>{t("citizen.loggedIn", { email })}</Paragraph>
      {soonest ? (
        <section aria-labelledby="next-visit-title" className="hw-next-visit" data-testid="next-visit">
          <Heading2 id="next-visit-title">{t("visits.next.title")}</Heading2>
          <Paragraph className="hw-next-visit__when">
            {t("visits.next.text", { when: formatDateTime(soonest.startsAt, locale), name: soonest.providerName })}
          </Paragraph>
          <Paragraph className="hw-row-actions">
            <Link to={`/mijn/aanvragen/${soonest.requestId}`} className="utrecht-link hw-tap">
              {t("visits.next.open")}
            </Link>
            <Link
              to={`/mijn/aanvragen/${soonest.requestId}?afzeggen=${soonest.slotId}#afzeggen-${soonest.slotId}`}
              className="utrecht-link hw-tap"
            >
              {t("visits.next.cancel")}
            </Link>
          </Paragraph>
        </section>
      ) : null}
      <section aria-labelledby="requests-title">
        <Heading2 id="requests-title">{t("citizen.requests.title")}</Heading2>
        {requests.length === 0 ? (
          <Paragraph>{t("citizen.requests.empty")}</Paragraph>
        ) : (
          <DataTable
            rows={requests}
            rowKey={(r) => r.id}
            testId="requests"
            columns={[
              { header: t("request.kind"), cell: (r) => t(`ladder.${r.kind}` as MessageKey) },
              { header: t("request.provider"), cell: (r) => r.providerName ?? "—" },
              { header: t("request.status"), cell: (r) => t(`status.${r.status}`) },
              { header: t("visits.col.when"), cell: (r) => whenText(r, t, locale) },
              {
                header: t("request.cost"),
                cell: (r) => requestCostText(r.status, r.kind, r.citizenCostPerMonthCents, t, locale),
              },
              {
                header: t("capacity.actions"),
                cell: (r) => (
                  <Link to={`/mijn/aanvragen/${r.id}`} className="utrecht-link hw-tap">
                    {t("citizen.requests.open")}
                    <span className="visually-hidden"> {r.providerName ?? t(`ladder.${r.kind}` as MessageKey)}</span>
                  </Link>
                ),
              },
            ]}
          />
        )}
        <Paragraph className="hw-row-actions">
          <Link to="/hulp" className="utrecht-link">
            {t("citizen.findHelp")}
          </Link>
          <Link to="/mijn/gegevens" className="utrecht-link">
            {t("citizen.privacy")}
          </Link>
        </Paragraph>
      </section>
      {calendar ? (
        <section aria-labelledby="calendar-title">
          <Heading2 id="calendar-title">{t("visits.calendar.title")}</Heading2>
          <Paragraph>{t("visits.calendar.text")}</Paragraph>
          <Paragraph className="hw-calendar-links">
            <a href={calendar.webcal} className="utrecht-link hw-tap" data-testid="calendar-link">
              {t("visits.calendar.subscribe")}
            </a>
            <a
              href={calendar.download}
              className="utrecht-link hw-tap"
              download="hulpwijzer.ics"
              data-testid="calendar-download"
            >
              {t("visits.calendar.download")}
            </a>
          </Paragraph>
          <Paragraph>{t("visits.calendar.downloadNote")}</Paragraph>
        </section>
      ) : null}
      {invoices.length > 0 ? (
        <section aria-labelledby="invoices-title">
          <Heading2 id="invoices-title">{t("invoice.title")}</Heading2>
          <Paragraph>{t("invoice.intro")}</Paragraph>
          <DataTable
            rows={invoices}
            rowKey={(i) => i.month}
            columns={[
              {
                header: t("invoice.col.month"),
                cell: (i) =>
                  new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", {
                    month: "long",
                    year: "numeric",
                    timeZone: "UTC",
                  }).format(new Date(`${i.month}-01T00:00:00Z`)),
              },
              { header: t("invoice.col.visits"), cell: (i) => i.lines.length },
              { header: t("invoice.col.total"), cell: (i) => formatEuro(i.totalCents, locale) },
              { header: t("invoice.col.open"), cell: (i) => formatEuro(i.openCents, locale) },
            ]}
          />
        </section>
      ) : null}
    </>
  );
}
