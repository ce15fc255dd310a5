// The data model, first part: reference data, policy, people, providers.
// Later issues add their own tables in their own migrations.
import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import {
  CAOS,
  CAPACITY_CHANGE_ACTIONS,
  CAPACITY_RECORD_TYPES,
  COMPLAINT_EVENT_KINDS,
  COMPLAINT_STATUSES,
  CONTACT_WAYS,
  DELIVERY_STATUSES,
  EVALUATION_OUTCOMES,
  HOUSEHOLDS,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  OPTION_KINDS,
  PAYMENT_KINDS,
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
  PROVIDER_CANCEL_REASONS,
  PROVIDER_END_REASONS,
  PROVIDER_KINDS,
  REFERRAL_STATUSES,
  REQUEST_KINDS,
  REQUEST_STATUSES,
  ROLES,
  SESSION_END_REASONS,
  SIGNAL_STATUSES,
  SIGNAL_TYPES,
  SIGNAL_URGENCIES,
  SLOT_STATUSES,
  STEERING_REASONS,
  UI_LANGUAGES,
  VETTING_ITEMS,
  VETTING_STATUSES,
  VISIT_OUTCOMES,
} from "./enums";

export * from "./enums";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

/** All CBS municipalities (loaded from the PC4 data); taking part = having a policy. */
export const municipalities = sqliteTable("municipalities", {
  code: text("code").primaryKey(), // CBS gemeentecode, e.g. GM0632
  name: text("name").notNull(),
  province: text("province").notNull(),
  region: text("region"), // e.g. "Utrecht West"; null when not in a region we serve
  // How citizens reach the municipality (footer, print view, every message). Issue 16.
  contactPhone: text("contact_phone"),
  contactEmail: text("contact_email"),
  contactAddress: text("contact_address"),
  contactHours: text("contact_hours"),
});

/**
 * A municipality's policy values from a date on. The row in force on a day is the
 * one with the latest effectiveFrom on or before it. Money in integer euro cents.
 */
export const municipalityPolicies = sqliteTable(
  "municipality_policies",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    municipalityCode: text("municipality_code")
      .notNull()
      .references(() => municipalities.code),
    effectiveFrom: text("effective_from").notNull(), // YYYY-MM-DD
    abonnementstariefCents: integer("abonnementstarief_cents").notNull(),
    // €0 for a household of 2+ with a partner under AOW age, and for clients under 18.
    tariffFreeWithPartnerUnderAow: integer("tariff_free_with_partner_under_aow", {
      mode: "boolean",
    }).notNull(),
    tariffFreeUnderAge: integer("tariff_free_under_age").notNull(),
    // The proposed income-dependent contribution (2027) stays off until the law changes.
    incomeDependentContribution: integer("income_dependent_contribution", { mode: "boolean" }).notNull().default(false),
    socialMinimumSingleCents: integer("social_minimum_single_cents").notNull(),
    socialMinimumCoupleCents: integer("social_minimum_couple_cents").notNull(),
    socialMinimumSingleAowCents: integer("social_minimum_single_aow_cents").notNull(),
    socialMinimumCoupleAowCents: integer("social_minimum_couple_aow_cents").notNull(),
    aowAgeYears: integer("aow_age_years").notNull(),
    draagkrachtThresholdPercent: integer("draagkracht_threshold_percent").notNull(),
    zinHourlyTariffCents: integer("zin_hourly_tariff_cents").notNull(),
    pgbInformalRatePercent: integer("pgb_informal_rate_percent").notNull(), // of the ZIN tariff
    mediationFeeCents: integer("mediation_fee_cents").notNull(),
    hhtSubsidyPerHourCents: integer("hht_subsidy_per_hour_cents").notNull(), // 0 = not offered
    powerfulAgeingMinAge: integer("powerful_ageing_min_age").notNull(),
    powerfulAgeingCostCents: integer("powerful_ageing_cost_cents").notNull(),
    // Estimated weekly minutes per need, from an objective norm framework.
    minutesCleaning: integer("minutes_cleaning").notNull(),
    minutesLaundry: integer("minutes_laundry").notNull(),
    minutesHeavyCleaning: integer("minutes_heavy_cleaning").notNull(),
    staleAfterDays: integer("stale_after_days").notNull(),
    // A visit cancelled within 24 hours costs the citizen this share of their part (issue 6 default).
    lateCancellationPercent: integer("late_cancellation_percent").notNull().default(50),
    source: text("source").notNull(), // where the figures come from
  },
  (t) => [
    uniqueIndex("municipality_policies_code_from").on(t.municipalityCode, t.effectiveFrom),
    check("policy_effective_from_date", sql`${t.effectiveFrom} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`),
    check("policy_threshold_positive", sql`${t.draagkrachtThresholdPercent} > 0`),
    check("policy_stale_positive", sql`${t.staleAfterDays} > 0`),
  ],
);

/** Every Dutch 4-digit postcode area, with its municipality and an approximate point. */
export const postcodeAreas = sqliteTable(
  "postcode_areas",
  {
    pc4: text("pc4").primaryKey(),
    place: text("place").notNull(),
    municipalityCode: text("municipality_code")
      .notNull()
      .references(() => municipalities.code),
    lat: real("lat").notNull(),
    lon: real("lon").notNull(),
  },
  (t) => [index("postcode_areas_municipality").on(t.municipalityCode)],
);

