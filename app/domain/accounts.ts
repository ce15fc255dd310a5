// Who may make a staff account, and whose data that account can read. A provider's staff read the
// intakes of every municipality the provider serves, so one municipality's admin must not be able
// to hand themselves that reach (ADR 018).

export type ProviderStaffRefusal = "provider_not_in_municipality" | "provider_not_vetted" | "provider_reaches_further";

/**
 * Whether an admin may deactivate an account: its own municipality's consultants and admins, and
 * staff of a provider that works only there. A provider that also serves other municipalities
 * would be cut off for all of them by one municipality, so its accounts are not one admin's to end.
 */
export function adminMayDeactivate(
  adminMunicipalityCode: string,
  account: { providerId: number | null; providerServes: readonly string[] },
): boolean {
  if (account.providerId === null) return true;
  return account.providerServes.every((code) => code === adminMunicipalityCode);
}

/**
 * Whether an admin may add a staff account for this provider: only once it is vetted (a pending or
 * suspended provider must not work in the app); then always for a provider that serves only the
 * admin's municipality; for one that serves others too, only its first account. Further accounts
 * of such a provider are made by its own staff.
 */
export function adminMayAddProviderStaff(
  adminMunicipalityCode: string,
  provider: { serves: readonly string[]; hasStaff: boolean; vetted: boolean },
): ProviderStaffRefusal | null {
  if (!provider.serves.includes(adminMunicipalityCode)) return "provider_not_in_municipality";
  if (!provider.vetted) return "provider_not_vetted";
  if (provider.serves.every((code) => code === adminMunicipalityCode)) return null;
  return provider.hasStaff ? "provider_reaches_further" : null;
}
