// Help requests as the referral loop touches them: the clients a provider serves, and the
// citizen's requests that follow the provider's care. Other request queries live with the requests.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { REQUEST_STATUSES_FOLLOWING_CARE } from "~/domain/referral";
import { type Db, getDb } from "~db/client.server";
import { helpRequests, type RequestStatus, requestEvents, users } from "~db/schema";
import type { ProviderScope } from "./referrals.server";

/** A provider serves the client of a booked, enrolled or matched request. */
const SERVED_REQUEST_STATUSES = ["booked", "enrolled", "matched"] as const satisfies readonly RequestStatus[];

/** The requests under which the provider serves a client now, by the client's name. */
export function requestsServedByProvider({ providerId }: ProviderScope, db: Pick<Db, "select"> = getDb()) {
  const name = sql<string>`coalesce(${helpRequests.actingForName}, ${users.name})`;
  return db
    .select({
      id: helpRequests.id,
      kind: helpRequests.kind,
      municipalityCode: helpRequests.municipalityCode,
      citizenUserId: helpRequests.citizenUserId,
      actingForName: helpRequests.actingForName,
      name,
      answers: helpRequests.answers,
    })
    .from(helpRequests)
    .innerJoin(users, eq(users.id, helpRequests.citizenUserId))
    .where(and(eq(helpRequests.providerId, providerId), inArray(helpRequests.status, SERVED_REQUEST_STATUSES)))
    .orderBy(asc(name))
    .all();
}

/** The citizen's requests on a case that follow the provider's care (granted, or in care). */
export function requestsFollowingCareOfCase(caseId: number, db: Pick<Db, "select"> = getDb()) {
  return db
    .select({ id: helpRequests.id, status: helpRequests.status })
    .from(helpRequests)
    .where(and(eq(helpRequests.caseId, caseId), inArray(helpRequests.status, REQUEST_STATUSES_FOLLOWING_CARE)))
    .all();
}

/** Moves a request to its next status and writes the step on its timeline. */
export function moveRequest(
  requestId: number,
  step: { status: RequestStatus; note: string | null; byUserId: number | null; at: Date },
  db: Pick<Db, "update" | "insert"> = getDb(),
): void {
  db.update(helpRequests).set({ status: step.status, updatedAt: step.at }).where(eq(helpRequests.id, requestId)).run();
  db.insert(requestEvents)
    .values({ requestId, ...step })
    .run();
}
