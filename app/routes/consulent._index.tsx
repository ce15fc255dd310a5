import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { requireMunicipalityUser } from "~/auth/auth.server";
import { clock } from "~/clock.server";
import { DataTable } from "~/components/DataTable";
import { LatestNoticesSection } from "~/components/LatestNotices";
import { INBOX_TYPES, type InboxType } from "~/domain/cases";
import { amsterdamDay } from "~/domain/policy";
import { daysBetween } from "~/domain/time";
import { formatDay, type MessageKey, useLocale, useT } from "~/i18n";
import { getLocale } from "~/i18n/locale.server";
import { type InboxItem, viewInbox } from "~/services/cases/inbox.server";
import { getMunicipality } from "~/services/municipalities.server";
import { latestUnreadNotices } from "~/services/notifications/notices.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("inbox.title");

const SORTS = ["oldest", "newest", "type"] as const;
type Sort = (typeof SORTS)[number];

function sortItems(items: InboxItem[], sort: Sort): InboxItem[] {
  const byAge = (a: InboxItem, b: InboxItem) => a.since - b.since;
  // Urgent and overdue items stay on top whatever the sort: they cannot wait.
  const pressing = (i: InboxItem) => (i.overdue ? 0 : i.urgent ? 1 : 2);
  return [...items].sort((a, b) => {
    const p = pressing(a) - pressing(b);
    if (p !== 0) return p;
    if (sort === "type") return INBOX_TYPES.indexOf(a.type) - INBOX_TYPES.indexOf(b.type) || byAge(a, b);
    return sort === "newest" ? -byAge(a, b) : byAge(a, b);
  });
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireMunicipalityUser(request, "consultant");
  const url = new URL(request.url);
  const typeParam = url.searchParams.get("soort");
  const type = (INBOX_TYPES as readonly string[]).includes(typeParam ?? "") ? (typeParam as InboxType) : null;
  const sortParam = url.searchParams.get("sorteer");
  const sort: Sort = (SORTS as readonly string[]).includes(sortParam ?? "") ? (sortParam as Sort) : "oldest";
  const now = clock.now();
  const all = viewInbox(user, now);
  const counts = Object.fromEntries(INBOX_TYPES.map((t) => [t, all.filter((i) => i.type === t).length])) as Record<
    InboxType,
    number
  >;
  return {
    name: user.name,
    municipality: getMunicipality(user.municipalityCode)?.name ?? user.municipalityCode,
    items: sortItems(type ? all.filter((i) => i.type === type) : all, sort),
    total: all.length,
    counts,
    type,
    sort,
    today: amsterdamDay(now),
    notices: latestUnreadNotices(user, getLocale(request)),
  };
}

function Age({ item, today }: { item: InboxItem; today: string }) {
  const t = useT();
  const locale = useLocale();
  const day = amsterdamDay(new Date(item.since));
  if (item.type === "evaluation" && item.what === "due")
    return <>{t("inbox.age.due", { date: formatDay(day, locale) })}</>;
  const days = daysBetween(day, today);
  return <>{days <= 0 ? t("inbox.age.today") : days === 1 ? t("inbox.age.day") : t("inbox.age.days", { days })}</>;
}

export default function Inbox() {
  const t = useT();
  const { name, municipality, items, total, counts, type, sort, today, notices } = useLoaderData<typeof loader>();
  return (
    <>
      <Heading1>{t("inbox.title")}</Heading1>
      <Paragraph lead>{t("consultant.welcome", { name, municipality })}</Paragraph>
      <Paragraph>{t("inbox.intro", { municipality })}</Paragraph>
      <Form method="get" className="hw-filter">
        <div className="utrecht-form-field">
          <label htmlFor="soort" className="utrecht-form-label">
            {t("inbox.filter")}
          </label>
          <select
            id="soort"
            name="soort"
            defaultValue={type ?? ""}
            className="utrecht-select utrecht-select--html-select"
          >
            <option value="">
              {t("inbox.filter.all")} ({total})
            </option>
            {INBOX_TYPES.map((k) => (
              <option key={k} value={k}>
                {t(`inbox.filter.${k}`)} ({counts[k]})
              </option>
            ))}
          </select>
        </div>
        <div className="utrecht-form-field">
          <label htmlFor="sorteer" className="utrecht-form-label">
            {t("inbox.sort")}
          </label>
          <select
            id="sorteer"
            name="sorteer"
            defaultValue={sort}
            className="utrecht-select utrecht-select--html-select"
          >
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`inbox.sort.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" appearance="secondary-action-button">
          {t("inbox.apply")}
        </Button>
      </Form>
      {items.length === 0 ? (
        <Paragraph>{total === 0 ? t("inbox.empty") : t("inbox.emptyFiltered")}</Paragraph>
      ) : (
        <DataTable
          rows={items}
          rowKey={(i) => i.key}
          columns={[
            {
              header: t("inbox.col.what"),
              cell: (i) => (
                <>
                  {`${t(`inbox.type.${i.type}`)}: ${labelOf(i, t)}`}
                  {i.overdue ? <strong className="hw-badge hw-badge--warning"> {t("inbox.overdue")}</strong> : null}
                  {i.urgent && !i.overdue ? (
                    <strong className="hw-badge hw-badge--warning"> {t("inbox.urgent")}</strong>
                  ) : null}
                </>
              ),
            },
            { header: t("inbox.col.who"), cell: (i) => i.personName },
            { header: t("inbox.col.age"), cell: (i) => <Age item={i} today={today} /> },
            {
              header: t("inbox.col.open"),
              cell: (i) => (
                <Link to={`/consulent/zaken/${i.caseId}`} className="utrecht-link">
                  {t("inbox.open")}
                  <span className="visually-hidden">
                    {" "}
                    – {i.personName}, {labelOf(i, t)}
                  </span>
                </Link>
              ),
            },
          ]}
        />
      )}
      <LatestNoticesSection notices={notices} />
    </>
  );
}

function labelOf(i: InboxItem, t: (key: MessageKey) => string): string {
  if (i.type === "signal") return t(`signal.type.${i.what}` as MessageKey);
  return t(`inbox.what.${i.what}` as MessageKey);
}
