// The areas the dashboard adds up (ADR 009): a municipality, or its region's participating
// municipalities together. Every dashboard query takes its area first.
import { and, eq, exists, inArray, sql } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { municipalities, municipalityPolicies, providerServiceAreas } from "~db/schema";

/** The municipalities whose figures are added up. */
export type Area = { municipalityCodes: readonly string[] };
/** A period as instants: from inclusive, before exclusive. */
export type Instants = { from: Date; before: Date };
/** A period as Amsterdam days, both inclusive. */
export type Days = { from: string; to: string };

export const areaCodes = (area: Area) => [...area.municipalityCodes];

/** The providers serving the area (a subquery). */
export const providersServing = (area: Area) =>
  getDb()
    .select({ id: providerServiceAreas.providerId })
    .from(providerServiceAreas)
    .where(inArray(providerServiceAreas.municipalityCode, areaCodes(area)));

export function municipalityWithRegion({ municipalityCode }: { municipalityCode: string }) {
  return getDb()
    .select({ code: municipalities.code, name: municipalities.name, region: municipalities.region })
    .from(municipalities)
    .where(eq(municipalities.code, municipalityCode))
    .get();
}

/** The municipalities of a region that take part (have a policy), by name. */
export function participatingMunicipalitiesIn(region: string) {
  const db = getDb();
  return db
    .select({ code: municipalities.code, name: municipalities.name })
    .from(municipalities)
    .where(
      and(
        eq(municipalities.region, region),
        exists(
          db
            .select({ one: sql`1` })
            .from(municipalityPolicies)
            .where(eq(municipalityPolicies.municipalityCode, municipalities.code)),
        ),
      ),
    )
    .orderBy(municipalities.name)
    .all();
}
