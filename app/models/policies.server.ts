// Municipalities, the policy rows that make them take part, and the postcode areas they cover
// (reference data: read by everyone, scoped by the municipality asked about).
import { and, asc, eq, inArray, lte, max, min, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "~db/client.server";
import { municipalities, municipalityPolicies, postcodeAreas, providerServiceAreas } from "~db/schema";

export type Policy = typeof municipalityPolicies.$inferSelect;
export type Municipality = typeof municipalities.$inferSelect;

export function findMunicipality({ municipalityCode }: { municipalityCode: string }): Municipality | undefined {
  return getDb().select().from(municipalities).where(eq(municipalities.code, municipalityCode)).get();
}

/** Every policy row of the municipality, oldest first (the domain picks the one in force). */
export function policiesOf({ municipalityCode }: { municipalityCode: string }): Policy[] {
  return getDb()
    .select()
    .from(municipalityPolicies)
    .where(eq(municipalityPolicies.municipalityCode, municipalityCode))
    .orderBy(asc(municipalityPolicies.effectiveFrom))
    .all();
}

/** The municipalities that take part (those with a policy), by name. */
export function participatingMunicipalities(): Pick<Municipality, "code" | "name">[] {
  const db = getDb();
  const withPolicy = db.selectDistinct({ code: municipalityPolicies.municipalityCode }).from(municipalityPolicies);
  return db
    .select({ code: municipalities.code, name: municipalities.name })
    .from(municipalities)
    .where(inArray(municipalities.code, withPolicy))
    .orderBy(asc(municipalities.name))
    .all();
}

/** The codes of the municipalities that take part. */
export function participatingCodes(): Set<string> {
  const rows = getDb().selectDistinct({ code: municipalityPolicies.municipalityCode }).from(municipalityPolicies).all();
  return new Set(rows.map((r) => r.code));
}

/**
 * The shortest stale period among the policies in force on `day` of the municipalities the
 * provider serves; undefined when none of them has a policy.
 */
export function strictestStalePeriod({ providerId }: { providerId: number }, day: string): number | undefined {
  const latest = alias(municipalityPolicies, "latest");
  const inForceFrom = getDb()
    .select({ from: max(latest.effectiveFrom) })
    .from(latest)
    .where(and(eq(latest.municipalityCode, providerServiceAreas.municipalityCode), lte(latest.effectiveFrom, day)));
  const row = getDb()
    .select({ days: min(municipalityPolicies.staleAfterDays) })
    .from(providerServiceAreas)
    .innerJoin(municipalityPolicies, eq(municipalityPolicies.municipalityCode, providerServiceAreas.municipalityCode))
    .where(
      and(
        eq(providerServiceAreas.providerId, providerId),
        eq(municipalityPolicies.effectiveFrom, sql`(${inForceFrom})`),
      ),
    )
    .get();
  return row?.days ?? undefined;
}

/** Whether a 4-digit postcode exists. */
export function isKnownPc4(pc4: string): boolean {
  return (
    getDb().select({ pc4: postcodeAreas.pc4 }).from(postcodeAreas).where(eq(postcodeAreas.pc4, pc4)).get() !== undefined
  );
}
