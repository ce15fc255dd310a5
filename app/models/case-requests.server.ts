// Help requests as the consultant's case sees them: those of the case's person, the ones waiting
// for the consultant, and their move on once the consultant decided. Scoped to a municipality.
import { and, asc, desc, eq, isNotNull, notInArray, or, sql } from "drizzle-orm";
import { getDb } from "~db/client.server";
import type { RequestStatus } from "~db/enums";
import { cases, helpRequests, providers, requestEvents } from "~db/schema";

type Scope = { municipalityCode: string };

/**
 * All requests of the case's person in the municipality, newest first: those on the case, and
 * those made before the case (no hold or expired booking).
 */
export function listRequestsOfCasePerson(
  scope: Scope,
  person: { caseId: number; citizenUserId: number; personKey: string },
) {
  return getDb()
    .select({
      id: helpRequests.id,
      kind: helpRequests.kind,
      offerId: helpRequests.offerId,
      paymentMethod: helpRequests.paymentMethod,
      status: helpRequests.status,
      providerName: providers.name,
      createdAt: helpRequests.createdAt,
      actingRelation: helpRequests.actingRelation,
      answers: helpRequests.answers,
    })
    .from(helpRequests)
    .leftJoin(providers, eq(providers.id, helpRequests.providerId))
    .where(
      and(
        eq(helpRequests.municipalityCode, scope.municipalityCode),
        or(
          eq(helpRequests.caseId, person.caseId),
          and(
            eq(helpRequests.citizenUserId, person.citizenUserId),
            sql`lower(trim(coalesce(${helpRequests.actingForName}, ''))) = ${person.personKey}`,
            notInArray(helpRequests.status, ["held", "expired"]),
          ),
        ),
      ),
    )
    .orderBy(desc(helpRequests.createdAt), desc(helpRequests.id))
    .all();
}

/** The case's requests waiting for the consultant, oldest first. */
export function listSubmittedRequestIdsOfCase(scope: Scope, caseId: number): number[] {
  return getDb()
    .select({ id: helpRequests.id })
    .from(helpRequests)
    .where(
      and(
        eq(helpRequests.municipalityCode, scope.municipalityCode),
        eq(helpRequests.caseId, caseId),
        eq(helpRequests.status, "submitted"),
      ),
    )
    .orderBy(asc(helpRequests.id))
    .all()
    .map((r) => r.id);
}

/** Moves a request on to a status and writes the step in its timeline. */
export function moveRequestTo(
  scope: Scope,
  requestId: number,
  step: { status: RequestStatus; byUserId: number; note: string | null },
  now: Date,
): void {
  const db = getDb();
  db.update(helpRequests)
    .set({ status: step.status, updatedAt: now })
    .where(and(eq(helpRequests.id, requestId), eq(helpRequests.municipalityCode, scope.municipalityCode)))
    .run();
  db.insert(requestEvents)
    .values({ requestId, status: step.status, note: step.note, byUserId: step.byUserId, at: now })
    .run();
}

/** The relation of the family member who last asked on the person's behalf, if any. */
export function latestActingRelation(scope: Scope, caseId: number): string | null {
  const row = getDb()
    .select({ relation: helpRequests.actingRelation })
    .from(helpRequests)
    .where(
      and(
        eq(helpRequests.municipalityCode, scope.municipalityCode),
        eq(helpRequests.caseId, caseId),
        isNotNull(helpRequests.actingRelation),
      ),
    )
    .orderBy(desc(helpRequests.id))
    .limit(1)
    .get();
  return row?.relation ?? null;
}

/** ZIN and consultation requests waiting for a consultant of the municipality (the inbox). */
export function listRequestsAwaitingConsultant(scope: Scope) {
  return getDb()
    .select({
      id: helpRequests.id,
      kind: helpRequests.kind,
      at: helpRequests.createdAt,
      caseId: cases.id,
      personName: cases.personName,
    })
    .from(helpRequests)
    .innerJoin(cases, eq(cases.id, helpRequests.caseId))
    .where(
      and(
        eq(helpRequests.municipalityCode, scope.municipalityCode),
        // "consultation" (a talk asked for) is a request kind that no option has: not in the enum.
        sql`${helpRequests.kind} IN ('zin', 'consultation')`,
        eq(helpRequests.status, "submitted"),
      ),
    )
    .all();
}