export const providers = sqliteTable(
  "providers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: PROVIDER_KINDS }).notNull(),
    name: text("name").notNull(),
    kvkNumber: text("kvk_number").notNull(),
    contactName: text("contact_name").notNull(),
    contactEmail: text("contact_email").notNull(),
    contactPhone: text("contact_phone"),
    vettingStatus: text("vetting_status", { enum: VETTING_STATUSES }).notNull().default("pending"),
    suspensionReason: text("suspension_reason"),
    // Where a private cleaner or physio practice works from, and how far it travels.
    homePc4: text("home_pc4").references(() => postcodeAreas.pc4),
    maxTravelKm: integer("max_travel_km"),
    languages: text("languages", { mode: "json" }).$type<string[]>().notNull().default(sql`'["nl"]'`),
    hourlyRateCents: integer("hourly_rate_cents"), // private cleaners
    acceptsHht: integer("accepts_hht", { mode: "boolean" }), // private cleaners
    cao: text("cao", { enum: CAOS }), // ZIN providers
    mediationFeeCents: integer("mediation_fee_cents"), // mediators
    address: text("address"), // physio practices
    createdAt: createdAt(),
  },
  (t) => [
    check("providers_kind", sql`${t.kind} IN ('zin','private_cleaner','pgb_mediator','physio')`),
    check("providers_vetting", sql`${t.vettingStatus} IN ('pending','vetted','suspended')`),
    check("providers_kvk", sql`length(${t.kvkNumber}) = 8 AND ${t.kvkNumber} NOT GLOB '*[^0-9]*'`),
    index("providers_kind_status").on(t.kind, t.vettingStatus),
  ],
);

/** The municipalities a provider serves. */
export const providerServiceAreas = sqliteTable(
  "provider_service_areas",
  {
    providerId: integer("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "cascade" }),
    municipalityCode: text("municipality_code")
      .notNull()
      .references(() => municipalities.code),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.municipalityCode] }),
    index("provider_service_areas_municipality").on(t.municipalityCode),
  ],
);

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(), // stored lower-cased
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(), // argon2id
    // Secret part of the personal calendar (iCal) address; calendar apps send no cookies.
    calendarToken: text("calendar_token"),
    role: text("role", { enum: ROLES }).notNull(),
    municipalityCode: text("municipality_code").references(() => municipalities.code),
    providerId: integer("provider_id").references(() => providers.id),
    // Set when an admin deactivates a staff account: it cannot log in, and its sessions are gone.
    deactivatedAt: integer("deactivated_at", { mode: "timestamp_ms" }),
    // Issue 16. The language messages are written in (the one last chosen on the site).
    language: text("language", { enum: UI_LANGUAGES }).notNull().default("nl"),
    // Kinds of notification this person gets no e-mail for (receipts and decisions always go).
    emailOff: text("email_off", { mode: "json" }).$type<string[]>(),
    lastLoginAt: integer("last_login_at", { mode: "timestamp_ms" }),
    // Set for an account made with a one-time password: its first login must choose its own.
    mustChangePassword: integer("must_change_password", { mode: "boolean" }).notNull().default(false),
    // A second factor (TOTP, RFC 6238): the shared secret (base32) once enrolment is confirmed.
    totpSecret: text("totp_secret"),
    totpEnabledAt: integer("totp_enabled_at", { mode: "timestamp_ms" }),
    // The time step of the last code accepted: a code is never accepted twice (replay), ADR 025.
    totpLastStep: integer("totp_last_step"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("users_email").on(t.email),
    uniqueIndex("users_calendar_token").on(t.calendarToken),
    // Staff of a provider and of a municipality are looked up per provider (the account rules,
    // the staff list): without these each look-up read every citizen's row.
    index("users_provider").on(t.providerId),
    index("users_municipality").on(t.municipalityCode),
    check("users_role", sql`${t.role} IN ('citizen','provider_staff','consultant','admin')`),
    // Staff are always tied to what scopes their access.
    check(
      "users_scope",
      sql`(${t.role} IN ('consultant','admin') AND ${t.municipalityCode} IS NOT NULL AND ${t.providerId} IS NULL)
       OR (${t.role} = 'provider_staff' AND ${t.providerId} IS NOT NULL AND ${t.municipalityCode} IS NULL)
       OR (${t.role} = 'citizen' AND ${t.providerId} IS NULL)`,
    ),
  ],
);

/**
 * Browsers an account logged in from before (a long-lived cookie; the id is the SHA-256 of its
 * token). A known browser is not held back by failures from elsewhere (ADR 017).
 */
