// A person's latest unread notices, for the home pages of the staff workspaces. Read through the
// notifications_recipient index (recipient, created), like the list and the unread count.
import { and, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { notifications } from "~db/schema";

export function unreadNoticesOf(scope: { recipientUserId: number }, limit: number) {
  return getDb()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      params: notifications.params,
      link: notifications.link,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(
      and(
        eq(notifications.recipientUserId, scope.recipientUserId),
        eq(notifications.channel, "email"),
        isNull(notifications.readAt),
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .all();
}
