// A citizen's personal calendar feed: booked visits and Powerful Ageing sessions.
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import type { CalendarEvent } from "~/domain/ical";
import { addDays, fromAmsterdam, isoWeekday } from "~/domain/time";
import {
  calendarTokenOf,
  citizenOfCalendarToken,
  enrolledCohortsOf,
  setCalendarToken,
} from "~/models/calendar-feeds.server";
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

/** The events for a calendar token, or null for an unknown token. */
export function calendarEvents(token: string): CalendarEvent[] | null {
  if (!/^[a-z2-7]{32}$/.test(token)) return null;
  const citizen = citizenOfCalendarToken(token);
  if (!citizen) return null;
  audit({ actorUserId: null, action: "calendar.read", subjectType: "user", subjectId: citizen.citizenUserId });
  const events: CalendarEvent[] = bookedVisitsOf(citizen).map((v) => ({
    uid: `visit-${v.id}@hulpwijzer`,
    start: v.startsAt,
    end: v.endsAt,
    summary: `Huishoudelijke hulp: ${v.name}`,
  }));
  for (const c of enrolledCohortsOf(citizen)) {
    // Two sessions a week for the programme's weeks, from the cohort's start date.
    for (let day = 0; day < c.weeks * 7; day++) {
      const date = addDays(c.startDate, day);
      for (const [weekday, time] of [
        [c.w1, c.t1],
        [c.w2, c.t2],
      ] as const) {
        if (isoWeekday(date) !== weekday) continue;
        const start = fromAmsterdam(date, time);
        if (!start) continue;
        events.push({
          uid: `cohort-${c.id}-${date}-${time.replace(":", "")}@hulpwijzer`,
          start,
          end: new Date(start.getTime() + SESSION_MINUTES * 60_000),
          summary: `Powerful Ageing: ${c.name}`,
          location: c.location,
        });
      }
    }
  }
  return events.sort((a, b) => a.start.getTime() - b.start.getTime());
}