export const knownDevices = sqliteTable(
  "known_devices",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lastLoginAt: integer("last_login_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("known_devices_user").on(t.userId)],
);

/** Sessions the Lucia way: the id is the SHA-256 of the token the cookie holds. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    // Staff sessions end after idle time and an absolute lifetime (ADR 017). SQLite cannot add a
    // column with an expression default, so sessions from before this column read as created at 0:
    // expired for staff, which only asks them to log in once more.
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`0`),
    lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }).notNull().default(sql`0`),
    // A short description of the browser ("Firefox op Windows"), so a person recognises a session.
    device: text("device"),
    // The TOTP secret a citizen is setting up on /account/tweestaps, until confirmed (ADR 032).
    totpCandidate: text("totp_candidate"),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

/**
 * Sessions ended for the account's sake (a new password, deactivation) or by time, kept a day so
 * the browser still holding the cookie is told why on /inloggen (ADR 040). The id is the ended
 * session's id (the SHA-256 of its token); no user is named, so a row tells nothing else.
 */
export const endedSessions = sqliteTable(
  "ended_sessions",
  {
    id: text("id").primaryKey(),
    reason: text("reason", { enum: SESSION_END_REASONS }).notNull(),
    endedAt: integer("ended_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("ended_sessions_at").on(t.endedAt)],
);

/**
 * Login and registration attempts within their limit's window (ADR 017), taken before the work
 * they limit, so parallel requests and several processes count together. The bucket names the
 * limit and a SHA-256 of what it counts (an email, an address): typed addresses are not kept.
 */
export const authAttempts = sqliteTable(
  "auth_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    bucket: text("bucket").notNull(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("auth_attempts_bucket").on(t.bucket, t.at), index("auth_attempts_at").on(t.at)],
);

/** Who did what to whom: citizen data is health data (AVG), so reads and changes are logged. */
export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: createdAt(),
    actorUserId: integer("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(), // e.g. "user.created", "session.login_failed"
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>(),
    // The municipality whose citizen the event concerns: its admins may read it.
    municipalityCode: text("municipality_code").references(() => municipalities.code),
  },
  (t) => [
    index("audit_events_subject").on(t.subjectType, t.subjectId),
    index("audit_events_municipality").on(t.municipalityCode, t.at),
  ],
);

/** The admin's vetting checklist: append-only, the latest row per item counts. */

export const providerVettingChecks = sqliteTable(
  "provider_vetting_checks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    providerId: integer("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "cascade" }),
    item: text("item", { enum: VETTING_ITEMS }).notNull(),
    ok: integer("ok", { mode: "boolean" }).notNull(),
    vogDate: text("vog_date"), // YYYY-MM-DD, for the VOG item
    note: text("note"),
    checkedByUserId: integer("checked_by_user_id").references(() => users.id, { onDelete: "set null" }),
    checkedAt: createdAt(),
  },
  (t) => [index("provider_vetting_checks_provider").on(t.providerId, t.item)],
);

export const providerStatusChanges = sqliteTable(
  "provider_status_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    providerId: integer("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "cascade" }),
    fromStatus: text("from_status", { enum: VETTING_STATUSES }).notNull(),
    toStatus: text("to_status", { enum: VETTING_STATUSES }).notNull(),
    reason: text("reason"),
    changedByUserId: integer("changed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    changedAt: createdAt(),
  },
  (t) => [index("provider_status_changes_provider").on(t.providerId)],
);

// Capacity, one table per kind. Every record is the provider's own (externalRef is unique
// per provider), has updatedAt (content last changed) and confirmedAt (last sent or saved,
// even unchanged): capacity is stale when confirmedAt is older than the policy's stale period.
const capacityColumns = () => ({
  id: integer("id").primaryKey({ autoIncrement: true }),
  providerId: integer("provider_id")
    .notNull()
    .references(() => providers.id, { onDelete: "cascade" }),
  externalRef: text("external_ref").notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  confirmedAt: integer("confirmed_at", { mode: "timestamp_ms" }).notNull(),
});

/** ZIN: per municipality and week, room for new clients. */
export const zinCapacityWeeks = sqliteTable(
  "zin_capacity_weeks",
  {
    ...capacityColumns(),
    municipalityCode: text("municipality_code")
      .notNull()
      .references(() => municipalities.code),
    weekStart: text("week_start").notNull(), // the Monday, YYYY-MM-DD
    minutesPerWeek: integer("minutes_per_week").notNull(),
    newClients: integer("new_clients").notNull(),
    earliestStart: text("earliest_start").notNull(), // YYYY-MM-DD
  },
  (t) => [
    uniqueIndex("zin_capacity_weeks_ref").on(t.providerId, t.externalRef),
    uniqueIndex("zin_capacity_weeks_week").on(t.providerId, t.municipalityCode, t.weekStart),
    index("zin_capacity_weeks_municipality").on(t.municipalityCode, t.weekStart),
    check("zin_capacity_weeks_nonneg", sql`${t.minutesPerWeek} >= 0 AND ${t.newClients} >= 0`),
  ],
);

/** ZIN: the provider's current waiting list in a municipality. */
export const zinWaitingLists = sqliteTable(
  "zin_waiting_lists",
  {
    ...capacityColumns(),
    municipalityCode: text("municipality_code")
      .notNull()
      .references(() => municipalities.code),
    length: integer("length").notNull(),
  },
  (t) => [
    uniqueIndex("zin_waiting_lists_ref").on(t.providerId, t.externalRef),
    uniqueIndex("zin_waiting_lists_municipality").on(t.providerId, t.municipalityCode),
    check("zin_waiting_lists_nonneg", sql`${t.length} >= 0`),
  ],
);

/** Private cleaner: a weekly recurring window, e.g. Tuesdays 09:00–12:00, in visits of visitMinutes. */
export const cleanerWindows = sqliteTable(
  "cleaner_windows",
  {
    ...capacityColumns(),
    weekday: integer("weekday").notNull(), // ISO: 1 = Monday … 7 = Sunday
    startTime: text("start_time").notNull(), // HH:MM, Europe/Amsterdam
    endTime: text("end_time").notNull(),
    visitMinutes: integer("visit_minutes").notNull(),
  },
  (t) => [
    uniqueIndex("cleaner_windows_ref").on(t.providerId, t.externalRef),
    check("cleaner_windows_weekday", sql`${t.weekday} BETWEEN 1 AND 7`),
    check("cleaner_windows_order", sql`${t.startTime} < ${t.endTime}`),
    check("cleaner_windows_visit", sql`${t.visitMinutes} BETWEEN 30 AND 480`),
  ],
);

