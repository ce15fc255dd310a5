// Staff accounts: a municipality admin lists them and makes new ones inside their own municipality.
import { hashPassword } from "~/auth/password.server";
import { type AccountUser, insertUser, isEmailTaken, staffOf } from "~/models/users.server";
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
