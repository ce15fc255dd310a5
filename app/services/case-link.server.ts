// Finding or opening a citizen's case: one per person per municipality. Kept apart from the
// case service so requests and signals can open a case without importing the whole workspace.
import type Database from "better-sqlite3";

/** The person's key: the name a family member acted for, or "" for the account holder. */
export function personKey(actingForName: string | null | undefined): string {
  return (actingForName ?? "").trim().toLowerCase();
}

/** The case id for this person, opened now when there is none. Call inside the caller's transaction. */
export function ensureCase(
  db: Database.Database,
  person: { municipalityCode: string; citizenUserId: number; actingForName: string | null },
  now: Date,
): number {
  const key = personKey(person.actingForName);
  const found = db
    .prepare("SELECT id FROM cases WHERE municipality_code = ? AND citizen_user_id = ? AND person_key = ?")
    .get(person.municipalityCode, person.citizenUserId, key) as { id: number } | undefined;
  if (found) return found.id;
  const name =
    person.actingForName?.trim() ||
    (db.prepare("SELECT name FROM users WHERE id = ?").get(person.citizenUserId) as { name: string }).name;
  const row = db
    .prepare(
      `INSERT INTO cases (municipality_code, citizen_user_id, person_key, person_name, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
    )
    .get(person.municipalityCode, person.citizenUserId, key, name, now.getTime(), now.getTime()) as { id: number };
  return row.id;
}
