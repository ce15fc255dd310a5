// A citizen's personal calendar feed: the secret token in its address, and the Powerful Ageing
// cohorts they are enrolled in (booked cleaner visits come from the cleaner slots).
import { and, eq } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { helpRequests, physioCohorts, providers, users } from "~db/schema";
import type { CitizenScope } from "./help-requests.server";

export function calendarTokenOf({ citizenUserId }: CitizenScope): string | null {
  return (
    getDb().select({ token: users.calendarToken }).from(users).where(eq(users.id, citizenUserId)).get()?.token ?? null
  );
}

export function setCalendarToken({ citizenUserId }: CitizenScope, token: string): void {
  getDb().update(users).set({ calendarToken: token }).where(eq(users.id, citizenUserId)).run();
}

/** The citizen a calendar token belongs to (staff have no feed). */
export function citizenOfCalendarToken(token: string): CitizenScope | null {
  const row = getDb()
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.calendarToken, token), eq(users.role, "citizen")))
    .get();
  return row ? { citizenUserId: row.id } : null;
}

/** The cohorts of the citizen's enrolled Powerful Ageing requests, with the practice's name and contact. */
export function enrolledCohortsOf({ citizenUserId }: CitizenScope) {
  return getDb()
    .select({
      id: physioCohorts.id,
      requestId: helpRequests.id,
      startDate: physioCohorts.startDate,
      weeks: physioCohorts.weeks,
      w1: physioCohorts.session1Weekday,
      t1: physioCohorts.session1Time,
      w2: physioCohorts.session2Weekday,
      t2: physioCohorts.session2Time,
      location: physioCohorts.location,
      name: providers.name,
      phone: providers.contactPhone,
      email: providers.contactEmail,
    })
    .from(helpRequests)
    .innerJoin(physioCohorts, eq(physioCohorts.id, helpRequests.cohortId))
    .innerJoin(providers, eq(providers.id, helpRequests.providerId))
    .where(and(eq(helpRequests.citizenUserId, citizenUserId), eq(helpRequests.status, "enrolled")))
    .all();
}
