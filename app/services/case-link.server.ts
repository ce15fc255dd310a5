// Finding or opening a citizen's case: one per person per municipality. Kept apart from the
// case services so requests and signals can open a case without importing the whole workspace.
import type Database from "better-sqlite3";
import { accountHolderName, findCaseIdOfPerson, insertCase } from "~/models/cases.server";

/** The person's key: the name a family member acted for, or "" for the account holder. */
export function personKey(actingForName: string | null | undefined): string {
  return (actingForName ?? "").trim().toLowerCase();
}

/**
 * The case id for this person, opened now when there is none. Call inside the caller's
 * transaction: `_connection` is the caller's, and the process has one connection, so the models
 * used here run inside that transaction.
 */
export function ensureCase(
  _connection: Database.Database,
  person: { municipalityCode: string; citizenUserId: number; actingForName: string | null },
  now: Date,
): number {
  const key = personKey(person.actingForName);
  const found = findCaseIdOfPerson(person, person.citizenUserId, key);
  if (found !== undefined) return found;
  const personName = person.actingForName?.trim() || accountHolderName(person.citizenUserId) || "";
  return insertCase(
    { municipalityCode: person.municipalityCode, citizenUserId: person.citizenUserId, personKey: key, personName },
    now,
  );
}
