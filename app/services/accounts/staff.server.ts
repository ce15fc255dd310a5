// Staff accounts: a municipality admin lists them and makes new ones inside their own municipality.
import { hashPassword } from "~/auth/password.server";
import { clock } from "~/clock.server";
import { deleteSessionsOf } from "~/models/sessions.server";
import { type AccountUser, insertUser, isEmailTaken, markStaffDeactivated, staffOf } from "~/models/users.server";
import type { StaffRole } from "~/schemas/account";
import { getDb } from "~db/client.server";
import { audit } from "../audit.server";
import { providerServes } from "../providers.server";

/** Staff an admin may see: its municipality's consultants and admins, and staff of providers serving it. */
export function listStaff(admin: { municipalityCode: string }) {
  return staffOf(admin);
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
      const row = insertUser({ name: input.name, email: input.email, passwordHash, role: input.role, ...scope }, tx);
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
    if (isEmailTaken(error)) return { ok: false, reason: "email_taken" };
    throw error;
  }
}

export type DeactivateResult = { ok: true } | { ok: false; reason: "not_found" | "self" };

/**
 * An admin deactivates a member of staff it may see. The account is marked and every one of its
 * sessions deleted in the same transaction, so nobody stays logged in on a deactivated account.
 */
export function deactivateStaffUser(admin: { id: number; municipalityCode: string }, userId: number): DeactivateResult {
  if (userId === admin.id) return { ok: false, reason: "self" };
  if (!staffOf(admin).some((u) => u.id === userId && u.deactivatedAt === null))
    return { ok: false, reason: "not_found" };
  const done = getDb().transaction(
    (tx) => {
      if (!markStaffDeactivated(tx, { userId }, clock.now())) return false;
      deleteSessionsOf({ userId }, tx);
      audit({ actorUserId: admin.id, action: "user.deactivated", subjectType: "user", subjectId: userId }, tx);
      return true;
    },
    { behavior: "immediate" },
  );
  return done ? { ok: true } : { ok: false, reason: "not_found" };
}
