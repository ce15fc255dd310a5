// A staff home page's latest unread notices (the same rows as the list at /meldingen), with the
// way to all of them. Says "Geen nieuwe meldingen." only when `none` is given and nothing waits.
import { Link } from "@remix-run/react";
import { Paragraph } from "@utrecht/component-library-react";
import { plural, useT } from "~/i18n";
import { NoticeList, type NoticeListItem } from "./NoticeList";

export type LatestNoticesData = { items: NoticeListItem[]; unread: number };

export function LatestNotices({ notices, none = true }: { notices: LatestNoticesData; none?: boolean }) {
  const t = useT();
  return (
    <>
      {notices.items.length > 0 ? (
        <NoticeList items={notices.items} />
      ) : none ? (
        <Paragraph>{t("notices.home.none")}</Paragraph>
      ) : null}
      <Paragraph>
        <Link to="/meldingen" className="utrecht-link">
          {notices.unread > 0 ? plural(t, "notices.home.more", notices.unread) : t("notices.home.all")}
        </Link>
      </Paragraph>
    </>
  );
}

/** The section on the consultant's and the admin's home page. */
export function LatestNoticesSection({ notices }: { notices: LatestNoticesData }) {
  const t = useT();
  return (
    <section aria-labelledby="latest-notices-title">
      <h2 id="latest-notices-title" className="utrecht-heading-2">
        {t("notices.home.title")}
      </h2>
      <LatestNotices notices={notices} />
    </section>
  );
}
