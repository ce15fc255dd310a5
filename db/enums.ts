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

// The consultant's workspace and the referral loop (issue 5).
/** Why a consultant steered to an option: recorded with every steering decision. */
export const STEERING_REASONS = [
  "network_can_help",
  "powerful_ageing_first",
  "private_affordable",
  "informal_pgb_fits",
  "zin_needed_complex",
  "citizen_declined_alternative",
] as const;
export type SteeringReason = (typeof STEERING_REASONS)[number];

/** General (open-access) facilities a consultant considers before an individual provision. */
export const GENERAL_FACILITIES = [
  "meal_service",
  "shopping_service",
  "laundry_service",
  "volunteer_help",
  "social_activities",
] as const;

export const REFERRAL_STATUSES = ["sent", "accepted", "declined", "started", "ended", "withdrawn"] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const EVALUATION_OUTCOMES = ["fewer", "same", "more"] as const;
export type EvaluationOutcome = (typeof EVALUATION_OUTCOMES)[number];

export const SIGNAL_TYPES = ["loneliness", "carer_overload", "fall_risk", "memory", "self_neglect", "other"] as const;
export type SignalType = (typeof SIGNAL_TYPES)[number];
export const SIGNAL_URGENCIES = ["normal", "urgent"] as const;
export const SIGNAL_STATUSES = ["open", "acknowledged", "closed"] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];

export const COMPLAINT_STATUSES = ["received", "in_progress", "resolved"] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
/** The steps in a complaint's history: its status changes, and each response from the provider. */
export const COMPLAINT_EVENT_KINDS = ["received", "in_progress", "provider_response", "resolved"] as const;
export type ComplaintEventKind = (typeof COMPLAINT_EVENT_KINDS)[number];
