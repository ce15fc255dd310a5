// A person's notices as a list: each a link to what it is about (through /meldingen/<id>, which
// marks it read), its date, and "Nieuw" in words for an unread one — not by colour or weight alone.
import { formatDateTime, useLocale, useT } from "~/i18n";

export type NoticeListItem = { id: number; line: string; createdAt: string; read: boolean; href: string };

export function NoticeList({ items }: { items: readonly NoticeListItem[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ul className="hw-notices">
      {items.map((n) => (
        <li key={n.id} className={n.read ? "hw-notice" : "hw-notice hw-notice--unread"}>
          {n.read ? null : <span className="hw-notice__new">{t("notices.new")}</span>}
          {/* A document load, so the unread count in the menu is current on the page it leads to. */}
          <a href={n.href} className="utrecht-link hw-notice__link">
            {n.line}
            {n.read ? <span className="visually-hidden">{` (${t("notices.readMark")})`}</span> : null}
          </a>
          <span className="hw-notice__date">
            {t("notices.received", { date: formatDateTime(n.createdAt, locale) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
