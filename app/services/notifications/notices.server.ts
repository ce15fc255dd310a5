// The in-app notice list: the same rows as the e-mails (channel "email"), each written as its
// message's subject (noticeLine), so the list and the mail say the same. Only ever a person's own.
import { clock } from "~/clock.server";
import type { Locale } from "~/i18n";
import { markRead, noticeOf, noticesOf, unreadCount } from "~/models/notifications.server";
import { safeRedirect } from "~/utils/redirect";
import type { NotificationKind } from "~db/schema";
import { noticeLine } from "./render.server";

export const NOTICES_PER_PAGE = 20;
/** How many unread notices a staff home page shows before "Alle meldingen". */
export const HOME_NOTICES = 5;

export type NoticeItem = { id: number; line: string; createdAt: string; read: boolean; href: string };

type Row = {
  id: number;
  kind: NotificationKind;
  params: Record<string, string | number>;
  createdAt: Date;
  readAt: Date | null;
};

function item(row: Row, locale: Locale): NoticeItem {
  return {
    id: row.id,
    line: noticeLine(row.kind, row.params, locale),
    createdAt: row.createdAt.toISOString(),
    read: row.readAt !== null,
    // Through /meldingen/<id>: following a notice marks it read, then goes where it points.
    href: `/meldingen/${row.id}`,
  };
}

/** The unread count in the navigation: one indexed count per page load. */
export function unreadNotices(user: { id: number }): number {
  return unreadCount({ recipientUserId: user.id });
}

/** One page of a person's notices, newest first; `hasNext` from one row more than a page. */
export function noticePage(user: { id: number }, page: number, locale: Locale) {
  const rows = noticesOf({ recipientUserId: user.id }, NOTICES_PER_PAGE + 1, (page - 1) * NOTICES_PER_PAGE);
  return {
    items: rows.slice(0, NOTICES_PER_PAGE).map((r) => item(r, locale)),
    hasNext: rows.length > NOTICES_PER_PAGE,
    unread: unreadNotices(user),
  };
}

/** The latest unread notices, for a staff home page, and how many are unread in all. */
export function latestUnreadNotices(user: { id: number }, locale: Locale, limit = HOME_NOTICES) {
  return {
    items: noticesOf({ recipientUserId: user.id }, limit, 0, { unreadOnly: true }).map((r) => item(r, locale)),
    unread: unreadNotices(user),
  };
}

/** Marks the notice read and says where it points; null when it is not this person's. */
export function followNotice(user: { id: number }, id: number, now = clock.now()): string | null {
  const notice = noticeOf({ recipientUserId: user.id }, id);
  if (!notice) return null;
  markRead({ recipientUserId: user.id }, now, id);
  // A reset link's token lives only in the mail: the notice leads to asking a new one instead.
  if (notice.link.includes("{secret}")) return "/wachtwoord-vergeten";
  // Links are portal paths written by the app; still never a way off the site.
  return safeRedirect(notice.link, "/meldingen");
}

export function markAllNoticesRead(user: { id: number }, now = clock.now()): number {
  return markRead({ recipientUserId: user.id }, now);
}
