// Signals as the municipality's consultant handles them: acknowledged, followed up with notes and
// closed. Scoped to the municipality the signal was raised to.
// Signals as the provider that raised them sees them: scoped to that provider.
import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import { type Db, getDb } from "~db/client.server";
import { cases, providers, signalNotes, signals, users } from "~db/schema";
import type { ProviderScope } from "./referrals.server";

type Scope = { municipalityCode: string };

const inScope = (scope: Scope) => eq(signals.municipalityCode, scope.municipalityCode);

/** The case's signals, newest first, with the provider that raised them. */
export function listSignalsOfCase(scope: Scope, caseId: number) {
  return getDb()
    .select({
      id: signals.id,
      providerName: providers.name,
      type: signals.type,
      urgency: signals.urgency,
      text: signals.text,
      status: signals.status,
      createdAt: signals.createdAt,
      acknowledgedAt: signals.acknowledgedAt,
      closedAt: signals.closedAt,
      closeNote: signals.closeNote,
    })
    .from(signals)
    .innerJoin(providers, eq(providers.id, signals.providerId))
    .where(and(eq(signals.caseId, caseId), inScope(scope)))
    .orderBy(desc(signals.id))
    .all();
}

/** The consultants' notes on the case's signals, in order, with who wrote them. */
export function listSignalNotesOfCase(scope: Scope, caseId: number) {
  return getDb()
    .select({
      id: signalNotes.id,
      signalId: signalNotes.signalId,
      note: signalNotes.note,
      at: signalNotes.at,
      by: users.name,
    })
    .from(signalNotes)
    .innerJoin(signals, eq(signals.id, signalNotes.signalId))
    .leftJoin(users, eq(users.id, signalNotes.byUserId))
    .where(and(eq(signals.caseId, caseId), inScope(scope)))
    .orderBy(asc(signalNotes.id))
    .all();
}

/** One signal of the case (another case's id is not found here). */
export function findSignalOnCase(scope: Scope, caseId: number, signalId: number) {
  return getDb()
    .select({ id: signals.id, status: signals.status })
    .from(signals)
    .where(and(eq(signals.id, signalId), eq(signals.caseId, caseId), inScope(scope)))
    .get();
}

const signalInScope = (scope: Scope, signalId: number) => and(eq(signals.id, signalId), inScope(scope));

/** The consultant has seen an open signal. */
export function acknowledgeSignal(scope: Scope, signalId: number, byUserId: number, now: Date): void {
  getDb()
    .update(signals)
    .set({ status: "acknowledged", acknowledgedAt: now, acknowledgedByUserId: byUserId })
    .where(signalInScope(scope, signalId))
    .run();
}

/** Acknowledged by this consultant now, unless someone acknowledged it before. */
const acknowledgedOnce = (byUserId: number, now: Date) => ({
  acknowledgedAt: sql`coalesce(${signals.acknowledgedAt}, ${now.getTime()})`,
  acknowledgedByUserId: sql`coalesce(${signals.acknowledgedByUserId}, ${byUserId})`,
});

/** A follow-up note; writing one is picking the signal up. */
export function addSignalNote(scope: Scope, signalId: number, note: string, byUserId: number, now: Date): void {
  const db = getDb();
  db.insert(signalNotes).values({ signalId, note, byUserId, at: now }).run();
  db.update(signals)
    .set({ status: "acknowledged", ...acknowledgedOnce(byUserId, now) })
    .where(signalInScope(scope, signalId))
    .run();
}

export function closeSignal(scope: Scope, signalId: number, note: string, byUserId: number, now: Date): void {
  getDb()
    .update(signals)
    .set({
      status: "closed",
      closedAt: now,
      closedByUserId: byUserId,
      closeNote: note,
      ...acknowledgedOnce(byUserId, now),
    })
    .where(signalInScope(scope, signalId))
    .run();
}

/** Signals raised to the municipality that are not closed (the inbox). */
export function listOpenSignals(scope: Scope) {
  return getDb()
    .select({
      id: signals.id,
      type: signals.type,
      urgency: signals.urgency,
      status: signals.status,
      at: signals.createdAt,
      caseId: cases.id,
      personName: cases.personName,
    })
    .from(signals)
    .innerJoin(cases, eq(cases.id, signals.caseId))
    .where(and(inScope(scope), ne(signals.status, "closed")))
    .all();
}

/** At most this many signals on the provider's list. */
const SIGNAL_LIST_LIMIT = 200;

/**
 * The signals the provider raised, with whom they are about: those not yet closed first (urgent
 * before normal), then the closed ones; newest first within each. Ordered before the limit, so an
 * open signal is never cut off by many closed ones.
 */
export function signalsOfProvider({ providerId }: ProviderScope, db: Pick<Db, "select"> = getDb()) {
  return db
    .select({
      id: signals.id,
      personName: cases.personName,
      type: signals.type,
      urgency: signals.urgency,
      text: signals.text,
      status: signals.status,
      createdAt: signals.createdAt,
      acknowledgedAt: signals.acknowledgedAt,
      closedAt: signals.closedAt,
      municipalityCode: signals.municipalityCode,
    })
    .from(signals)
    .innerJoin(cases, eq(cases.id, signals.caseId))
    .where(eq(signals.providerId, providerId))
    .orderBy(
      sql`case when ${signals.status} = 'closed' then 2 when ${signals.urgency} = 'urgent' then 0 else 1 end`,
      desc(signals.createdAt),
      desc(signals.id),
    )
    .limit(SIGNAL_LIST_LIMIT)
    .all();
}

/** Stores a new, open signal from the provider; its id. */
export function addSignalOfProvider(
  { providerId }: ProviderScope,
  signal: Pick<
    typeof signals.$inferInsert,
    "caseId" | "municipalityCode" | "type" | "urgency" | "text" | "raisedByUserId" | "createdAt"
  >,
  db: Pick<Db, "insert"> = getDb(),
): number {
  return db
    .insert(signals)
    .values({ ...signal, providerId, status: "open" })
    .returning({ id: signals.id })
    .get().id;
}
