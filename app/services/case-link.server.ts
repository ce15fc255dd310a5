// Finding or opening a citizen's case: one per person per municipality. Kept apart from the
// case services so requests and signals can open a case without importing the whole workspace.
import type Database from "better-sqlite3";
import { cleanPersonName, personKey } from "~/domain/fair-share";
import { accountHolderName, findCaseIdOfPerson, insertCase } from "~/models/cases.server";

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
  const personName = cleanPersonName(person.actingForName ?? "") || accountHolderName(person.citizenUserId) || "";
  return insertCase(
    { municipalityCode: person.municipalityCode, citizenUserId: person.citizenUserId, personKey: key, personName },
    now,
  );
}
