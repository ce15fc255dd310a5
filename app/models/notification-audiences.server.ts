// Who hears of the municipal steps (issue 16), and the few plain facts their messages name: a
// municipality's or provider's name, a provider's phone. Never a case's contents. Run on the
// process connection, so inside a service's transaction they read what it has written so far.
import { and, asc, desc, eq, inArray, isNull, lte, notExists, sql } from "drizzle-orm";
import { getDb } from "~db/client.server";
import {
  caseDecisions,
  cases,
  complaints,
  evaluations,
  helpRequests,
  indications,
  municipalities,
  providers,
  referralEvents,
  referrals,
  users,
} from "~db/schema";

const active = isNull(users.deactivatedAt);

/** The active staff of a municipality in one role (consultants or admins), as user ids. */
export function municipalityStaffIds(municipalityCode: string, role: "consultant" | "admin"): number[] {
  return getDb()
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.municipalityCode, municipalityCode), eq(users.role, role), active))
    .orderBy(asc(users.id))
    .all()
    .map((u) => u.id);
}

/** The active admins of several municipalities, each municipality's apart (its messages carry its name). */
export function adminIdsByMunicipality(codes: readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>(codes.map((c) => [c, []]));
  if (codes.length === 0) return out;
  const rows = getDb()
    .select({ id: users.id, code: users.municipalityCode })
    .from(users)
    .where(and(inArray(users.municipalityCode, [...codes]), eq(users.role, "admin"), active))
    .all();
  for (const r of rows) if (r.code) out.get(r.code)?.push(r.id);
  return out;
}

/** The active staff accounts of a provider. */
export function providerStaffIds(providerId: number): number[] {
  return getDb()
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.providerId, providerId), eq(users.role, "provider_staff"), active))
    .orderBy(asc(users.id))
    .all()
    .map((u) => u.id);
}

export function municipalityName(code: string): string {
  return (
    getDb().select({ name: municipalities.name }).from(municipalities).where(eq(municipalities.code, code)).get()
      ?.name ?? code
  );
}

export function providerNameAndPhone(providerId: number): { name: string; phone: string | null } {
  const row = getDb()
    .select({ name: providers.name, phone: providers.contactPhone })
    .from(providers)
    .where(eq(providers.id, providerId))
    .get();
  return { name: row?.name ?? "", phone: row?.phone ?? null };
}

/** The consultant who sent a referral (its first step), when that account is still active. */
export function referringConsultantId(referralId: number): number | null {
  const row = getDb()
    .select({ id: users.id })
    .from(referralEvents)
    .innerJoin(users, eq(users.id, referralEvents.byUserId))
    .where(and(eq(referralEvents.referralId, referralId), eq(referralEvents.status, "sent"), active))
    .orderBy(asc(referralEvents.id))
    .get();
  return row?.id ?? null;
}

/**
 * A referral as its notices need it: who the citizen is, the request the decision answered (the
 * citizen's page about it), the provider and the municipality.
 */
export function referralForNotice(referralId: number) {
  const row = getDb()
    .select({
      id: referrals.id,
      caseId: referrals.caseId,
      providerId: referrals.providerId,
      municipalityCode: referrals.municipalityCode,
      startDate: referrals.startDate,
      citizenUserId: cases.citizenUserId,
      requestId: caseDecisions.requestId,
    })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .innerJoin(indications, eq(indications.id, referrals.indicationId))
    .leftJoin(caseDecisions, eq(caseDecisions.id, indications.decisionId))
    .where(eq(referrals.id, referralId))
    .get();
  if (!row) return undefined;
  // A decision tied to no request (a case opened by a signal): the newest request of the case.
  const requestId =
    row.requestId ??
    getDb()
      .select({ id: helpRequests.id })
      .from(helpRequests)
      .where(eq(helpRequests.caseId, row.caseId))
      .orderBy(desc(helpRequests.id))
      .get()?.id ??
    null;
  return { ...row, requestId };
}

/** The citizen account a case belongs to. */
export function citizenOfCase(caseId: number): number | undefined {
  return getDb().select({ id: cases.citizenUserId }).from(cases).where(eq(cases.id, caseId)).get()?.id;
}

/** The citizen who filed a complaint and the request it is about (their page shows the answer). */
export function complaintForNotice(complaintId: number) {
  return getDb()
    .select({ citizenUserId: complaints.citizenUserId, requestId: complaints.requestId })
    .from(complaints)
    .where(eq(complaints.id, complaintId))
    .get();
}

/** Referrals of every provider whose evaluation is due by `untilDay`: the help runs, none recorded yet. */
export function referralsDueForEvaluation(untilDay: string) {
  const db = getDb();
  return db
    .select({
      id: referrals.id,
      providerId: referrals.providerId,
      municipalityCode: referrals.municipalityCode,
      evaluationDate: indications.evaluationDate,
    })
    .from(referrals)
    .innerJoin(indications, eq(indications.id, referrals.indicationId))
    .where(
      and(
        eq(referrals.status, "started"),
        lte(indications.evaluationDate, untilDay),
        notExists(db.select({ one: sql`1` }).from(evaluations).where(eq(evaluations.referralId, referrals.id))),
      ),
    )
    .all();
}
