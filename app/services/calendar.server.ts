// A citizen's personal calendar feed: booked visits and Powerful Ageing sessions.
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import type { CalendarEvent } from "~/domain/ical";
import { addDays, fromAmsterdam, isoWeekday } from "~/domain/time";
import { getDb } from "~db/client.server";
import { audit } from "./audit.server";

const SESSION_MINUTES = 45; // a Powerful Ageing training lasts 40–50 minutes

/** The secret token in the citizen's calendar address, made on first use. */
export function calendarToken(userId: number): string {
  const db = getDb().$client;
  const row = db.prepare("SELECT calendar_token AS t FROM users WHERE id = ?").get(userId) as
    | { t: string | null }
    | undefined;
  if (row?.t) return row.t;
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  const token = encodeBase32LowerCaseNoPadding(bytes);
  db.prepare("UPDATE users SET calendar_token = ? WHERE id = ?").run(token, userId);
  return token;
}

/** The events for a calendar token, or null for an unknown token. */
export function calendarEvents(token: string): CalendarEvent[] | null {
  if (!/^[a-z2-7]{32}$/.test(token)) return null;
  const db = getDb().$client;
  const user = db.prepare("SELECT id FROM users WHERE calendar_token = ? AND role = 'citizen'").get(token) as
    | { id: number }
    | undefined;
  if (!user) return null;
  audit({ actorUserId: null, action: "calendar.read", subjectType: "user", subjectId: user.id });
  const visits = db
    .prepare(
      `SELECT s.id, s.starts_at AS startsAt, s.ends_at AS endsAt, p.name FROM cleaner_slots s
       JOIN help_requests r ON r.id = s.request_id JOIN providers p ON p.id = s.provider_id
       WHERE r.citizen_user_id = ? AND r.status = 'booked' AND s.status = 'booked' ORDER BY s.starts_at`,
    )
    .all(user.id) as { id: number; startsAt: number; endsAt: number; name: string }[];
  const events: CalendarEvent[] = visits.map((v) => ({
    uid: `visit-${v.id}@hulpwijzer`,
    start: new Date(v.startsAt),
    end: new Date(v.endsAt),
    summary: `Huishoudelijke hulp: ${v.name}`,
  }));
  const cohorts = db
    .prepare(
      `SELECT c.id, c.start_date AS startDate, c.weeks, c.session1_weekday AS w1, c.session1_time AS t1,
              c.session2_weekday AS w2, c.session2_time AS t2, c.location, p.name
       FROM help_requests r JOIN physio_cohorts c ON c.id = r.cohort_id JOIN providers p ON p.id = r.provider_id
       WHERE r.citizen_user_id = ? AND r.status = 'enrolled'`,
    )
    .all(user.id) as {
    id: number;
    startDate: string;
    weeks: number;
    w1: number;
    t1: string;
    w2: number;
    t2: string;
    location: string;
    name: string;
  }[];
  for (const c of cohorts) {
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
