// The data model, first part: reference data, policy, people, providers.
// Later issues add their own tables in their own migrations.
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const ROLES = ["citizen", "provider_staff", "consultant", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const PROVIDER_KINDS = ["zin", "private_cleaner", "pgb_mediator", "physio"] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export const VETTING_STATUSES = ["pending", "vetted", "suspended"] as const;
export type VettingStatus = (typeof VETTING_STATUSES)[number];

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

/** All CBS municipalities (loaded from the PC4 data); taking part = having a policy. */
export const municipalities = sqliteTable("municipalities", {
  code: text("code").primaryKey(), // CBS gemeentecode, e.g. GM0632
  name: text("name").notNull(),
  province: text("province").notNull(),
  region: text("region"), // e.g. "Utrecht West"; null when not in a region we serve
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
    role: text("role", { enum: ROLES }).notNull(),
    municipalityCode: text("municipality_code").references(() => municipalities.code),
    providerId: integer("provider_id").references(() => providers.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("users_email").on(t.email),
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

/** Sessions the Lucia way: the id is the SHA-256 of the token the cookie holds. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("sessions_user").on(t.userId)],
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
  },
  (t) => [index("audit_events_subject").on(t.subjectType, t.subjectId)],
);
