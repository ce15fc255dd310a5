// Checking a login: the same answer, and the same time, for an unknown email and a wrong password.
import { verifyPassword } from "~/auth/password.server";
import { type AccountUser, findUserByEmail } from "~/models/users.server";
import { audit } from "../audit.server";

/** The user for these credentials, or null; the caller shows one generic message either way. */
export async function authenticate(email: string, password: string): Promise<AccountUser | null> {
  const row = findUserByEmail(email);
  const ok = await verifyPassword(row?.passwordHash ?? null, password);
  // A deactivated account is refused like a wrong password, after the same check and time.
  if (!row || !ok || row.deactivatedAt !== null) {
    audit({
      actorUserId: null,
      action: "session.login_failed",
      subjectType: "user",
      subjectId: row?.id ?? null,
    });
    return null;
  }
  // "Logged in" is written when the session starts (logIn), after any second factor: a right
  // password alone is not a login (ADR 032).
  return { id: row.id, role: row.role, name: row.name, email: row.email };
}
