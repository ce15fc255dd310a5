// Enumerations shared by the schema, the server and the browser (no imports: safe in any bundle).
export const ROLES = ["citizen", "provider_staff", "consultant", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const PROVIDER_KINDS = ["zin", "private_cleaner", "pgb_mediator", "physio"] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export const VETTING_STATUSES = ["pending", "vetted", "suspended"] as const;
export type VettingStatus = (typeof VETTING_STATUSES)[number];

export const CAOS = ["schoonmaak", "vvt"] as const;

export const VETTING_ITEMS = ["vog", "identity", "insurance", "contract", "cao"] as const;
export type VettingItem = (typeof VETTING_ITEMS)[number];

export const LANGUAGES = ["nl", "en", "tr", "ar", "pl", "de"] as const;
