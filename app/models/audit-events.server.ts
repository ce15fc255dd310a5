// The audit trail's rows: written by every use case, read by a municipality's admins about their
// own municipality only. Runs on the process's one connection, so inside a service's transaction
// a call is part of it.
import { and, desc, eq, gte, lt, type SQL, sql } from "drizzle-orm";
import { type Db, getDb } from "~db/client.server";
import { auditEvents, users } from "~db/schema";

export type AuditEventInput = Pick<
  typeof auditEvents.$inferInsert,
  "actorUserId" | "action" | "subjectType" | "subjectId" | "detail" | "municipalityCode"
>;

/** Appends one event; pass the transaction when it belongs with a change. */
export function insertAuditEvent(event: AuditEventInput, db: Pick<Db, "insert"> = getDb()): void {
  db.insert(auditEvents).values(event).run();
}

/** The distinct actions, or subject types, in a municipality's trail (for the filter's choices). */
export function auditValuesOf(
  { municipalityCode }: { municipalityCode: string },
  column: "action" | "subjectType",
): string[] {
  const value = auditEvents[column];
  return getDb()
    .selectDistinct({ value })
    .from(auditEvents)
    .where(eq(auditEvents.municipalityCode, municipalityCode))
    .orderBy(value)
    .all()
    .map((r) => r.value);
}

export type AuditQuery = {
  action?: string | undefined;
  /** A LIKE pattern (already escaped with `\`) matched against the actor's lower-cased email. */
  actorEmailPattern?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  /** Instants, from inclusive, before exclusive. */
  from?: Date | undefined;
  before?: Date | undefined;
};

/** A municipality's events, newest first, with the actor (null once deleted). */
export function auditEventsOf(
  { municipalityCode }: { municipalityCode: string },
  query: AuditQuery,
  page: { limit: number; offset: number },
) {
  const conditions: SQL[] = [eq(auditEvents.municipalityCode, municipalityCode)];
  if (query.action) conditions.push(eq(auditEvents.action, query.action));
  if (query.actorEmailPattern) conditions.push(sql`lower(${users.email}) LIKE ${query.actorEmailPattern} ESCAPE '\\'`);
  if (query.subjectType) conditions.push(eq(auditEvents.subjectType, query.subjectType));
  if (query.subjectId) conditions.push(eq(auditEvents.subjectId, query.subjectId));
  if (query.from) conditions.push(gte(auditEvents.at, query.from));
  if (query.before) conditions.push(lt(auditEvents.at, query.before));
  return getDb()
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actorUserId: auditEvents.actorUserId,
      action: auditEvents.action,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      detail: auditEvents.detail,
      actorName: users.name,
      actorEmail: users.email,
      actorRole: users.role,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(page.limit)
    .offset(page.offset)
    .all();
}
