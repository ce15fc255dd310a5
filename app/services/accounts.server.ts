// Accounts: citizens register themselves; staff accounts are made by a municipality admin.
import { asc, eq, inArray, or } from "drizzle-orm";
import { hashPassword, verifyPassword } from "~/auth/password.server";
import type { StaffRole } from "~/schemas/account";
import { getDb } from "~db/client.server";
import { providerServiceAreas, providers, type Role, users } from "~db/schema";
import { audit } from "./audit.server";
import { providerServes } from "./providers.server";

export type AccountUser = { id: number; role: Role; name: string; email: string };

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "SQLITE_CONSTRAINT_UNIQUE";
}

export async function registerCitizen(input: {
  name: string;
  email: string;
  password: string;
}): Promise<{ ok: true; user: AccountUser } | { ok: false; reason: "email_taken" }> {
  const passwordHash = await hashPassword(input.password);
  const db = getDb();
  try {
    const user = db.transaction((tx) => {
      const row = tx
        .insert(users)
        .values({ name: input.name, email: input.email, passwordHash, role: "citizen" })
        .returning({ id: users.id, role: users.role, name: users.name, email: users.email })
        .get();
      audit({ actorUserId: row.id, action: "user.registered", subjectType: "user", subjectId: row.id }, tx);
      return row;
    });
    return { ok: true, user };
  } catch (error) {
    // The unique index decides, so two simultaneous registrations cannot both win.
    if (isUniqueViolation(error)) return { ok: false, reason: "email_taken" };
    throw error;
  }
}

/** The user for these credentials, or null; the caller shows one generic message either way. */
export async function authenticate(email: string, password: string): Promise<AccountUser | null> {
  const row = getDb().select().from(users).where(eq(users.email, email)).get();
  const ok = await verifyPassword(row?.passwordHash ?? null, password);
  if (!row || !ok) {
    audit({
      actorUserId: null,
      action: "session.login_failed",
      subjectType: "user",
      subjectId: row?.id ?? null,
    });
    return null;
  }
  audit({ actorUserId: row.id, action: "session.login", subjectType: "user", subjectId: row.id });
  return { id: row.id, role: row.role, name: row.name, email: row.email };
}

/** Staff an admin may see: its municipality's consultants and admins, and staff of providers serving it. */
export function listStaff(municipalityCode: string) {
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
      providerName: providers.name,
    })
    .from(users)
    .leftJoin(providers, eq(providers.id, users.providerId))
    .where(or(eq(users.municipalityCode, municipalityCode), inArray(users.providerId, servingProviders)))
    .orderBy(asc(users.name))
    .all();
}

// Readable one-time passwords: no 0/O or 1/l/I to misread when passed on by phone.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export function generateOneTimePassword(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  const chars = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join("");
  return chars.match(/.{4}/g)?.join("-") ?? chars;
}

export type CreateStaffResult =
  | { ok: true; user: AccountUser; oneTimePassword: string }
  | { ok: false; reason: "email_taken" | "provider_not_in_municipality" };

/** An admin creates a staff account inside its own municipality; the password is shown once. */
export async function createStaffUser(
  admin: { id: number; municipalityCode: string },
  input: { name: string; email: string; role: StaffRole; providerId?: number },
): Promise<CreateStaffResult> {
  if (input.role === "provider_staff") {
    if (!input.providerId || !providerServes(input.providerId, admin.municipalityCode)) {
      return { ok: false, reason: "provider_not_in_municipality" };
    }
  }
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const scope =
    input.role === "provider_staff"
      ? { providerId: input.providerId ?? null, municipalityCode: null }
      : { providerId: null, municipalityCode: admin.municipalityCode };
  try {
    const user = getDb().transaction((tx) => {
      const row = tx
        .insert(users)
        .values({ name: input.name, email: input.email, passwordHash, role: input.role, ...scope })
        .returning({ id: users.id, role: users.role, name: users.name, email: users.email })
        .get();
      audit(
        {
          actorUserId: admin.id,
          action: "user.created",
          subjectType: "user",
          subjectId: row.id,
          detail: { role: input.role, providerId: scope.providerId, municipalityCode: scope.municipalityCode },
        },
        tx,
      );
      return row;
    });
    return { ok: true, user, oneTimePassword };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "email_taken" };
    throw error;
  }
}
