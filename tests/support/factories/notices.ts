// Notices (issue 16): rows of `notifications` written in the database, as notify() writes them,
// for the notice list's tests. The flows' own notify() calls are tested with the flows.

import type { NotificationKind } from "~db/enums";
import { notifications } from "~db/schema";
import type { AppServer } from "../app-server";
import { orm } from "./db";

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
