import { asc, eq, inArray } from "drizzle-orm";
import { clock } from "~/clock.server";
import { amsterdamDay, policyInForce } from "~/domain/policy";
import { getDb } from "~db/client.server";
import { municipalities, municipalityPolicies } from "~db/schema";

export type Policy = typeof municipalityPolicies.$inferSelect;

export function getMunicipality(code: string) {
  return getDb().select().from(municipalities).where(eq(municipalities.code, code)).get() ?? null;
}

/** The municipality's policy in force on the given moment's Amsterdam calendar day. */
export function getPolicyInForce(code: string, now = clock.now()): Policy | null {
  const rows = getDb()
    .select()
    .from(municipalityPolicies)
    .where(eq(municipalityPolicies.municipalityCode, code))
    .orderBy(asc(municipalityPolicies.effectiveFrom))
    .all();
  return policyInForce(rows, amsterdamDay(now));
}

/** Municipalities that take part: those with a policy. */
export function listParticipatingMunicipalities() {
  const db = getDb();
  const withPolicy = db.selectDistinct({ code: municipalityPolicies.municipalityCode }).from(municipalityPolicies);
  return db
    .select({ code: municipalities.code, name: municipalities.name })
    .from(municipalities)
    .where(inArray(municipalities.code, withPolicy))
    .orderBy(asc(municipalities.name))
    .all();
}
