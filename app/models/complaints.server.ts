// Complaints and their history, as the municipality (its admins) and the provider a complaint is
// about see them. Every fetch takes its scope first and puts it in the WHERE: another
// municipality's or provider's complaint is simply not found.
import { and, asc, desc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import { getDb } from "~db/client.server";
import {
  type ComplaintEventKind,
  type ComplaintStatus,
  complaintEvents,
  complaints,
  helpRequests,
  municipalities,
  providerServiceAreas,
  providers,
  users,
} from "~db/schema";

export type ComplaintScope = { municipalityCode: string } | { providerId: number };

function inScope(scope: ComplaintScope): SQL {
  return "municipalityCode" in scope
    ? eq(complaints.municipalityCode, scope.municipalityCode)
    : eq(complaints.providerId, scope.providerId);
}

/** A municipality's complaints, newest first, optionally of one status or about one provider. */
export function complaintsOf(
  { municipalityCode }: { municipalityCode: string },
  filter: { status?: ComplaintStatus | undefined; providerId?: number | undefined },
  limit: number,
) {
  const conditions: SQL[] = [eq(complaints.municipalityCode, municipalityCode)];
  if (filter.status) conditions.push(eq(complaints.status, filter.status));
  if (filter.providerId) conditions.push(eq(complaints.providerId, filter.providerId));
  return getDb()
    .select({
      id: complaints.id,
      status: complaints.status,
      createdAt: complaints.createdAt,
      providerId: complaints.providerId,
      providerName: providers.name,
      requestKind: helpRequests.kind,
    })
    .from(complaints)
    .innerJoin(helpRequests, eq(helpRequests.id, complaints.requestId))
    .leftJoin(providers, eq(providers.id, complaints.providerId))
    .where(and(...conditions))
    .orderBy(desc(complaints.createdAt), desc(complaints.id))
    .limit(limit)
    .all();
}

/**
 * The providers a municipality's complaints are about, and `alsoProviderId` when it serves the
 * municipality (a filter chosen in a shared link stays on offer with no complaints yet).
 */
export function complaintProvidersOf({ municipalityCode }: { municipalityCode: string }, alsoProviderId: number) {
  const db = getDb();
  const complainedAbout = db
    .select({ id: complaints.providerId })
    .from(complaints)
    .where(eq(complaints.municipalityCode, municipalityCode));
  const chosen = db
    .select({ id: providerServiceAreas.providerId })
    .from(providerServiceAreas)
    .where(
      and(
        eq(providerServiceAreas.municipalityCode, municipalityCode),
        eq(providerServiceAreas.providerId, alsoProviderId),
      ),
    );
  return db
    .select({ id: providers.id, name: providers.name })
    .from(providers)
    .where(or(inArray(providers.id, complainedAbout), inArray(providers.id, chosen)))
    .orderBy(asc(providers.name))
    .all();
}

/** One complaint of a municipality, with its citizen and the request it is about. */
export function complaintOf({ municipalityCode }: { municipalityCode: string }, complaintId: number) {
  return getDb()
    .select({
      id: complaints.id,
      text: complaints.text,
      status: complaints.status,
      createdAt: complaints.createdAt,
      providerResponse: complaints.providerResponse,
      providerResponseAt: complaints.providerResponseAt,
      resolution: complaints.resolution,
      resolvedAt: complaints.resolvedAt,
      citizenName: users.name,
      citizenEmail: users.email,
      requestId: helpRequests.id,
      requestKind: helpRequests.kind,
      requestStatus: helpRequests.status,
      requestCreatedAt: helpRequests.createdAt,
      providerName: providers.name,
    })
    .from(complaints)
    .innerJoin(helpRequests, eq(helpRequests.id, complaints.requestId))
    .innerJoin(users, eq(users.id, complaints.citizenUserId))
    .leftJoin(providers, eq(providers.id, complaints.providerId))
    .where(and(eq(complaints.id, complaintId), eq(complaints.municipalityCode, municipalityCode)))
    .get();
}

/** A complaint's history, oldest first, with who took each step (null once the account is gone). */
export function complaintEventsOf(scope: ComplaintScope, complaintId: number) {
  return getDb()
    .select({
      id: complaintEvents.id,
      kind: complaintEvents.kind,
      note: complaintEvents.note,
      at: complaintEvents.at,
      byName: users.name,
      byRole: users.role,
    })
    .from(complaintEvents)
    .innerJoin(complaints, eq(complaints.id, complaintEvents.complaintId))
    .leftJoin(users, eq(users.id, complaintEvents.byUserId))
    .where(and(eq(complaintEvents.complaintId, complaintId), inScope(scope)))
    .orderBy(asc(complaintEvents.at), asc(complaintEvents.id))
    .all();
}

/** The complaints about a provider, open ones first, then newest; no citizen's name or contact. */
export function complaintsAbout({ providerId }: { providerId: number }, limit: number) {
  return getDb()
    .select({
      id: complaints.id,
      text: complaints.text,
      status: complaints.status,
      createdAt: complaints.createdAt,
      providerResponse: complaints.providerResponse,
      providerResponseAt: complaints.providerResponseAt,
      municipalityCode: complaints.municipalityCode,
      municipalityName: municipalities.name,
      requestId: helpRequests.id,
      requestKind: helpRequests.kind,
    })
    .from(complaints)
    .innerJoin(helpRequests, eq(helpRequests.id, complaints.requestId))
    .innerJoin(municipalities, eq(municipalities.code, complaints.municipalityCode))
    .where(eq(complaints.providerId, providerId))
    .orderBy(
      sql`CASE ${complaints.status} WHEN 'resolved' THEN 1 ELSE 0 END`,
      desc(complaints.createdAt),
      desc(complaints.id),
    )
    .limit(limit)
    .all();
}

/** What handling a complaint needs to know: its status and whose it is; undefined out of scope. */
export function findComplaintIn(scope: ComplaintScope, complaintId: number) {
  return getDb()
    .select({
      status: complaints.status,
      municipalityCode: complaints.municipalityCode,
      providerId: complaints.providerId,
    })
    .from(complaints)
    .where(and(eq(complaints.id, complaintId), inScope(scope)))
    .get();
}

// The writes repeat the scope: a complaint out of scope is left as it is.
type Step = { byUserId: number; at: Date };

/** The municipality takes a complaint up (the domain says which status that is). */
export function startComplaint(scope: ComplaintScope, complaintId: number, to: ComplaintStatus, step: Step): void {
  getDb()
    .update(complaints)
    .set({ status: to, inProgressAt: step.at, handledByUserId: step.byUserId })
    .where(and(eq(complaints.id, complaintId), inScope(scope)))
    .run();
}

/** The provider's response, recorded by the provider or by the admin on its behalf. */
export function recordProviderResponse(scope: ComplaintScope, complaintId: number, response: string, step: Step): void {
  getDb()
    .update(complaints)
    .set({ providerResponse: response, providerResponseAt: step.at, providerResponseByUserId: step.byUserId })
    .where(and(eq(complaints.id, complaintId), inScope(scope)))
    .run();
}

export function resolveComplaint(
  scope: ComplaintScope,
  complaintId: number,
  to: ComplaintStatus,
  resolution: string,
  step: Step,
): void {
  getDb()
    .update(complaints)
    .set({ status: to, resolution, resolvedAt: step.at, handledByUserId: step.byUserId })
    .where(and(eq(complaints.id, complaintId), inScope(scope)))
    .run();
}

export function insertComplaintEvent(
  complaintId: number,
  kind: ComplaintEventKind,
  note: string | null,
  step: Step,
): void {
  getDb().insert(complaintEvents).values({ complaintId, kind, note, byUserId: step.byUserId, at: step.at }).run();
}
