import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { municipalities, providerServiceAreas, providers } from "~db/schema";

export type Provider = typeof providers.$inferSelect;

/** A provider with the names of the municipalities it serves. */
export function getProviderWithArea(providerId: number) {
  const db = getDb();
  const provider = db.select().from(providers).where(eq(providers.id, providerId)).get();
  if (!provider) return null;
  const area = db
    .select({ code: municipalities.code, name: municipalities.name })
    .from(providerServiceAreas)
    .innerJoin(municipalities, eq(municipalities.code, providerServiceAreas.municipalityCode))
    .where(eq(providerServiceAreas.providerId, providerId))
    .orderBy(asc(municipalities.name))
    .all();
  return { ...provider, serves: area };
}

/** Providers whose service area includes the municipality. */
export function listProvidersServing(municipalityCode: string) {
  const db = getDb();
  const ids = db
    .select({ id: providerServiceAreas.providerId })
    .from(providerServiceAreas)
    .where(eq(providerServiceAreas.municipalityCode, municipalityCode));
  return db.select().from(providers).where(inArray(providers.id, ids)).orderBy(asc(providers.name)).all();
}

export function providerServes(providerId: number, municipalityCode: string): boolean {
  const row = getDb()
    .select({ id: providerServiceAreas.providerId })
    .from(providerServiceAreas)
    .where(
      and(eq(providerServiceAreas.providerId, providerId), eq(providerServiceAreas.municipalityCode, municipalityCode)),
    )
    .get();
  return row !== undefined;
}
