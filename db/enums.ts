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

// The citizen's side: the kinds of help, a request's steps, cleaner slots and payments.
/** The kinds of help, lightest first (the ladder of DESIGN.md). */
export const OPTION_KINDS = ["own_strength", "powerful_ageing", "private_cleaner", "pgb_informal", "zin"] as const;
export type OptionKind = (typeof OPTION_KINDS)[number];
/** What a request asks for: a kind of help, or a talk with the municipality (a consultation). */
export const REQUEST_KINDS = [...OPTION_KINDS, "consultation"] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const HOUSEHOLDS = ["single", "couple"] as const;

/** A request's status; app/domain/requests.ts says which steps follow which. */
export const REQUEST_STATUSES = [
  "held", // a cleaner slot held for 15 minutes, waiting for confirmation
  "booked", // a cleaner booking, weekly
  "intake_requested", // Powerful Ageing: waiting for the practice's intake
  "enrolled", // Powerful Ageing: accepted into the cohort
  "mediation_requested", // informal pgb: waiting for the mediator
  "matched", // informal pgb: a helper found
  "submitted", // ZIN or a consultation: with the municipality's consultants
  "steered", // the consultant and citizen chose a lighter option instead
  "indicated", // ZIN granted (an indication) and referred to a provider
  "care_started", // the ZIN provider started
  "care_ended", // the ZIN provider ended the help
  "declined",
  "cancelled",
  "expired", // a hold that was not confirmed in time
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const SLOT_STATUSES = ["free", "held", "booked"] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];
/** After a booked visit's time: it took place or was missed. */
export const VISIT_OUTCOMES = ["done", "missed"] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];

/** Why a cleaner calls a visit off (kept for the cleaner and the municipality, never mailed). */
export const PROVIDER_CANCEL_REASONS = ["ill", "prevented", "other"] as const;
export type ProviderCancelReason = (typeof PROVIDER_CANCEL_REASONS)[number];
/**
 * Why a cleaner stops a whole booking (ADR 041): kept for her and the municipality, never mailed
 * ("long_ill" is health data about her).
 */
export const PROVIDER_END_REASONS = ["stops_with_client", "moving", "long_ill", "other"] as const;
export type ProviderEndReason = (typeof PROVIDER_END_REASONS)[number];

export const PAYMENT_KINDS = ["visit", "late_cancellation"] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];
export const PAYMENT_STATUSES = ["open", "paid", "failed", "refunded"] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
export const PAYMENT_METHODS = ["online", "invoice", "direct"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

// Providers' capacity records (ADR 005) and the log of their changes.
export const CAPACITY_RECORD_TYPES = [
  "zin_week",
  "zin_waiting_list",
  "cleaner_window",
  "cleaner_exception",
  "mediation_month",
  "helper_pool",
  "cohort",
] as const;
export type CapacityRecordType = (typeof CAPACITY_RECORD_TYPES)[number];
export const CAPACITY_CHANGE_ACTIONS = ["created", "updated", "deleted"] as const;

// Issue 16: notifications, contact details and accounts.
/**
 * What a notification reports. The audience and whether e-mail may be switched off live in
 * app/domain/notifications.ts; the texts in app/i18n (notify.<kind>.*).
 */
export const NOTIFICATION_KINDS = [
  // citizens (and the person acting for them)
  "request_received",
  "hold_expiring",
  "booking_confirmed",
  "visit_reminder",
  "session_reminder",
  "visit_cancelled",
  "booking_cancelled",
  "visit_moved",
  "decision_made",
  "referral_accepted",
  "help_started",
  "complaint_received",
  "complaint_resolved",
  // staff
  "new_booking",
  "client_visit_cancelled",
  "client_booking_cancelled",
  "client_time_changed",
  "new_intake",
  "new_referral",
  "referral_withdrawn",
  "evaluation_due",
  "new_case_request",
  "urgent_signal",
  "referral_declined",
  "new_provider_application",
  "new_complaint",
  // accounts
  "password_reset",
  "password_changed",
  // added with the request flows' notices: a physio practice or mediator cannot help
  "request_declined",
  // added with the events not yet produced (issue 16, lane D)
  "visit_called_off",
  "payment_failed",
  "request_withdrawn",
  // added with the second factor's security mails (issue 16, lane E)
  "second_factor_on",
  "second_factor_off",
  "recovery_code_used",
  // a practice or mediator took the request on and will call (ADR 038)
  "request_taken_on",
  // the client changed the note for the cleaner (read in her agenda, ADR 039)
  "client_note_changed",
  // the cleaner stopped the whole booking (ADR 041)
  "booking_ended_by_cleaner",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Where a notification's message stands. `no_transport`: no mail server is set up (SMTP_URL or
 * NotifyNL), so it stays in the outbox unsent; `off`: the person switched e-mail off for this kind;
 * `no_address`: nowhere to send it (an SMS with no phone number); `by_sms`: the notice's message
 * went as an SMS instead of an e-mail (a reminder to someone who prefers the phone); should that
 * SMS end unsent, the row becomes "pending" after all, its `sms_fallback_at` set.
 */
export const DELIVERY_STATUSES = [
  "pending",
  "sending",
  "sent",
  "failed",
  "no_transport",
  "off",
  "no_address",
  // The notice's e-mail row when its message went by SMS instead (the person prefers the phone).
  "by_sms",
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * Why a session ended before its owner logged out (ADR 040): what /inloggen tells the browser that
 * still holds its cookie. `expired`: a staff session idle too long or past its lifetime.
 */
export const SESSION_END_REASONS = [
  "password_changed",
  "deactivated",
  "second_factor_reset",
  "ended_elsewhere",
  "expired",
] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

export const NOTIFICATION_CHANNELS = ["email", "sms"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** How a citizen prefers to be reached. */
export const CONTACT_WAYS = ["phone", "email", "post"] as const;
export type ContactWay = (typeof CONTACT_WAYS)[number];

export const UI_LANGUAGES = ["nl", "en"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
