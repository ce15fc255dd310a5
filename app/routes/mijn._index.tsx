import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "~/auth/auth.server";
import { DataTable } from "~/components/DataTable";
import { requestCostText } from "~/components/slot-text";
import { formatDateTime, formatDay, formatEuro, type MessageKey, useLocale, useT } from "~/i18n";
import { calendarToken } from "~/services/calendar.server";
import { invoicesOf } from "~/services/payments/citizen-billing.server";
import { listRequests } from "~/services/requests/citizen-requests.server";
import { helpFactsOf, startOf } from "~/services/requests/help-facts.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("citizen.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "citizen" });
  // Each with the day its help starts, from the same facts as its request page.
  const requests = listRequests(user.id).map((r) => ({ ...r, start: startOf(helpFactsOf(user.id, r)) }));
  const origin = new URL(request.url).origin;
  // The calendar address only once there is something to put in it.
  const calendar = requests.some((r) => r.status === "booked" || r.status === "enrolled")
    ? `${origin}/agenda/${calendarToken(user.id)}.ics`
    : null;
  return { name: user.name, email: user.email, requests, calendar, invoices: invoicesOf(user.id) };
}

export default function CitizenHome() {
  const t = useT();
  const locale = useLocale();
  const { name, email, requests, calendar, invoices } = useLoaderData<typeof loader>();
  return (
    <>
      <Heading1>{t("citizen.title")}</Heading1>
      <Paragraph lead>{t("citizen.welcome", { name })}</Paragraph>
      <Paragraph>{t("citizen.loggedIn", { email })}</Paragraph>
      <section aria-labelledby="requests-title">
        <Heading2 id="requests-title">{t("citizen.requests.title")}</Heading2>
        {requests.length === 0 ? (
          <Paragraph>{t("citizen.requests.empty")}</Paragraph>
        ) : (
          <DataTable
            rows={requests}
            rowKey={(r) => r.id}
            columns={[
              { header: t("request.kind"), cell: (r) => t(`ladder.${r.kind}` as MessageKey) },
              { header: t("request.provider"), cell: (r) => r.providerName ?? "—" },
              { header: t("request.status"), cell: (r) => t(`status.${r.status}`) },
              { header: t("facts.startColumn"), cell: (r) => (r.start ? formatDay(r.start, locale) : "—") },
              {
                header: t("request.cost"),
                cell: (r) => requestCostText(r.status, r.citizenCostPerMonthCents, t, locale),
              },
              { header: t("history.col.at"), cell: (r) => formatDateTime(r.createdAt, locale) },
              {
                header: t("capacity.actions"),
                cell: (r) => (
                  <Link to={`/mijn/aanvragen/${r.id}`} className="utrecht-link">
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
          <Heading2 id="calendar-title">{t("citizen.calendar")}</Heading2>
          <Paragraph>{t("citizen.calendarText")}</Paragraph>
          <Paragraph>
            <a href={calendar} className="utrecht-link" data-testid="calendar-link">
              {calendar}
            </a>
          </Paragraph>
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