/** Private cleaner: days off (holidays, sickness), whole days inclusive. */
export const cleanerExceptions = sqliteTable(
  "cleaner_exceptions",
  {
    ...capacityColumns(),
    fromDate: text("from_date").notNull(),
    toDate: text("to_date").notNull(),
    reason: text("reason"),
  },
  (t) => [
    uniqueIndex("cleaner_exceptions_ref").on(t.providerId, t.externalRef),
    check("cleaner_exceptions_order", sql`${t.fromDate} <= ${t.toDate}`),
  ],
);

/** Concrete bookable visits derived from the windows for the coming weeks. One slot, one client. */
export const cleanerSlots = sqliteTable(
  "cleaner_slots",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    providerId: integer("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "cascade" }),
    windowId: integer("window_id").references(() => cleanerWindows.id, { onDelete: "set null" }),
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    endsAt: integer("ends_at", { mode: "timestamp_ms" }).notNull(),
    status: text("status", { enum: SLOT_STATUSES }).notNull().default("free"),
    // A hold lasts until holdExpiresAt; after that the slot counts as free again by itself.
    holdExpiresAt: integer("hold_expires_at", { mode: "timestamp_ms" }),
    requestId: integer("request_id"),
    // After a booked visit's time: it took place (the cleaner or the citizen says so) or was missed.
    outcome: text("outcome", { enum: VISIT_OUTCOMES }),
    outcomeAt: integer("outcome_at", { mode: "timestamp_ms" }),
    outcomeByUserId: integer("outcome_by_user_id"),
  },
  (t) => [
    uniqueIndex("cleaner_slots_provider_start").on(t.providerId, t.startsAt),
    index("cleaner_slots_free").on(t.status, t.startsAt),
    // A request's visits (the dashboard's first visit per request): without it each look-up read
    // every slot in the country.
    index("cleaner_slots_request").on(t.requestId),
    check("cleaner_slots_status", sql`${t.status} IN ('free','held','booked')`),
  ],
);

/** Mediator: new matches it can take in a month in a municipality. */
export const mediatorCapacityMonths = sqliteTable(
  "mediator_capacity_months",
  {
    ...capacityColumns(),
    municipalityCode: text("municipality_code")
      .notNull()
      .references(() => municipalities.code),
    month: text("month").notNull(), // YYYY-MM
    newMatches: integer("new_matches").notNull(),
  },
  (t) => [
    uniqueIndex("mediator_capacity_months_ref").on(t.providerId, t.externalRef),
    uniqueIndex("mediator_capacity_months_month").on(t.providerId, t.municipalityCode, t.month),
    check("mediator_capacity_months_nonneg", sql`${t.newMatches} >= 0`),
  ],
);

/** Mediator: the informal helpers in its pool. */
export const mediatorPools = sqliteTable(
  "mediator_pools",
  {
    ...capacityColumns(),
    helpers: integer("helpers").notNull(),
  },
  (t) => [
    uniqueIndex("mediator_pools_ref").on(t.providerId, t.externalRef),
    uniqueIndex("mediator_pools_provider").on(t.providerId),
    check("mediator_pools_nonneg", sql`${t.helpers} >= 0`),
  ],
);

/** Physio practice: a Powerful Ageing cohort (two sessions a week, 14 weeks). */
export const physioCohorts = sqliteTable(
  "physio_cohorts",
  {
    ...capacityColumns(),
    startDate: text("start_date").notNull(),
    weeks: integer("weeks").notNull().default(14),
    session1Weekday: integer("session1_weekday").notNull(),
    session1Time: text("session1_time").notNull(),
    session2Weekday: integer("session2_weekday").notNull(),
    session2Time: text("session2_time").notNull(),
    seats: integer("seats").notNull(),
    location: text("location").notNull(),
    locationPc4: text("location_pc4")
      .notNull()
      .references(() => postcodeAreas.pc4),
    locationPostcode: text("location_postcode"), // as published, e.g. 3441AB (PC4 alone is allowed)
  },
  (t) => [
    uniqueIndex("physio_cohorts_ref").on(t.providerId, t.externalRef),
    index("physio_cohorts_start").on(t.startDate),
    check("physio_cohorts_seats", sql`${t.seats} BETWEEN 1 AND 100`),
  ],
);

/** Every change to capacity: what, before and after, by whom (a person or an API key). */
export const capacityChanges = sqliteTable(
  "capacity_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    providerId: integer("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "cascade" }),
    recordType: text("record_type", { enum: CAPACITY_RECORD_TYPES }).notNull(),
    externalRef: text("external_ref").notNull(),
    action: text("action", { enum: CAPACITY_CHANGE_ACTIONS }).notNull(),
    before: text("before", { mode: "json" }).$type<Record<string, unknown>>(),
    after: text("after", { mode: "json" }).$type<Record<string, unknown>>(),
    changedByUserId: integer("changed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    apiKeyId: integer("api_key_id").references(() => apiKeys.id, { onDelete: "set null" }),
    at: createdAt(),
  },
  (t) => [index("capacity_changes_provider").on(t.providerId, t.at)],
);

