import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, Heading1, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { requireProviderUser } from "~/auth/auth.server";
import { clock } from "~/clock.server";
import { addressLine, PhoneLink } from "~/components/contact-facts";
import { formatEuro, type Locale, type MessageKey, useLocale, useT } from "~/i18n";
import { type AgendaItem, providerAgenda, staffCalendarToken } from "~/services/provider-agenda.server";
import { requireProviderSection } from "~/services/workspace.server";
import { titleMeta } from "~/utils/meta";
import { publicOrigin } from "~/utils/origin.server";

export const meta = titleMeta("agenda.title");

/** `?dag=YYYY-MM-DD&weergave=dag|week`: the week (default) or the day around a day (default today). */
export async function loader({ request }: LoaderFunctionArgs) {
  const staff = requireProviderUser(request);
  requireProviderSection(staff, "agenda");
  const url = new URL(request.url);
  const agenda = providerAgenda(staff, { day: url.searchParams.get("dag"), view: url.searchParams.get("weergave") });
  const origin = new URL(publicOrigin(request));
  const feed = `${origin.host}/agenda/${staffCalendarToken(staff)}.ics`;
  return {
    ...agenda,
    now: clock.now().getTime(),
    feed: { webcal: `webcal://${feed}`, download: `${origin.protocol}//${feed}?download=1` },
  };
}

const tag = (locale: Locale) => (locale === "nl" ? "nl-NL" : "en-GB");

function dayTitle(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));
}

/** "31 december": a day off in the week's list. */
function dayMonth(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), { day: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

function clockTime(instant: number, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(instant));
}

