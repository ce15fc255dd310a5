// User accounts: looked up by email to log in, listed for the admin of a municipality, written
// when someone registers, an admin or a provider's staff adds staff, a staff account is
// deactivated, or a citizen is erased.
import { and, asc, eq, inArray, isNull, ne, or } from "drizzle-orm";
import { type Db, getDb } from "~db/client.server";
import { providerServiceAreas, providers, users } from "~db/schema";

export type User = typeof users.$inferSelect;
export type AccountUser = Pick<User, "id" | "role" | "name" | "email">;

/** The account for a (lower-cased) email address, with its password hash, to check a login. */
export function findUserByEmail(email: string): User | undefined {
  return getDb().select().from(users).where(eq(users.email, email)).get();
}

/** Inserts an account; throws SQLite's unique violation when the email is taken (see isEmailTaken). */
export function insertUser(values: typeof users.$inferInsert, db: Pick<Db, "insert"> = getDb()): AccountUser {
  return db
    .insert(users)
    .values(values)
    .returning({ id: users.id, role: users.role, name: users.name, email: users.email })
    .get();
}

/** Whether an insert failed on the unique email index: that index decides, not a read before. */
export function isEmailTaken(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "SQLITE_CONSTRAINT_UNIQUE";
}

/** Staff an admin may see: the municipality's consultants and admins, and staff of providers serving it. */
export function staffOf({ municipalityCode }: { municipalityCode: string }) {
  const db = getDb();
  const servingProviders = db
    .select({ id: providerServiceAreas.providerId })
    .from(providerServiceAreas)
    .where(eq(providerServiceAreas.municipalityCode, municipalityCode));
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      providerId: users.providerId,
      providerName: providers.name,
      deactivatedAt: users.deactivatedAt,
      lastLoginAt: users.lastLoginAt,
      // Set only together with a confirmed secret, and cleared with it (ADR 025).
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(users)
    .leftJoin(providers, eq(providers.id, users.providerId))
    .where(or(eq(users.municipalityCode, municipalityCode), inArray(users.providerId, servingProviders)))
    .orderBy(asc(users.name))
    .all();
}

/** Whether a provider has any staff account yet; on the caller's transaction when one is open. */
export function hasStaffAccount({ providerId }: { providerId: number }): boolean {
  return (
    getDb()
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.providerId, providerId), eq(users.role, "provider_staff")))
      .get() !== undefined
  );
}

/** The staff accounts of one provider, by name: what its own staff see of their colleagues. */
export function colleaguesOf({ providerId }: { providerId: number }) {
  return getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      lastLoginAt: users.lastLoginAt,
      deactivatedAt: users.deactivatedAt,
    })
    .from(users)
    .where(and(eq(users.providerId, providerId), eq(users.role, "provider_staff")))
    .orderBy(asc(users.name))
    .all();
}

/** Marks a staff account deactivated (once); false when it was already, or is no staff account. */
export function markStaffDeactivated(tx: Pick<Db, "update">, { userId }: { userId: number }, at: Date): boolean {
  return (
    tx
      .update(users)
      .set({ deactivatedAt: at })
      .where(and(eq(users.id, userId), ne(users.role, "citizen"), isNull(users.deactivatedAt)))
      .run().changes === 1
  );
}

/** A citizen's own account; staff accounts are not citizens' data to export or erase. */
export function findCitizenAccount({ citizenUserId }: { citizenUserId: number }) {
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, createdAt: users.createdAt })
    .from(users)
    .where(and(eq(users.id, citizenUserId), eq(users.role, "citizen")))
    .get();
}

/** Replaces what identifies a citizen's account; the row stays for the figures' foreign keys. */
export function anonymiseCitizenAccount(
  { citizenUserId }: { citizenUserId: number },
  values: Pick<User, "name" | "email" | "passwordHash">,
): void {
  getDb()
    .update(users)
    .set({ ...values, calendarToken: null })
    .where(and(eq(users.id, citizenUserId), eq(users.role, "citizen")))
    .run();
}

/** An account by id, with its password hash: to check the current password before a change. */
export function findUserById({ userId }: { userId: number }): User | undefined {
  return getDb().select().from(users).where(eq(users.id, userId)).get();
}

/** Sets a new password; the person chose it, so a one-time password's "must change" ends too. */
export function setPasswordHash(tx: Pick<Db, "update">, { userId }: { userId: number }, passwordHash: string): void {
  tx.update(users).set({ passwordHash, mustChangePassword: false }).where(eq(users.id, userId)).run();
}

/** When the account last logged in, shown to the admin and to colleagues. */
export function recordLogin({ userId }: { userId: number }, at: Date): void {
  getDb().update(users).set({ lastLoginAt: at }).where(eq(users.id, userId)).run();
}