/** Keys for providers' planning systems: only the SHA-256 is stored; the key is shown once. */
export const apiKeys = sqliteTable(
  "api_keys",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    providerId: integer("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    keyHash: text("key_hash").notNull(),
    prefix: text("prefix").notNull(), // first characters, so people can tell keys apart
    createdByUserId: integer("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("api_keys_hash").on(t.keyHash), index("api_keys_provider").on(t.providerId)],
);

/** Reminders for a provider (e.g. capacity gone stale); dedupeKey keeps one per occasion. */
export const providerNotifications = sqliteTable(
  "provider_notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    providerId: integer("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    dedupeKey: text("dedupe_key").notNull(),
    params: text("params", { mode: "json" }).$type<Record<string, string | number>>(),
    createdAt: createdAt(),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("provider_notifications_dedupe").on(t.providerId, t.dedupeKey)],
);

/** A citizen's request for one option; the help request (answers) is kept as it was asked. */
export const helpRequests = sqliteTable(
  "help_requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    citizenUserId: integer("citizen_user_id")
      .notNull()
      .references(() => users.id),
    // A family member may act for the citizen: who, their relation, and the citizen's consent.
    actingForName: text("acting_for_name"),
    actingRelation: text("acting_relation"),
    actingConsent: integer("acting_consent", { mode: "boolean" }),
    kind: text("kind", { enum: REQUEST_KINDS }).notNull(),
    offerId: text("offer_id").notNull(),
    providerId: integer("provider_id").references(() => providers.id),
    cohortId: integer("cohort_id").references(() => physioCohorts.id),
    municipalityCode: text("municipality_code")
      .notNull()
      .references(() => municipalities.code),
    status: text("status", { enum: REQUEST_STATUSES }).notNull(),
    answers: text("answers", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    citizenCostPerMonthCents: integer("citizen_cost_per_month_cents").notNull(),
    municipalityCostPerMonthCents: integer("municipality_cost_per_month_cents").notNull(),
    holdExpiresAt: integer("hold_expires_at", { mode: "timestamp_ms" }),
    // The engine's expected wait when the request was made (ZIN waiting lists), in days.
    waitDaysAtRequest: integer("wait_days_at_request"),
    // Set by the provider: a mediator's match, or why a request was declined.
    helperFirstName: text("helper_first_name"),
    helperStartDate: text("helper_start_date"),
    declineReason: text("decline_reason"),
    // What the citizen wants the cleaner to know (the key is with the neighbours, a dog): shown in her
    // agenda once the booking is hers, never in a message or the calendar feed (they leave the portal).
    noteForProvider: text("note_for_provider"),
    // How a cleaner booking is paid: online (Stripe), a monthly invoice, or to the cleaner directly.
    paymentMethod: text("payment_method", { enum: PAYMENT_METHODS }),
    // ZIN and consultation requests belong to the citizen's case at the municipality.
    caseId: integer("case_id").references((): AnySQLiteColumn => cases.id),
    // Where and how to reach the person helped (issue 16); shared with a provider once accepted.
    contactId: integer("contact_id").references((): AnySQLiteColumn => contactDetails.id),
    // A practice or mediator took the request on to call the citizen before it enrols or matches
    // (ADR 038): its status stays, but the contact details are shared from then on.
    takenOnAt: integer("taken_on_at", { mode: "timestamp_ms" }),
    takenOnBy: integer("taken_on_by").references((): AnySQLiteColumn => users.id),
    // The cleaner stopped the whole booking (ADR 041): when, and why (her reason, never mailed).
    endedByProviderAt: integer("ended_by_provider_at", { mode: "timestamp_ms" }),
    providerEndReason: text("provider_end_reason", { enum: PROVIDER_END_REASONS }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("help_requests_citizen").on(t.citizenUserId),
    index("help_requests_provider").on(t.providerId, t.status),
    index("help_requests_municipality").on(t.municipalityCode, t.kind, t.status),
    index("help_requests_cohort").on(t.cohortId, t.status),
  ],
);

/** The status timeline of a request: every step, when, and by whom. */
export const requestEvents = sqliteTable(
  "request_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => helpRequests.id, { onDelete: "cascade" }),
    status: text("status", { enum: REQUEST_STATUSES }).notNull(),
    note: text("note"),
    byUserId: integer("by_user_id").references(() => users.id, { onDelete: "set null" }),
    at: createdAt(),
  },
  (t) => [index("request_events_request").on(t.requestId)],
);

/**
 * A citizen's complaint about a request; handled by the municipality (admin): received →
 * in progress → resolved (app/domain/complaints.ts), with the provider's response.
 */
export const complaints = sqliteTable(
  "complaints",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => helpRequests.id),
    citizenUserId: integer("citizen_user_id")
      .notNull()
      .references(() => users.id),
    providerId: integer("provider_id").references(() => providers.id),
    municipalityCode: text("municipality_code")
      .notNull()
      .references(() => municipalities.code),
    text: text("text").notNull(),
    status: text("status", { enum: COMPLAINT_STATUSES }).notNull().default("received"),
    providerResponse: text("provider_response"),
    providerResponseAt: integer("provider_response_at", { mode: "timestamp_ms" }),
    providerResponseByUserId: integer("provider_response_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    // The admin who last moved the complaint on (started handling it, or resolved it).
    handledByUserId: integer("handled_by_user_id").references(() => users.id, { onDelete: "set null" }),
    inProgressAt: integer("in_progress_at", { mode: "timestamp_ms" }),
    resolvedAt: integer("resolved_at", { mode: "timestamp_ms" }),
    // What the municipality did about it: the citizen reads it once the complaint is resolved.
    resolution: text("resolution"),
    createdAt: createdAt(),
  },
  (t) => [
    index("complaints_municipality").on(t.municipalityCode, t.status),
    index("complaints_request").on(t.requestId),
    index("complaints_provider").on(t.providerId, t.status),
  ],
);

/** A complaint's history: when it was filed, taken up, answered by the provider and resolved, by whom. */
export const complaintEvents = sqliteTable(
  "complaint_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    complaintId: integer("complaint_id")
      .notNull()
      .references(() => complaints.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: COMPLAINT_EVENT_KINDS }).notNull(),
    note: text("note"), // the response or the resolution, in the words recorded at the time
    byUserId: integer("by_user_id").references(() => users.id, { onDelete: "set null" }),
    at: createdAt(),
  },
  (t) => [
    index("complaint_events_complaint").on(t.complaintId),
    check("complaint_events_kind", sql`${t.kind} IN ('received','in_progress','provider_response','resolved')`),
  ],
);

