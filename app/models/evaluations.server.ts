// The provider's evaluation of a referral (read with the provider's referrals, written here).
import { type Db, getDb } from "~db/client.server";
import { evaluations } from "~db/schema";

/** Records the provider's evaluation; the caller checked the referral is its own and may be evaluated. */
export function addEvaluation(
  evaluation: Pick<typeof evaluations.$inferInsert, "referralId" | "outcome" | "explanation" | "byUserId" | "at">,
  db: Pick<Db, "insert"> = getDb(),
): void {
  db.insert(evaluations).values(evaluation).run();
}
