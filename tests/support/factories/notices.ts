// Notices (issue 16): rows of `notifications` written in the database, as notify() writes them,
// for the notice list's tests. The flows' own notify() calls are tested with the flows.

import type { NotificationKind } from "~db/enums";
import { notifications } from "~db/schema";
import type { AppServer } from "../app-server";
import { all, orm, type Source } from "./db";

export function addNotice(
  app: AppServer,
  notice: {
    to: number;
    kind: NotificationKind;
    params?: Record<string, string | number>;
    link: string;
    createdAt: Date;
    readAt?: Date | null;
    eventKey?: string;
  },
): number {
  return orm(app)
    .insert(notifications)
    .values({
      recipientUserId: notice.to,
      kind: notice.kind,
      eventKey: notice.eventKey ?? `test:${notice.kind}:${notice.createdAt.getTime()}:${Math.random()}`,
      params: notice.params ?? {},
      link: notice.link,
      createdAt: notice.createdAt,
      readAt: notice.readAt ?? null,
      channel: "email",
      deliveryStatus: "no_transport",
    })
    .returning({ id: notifications.id })
    .get().id;
}

/** A row of `notifications` as the flows' tests read it. */
export type EmailNotice = {
  id: number;
  kind: string;
  link: string;
  event_key: string;
  delivery_status: string;
  params: string;
};

/** The email notices of one kind written for the person with this address, oldest first. */
export const noticesOf = (source: Source, email: string, kind: string) =>
  all<EmailNotice>(
    source,
    `SELECT n.id, n.kind, n.link, n.event_key, n.delivery_status, n.params FROM notifications n
       JOIN users u ON u.id = n.recipient_user_id WHERE u.email = ? AND n.kind = ? AND n.channel = 'email'
       ORDER BY n.id`,
    email,
    kind,
  );
