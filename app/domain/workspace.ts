// Which sections of a staff workspace apply: a section that does not apply to a provider's kind
// or the municipality's policy is neither in the menu nor reachable (its route answers 404).
import type { ProviderKind, Role } from "~db/schema";

export type ProviderSection = "requests" | "referrals" | "signals" | "visits" | "agenda";

/**
 * Referrals are ZIN's (a consultant's indication); ZIN requests reach the provider only as such,
 * so it has no requests page. Visits and payments are a private cleaner's. A cleaner has no
 * signalling role (cao Schoonmaak, DOMAIN.md); the others report concerns about their clients.
 */
export function providerSectionApplies(kind: ProviderKind, section: ProviderSection): boolean {
  switch (section) {
    case "requests":
      return kind !== "zin";
    case "referrals":
      return kind === "zin";
    case "signals":
      return kind !== "private_cleaner";
    case "visits":
      return kind === "private_cleaner";
    // The agenda: a cleaner's booked visits, a physio practice's group sessions.
    case "agenda":
      return kind === "private_cleaner" || kind === "physio";
  }
}

/** The menu paths of the provider sections that do not apply to this kind. */
export const PROVIDER_SECTION_PATHS: Record<ProviderSection, string> = {
  requests: "/aanbieder/aanvragen",
  referrals: "/aanbieder/verwijzingen",
  signals: "/aanbieder/signalen",
  visits: "/aanbieder/bezoeken",
  agenda: "/aanbieder/agenda",
};

export function hiddenProviderPaths(kind: ProviderKind): string[] {
  return (Object.keys(PROVIDER_SECTION_PATHS) as ProviderSection[])
    .filter((s) => !providerSectionApplies(kind, s))
    .map((s) => PROVIDER_SECTION_PATHS[s]);
}

/**
 * HHT (the municipality's part of a cleaner's rate) applies only where a municipality in question
 * offers the subsidy: for an admin its own; for a provider any municipality it serves. Where none
 * does, no page shows HHT sections, columns or answers as if it were paid.
 */
export function hhtApplies(municipalitiesOfferHht: readonly boolean[]): boolean {
  return municipalitiesOfferHht.some(Boolean);
}

/** The HHT statement applies only where the municipality's policy offers the subsidy. */
export function hiddenAdminPaths({ offersHht }: { offersHht: boolean }): string[] {
  return hhtApplies([offersHht]) ? [] : ["/beheer/hht"];
}

/**
 * The pages of one's own account, for the overview at /account (in every role's menu as "Mijn
 * account"). One rule with the routes: /mijn/gegevens is a citizen's only (its route asks for that
 * role); the /account pages are every role's (they ask only for a session).
 */
export function accountPagesFor(role: Role): string[] {
  return [
    "/account/wachtwoord",
    "/account/tweestaps",
    "/account/sessies",
    "/account/berichten",
    ...(role === "citizen" ? ["/mijn/gegevens"] : []),
  ];
}
