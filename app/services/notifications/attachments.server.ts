// Files a message carries, made at send time from the row (never stored): a booking's .ics.
import type { NotificationRow } from "~/models/notifications.server";

export type Attachment = { filename: string; content: string; contentType: string };

/** The attachments of a notification; most kinds have none. */
export function attachmentsFor(row: Pick<NotificationRow, "kind" | "params" | "link">, _origin: string): Attachment[] {
  switch (row.kind) {
    // booking_confirmed: the booked visits as an .ics (added with the booking notices).
    default:
      return [];
  }
}
