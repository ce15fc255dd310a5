import { asc, eq } from "drizzle-orm";
import { amsterdamDay, policyInForce } from "~/domain/policy";
import { getDb } from "~db/client.server";
import { municipalities, municipalityPolicies } from "~db/schema";

export type Policy = typeof municipalityPolicies.$inferSelect;

export function getMunicipality(code: string) {
  return getDb().select().from(municipalities).where(eq(municipalities.code, code)).get() ?? null;
}

/** The municipality's policy in force on the given moment's Amsterdam calendar day. */
export function getPolicyInForce(code: string, now = new Date()): Policy | null {
  const rows = getDb()
    .select()
    .from(municipalityPolicies)
    .where(eq(municipalityPolicies.municipalityCode, code))
    .orderBy(asc(municipalityPolicies.effectiveFrom))
    .all();
  return policyInForce(rows, amsterdamDay(now));
}
