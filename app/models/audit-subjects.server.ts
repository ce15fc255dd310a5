// The names behind an audit page's subjects, loaded in one query per kind of subject for the
// whole page (never one per row). Scoped to the admin's municipality where the subject has one,
// so an id in a foreign municipality's event can never reveal a name.
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { cases, complaints, helpRequests, municipalities, providers, users } from "~db/schema";

export type AuditSubjectIds = {
  help_request: number[];
  case: number[];
  complaint: number[];
  provider: number[];
  user: number[];
  municipality: string[];
};

export function auditSubjectsOf({ municipalityCode }: { municipalityCode: string }, ids: AuditSubjectIds) {
  const db = getDb();
  const requests = ids.help_request.length
    ? db
        .select({
          id: helpRequests.id,
          kind: helpRequests.kind,
          actingForName: helpRequests.actingForName,
          citizenName: users.name,
          providerName: providers.name,
        })
        .from(helpRequests)
        .innerJoin(users, eq(users.id, helpRequests.citizenUserId))
        .leftJoin(providers, eq(providers.id, helpRequests.providerId))
        .where(and(eq(helpRequests.municipalityCode, municipalityCode), inArray(helpRequests.id, ids.help_request)))
        .all()
    : [];
  const caseRows = ids.case.length
    ? db
        .select({ id: cases.id, personName: cases.personName })
        .from(cases)
        .where(and(eq(cases.municipalityCode, municipalityCode), inArray(cases.id, ids.case)))
        .all()
    : [];
  const complaintRows = ids.complaint.length
    ? db
        .select({ id: complaints.id, providerName: providers.name, citizenName: users.name })
        .from(complaints)
        .innerJoin(users, eq(users.id, complaints.citizenUserId))
        .leftJoin(providers, eq(providers.id, complaints.providerId))
        .where(and(eq(complaints.municipalityCode, municipalityCode), inArray(complaints.id, ids.complaint)))
        .all()
    : [];
  const providerRows = ids.provider.length
    ? db
        .select({ id: providers.id, name: providers.name })
        .from(providers)
        .where(inArray(providers.id, ids.provider))
        .all()
    : [];
  const userRows = ids.user.length
    ? db
        .select({ id: users.id, name: users.name, role: users.role })
        .from(users)
        .where(inArray(users.id, ids.user))
        .all()
    : [];
  const municipalityRows = ids.municipality.length
    ? db
        .select({ code: municipalities.code, name: municipalities.name })
        .from(municipalities)
        .where(inArray(municipalities.code, ids.municipality))
        .all()
    : [];
  return {
    requests: new Map(requests.map((r) => [r.id, r])),
    cases: new Map(caseRows.map((r) => [r.id, r])),
    complaints: new Map(complaintRows.map((r) => [r.id, r])),
    providers: new Map(providerRows.map((r) => [r.id, r])),
    users: new Map(userRows.map((r) => [r.id, r])),
    municipalities: new Map(municipalityRows.map((r) => [r.code, r])),
  };
}

export type AuditSubjects = ReturnType<typeof auditSubjectsOf>;
