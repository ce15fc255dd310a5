import { and, asc, eq, inArray } from "drizzle-orm";
import type { Application } from "~/schemas/provider-application";
import { getDb } from "~db/client.server";
import { municipalities, providerServiceAreas, providers } from "~db/schema";
import { audit } from "./audit.server";

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

export type ApplicationResult = { ok: true; id: number } | { ok: false; errors: Record<string, string[]> };

/**
 * A new provider applies: stored as pending (never shown to citizens until vetted), with only
 * the details its kind needs, in one transaction.
 */
export function createProviderApplication(input: Application): ApplicationResult {
  const db = getDb();
  const participating = new Set(
    (
      db.$client.prepare("SELECT DISTINCT municipality_code AS c FROM municipality_policies").all() as { c: string }[]
    ).map((r) => r.c),
  );
  const errors: Record<string, string[]> = {};
  if (input.serves.some((code) => !participating.has(code))) errors.serves = ["validation.apply.serves"];
  const pc4 = input.homePostcode?.slice(0, 4);
  const usesBase = input.kind === "private_cleaner" || input.kind === "physio";
  if (usesBase && pc4 && !db.$client.prepare("SELECT 1 FROM postcode_areas WHERE pc4 = ?").get(pc4)) {
    errors.homePostcode = ["validation.apply.homePostcode"];
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const id = db.transaction((tx) => {
    const row = tx
      .insert(providers)
      .values({
        kind: input.kind,
        name: input.name,
        kvkNumber: input.kvkNumber,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        contactPhone: input.contactPhone || null,
        vettingStatus: "pending",
        languages: [...new Set(input.languages)],
        homePc4: usesBase ? (pc4 ?? null) : null,
        maxTravelKm: usesBase ? (input.maxTravelKm ?? null) : null,
        hourlyRateCents: input.kind === "private_cleaner" ? (input.hourlyRate ?? null) : null,
        acceptsHht: input.kind === "private_cleaner" ? input.acceptsHht === "yes" : null,
        cao: input.kind === "zin" ? (input.cao ?? null) : null,
        mediationFeeCents: input.kind === "pgb_mediator" ? (input.mediationFee ?? null) : null,
        address: input.kind === "physio" ? (input.address ?? null) : null,
      })
      .returning({ id: providers.id })
      .get();
    tx.insert(providerServiceAreas)
      .values([...new Set(input.serves)].map((municipalityCode) => ({ providerId: row.id, municipalityCode })))
      .run();
    audit({ actorUserId: null, action: "provider.applied", subjectType: "provider", subjectId: row.id }, tx);
    return row.id;
  });
  return { ok: true, id };
}