function Item({ item, now }: { item: AgendaItem; now: number }) {
  const t = useT();
  const locale = useLocale();
  const when = `${clockTime(item.start, locale)}–${clockTime(item.end, locale)}`;
  if (item.type === "session") {
    return (
      <li className="hw-agenda__item" data-testid="agenda-session">
        <Heading3>
          <span className="hw-agenda__time">{when}</span> {t("agenda.session", { name: item.location })}
        </Heading3>
        <Paragraph>{t("agenda.participants", { count: item.participants.length })}</Paragraph>
        {item.participants.length === 0 ? (
          <Paragraph>{t("agenda.noParticipants")}</Paragraph>
        ) : (
          <ul className="hw-agenda__people">
            {item.participants.map((p) => (
              <li key={p.requestId}>
                {p.name}
                {p.phone ? (
                  <>
                    {" – "}
                    <PhoneLink phone={p.phone} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </li>
    );
  }
  return (
    <li
      className={item.cancelled ? "hw-agenda__item hw-agenda__item--cancelled" : "hw-agenda__item"}
      data-testid={item.cancelled ? "agenda-cancelled" : "agenda-visit"}
    >
      <Heading3>
        <span className="hw-agenda__time">{when}</span> {t("agenda.visit", { name: item.name })}
        {item.cancelled ? (
          <span className="hw-badge hw-badge--warning">
            {" "}
            {t(item.byProvider ? "agenda.cancelledByYou" : "agenda.cancelledByClient")}
          </span>
        ) : null}
      </Heading3>
      {/* The client's late fee, in the words of the cleaner's cancellation mail (one message key). */}
      {item.cancelled && item.feeCents > 0 ? (
        <Paragraph data-testid="agenda-client-fee">
          {t("notify.line.clientFee", { fee: formatEuro(item.feeCents, locale) })}
        </Paragraph>
      ) : null}
      {item.cancelled ? null : (
        <dl className="hw-agenda__facts">
          <dt>{t("contact.fact.address")}</dt>
          <dd>
            {item.contact ? (
              addressLine(item.contact)
            ) : item.email ? (
              <>
                {t("agenda.noAddressMail")}{" "}
                <a className="utrecht-link" href={`mailto:${item.email}`}>
                  {item.email}
                </a>
              </>
            ) : (
              t("contact.noAddress")
            )}
          </dd>
          {item.contact?.phone ? (
            <>
              <dt>{t("contact.fact.phone")}</dt>
              <dd>
                <PhoneLink phone={item.contact.phone} />
              </dd>
            </>
          ) : null}
          {item.contactPerson ? (
            <>
              <dt>{t("agenda.contactPerson")}</dt>
              <dd data-testid="agenda-contact-person">
                {item.contactPerson.relation
                  ? `${item.contactPerson.name}, ${item.contactPerson.relation}`
                  : item.contactPerson.name}
              </dd>
            </>
          ) : null}
          {item.needs.length > 0 ? (
            <>
              <dt>{t("agenda.needs")}</dt>
              <dd>{item.needs.map((n) => t(`need.${n}` as MessageKey)).join(", ")}</dd>
            </>
          ) : null}
          {item.note ? (
            <>
              <dt>{t("agenda.note")}</dt>
              <dd className="hw-agenda__note" data-testid="agenda-note">
                {item.note}
              </dd>
            </>
          ) : null}
        </dl>
      )}
      {/* A link to a confirmation page: works without JavaScript, nothing happens in one click. */}
      {!item.cancelled && item.start > now ? (
        <Paragraph>
          <Link to={`/aanbieder/afzeggen/${item.slotId}`} className="utrecht-link hw-tap" data-testid="agenda-cancel">
            {t("agenda.cancelVisit")}
            <span className="visually-hidden">
              {" "}
              – {item.name}, {when}
            </span>
          </Link>
        </Paragraph>
      ) : null}
      {/* Stopping the whole booking: its own confirmation page that lists every visit it calls off. */}
      {!item.cancelled && item.start > now && item.bookingEndable ? (
        <Paragraph>
          <Link to={`/aanbieder/stoppen/${item.requestId}`} className="utrecht-link hw-tap" data-testid="agenda-end">
            {t("agenda.endBooking")}
            <span className="visually-hidden"> – {item.name}</span>
          </Link>
        </Paragraph>
      ) : null}
    </li>
  );
}

export default function ProviderAgenda() {
  const t = useT();
  const locale = useLocale();
  const { today, day, view, week, from, lastDay, prev, next, days, feed, now } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const link = (d: string, v: string = view) => `?dag=${d}&weergave=${v}`;
  const empty = days.every((d) => d.items.length === 0);
  const daysOff = days.filter((d) => d.dayOff && d.items.length === 0);
  return (
    <>
      <Heading1>{t("agenda.title")}</Heading1>
      <Paragraph lead>{t("agenda.intro")}</Paragraph>
      {params.get("melding") === "afgezegd" ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("agenda.calledOff")}</Paragraph>
        </Alert>
      ) : null}
      {params.get("melding") === "gestopt" ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("agenda.ended")}</Paragraph>
        </Alert>
      ) : null}
      <nav aria-label={t("agenda.title")} className="hw-agenda__nav">
        <div className="hw-tabs">
          <ul>
            <li>
              <Link
                to={link(day, "dag")}
                className="utrecht-link hw-tap"
                aria-current={view === "dag" ? "page" : undefined}
              >
                {t("agenda.day")}
              </Link>
            </li>
            <li>
              <Link
                to={link(day, "week")}
                className="utrecht-link hw-tap"
                aria-current={view === "week" ? "page" : undefined}
              >
                {t("agenda.week")}
              </Link>
            </li>
          </ul>
        </div>
        <ul className="hw-agenda__steps">
          <li>
            <Link to={link(prev)} className="utrecht-link hw-tap" rel="prev">
              {t(view === "dag" ? "agenda.prevDay" : "agenda.prevWeek")}
            </Link>
          </li>
          <li>
            <Link to={link(today)} className="utrecht-link hw-tap" aria-current={day === today ? "date" : undefined}>
              {t("agenda.today")}
            </Link>
          </li>
          <li>
            <Link to={link(next)} className="utrecht-link hw-tap" rel="next">
              {t(view === "dag" ? "agenda.nextDay" : "agenda.nextWeek")}
            </Link>
          </li>
        </ul>
      </nav>
      {/* The week's span once; a day's title is its section's heading, not said twice (outside walk). */}
      {view === "week" ? (
        <Paragraph aria-live="polite">
          <strong>{t("agenda.weekOf", { week, from: dayTitle(from, locale), to: dayTitle(lastDay, locale) })}</strong>
        </Paragraph>
      ) : null}
      {view === "week" && empty ? <Paragraph>{t("agenda.emptyWeek")}</Paragraph> : null}
      {view === "week" && daysOff.length > 0 ? (
        // An empty day of the week that is her day off says so, so the gap is explained.
        <ul className="hw-agenda__days-off">
          {daysOff.map((d) => (
            <li key={d.day} data-testid="agenda-day-off">
              {t("agenda.dayOffOn", { day: dayMonth(d.day, locale) })}
            </li>
          ))}
        </ul>
      ) : null}
      {days.map((d) =>
        view === "week" && d.items.length === 0 ? null : (
          <section key={d.day} aria-labelledby={`dag-${d.day}`} className="hw-agenda__day">
            <Heading2 id={`dag-${d.day}`} aria-live={view === "dag" ? "polite" : undefined}>
              {dayTitle(d.day, locale)}
              {d.day === today ? ` (${t("agenda.today").toLowerCase()})` : ""}
            </Heading2>
            {d.items.length === 0 ? (
              <Paragraph data-testid={d.dayOff ? "agenda-day-off" : undefined}>
                {t(d.dayOff ? "agenda.dayOff" : "agenda.empty")}
              </Paragraph>
            ) : (
              <ul className="hw-agenda__list">
                {d.items.map((item) => (
                  <Item key={item.key} item={item} now={now} />
                ))}
              </ul>
            )}
          </section>
        ),
      )}
      <section aria-labelledby="agenda-feed" className="hw-box">
        <Heading2 id="agenda-feed">{t("agenda.feed.title")}</Heading2>
        <Paragraph>{t("agenda.feed.text")}</Paragraph>
        <Paragraph>
          <a href={feed.webcal} className="utrecht-link hw-tap" data-testid="agenda-feed">
            {t("agenda.feed.link")}
          </a>{" "}
          <a href={feed.download} className="utrecht-link hw-tap" download>
            {t("agenda.feed.download")}
          </a>
        </Paragraph>
      </section>
    </>
  );
}
