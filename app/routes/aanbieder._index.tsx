import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import {
  Alert,
  Button,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { requireProviderUser } from "~/auth/auth.server";
import { Facts } from "~/components/Facts";
import { LatestNotices } from "~/components/LatestNotices";
import { WaitingCounts } from "~/components/WaitingCounts";
import type { ZinWeekRoom } from "~/domain/capacity";
import { formatDay, formatNumber, type MessageKey, plural, useLocale, useT } from "~/i18n";
import { getLocale } from "~/i18n/locale.server";
import { listCapacity } from "~/services/capacity/list.server";
import { RECORD_TYPES_BY_KIND } from "~/services/capacity/record-types.server";
import { staleAfterDaysFor } from "~/services/capacity/staleness.server";
import { latestUnreadNotices } from "~/services/notifications/notices.server";
import {
  freeCapacity,
  markNotificationsRead,
  staleReminders,
  upcomingSlots,
  zinWeeksFree,
} from "~/services/provider-workspace.server";
import { getProviderWithArea } from "~/services/providers.server";
import { providerWaitingCounts } from "~/services/requests/provider-decisions.server";
import { forbidden } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import type { CapacityRecordType } from "~db/schema";

export const meta = titleMeta("provider.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireProviderUser(request);
  // Scoped by the session's provider, never by an id from the URL.
  const provider = getProviderWithArea(user.providerId);
  if (!provider) throw forbidden();
  const staleAfterDays = staleAfterDaysFor(provider.id);
  const records = listCapacity(provider.id, staleAfterDays);
  const slots = provider.kind === "private_cleaner" ? upcomingSlots(provider.id) : [];
  return {
    name: user.name,
    provider,
    summary: RECORD_TYPES_BY_KIND[provider.kind].map((type) => ({
      type,
      count: records.filter((r) => r.type === type).length,
      stale: records.filter((r) => r.type === type && r.stale).length,
    })),
    staleCount: records.filter((r) => r.stale).length,
    slots:
      provider.kind === "private_cleaner"
        ? {
            free: slots.filter((s) => s.status === "free").length,
            taken: slots.filter((s) => s.status !== "free").length,
          }
        : null,
    // What happened (bookings, intakes, referrals …): the person's own notices, as at /meldingen.
    notices: latestUnreadNotices(user, getLocale(request)),
    notifications: staleReminders(provider.id, records),
    free: freeCapacity(provider.id, staleAfterDays),
    // Week by week, from the same records the capacity page lists.
    zinWeeks: provider.kind === "zin" ? zinWeeksFree(records) : [],
    // A practice's or mediator's requests that wait for it: the counts the requests page states too.
    waiting:
      provider.kind === "physio" || provider.kind === "pgb_mediator"
        ? { kind: provider.kind, counts: providerWaitingCounts(user) }
        : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireProviderUser(request);
  markNotificationsRead(user.providerId);
  return redirect("/aanbieder");
}

/** A ZIN provider's free room, each week on its own line, and what the weeks hold together. */
function ZinWeeks({ weeks, waiting }: { weeks: ZinWeekRoom[]; waiting: number }) {
  const t = useT();
  const locale = useLocale();
  const hours = (minutes: number) => formatNumber(minutes / 60, locale);
  const minutes = weeks.reduce((sum, w) => sum + w.minutes, 0);
  const clients = weeks.reduce((sum, w) => sum + w.newClients, 0);
  return (
    <>
      {weeks.length === 0 ? (
        <Paragraph>{t("provider.free.zinNone")}</Paragraph>
      ) : (
        <>
          <Paragraph>{t("provider.free.zinIntro")}</Paragraph>
          <UnorderedList>
            {weeks.map((w) => (
              <UnorderedListItem key={w.weekStart}>
                {t("provider.free.zinWeek", {
                  date: formatDay(w.weekStart, locale),
                  hours: hours(w.minutes),
                  clients: w.newClients,
                })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
          <Paragraph>{plural(t, "provider.free.zinTotal", weeks.length, { hours: hours(minutes), clients })}</Paragraph>
        </>
      )}
      <Paragraph>{t("provider.free.zinWaiting", { waiting })}</Paragraph>
    </>
  );
}

export default function ProviderHome() {
  const t = useT();
  const { name, provider, summary, staleCount, slots, notices, notifications, free, zinWeeks, waiting } =
    useLoaderData<typeof loader>();
  return (
    <>
      <Heading1>{t("provider.title")}</Heading1>
      <Paragraph lead>{t("provider.welcome", { name, provider: provider.name })}</Paragraph>
      {provider.vettingStatus === "pending" ? (
        <Alert type="info">
          <Paragraph>{t("provider.pending")}</Paragraph>
        </Alert>
      ) : null}
      {provider.vettingStatus === "suspended" ? (
        <Alert type="error">
          <Paragraph>{t("provider.suspended", { reason: provider.suspensionReason ?? "—" })}</Paragraph>
        </Alert>
      ) : null}

      {waiting ? (
        <section aria-labelledby="requests-title">
          <Heading2 id="requests-title">{t("preq.title")}</Heading2>
          <WaitingCounts kind={waiting.kind} counts={waiting.counts} />
          <Paragraph>
            <Link to="/aanbieder/aanvragen" className="utrecht-link">
              {t("preq.toRequests")}
            </Link>
          </Paragraph>
        </section>
      ) : null}

      <section aria-labelledby="notifications-title">
        <Heading2 id="notifications-title">{t("provider.notifications.title")}</Heading2>
        <LatestNotices notices={notices} none={false} />
        {notices.items.length === 0 && notifications.length === 0 ? (
          <Paragraph>{t("provider.notifications.none")}</Paragraph>
        ) : null}
        {notifications.length === 0 ? null : (
          <>
            <Heading3>{t("notices.home.reminders")}</Heading3>
            <UnorderedList>
              {notifications.map((n) => (
                <UnorderedListItem key={n.id}>
                  {t("provider.notifications.stale", {
                    type: t(`capacity.type.${n.params?.type as CapacityRecordType}` as MessageKey),
                    ref: n.params?.externalRef ?? "",
                    days: n.params?.days ?? "",
                  })}
                </UnorderedListItem>
              ))}
            </UnorderedList>
            <Form method="post">
              <Button type="submit" appearance="secondary-action-button">
                {t("provider.notifications.markRead")}
              </Button>
            </Form>
          </>
        )}
      </section>

      <section aria-labelledby="capacity-title">
        <Heading2 id="capacity-title">{t("provider.capacity.title")}</Heading2>
        {staleCount > 0 ? (
          <Alert type="warning">
            <Paragraph>{t("provider.capacity.staleWarning", { count: staleCount })}</Paragraph>
          </Alert>
        ) : null}
        <Facts
          items={summary.map((s) => [
            t(`capacity.type.${s.type}`),
            t("provider.capacity.records", { count: s.count, stale: s.stale }),
          ])}
        />
        {slots ? <Paragraph>{t("provider.capacity.slots", slots)}</Paragraph> : null}
        {provider.kind === "zin" ? <ZinWeeks weeks={zinWeeks} waiting={free.waitingList} /> : null}
        {provider.kind === "pgb_mediator" ? (
          <Paragraph>
            {plural(t, "provider.free.pgb_mediator", free.mediationsThisMonth, { helpers: free.helpers })}
          </Paragraph>
        ) : null}
        {provider.kind === "physio" ? (
          <Paragraph>{t("provider.free.physio", { seats: free.cohortSeats })}</Paragraph>
        ) : null}
        <Paragraph>
          <Link to="/aanbieder/capaciteit" className="utrecht-link">
            {t("provider.capacity.manage")}
          </Link>
        </Paragraph>
      </section>

      <section aria-labelledby="details-title">
        <Heading2 id="details-title">{t("provider.details")}</Heading2>
        <Facts
          items={[
            [t("provider.kind"), t(`providerKind.${provider.kind}`)],
            [t("provider.kvk"), provider.kvkNumber],
            [t("provider.status"), t(`vetting.${provider.vettingStatus}`)],
            [t("provider.serves"), provider.serves.map((m) => m.name).join(", ")],
            [t("provider.contact"), `${provider.contactName}, ${provider.contactEmail}`],
          ]}
        />
      </section>
    </>
  );
}
