// A request's timeline: every step, when, and by whom.
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { helpRequests, requestEvents } from "~db/schema";
import type { CitizenScope } from "./help-requests.server";

export type NewRequestEvent = typeof requestEvents.$inferInsert;

/** Writes one step on a request's timeline (`at` is the step's business time). */
export function addRequestEvent(event: NewRequestEvent & { at: Date }): void {
  getDb().insert(requestEvents).values(event).run();
}

/** The timeline of one of the citizen's requests, oldest first (empty for anyone else's). */
export function listEventsOf({ citizenUserId }: CitizenScope, requestId: number) {
  return getDb()
    .select({ id: requestEvents.id, status: requestEvents.status, note: requestEvents.note, at: requestEvents.at })
    .from(requestEvents)
    .innerJoin(helpRequests, eq(helpRequests.id, requestEvents.requestId))
    .where(and(eq(requestEvents.requestId, requestId), eq(helpRequests.citizenUserId, citizenUserId)))
    .orderBy(asc(requestEvents.id))
    .all();
}
