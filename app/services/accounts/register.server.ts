// A citizen registers: an account of their own, so they can request help and follow it.
import { hashSignupPassword } from "~/auth/password.server";
import { insertUser, isEmailTaken } from "~/models/users.server";
import { getDb } from "~db/client.server";
import { audit } from "../audit.server";

/**
 * Creates the account unless the email is taken. The caller answers both the same way, so a
 * stranger cannot learn which emails have an account; the password is hashed either way, so the
 * time does not tell either. Throws LimiterFullError when the sign-up hashing line is full.
 */
export async function registerCitizen(input: { name: string; email: string; password: string }): Promise<{
  created: boolean;
}> {
  const passwordHash = await hashSignupPassword(input.password);
  try {
    getDb().transaction((tx) => {
      const row = insertUser({ name: input.name, email: input.email, passwordHash, role: "citizen" }, tx);
      audit({ actorUserId: row.id, action: "user.registered", subjectType: "user", subjectId: row.id }, tx);
    });
    return { created: true };
  } catch (error) {
    // The unique index decides, so two simultaneous registrations cannot both win.
    if (isEmailTaken(error)) return { created: false };
    throw error;
  }
}
