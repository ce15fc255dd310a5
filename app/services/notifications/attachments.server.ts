// Files a message carries, made at send time from the row (never stored): a booking's .ics.
import { clock } from "~/clock.server";
import { type CalendarEvent, toIcs } from "~/domain/ical";
import { translate } from "~/i18n";
import type { NotificationRow } from "~/models/notifications.server";
import { bookedVisitsOfRequest, requestForNotice } from "~/models/request-notices.server";

export type Attachment = { filename: string; content: string; contentType: string };

/**
 * The booked series of a cleaner booking as calendar events, with the same UIDs as the
 * citizen's feed (calendar.server.ts), so a calendar that has both shows each visit once.
 * Dutch, as the feed is. Empty when the booking has no visits ahead (any more).
 */
function bookingEvents(requestId: number, origin: string, now: Date): CalendarEvent[] {
  const request = requestForNotice(requestId);
  if (request?.kind !== "private_cleaner" || !request.providerName) return [];
  const host = new URL(origin).hostname;
  const url = new URL(`/mijn/aanvragen/${requestId}`, origin).toString();
  const name = request.providerName;
  const contact = request.providerPhone
    ? translate("nl", "visits.ics.phone", { phone: request.providerPhone })
    : translate("nl", "visits.ics.email", { email: request.providerEmail ?? "" });
  return bookedVisitsOfRequest(requestId, now).map((v) => ({
    uid: `visit-${requestId}-${v.slotId}@${host}`,
    start: v.startsAt,
    end: v.endsAt,
    summary: translate("nl", "visits.ics.summary", { name }),
    description: [
      translate("nl", "visits.ics.description", { name }),
      contact,
      translate("nl", "visits.ics.link", { url }),
    ].join("\n"),
    url,
  }));
}

/** The attachments of a notification; most kinds have none. */
export function attachmentsFor(
  row: Pick<NotificationRow, "kind" | "params" | "link">,
  origin: string,
  now = clock.now(),
): Attachment[] {
  switch (row.kind) {
    case "booking_confirmed": {
      const requestId = Number(row.params.number);
      if (!Number.isInteger(requestId)) return [];
      const events = bookingEvents(requestId, origin, now);
      if (events.length === 0) return [];
      return [
        {
          filename: "bezoeken.ics",
          content: toIcs("Hulpwijzer", events, now),
          contentType: "text/calendar; charset=utf-8; method=PUBLISH",
        },
      ];
    }
    default:
      return [];
  }
}