const userRef = (name: string) => integer(name).references(() => users.id, { onDelete: "set null" });
const timestamp = (name: string) => integer(name, { mode: "timestamp_ms" });

/**
 * A citizen's case at the municipality (one per person: the account holder, or the person a
 * family member acts for — personKey is that person's name, lower-cased, or "" for the holder).
 */
export const cases = sqliteTable(
  "cases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    municipalityCode: text("municipality_code")
      .notNull()
      .references(() => municipalities.code),
    citizenUserId: integer("citizen_user_id")
      .notNull()
      .references(() => users.id),
    personKey: text("person_key").notNull().default(""),
    personName: text("person_name").notNull(),
    // The kitchen-table talk (keukentafelgesprek).
    talkSituation: text("talk_situation"),
    talkOwnAbilities: text("talk_own_abilities"),
    talkNetwork: text("talk_network"),
    talkFacilities: text("talk_facilities", { mode: "json" }).$type<string[]>(),
    talkNotes: text("talk_notes"),
    talkAt: timestamp("talk_at"),
    talkByUserId: userRef("talk_by_user_id"),
    // The draagkracht check: it informs the advice, it never refuses help (CRvB 2024).
    dkHousehold: text("dk_household", { enum: HOUSEHOLDS }),
    dkPartnerUnderAow: integer("dk_partner_under_aow", { mode: "boolean" }),
    dkIncomeCents: integer("dk_income_cents"),
    dkPercent: integer("dk_percent"),
    dkAt: timestamp("dk_at"),
    dkByUserId: userRef("dk_by_user_id"),
    // What the citizen agreed to share with a provider in a referral.
    contactPhone: text("contact_phone"),
    preferences: text("preferences"),
    consentShareIntake: integer("consent_share_intake", { mode: "boolean" }).notNull().default(false),
    consentShareHealth: integer("consent_share_health", { mode: "boolean" }).notNull().default(false),
    consentAt: timestamp("consent_at"),
    consentByUserId: userRef("consent_by_user_id"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("cases_person").on(t.municipalityCode, t.citizenUserId, t.personKey),
    check("cases_income", sql`${t.dkIncomeCents} IS NULL OR ${t.dkIncomeCents} >= 0`),
  ],
);

/** A steering decision: the option chosen with the citizen, and why. */
export const caseDecisions = sqliteTable(
  "case_decisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    requestId: integer("request_id").references(() => helpRequests.id),
    kind: text("kind", { enum: OPTION_KINDS }).notNull(),
    offerId: text("offer_id").notNull(),
    providerId: integer("provider_id").references(() => providers.id),
    reason: text("reason", { enum: STEERING_REASONS }).notNull(),
    note: text("note"),
    municipalityCostPerMonthCents: integer("municipality_cost_per_month_cents").notNull(),
    zinCostPerMonthCents: integer("zin_cost_per_month_cents"), // for the difference against ZIN
    decidedByUserId: userRef("decided_by_user_id"),
    decidedAt: createdAt(),
  },
  (t) => [index("case_decisions_case").on(t.caseId)],
);

/** A ZIN indication: hours per week for a period, with its evaluation date. */
export const indications = sqliteTable(
  "indications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    decisionId: integer("decision_id")
      .notNull()
      .references(() => caseDecisions.id),
    minutesPerWeek: integer("minutes_per_week").notNull(),
    startDate: text("start_date").notNull(),
    endDate: text("end_date").notNull(),
    evaluationDate: text("evaluation_date").notNull(),
    durationMonths: integer("duration_months").notNull(),
    first: integer("first", { mode: "boolean" }).notNull(),
    createdByUserId: userRef("created_by_user_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("indications_case").on(t.caseId),
    check("indications_minutes", sql`${t.minutesPerWeek} BETWEEN 15 AND 2400`),
    check("indications_dates", sql`${t.startDate} <= ${t.evaluationDate} AND ${t.evaluationDate} <= ${t.endDate}`),
  ],
);

/** The indication sent to a provider, with the intake summary the citizen agreed to share. */
export const referrals = sqliteTable(
  "referrals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    indicationId: integer("indication_id")
      .notNull()
      .references(() => indications.id),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    providerId: integer("provider_id")
      .notNull()
      .references(() => providers.id),
    municipalityCode: text("municipality_code")
      .notNull()
      .references(() => municipalities.code),
    status: text("status", { enum: REFERRAL_STATUSES }).notNull().default("sent"),
    intake: text("intake", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    startDate: text("start_date"), // agreed when accepting
    declineReason: text("decline_reason"),
    endReason: text("end_reason"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [
    index("referrals_provider").on(t.providerId, t.status),
    index("referrals_municipality").on(t.municipalityCode, t.status),
    index("referrals_indication").on(t.indicationId),
    check("referrals_status", sql`${t.status} IN ('sent','accepted','declined','started','ended','withdrawn')`),
  ],
);

export const referralEvents = sqliteTable(
  "referral_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    referralId: integer("referral_id")
      .notNull()
      .references(() => referrals.id),
    status: text("status", { enum: REFERRAL_STATUSES }).notNull(),
    note: text("note"),
    byUserId: userRef("by_user_id"),
    at: createdAt(),
  },
  (t) => [index("referral_events_referral").on(t.referralId)],
);

/** The provider's evaluation at the end of the first indication; the consultant reviews it. */
export const evaluations = sqliteTable(
  "evaluations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    referralId: integer("referral_id")
      .notNull()
      .references(() => referrals.id),
    outcome: text("outcome", { enum: EVALUATION_OUTCOMES }).notNull(),
    explanation: text("explanation").notNull(),
    byUserId: userRef("by_user_id"),
    at: createdAt(),
    reviewedByUserId: userRef("reviewed_by_user_id"),
    reviewedAt: timestamp("reviewed_at"),
    reviewNote: text("review_note"),
  },
  (t) => [uniqueIndex("evaluations_referral").on(t.referralId)],
);

