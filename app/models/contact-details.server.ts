// Contact details of a citizen and of the people they act for: one row per person, scoped to the
// account holder (the citizen) in every query. A request points at the row it was made with.
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "~db/client.server";
import type { ContactWay } from "~db/enums";
import { contactDetails, helpRequests, municipalities, postcodeAreas, referrals } from "~db/schema";
import type { Executor } from "./executor.server";

type OwnerScope = { citizenUserId: number };

export type ContactRow = typeof contactDetails.$inferSelect;
export type ContactValues = {
  street: string;
  houseNumber: string;
  postcode: string;
  place: string;
  phone: string | null;
  preferredContact: ContactWay;
};

/** The account holder's rows: their own first (forName null), then the people they act for by name. */
export function contactsOf({ citizenUserId }: OwnerScope) {
  return getDb()
    .select()
    .from(contactDetails)
    .where(eq(contactDetails.userId, citizenUserId))
    .orderBy(asc(contactDetails.forName), asc(contactDetails.id))
    .all()
    .sort((a, b) => (a.forName === null ? -1 : b.forName === null ? 1 : 0));
}

/** The row for one person: the account holder (forName null) or the person acted for, by name. */
export function contactFor({ citizenUserId }: OwnerScope, forName: string | null, db: Executor = getDb()) {
  return db
    .select()
    .from(contactDetails)
    .where(
      and(
        eq(contactDetails.userId, citizenUserId),
        forName === null ? isNull(contactDetails.forName) : eq(contactDetails.forName, forName),
      ),
    )
    .get();
}

export function contactById({ citizenUserId }: OwnerScope, id: number) {
  return getDb()
    .select()
    .from(contactDetails)
    .where(and(eq(contactDetails.id, id), eq(contactDetails.userId, citizenUserId)))
    .get();
}

export function insertContact(
  { citizenUserId }: OwnerScope,
  forName: string | null,
  values: ContactValues,
  now: Date,
  db: Executor = getDb(),
): number {
  return db
    .insert(contactDetails)
    .values({ userId: citizenUserId, forName, ...values, updatedAt: now })
    .returning({ id: contactDetails.id })
    .get().id;
}

export function updateContact(
  { citizenUserId }: OwnerScope,
  id: number,
  values: ContactValues,
  now: Date,
  db: Executor = getDb(),
): void {
  db.update(contactDetails)
    .set({ ...values, updatedAt: now })
    .where(and(eq(contactDetails.id, id), eq(contactDetails.userId, citizenUserId)))
    .run();
}

export function linkRequestContact(requestId: number, contactId: number, db: Executor = getDb()): void {
  db.update(helpRequests).set({ contactId }).where(eq(helpRequests.id, requestId)).run();
}

/** Links the account holder's own requests that have no contact row yet (not those for someone else). */
export function linkOwnRequestsWithoutContact({ citizenUserId }: { citizenUserId: number }, contactId: number): void {
  getDb()
    .update(helpRequests)
    .set({ contactId })
    .where(
      and(
        eq(helpRequests.citizenUserId, citizenUserId),
        isNull(helpRequests.contactId),
        isNull(helpRequests.actingForName),
      ),
    )
    .run();
}

/** The municipality a PC4 lies in, or undefined for an unknown PC4. */
export function areaOfPc4(pc4: string) {
  return getDb()
    .select({ pc4: postcodeAreas.pc4, place: postcodeAreas.place, municipalityCode: postcodeAreas.municipalityCode })
    .from(postcodeAreas)
    .where(eq(postcodeAreas.pc4, pc4))
    .get();
}

export function municipalityName(code: string): string | null {
  return (
    getDb().select({ name: municipalities.name }).from(municipalities).where(eq(municipalities.code, code)).get()
      ?.name ?? null
  );
}

/** The contact row a request was made with (for its provider, once accepted: the caller checks). */
export function contactOfRequest(requestId: number) {
  return getDb()
    .select({
      street: contactDetails.street,
      houseNumber: contactDetails.houseNumber,
      postcode: contactDetails.postcode,
      place: contactDetails.place,
      phone: contactDetails.phone,
      preferredContact: contactDetails.preferredContact,
    })
    .from(helpRequests)
    .innerJoin(contactDetails, eq(contactDetails.id, helpRequests.contactId))
    .where(eq(helpRequests.id, requestId))
    .get();
}

