// Files a message carries, made at send time from the row (never stored): a booking's .ics, and
// a cancellation's .ics that takes the called-off visits out of the citizen's calendar.
import { clock } from "~/clock.server";
import { type CalendarEvent, type IcsMethod, toIcs } from "~/domain/ical";
import { cancelledVisitsForNotice } from "~/models/cancelled-visits.server";
import type { NotificationRow } from "~/models/notifications.server";
import { bookedVisitsOfRequest, requestForNotice } from "~/models/request-notices.server";
import { visitEvent } from "~/services/calendar.server";
import { mailFrom } from "./transport.server";

export type Attachment = { filename: string; content: string; contentType: string };

/**
 * The booked series of a cleaner booking as calendar events, written as the citizen's feed
 * writes them (visitEvent: the same UIDs), so a calendar that has both shows each visit once.
 * Empty when the booking has no visits ahead (any more).
 */
function bookingEvents(requestId: number, origin: string, now: Date): CalendarEvent[] {
  const request = requestForNotice(requestId);
  if (request?.kind !== "private_cleaner" || !request.providerName) return [];
  const provider = { name: request.providerName, phone: request.providerPhone, email: request.providerEmail ?? "" };
  return bookedVisitsOfRequest(requestId, now).map((v) =>
    visitEvent({ requestId, slotId: v.slotId, startsAt: v.startsAt, endsAt: v.endsAt }, provider, origin),
  );
}

/** The visits a cancellation called off, as cancelled events with the UIDs the booking's .ics gave them. */
function cancelledEvents(requestId: number, which: { slotId: number } | { cancelledAt: Date }, origin: string) {
  return cancelledVisitsForNotice(requestId, which).map((v) =>
    visitEvent(v, { name: v.name, phone: v.phone, email: v.email }, origin, { cancelled: true }),
  );
}

function calendarFile(filename: string, events: CalendarEvent[], now: Date, method: IcsMethod): Attachment[] {
  if (events.length === 0) return [];
  return [
    {
      filename,
      // A calendar app reads a mailed file as a message from its organiser: the sender address.
      content: toIcs("Hulpwijzer", events, now, method, { name: "Hulpwijzer", email: mailFrom() }),
      contentType: `text/calendar; charset=utf-8; method=${method}`,
    },
  ];
}

/** The attachments of a notification; most kinds have none. */
export function attachmentsFor(
  row: Pick<NotificationRow, "kind" | "params" | "link">,
  origin: string,
  now = clock.now(),
): Attachment[] {
  const requestId = Number(row.params.number);
  if (!Number.isInteger(requestId)) return [];
  switch (row.kind) {
    case "booking_confirmed":
      return calendarFile("bezoeken.ics", bookingEvents(requestId, origin, now), now, "PUBLISH");
    case "visit_cancelled":
    case "visit_called_off": {
      const slotId = Number(row.params.slotId);
      if (!Number.isInteger(slotId)) return [];
      return calendarFile("afgezegd.ics", cancelledEvents(requestId, { slotId }, origin), now, "CANCEL");
    }
    case "booking_cancelled":
    case "booking_ended_by_cleaner": {
      const cancelledAt = new Date(String(row.params.cancelledAt));
      if (Number.isNaN(cancelledAt.getTime())) return [];
      return calendarFile("afgezegd.ics", cancelledEvents(requestId, { cancelledAt }, origin), now, "CANCEL");
    }
    default:
      return [];
  }
}