/** A helper's concern about a client (signaleren), for the consultant of the client's municipality. */
export const signals = sqliteTable(
  "signals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    providerId: integer("provider_id")
      .notNull()
      .references(() => providers.id),
    municipalityCode: text("municipality_code")
      .notNull()
      .references(() => municipalities.code),
    type: text("type", { enum: SIGNAL_TYPES }).notNull(),
    urgency: text("urgency", { enum: SIGNAL_URGENCIES }).notNull(),
    text: text("text").notNull(),
    status: text("status", { enum: SIGNAL_STATUSES }).notNull().default("open"),
    raisedByUserId: userRef("raised_by_user_id"),
    createdAt: createdAt(),
    acknowledgedAt: timestamp("acknowledged_at"),
    acknowledgedByUserId: userRef("acknowledged_by_user_id"),
    closedAt: timestamp("closed_at"),
    closedByUserId: userRef("closed_by_user_id"),
    closeNote: text("close_note"),
  },
  (t) => [
    index("signals_municipality").on(t.municipalityCode, t.status),
    index("signals_provider").on(t.providerId, t.createdAt),
    check("signals_status", sql`${t.status} IN ('open','acknowledged','closed')`),
    check("signals_urgency", sql`${t.urgency} IN ('normal','urgent')`),
  ],
);

/** The consultant's follow-up notes on a signal. */
export const signalNotes = sqliteTable(
  "signal_notes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    signalId: integer("signal_id")
      .notNull()
      .references(() => signals.id),
    note: text("note").notNull(),
    byUserId: userRef("by_user_id"),
    at: createdAt(),
  },
  (t) => [index("signal_notes_signal").on(t.signalId)],
);

/**
 * What a citizen pays for a private cleaner's visit (or a late cancellation), with the
 * municipality's HHT part beside it. Amounts are computed on the server, never sent by a client.
 * The status follows from the payment events seen (see app/domain/payments.ts).
 */
export const payments = sqliteTable(
  "payments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => helpRequests.id),
    slotId: integer("slot_id"), // the visit (a cleaner slot); kept as a number: slots roll over
    kind: text("kind", { enum: PAYMENT_KINDS }).notNull(),
    citizenUserId: integer("citizen_user_id")
      .notNull()
      .references(() => users.id),
    providerId: integer("provider_id")
      .notNull()
      .references(() => providers.id),
    municipalityCode: text("municipality_code")
      .notNull()
      .references(() => municipalities.code),
    visitStartsAt: timestamp("visit_starts_at").notNull(),
    visitMinutes: integer("visit_minutes").notNull(),
    hourlyRateCents: integer("hourly_rate_cents").notNull(),
    hhtPerHourCents: integer("hht_per_hour_cents").notNull(),
    amountCents: integer("amount_cents").notNull(), // what the citizen pays
    municipalityCents: integer("municipality_cents").notNull(), // the HHT subsidy
    currency: text("currency").notNull().default("eur"),
    method: text("method", { enum: PAYMENT_METHODS }).notNull(),
    status: text("status", { enum: PAYMENT_STATUSES }).notNull().default("open"),
    paidAt: timestamp("paid_at"),
    failedAt: timestamp("failed_at"),
    expiredAt: timestamp("expired_at"),
    refundedAt: timestamp("refunded_at"),
    stripeCheckoutSessionId: text("stripe_checkout_session_id"),
    stripePaymentIntentId: text("stripe_payment_intent_id"), // the intent that paid
    // Checkout sessions started so far: the idempotency key of the next one.
    checkoutAttempt: integer("checkout_attempt").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [
    // A slot can be booked again after a cancellation: one payment per request, visit and kind.
    uniqueIndex("payments_request_visit").on(t.requestId, t.slotId, t.kind),
    index("payments_citizen").on(t.citizenUserId, t.status),
    index("payments_provider").on(t.providerId, t.visitStartsAt),
    index("payments_municipality").on(t.municipalityCode, t.visitStartsAt),
    index("payments_checkout").on(t.stripeCheckoutSessionId),
    index("payments_intent").on(t.stripePaymentIntentId),
    check("payments_amounts", sql`${t.amountCents} >= 0 AND ${t.municipalityCents} >= 0`),
    check("payments_status", sql`${t.status} IN ('open','paid','failed','refunded')`),
  ],
);

/** Stripe webhook events already processed: a replayed event id is ignored. */
export const stripeEvents = sqliteTable(
  "stripe_events",
  {
    id: text("id").primaryKey(),
    type: text("type").notNull(),
    paymentId: integer("payment_id").references(() => payments.id),
    // For an event that arrives before its payment intent is known: applied once it is.
    intentId: text("intent_id"),
    eventAt: timestamp("event_at").notNull(),
    changesPayment: integer("changes_payment", { mode: "boolean" }).notNull().default(false),
    // What the event says was paid or refunded: checked against the payment before it counts.
    amountCents: integer("amount_cents"),
    currency: text("currency"),
    receivedAt: createdAt(),
  },
  (t) => [index("stripe_events_intent").on(t.intentId)],
);

