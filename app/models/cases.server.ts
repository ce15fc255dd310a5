// Cases as the provider's steps touch them (the consultant's queries live with the case workspace).
import { eq } from "drizzle-orm";
import { type Db, getDb } from "~db/client.server";
import { cases } from "~db/schema";

/** Marks a case as changed now, so the consultant's lists put it on top. */
export function touchCase(caseId: number, at: Date, db: Pick<Db, "update"> = getDb()): void {
  db.update(cases).set({ updatedAt: at }).where(eq(cases.id, caseId)).run();
}
