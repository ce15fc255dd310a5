// Cases: one per person per municipality, with the kitchen-table talk, the draagkracht check and
// the consent to share. Every query is scoped to a municipality: another one's case is not found.
// The functions run on the process connection, so inside a service's transaction they are part of it.
// Cases as the provider's steps touch them (the consultant's queries live with the case workspace).
import { and, desc, eq, getTableColumns, or, type SQL, sql } from "drizzle-orm";
import { type Db, getDb } from "~db/client.server";
import { cases, helpRequests, users } from "~db/schema";

type Scope = { municipalityCode: string };
type CaseRow = typeof cases.$inferSelect;

function caseInScope(scope: Scope, caseId: number): SQL | undefined {
  return and(eq(cases.id, caseId), eq(cases.municipalityCode, scope.municipalityCode));
}

/** Whether the case is the municipality's (reads nothing else). */
export function caseExists(scope: Scope, caseId: number): boolean {
  return getDb().select({ id: cases.id }).from(cases).where(caseInScope(scope, caseId)).get() !== undefined;
}

/** The case with the account it belongs to (e-mail address and the account holder's name). */
export function findCase(scope: Scope, caseId: number) {
  return getDb()
    .select({ ...getTableColumns(cases), email: users.email, accountName: users.name })
    .from(cases)
    .innerJoin(users, eq(users.id, cases.citizenUserId))
    .where(caseInScope(scope, caseId))
    .get();
}

export type CaseRecord = NonNullable<ReturnType<typeof findCase>>;

/** LIKE's wildcards and its escape character, taken literally. */
const escapeLike = (text: string) => text.replace(/[%_\\]/g, (c) => `\\${c}`);

/** The municipality's cases whose person or account e-mail contains the search text, latest first. */
export function listCasesMatching(scope: Scope, search: string, limit: number) {
  const like = `%${escapeLike(search.trim().toLowerCase())}%`;
  const open = sql<number>`(SELECT count(*) FROM ${helpRequests}
    WHERE ${helpRequests.caseId} = ${cases.id} AND ${helpRequests.status} = 'submitted')`;
  return getDb()
    .select({ id: cases.id, personName: cases.personName, email: users.email, updatedAt: cases.updatedAt, open })
    .from(cases)
    .innerJoin(users, eq(users.id, cases.citizenUserId))
    .where(
      and(
        eq(cases.municipalityCode, scope.municipalityCode),
        or(
          sql`lower(${cases.personName}) LIKE ${like} ESCAPE '\\'`,
          sql`lower(${users.email}) LIKE ${like} ESCAPE '\\'`,
        ),
      ),
    )
    .orderBy(desc(cases.updatedAt))
    .limit(limit)
    .all();
}

/** The case id of one person of an account (personKey "" is the account holder), if there is one. */
export function findCaseIdOfPerson(scope: Scope, citizenUserId: number, personKey: string): number | undefined {
  return getDb()
    .select({ id: cases.id })
    .from(cases)
    .where(
      and(
        eq(cases.municipalityCode, scope.municipalityCode),
        eq(cases.citizenUserId, citizenUserId),
        eq(cases.personKey, personKey),
      ),
    )
    .get()?.id;
}

/** The account holder's name: a case opened for the holder is in their name. */
export function accountHolderName(citizenUserId: number): string | undefined {
  return getDb().select({ name: users.name }).from(users).where(eq(users.id, citizenUserId)).get()?.name;
}

export function insertCase(
  values: Pick<CaseRow, "municipalityCode" | "citizenUserId" | "personKey" | "personName">,
  now: Date,
): number {
  return getDb()
    .insert(cases)
    .values({ ...values, createdAt: now, updatedAt: now })
    .returning({ id: cases.id })
    .get().id;
}

/** Marks the case as changed now (the case list sorts on it). */
export function touchCase(scope: Scope, caseId: number, now: Date): void {
  getDb().update(cases).set({ updatedAt: now }).where(caseInScope(scope, caseId)).run();
}

export type TalkFields = Pick<
  CaseRow,
  "talkSituation" | "talkOwnAbilities" | "talkNetwork" | "talkFacilities" | "talkNotes"
>;

/** Records the kitchen-table talk; false when the case is not the municipality's. */
export function recordTalk(scope: Scope, caseId: number, talk: TalkFields, byUserId: number, now: Date): boolean {
  const { changes } = getDb()
    .update(cases)
    .set({ ...talk, talkAt: now, talkByUserId: byUserId, updatedAt: now })
    .where(caseInScope(scope, caseId))
    .run();
  return changes > 0;
}

export type DraagkrachtFields = Pick<CaseRow, "dkHousehold" | "dkPartnerUnderAow" | "dkIncomeCents" | "dkPercent">;

/** Records the draagkracht check; false when the case is not the municipality's. */
export function recordDraagkracht(
  scope: Scope,
  caseId: number,
  check: DraagkrachtFields,
  byUserId: number,
  now: Date,
): boolean {
  const { changes } = getDb()
    .update(cases)
    .set({ ...check, dkAt: now, dkByUserId: byUserId, updatedAt: now })
    .where(caseInScope(scope, caseId))
    .run();
  return changes > 0;
}

export type ConsentFields = Pick<CaseRow, "consentShareIntake" | "consentShareHealth" | "contactPhone" | "preferences">;

/** Records what the citizen agreed to share; false when the case is not the municipality's. */
export function recordConsent(
  scope: Scope,
  caseId: number,
  consent: ConsentFields,
  byUserId: number,
  now: Date,
): boolean {
  const { changes } = getDb()
    .update(cases)
    .set({ ...consent, consentAt: now, consentByUserId: byUserId, updatedAt: now })
    .where(caseInScope(scope, caseId))
    .run();
  return changes > 0;
}

/** Whether the citizen agreed, as things stand, to share the intake with a provider. */
export function consentsToShareIntake(scope: Scope, caseId: number): boolean {
  const row = getDb().select({ consent: cases.consentShareIntake }).from(cases).where(caseInScope(scope, caseId)).get();
  return row?.consent === true;
}

/**
 * Marks a case as changed now, so the consultant's lists put it on top. By id: for the provider's
 * steps, whose caller found the case through a referral in the provider's own scope.
 */
export function touchCaseOfReferral(caseId: number, at: Date, db: Pick<Db, "update"> = getDb()): void {
  db.update(cases).set({ updatedAt: at }).where(eq(cases.id, caseId)).run();
}
