// When help comes next, per request: /mijn and the request page both ask here, so they agree.
import { clock } from "~/clock.server";
import { cohortSessions, nextVisit } from "~/domain/visits";
import { weeklyTimeOf } from "~/domain/weekly-time";
import { enrolledCohortsOf } from "~/models/calendar-feeds.server";
import { bookedVisitsOf } from "~/models/cleaner-slots.server";

export type NextVisit = {
  requestId: number;
  slotId: number;
  startsAt: number;
  endsAt: number;
  providerName: string;
  /** The booking's weekly time (weeklyTimeOf its visits, as the request page states it). */
  weekly: { startsAt: number; endsAt: number } | null;
};

/** The next booked visit of each of the citizen's running cleaner bookings, by request id. */
export function nextVisits(citizenUserId: number, now = clock.now()): Map<number, NextVisit> {
  const byRequest = new Map<number, NextVisit[]>();
  for (const v of bookedVisitsOf({ citizenUserId })) {
    const visit = {
      requestId: v.requestId,
      slotId: v.id,
      startsAt: v.startsAt.getTime(),
      endsAt: v.endsAt.getTime(),
      providerName: v.name,
      weekly: null,
    };
    byRequest.set(v.requestId, [...(byRequest.get(v.requestId) ?? []), visit]);
  }
  const next = new Map<number, NextVisit>();
  for (const [requestId, visits] of byRequest) {
    const found = nextVisit(visits, now.getTime());
    if (found) next.set(requestId, { ...found, weekly: weeklyTimeOf(visits) });
  }
  return next;
}

/** The soonest next visit of all the citizen's bookings (the "Volgende bezoek" card), or null. */
export function soonestVisit(next: ReadonlyMap<number, NextVisit>): NextVisit | null {
  return nextVisit([...next.values()], 0);
}

/** The next session of each of the citizen's enrolled Powerful Ageing requests (start ms), by request id. */
export function nextSessions(citizenUserId: number, now = clock.now()): Map<number, number> {
  const next = new Map<number, number>();
  for (const c of enrolledCohortsOf({ citizenUserId })) {
    const found = nextVisit(
      cohortSessions(c).map((s) => ({ startsAt: s.start.getTime() })),
      now.getTime(),
    );
    if (found) next.set(c.requestId, found.startsAt);
  }
  return next;
}
