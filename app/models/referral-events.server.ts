// A referral's timeline: every step, when, by whom, with its note.
import { type Db, getDb } from "~db/client.server";
import { referralEvents } from "~db/schema";

/** Records a step on a referral; call it in the transaction that took the step. */
export function addReferralEvent(
  event: Pick<typeof referralEvents.$inferInsert, "referralId" | "status" | "note" | "byUserId" | "at">,
  db: Pick<Db, "insert"> = getDb(),
): void {
  db.insert(referralEvents).values(event).run();
}
