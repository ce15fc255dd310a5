// A citizen's personal calendar feed: booked and cancelled visits and Powerful Ageing sessions.
// The feed has no language of its own: it speaks Dutch, the default.
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import type { CalendarEvent } from "~/domain/ical";
import { cohortSessions } from "~/domain/visits";
import { translate } from "~/i18n";
import {
  calendarTokenOf,
  citizenOfCalendarToken,
  enrolledCohortsOf,
  setCalendarToken,
} from "~/models/calendar-feeds.server";
import { cancelledVisitsForCalendar } from "~/models/cancelled-visits.server";
import { bookedVisitsOf } from "~/models/cleaner-slots.server";
import { audit } from "./audit.server";

const SESSION_MINUTES = 45; // a Powerful Ageing training lasts 40–50 minutes

/** The secret token in the citizen's calendar address, made on first use. */
export function calendarToken(userId: number): string {
  const scope = { citizenUserId: userId };
  const existing = calendarTokenOf(scope);
  if (existing) return existing;
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  const token = encodeBase32LowerCaseNoPadding(bytes);
  setCalendarToken(scope, token);
  return token;
}

/** How the citizen reaches the provider: the phone number, or the e-mail address when there is none. */
function contactLine(p: { phone: string | null; email: string }): string {
  return p.phone
    ? translate("nl", "visits.ics.phone", { phone: p.phone })
    : translate("nl", "visits.ics.email", { email: p.email });
}

const requestLink = (requestId: number, origin: string) => `${origin}/mijn/aanvragen/${requestId}`;

/**
 * One cleaner's visit as a calendar event, the one way the feed and the booking's and
 * cancellation's .ics attachments write it: its UID carries the app's host, so it is unique
 * anywhere (a slot freed by one citizen and booked by another is another event), and the same in
 * feed and mail, so a calendar that has both shows each visit once and a cancellation removes it.
 * Dutch, as the feed is.
 */
export function visitEvent(
  v: { requestId: number; slotId: number; startsAt: number | Date; endsAt: number | Date },
  provider: { name: string; phone: string | null; email: string },
  origin: string,
  { cancelled = false }: { cancelled?: boolean } = {},
): CalendarEvent {
  const url = requestLink(v.requestId, origin);
  const { name } = provider;
  return {
    uid: `visit-${v.requestId}-${v.slotId}@${new URL(origin).hostname}`,
    start: new Date(v.startsAt),
    end: new Date(v.endsAt),
    url,
    summary: translate("nl", cancelled ? "visits.ics.summaryCancelled" : "visits.ics.summary", { name }),
    description: [
      translate("nl", cancelled ? "visits.ics.descriptionCancelled" : "visits.ics.description", { name }),
      contactLine(provider),
      translate("nl", "visits.ics.link", { url }),
    ].join("\n"),
    ...(cancelled ? { cancelled: true } : {}),
  };
}

/**
 * The events for a calendar token, or null for an unknown token. `origin` is the app's address:
 * events link back to their request, and their UIDs carry its host, so they are unique anywhere
 * (a slot freed by one citizen and booked by another is another event).
 */
export function calendarEvents(token: string, origin: string): CalendarEvent[] | null {
  if (!/^[a-z2-7]{32}$/.test(token)) return null;
  const citizen = citizenOfCalendarToken(token);
  if (!citizen) return null;
  audit({ actorUserId: null, action: "calendar.read", subjectType: "user", subjectId: citizen.citizenUserId });
  const host = new URL(origin).hostname;
  const link = (requestId: number) => requestLink(requestId, origin);
  const events: CalendarEvent[] = bookedVisitsOf(citizen).map((v) => visitEvent({ ...v, slotId: v.id }, v, origin));
  for (const v of cancelledVisitsForCalendar(citizen)) events.push(visitEvent(v, v, origin, { cancelled: true }));
  for (const c of enrolledCohortsOf(citizen)) {
    for (const { date, time, start } of cohortSessions(c)) {
      events.push({
        uid: `cohort-${c.requestId}-${date}-${time.replace(":", "")}@${host}`,
        start,
        end: new Date(start.getTime() + SESSION_MINUTES * 60_000),
        summary: `Powerful Ageing: ${c.name}`,
        location: c.location,
        url: link(c.requestId),
        description: [
          translate("nl", "visits.ics.session", { name: c.name }),
          contactLine(c),
          translate("nl", "visits.ics.link", { url: link(c.requestId) }),
        ].join("\n"),
      });
    }
  }
  return events.sort((a, b) => a.start.getTime() - b.start.getTime());
}