/** The same for many requests at once (a provider's list, its agenda). */
export function contactsOfRequests(requestIds: readonly number[]) {
  if (requestIds.length === 0) return new Map<number, ContactValues & { municipalityCode: string }>();
  const rows = getDb()
    .select({
      requestId: helpRequests.id,
      municipalityCode: helpRequests.municipalityCode,
      street: contactDetails.street,
      houseNumber: contactDetails.houseNumber,
      postcode: contactDetails.postcode,
      place: contactDetails.place,
      phone: contactDetails.phone,
      preferredContact: contactDetails.preferredContact,
    })
    .from(helpRequests)
    .innerJoin(contactDetails, eq(contactDetails.id, helpRequests.contactId))
    .where(inArray(helpRequests.id, [...requestIds]))
    .all();
  return new Map(rows.map(({ requestId, ...c }) => [requestId, c]));
}

/** The municipality of each request, by id: whose admins see a read of it. */
export function municipalitiesOfRequests(requestIds: readonly number[]): Map<number, string> {
  if (requestIds.length === 0) return new Map();
  const rows = getDb()
    .select({ id: helpRequests.id, municipalityCode: helpRequests.municipalityCode })
    .from(helpRequests)
    .where(inArray(helpRequests.id, [...requestIds]))
    .all();
  return new Map(rows.map((r) => [r.id, r.municipalityCode]));
}

/** Erasure: the requests no longer point at an address, and the rows are gone. */
export function deleteContactsOf({ citizenUserId }: OwnerScope, db: Executor = getDb()): void {
  db.update(helpRequests).set({ contactId: null }).where(eq(helpRequests.citizenUserId, citizenUserId)).run();
  db.delete(contactDetails).where(eq(contactDetails.userId, citizenUserId)).run();
}

/**
 * The address of each referral's client: the contact row of the newest request on the referral's
 * case that has one (the ZIN request, or a later one of the same person).
 */
export function contactsOfReferrals(referralIds: readonly number[]) {
  if (referralIds.length === 0) return new Map<number, ContactValues & { municipalityCode: string }>();
  const rows = getDb()
    .select({
      referralId: referrals.id,
      requestId: helpRequests.id,
      municipalityCode: referrals.municipalityCode,
      street: contactDetails.street,
      houseNumber: contactDetails.houseNumber,
      postcode: contactDetails.postcode,
      place: contactDetails.place,
      phone: contactDetails.phone,
      preferredContact: contactDetails.preferredContact,
    })
    .from(referrals)
    .innerJoin(helpRequests, eq(helpRequests.caseId, referrals.caseId))
    .innerJoin(contactDetails, eq(contactDetails.id, helpRequests.contactId))
    .where(inArray(referrals.id, [...referralIds]))
    .orderBy(asc(helpRequests.id))
    .all();
  // Later rows (newer requests) win.
  return new Map(rows.map(({ referralId, requestId: _, ...c }) => [referralId, c]));
}

/** How citizens reach a municipality (policy data: footer, print view, request page, messages). */
export function municipalityContactOf(code: string) {
  return getDb()
    .select({
      name: municipalities.name,
      phone: municipalities.contactPhone,
      email: municipalities.contactEmail,
      address: municipalities.contactAddress,
      hours: municipalities.contactHours,
    })
    .from(municipalities)
    .where(eq(municipalities.code, code))
    .get();
}

/** The municipality of the citizen's newest request, if any. */
export function newestRequestMunicipality({ citizenUserId }: OwnerScope): string | null {
  return (
    getDb()
      .select({ code: helpRequests.municipalityCode })
      .from(helpRequests)
      .where(eq(helpRequests.citizenUserId, citizenUserId))
      .orderBy(desc(helpRequests.createdAt), desc(helpRequests.id))
      .limit(1)
      .get()?.code ?? null
  );
}
