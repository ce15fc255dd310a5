// The sections of a staff member's workspace that apply (domain/workspace): for the menu, and
// for the routes, which refuse the others with a 404 (a Dutch page) whatever the URL says.
import type { SessionUser } from "~/auth/session.server";
import {
  hhtApplies,
  hiddenAdminPaths,
  hiddenProviderPaths,
  type ProviderSection,
  providerSectionApplies,
} from "~/domain/workspace";
import { findProviderKind, serviceAreaOf } from "~/models/providers.server";
import { notFound } from "~/utils/http.server";
import { getPolicyInForce } from "./municipalities.server";

/** Menu paths that do not apply to this user. */
export function hiddenMenuPaths(user: SessionUser): string[] {
  if (user.role === "provider_staff" && user.providerId) {
    const kind = findProviderKind({ providerId: user.providerId });
    return kind ? hiddenProviderPaths(kind) : [];
  }
  if (user.role === "admin" && user.municipalityCode)
    return hiddenAdminPaths({ offersHht: offersHht(user.municipalityCode) });
  return [];
}

export function offersHht(municipalityCode: string): boolean {
  return (getPolicyInForce(municipalityCode)?.hhtSubsidyPerHourCents ?? 0) > 0;
}

/** Whether HHT applies to a provider: a municipality it serves offers the subsidy (hhtApplies). */
export function providerHhtApplies(providerId: number): boolean {
  return hhtApplies(serviceAreaOf({ providerId }).map((m) => offersHht(m.code)));
}

/** Whether HHT applies to an admin: the own municipality offers the subsidy (hhtApplies). */
export function adminHhtApplies(admin: { municipalityCode: string }): boolean {
  return hhtApplies([offersHht(admin.municipalityCode)]);
}

/** Throws a 404 when the section does not apply to the provider's kind. */
export function requireProviderSection(staff: { providerId: number }, section: ProviderSection): void {
  const kind = findProviderKind(staff);
  if (!kind || !providerSectionApplies(kind, section)) throw notFound();
}

/** Throws a 404 where the municipality does not offer the HHT subsidy. */
export function requireHhtOffered(admin: { municipalityCode: string }): void {
  if (!offersHht(admin.municipalityCode)) throw notFound();
}
