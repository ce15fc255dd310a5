// Providers: one with the municipalities it serves, those serving a municipality, and applying.

import { clock } from "~/clock.server";
import { isKnownPc4, participatingCodes } from "~/models/policies.server";
import {
  findProvider,
  insertProvider,
  insertServiceAreas,
  type Provider,
  providersServing,
  servesMunicipality,
  serviceAreaOf,
} from "~/models/providers.server";
import type { Application } from "~/schemas/provider-application";
import { getDb } from "~db/client.server";
import { audit } from "./audit.server";
import { noticeProviderApplication } from "./notifications/municipal.server";

/** A provider with the names of the municipalities it serves. */
export function getProviderWithArea(providerId: number) {
  const provider = findProvider({ providerId });
  if (!provider) return null;
  return { ...provider, serves: serviceAreaOf({ providerId }) };
}

/** Providers whose service area includes the municipality. */
export function listProvidersServing(municipalityCode: string): Provider[] {
  return providersServing({ municipalityCode });
}

export function providerServes(providerId: number, municipalityCode: string): boolean {
  return servesMunicipality({ providerId }, municipalityCode);
}

export type ApplicationResult = { ok: true; id: number } | { ok: false; errors: Record<string, string[]> };

/**
 * A new provider applies: stored as pending (never shown to citizens until vetted), with only
 * the details its kind needs, in one transaction.
 */
export function createProviderApplication(input: Application): ApplicationResult {
  const participating = participatingCodes();
  const errors: Record<string, string[]> = {};
  if (input.serves.some((code) => !participating.has(code))) errors.serves = ["validation.apply.serves"];
  const pc4 = input.homePostcode?.slice(0, 4);
  const usesBase = input.kind === "private_cleaner" || input.kind === "physio";
  if (usesBase && pc4 && !isKnownPc4(pc4)) errors.homePostcode = ["validation.apply.homePostcode"];
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const id = getDb().transaction((tx) => {
    const providerId = insertProvider(
      {
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
      },
      tx,
    );
    insertServiceAreas({ providerId }, [...new Set(input.serves)], tx);
    audit({ actorUserId: null, action: "provider.applied", subjectType: "provider", subjectId: providerId }, tx);
    noticeProviderApplication({ id: providerId, name: input.name, serves: input.serves, now: clock.now() });
    return providerId;
  });
  return { ok: true, id };
}
