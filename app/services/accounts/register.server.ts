// A citizen registers: an account of their own, so they can request help and follow it.
import { hashPassword } from "~/auth/password.server";
import { type AccountUser, insertUser, isEmailTaken } from "~/models/users.server";
import { getDb } from "~db/client.server";
import { audit } from "../audit.server";

export async function registerCitizen(input: {
  name: string;
  email: string;
  password: string;
}): Promise<{ ok: true; user: AccountUser } | { ok: false; reason: "email_taken" }> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = getDb().transaction((tx) => {
      const row = insertUser({ name: input.name, email: input.email, passwordHash, role: "citizen" }, tx);
      audit({ actorUserId: row.id, action: "user.registered", subjectType: "user", subjectId: row.id }, tx);
      return row;
    });
    return { ok: true, user };
  } catch (error) {
    // The unique index decides, so two simultaneous registrations cannot both win.
    if (isEmailTaken(error)) return { ok: false, reason: "email_taken" };
    throw error;
  }
}
