// Signals as the provider that raised them sees them: scoped to that provider.
import { desc, eq } from "drizzle-orm";
import { type Db, getDb } from "~db/client.server";
import { cases, signals } from "~db/schema";
import type { ProviderScope } from "./referrals.server";

/** At most this many signals on the provider's list. */
const SIGNAL_LIST_LIMIT = 200;

/** The signals the provider raised, newest first, with whom they are about. */
export function signalsOfProvider({ providerId }: ProviderScope, db: Pick<Db, "select"> = getDb()) {
  return db
    .select({
      id: signals.id,
      personName: cases.personName,
      type: signals.type,
      urgency: signals.urgency,
      text: signals.text,
      status: signals.status,
      createdAt: signals.createdAt,
      acknowledgedAt: signals.acknowledgedAt,
      closedAt: signals.closedAt,
      municipalityCode: signals.municipalityCode,
    })
    .from(signals)
    .innerJoin(cases, eq(cases.id, signals.caseId))
    .where(eq(signals.providerId, providerId))
    .orderBy(desc(signals.id))
    .limit(SIGNAL_LIST_LIMIT)
    .all();
}

/** Stores a new, open signal from the provider; its id. */
export function addSignalOfProvider(
  { providerId }: ProviderScope,
  signal: Pick<
    typeof signals.$inferInsert,
    "caseId" | "municipalityCode" | "type" | "urgency" | "text" | "raisedByUserId" | "createdAt"
  >,
  db: Pick<Db, "insert"> = getDb(),
): number {
  return db
    .insert(signals)
    .values({ ...signal, providerId, status: "open" })
    .returning({ id: signals.id })
    .get().id;
}