/** Every Stripe payment intent seen for a payment (a failed attempt, then the one that paid). */
export const paymentIntents = sqliteTable("payment_intents", {
  intentId: text("intent_id").primaryKey(),
  paymentId: integer("payment_id")
    .notNull()
    .references(() => payments.id),
});

/**
 * A counter per municipality that moves whenever anything matching reads for it changes: SQLite
 * triggers (migration 0011) bump it on every write to capacity, providers, their vetting and
 * service areas, requests and policies, whoever writes (the app, a script, another process).
 * Matching keeps a snapshot of a municipality's capacity while its counter stands still (ADR 010).
 */
export const capacityVersions = sqliteTable("capacity_versions", {
  municipalityCode: text("municipality_code").primaryKey(),
  version: integer("version").notNull().default(0),
});

/**
 * A booked visit the citizen (or the cancelling of the whole booking) called off. The slot itself
 * is freed for others (status free, request_id null); this row keeps the visit on the citizen's
 * page and in their calendar as cancelled, with what cancelling cost (the late-cancellation
 * payment's amount, 0 when free). One row per visit of a request.
 */
export const cancelledVisits = sqliteTable(
  "cancelled_visits",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => helpRequests.id, { onDelete: "cascade" }),
    slotId: integer("slot_id").notNull(), // kept as a number: the slot may be booked by someone else
    providerId: integer("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at").notNull(),
    endsAt: timestamp("ends_at").notNull(),
    cancelledAt: timestamp("cancelled_at").notNull(),
    chargedCents: integer("charged_cents").notNull().default(0),
    byUserId: integer("by_user_id"),
    // The cleaner called it off (ill, prevented): the client pays nothing, and the time is not
    // offered to anyone (refreshCleanerSlots makes no slot at it).
    byProvider: integer("by_provider", { mode: "boolean" }).notNull().default(false),
    reason: text("reason", { enum: PROVIDER_CANCEL_REASONS }),
  },
  (t) => [
    uniqueIndex("cancelled_visits_request_slot").on(t.requestId, t.slotId),
    check("cancelled_visits_charged", sql`${t.chargedCents} >= 0`),
  ],
);

// Issue 16: notifications, contact details and accounts.

/**
 * A notification: written in the same transaction as the change it reports (an outbox), read by
 * the in-app notice list, and delivered by the worker (app/services/notifications). One row per
 * event and recipient: `eventKey` names the event, so writing it twice is a no-op.
 */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    recipientUserId: integer("recipient_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    eventKey: text("event_key").notNull(),
    // What the message says besides its kind: names, dates, amounts. Never health data.
    params: text("params", { mode: "json" }).$type<Record<string, string | number>>().notNull(),
    // The portal path the notice is about (/mijn/aanvragen/12).
    link: text("link").notNull(),
    // Whose name and phone the message carries as its sender.
    municipalityCode: text("municipality_code").references(() => municipalities.code),
    createdAt: createdAt(),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
    channel: text("channel", { enum: NOTIFICATION_CHANNELS }).notNull().default("email"),
    deliveryStatus: text("delivery_status", { enum: DELIVERY_STATUSES }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    transport: text("transport"),
    lastError: text("last_error"),
    // A secret only the message may carry (a password-reset link's token): erased once sent.
    secret: text("secret"),
    // An e-mail written as "by_sms" and made due because its SMS finally failed (ADR 027).
    smsFallbackAt: integer("sms_fallback_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("notifications_event").on(t.eventKey, t.recipientUserId, t.channel),
    index("notifications_recipient").on(t.recipientUserId, t.createdAt),
    index("notifications_due").on(t.deliveryStatus, t.nextAttemptAt),
    // The admin's outbox: a municipality's messages, newest first (a national outbox is millions).
    index("notifications_municipality").on(t.municipalityCode, t.createdAt),
  ],
);

/**
 * A citizen's address and phone, and those of a person they act for (`forName` set): asked once,
 * kept for the next request, editable at /mijn/gegevens. Health data's neighbour: shared with a
 * provider only after it accepted.
 */
export const contactDetails = sqliteTable(
  "contact_details",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // Null: the account holder's own details; else the name of the person acted for.
    forName: text("for_name"),
    street: text("street").notNull(),
    houseNumber: text("house_number").notNull(),
    postcode: text("postcode").notNull(), // 1234AB
    place: text("place").notNull(),
    phone: text("phone"),
    preferredContact: text("preferred_contact", { enum: CONTACT_WAYS }).notNull().default("phone"),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("contact_details_user").on(t.userId)],
);

/** A password-reset link: the SHA-256 of its token, valid one hour, used once. */
export const passwordResetTokens = sqliteTable(
  "password_reset_tokens",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("password_reset_tokens_user").on(t.userId)],
);

/** One-time recovery codes for a lost second factor: hashed, each used once. */
export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("recovery_codes_user").on(t.userId)],
);

/**
 * A login half done (ADR 025): the password was right, the second factor is still to come. The id
 * is the SHA-256 of the token in a short-lived cookie; it is no session and opens no page.
 */
export const pendingLogins = sqliteTable(
  "pending_logins",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    redirectTo: text("redirect_to"),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    // The TOTP secret proposed at a first login's enrolment: kept here, never taken from the form
    // (stored like users.totp_secret, ADR 032).
    totpCandidate: text("totp_candidate"),
  },
  (t) => [index("pending_logins_user").on(t.userId)],
);
