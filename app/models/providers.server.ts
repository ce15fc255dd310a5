// Providers, the municipalities they serve, and their reminders. A query for one provider's rows
// takes `{ providerId }` (the session's or the API key's provider); one for an admin takes
// `{ municipalityCode }` and finds only providers serving it.
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { type Db, getDb } from "~db/client.server";
import {
  municipalities,
  type ProviderKind,
  providerNotifications,
  providerServiceAreas,
  providers,
  users,
  type VettingStatus,
} from "~db/schema";

/**
 * Providers `p` whose capacity may be shown: vetted, and for those who enter homes (cleaners,
 * mediators' helpers) a latest recorded VOG from `?` (threeYearsBefore(today)) on. One rule for
 * matching and the public directory, so a suspension or an expired VOG takes effect in both.
 */
export const USABLE_PROVIDER_SQL = `p.vetting_status = 'vetted'
  AND (p.kind NOT IN ('private_cleaner', 'pgb_mediator') OR (
    SELECT c.ok = 1 AND c.vog_date >= ? FROM provider_vetting_checks c
    WHERE c.provider_id = p.id AND c.item = 'vog' ORDER BY c.id DESC LIMIT 1))`;

export type Provider = typeof providers.$inferSelect;
type ProviderScope = { providerId: number };
type MunicipalityScope = { municipalityCode: string };
type Writer = Pick<Db, "update">;

export function findProvider({ providerId }: ProviderScope): Provider | undefined {
  return getDb().select().from(providers).where(eq(providers.id, providerId)).get();
}

export function findProviderKind({ providerId }: ProviderScope): ProviderKind | undefined {
  return getDb().select({ kind: providers.kind }).from(providers).where(eq(providers.id, providerId)).get()?.kind;
}

/** The ids of every private cleaner (for the hourly slot refresh, a job of the system). */
export function allCleanerIds(): number[] {
  return getDb()
    .select({ id: providers.id })
    .from(providers)
    .where(eq(providers.kind, "private_cleaner"))
    .all()
    .map((r) => r.id);
}

/** The municipalities a provider serves, by name. */
export function serviceAreaOf({ providerId }: ProviderScope) {
  return getDb()
    .select({ code: municipalities.code, name: municipalities.name })
    .from(providerServiceAreas)
    .innerJoin(municipalities, eq(municipalities.code, providerServiceAreas.municipalityCode))
    .where(eq(providerServiceAreas.providerId, providerId))
    .orderBy(asc(municipalities.name))
    .all();
}

export function servesMunicipality({ providerId }: ProviderScope, municipalityCode: string): boolean {
  const row = getDb()
    .select({ id: providerServiceAreas.providerId })
    .from(providerServiceAreas)
    .where(
      and(eq(providerServiceAreas.providerId, providerId), eq(providerServiceAreas.municipalityCode, municipalityCode)),
    )
    .get();
  return row !== undefined;
}

/** The ids of the providers serving a municipality, as a subquery. */
function idsServing(municipalityCode: string) {
  return getDb()
    .select({ id: providerServiceAreas.providerId })
    .from(providerServiceAreas)
    .where(eq(providerServiceAreas.municipalityCode, municipalityCode));
}

/** A provider as an admin of the municipality may see it: only when it serves the municipality. */
export function findProviderServing({ municipalityCode }: MunicipalityScope, providerId: number): Provider | undefined {
  return getDb()
    .select()
    .from(providers)
    .where(and(eq(providers.id, providerId), inArray(providers.id, idsServing(municipalityCode))))
    .get();
}

/** Providers whose service area includes the municipality, by name. */
export function providersServing({ municipalityCode }: MunicipalityScope): Provider[] {
  return getDb()
    .select()
    .from(providers)
    .where(inArray(providers.id, idsServing(municipalityCode)))
    .orderBy(asc(providers.name))
    .all();
}

/**
 * The providers serving a municipality, by name, with what decides who makes their accounts:
 * whether they also serve another municipality, and whether they have a staff account yet. One
 * query: per provider it took three, a second for a municipality with hundreds of providers.
 */
export function providersServingWithReach({ municipalityCode }: MunicipalityScope) {
  const elsewhere = getDb()
    .select({ id: providerServiceAreas.providerId })
    .from(providerServiceAreas)
    .where(
      and(
        eq(providerServiceAreas.providerId, providers.id),
        sql`${providerServiceAreas.municipalityCode} <> ${municipalityCode}`,
      ),
    );
  const staff = getDb()
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.providerId, providers.id), eq(users.role, "provider_staff")));
  return getDb()
    .select({
      id: providers.id,
      name: providers.name,
      contactName: providers.contactName,
      contactEmail: providers.contactEmail,
      vettingStatus: providers.vettingStatus,
      servesElsewhere: sql<number>`exists ${elsewhere}`.mapWith(Boolean),
      hasStaff: sql<number>`exists ${staff}`.mapWith(Boolean),
    })
    .from(providers)
    .where(inArray(providers.id, idsServing(municipalityCode)))
    .orderBy(asc(providers.name))
    .all();
}

/** What an admin's list of providers to vet shows, by name. */
export function providersToVet({ municipalityCode }: MunicipalityScope) {
  return getDb()
    .select({ id: providers.id, name: providers.name, kind: providers.kind, status: providers.vettingStatus })
    .from(providers)
    .where(inArray(providers.id, idsServing(municipalityCode)))
    .orderBy(asc(providers.name))
    .all();
}

export function insertProvider(values: typeof providers.$inferInsert, db: Pick<Db, "insert"> = getDb()): number {
  return db.insert(providers).values(values).returning({ id: providers.id }).get().id;
}

export function insertServiceAreas(
  { providerId }: ProviderScope,
  municipalityCodes: readonly string[],
  db: Pick<Db, "insert"> = getDb(),
): void {
  db.insert(providerServiceAreas)
    .values(municipalityCodes.map((municipalityCode) => ({ providerId, municipalityCode })))
    .run();
}

/**
 * Moves a provider from one vetting status to another, only if it still has the one the caller
 * checked: false when a concurrent change came first.
 */
export function updateVettingStatus(
  { providerId }: ProviderScope,
  change: { from: VettingStatus; to: VettingStatus; suspensionReason: string | null },
  db: Writer = getDb(),
): boolean {
  const result = db
    .update(providers)
    .set({ vettingStatus: change.to, suspensionReason: change.suspensionReason })
    .where(and(eq(providers.id, providerId), eq(providers.vettingStatus, change.from)))
    .run();
  return result.changes > 0;
}

/** Adds a reminder unless one with the same key exists (one per occasion). */
export function insertNotificationOnce(
  { providerId }: ProviderScope,
  notification: Pick<typeof providerNotifications.$inferInsert, "kind" | "dedupeKey" | "params">,
): void {
  getDb()
    .insert(providerNotifications)
    .values({ providerId, ...notification })
    .onConflictDoNothing()
    .run();
}

export function unreadNotificationsOf({ providerId }: ProviderScope) {
  return getDb()
    .select()
    .from(providerNotifications)
    .where(and(eq(providerNotifications.providerId, providerId), isNull(providerNotifications.readAt)))
    .orderBy(desc(providerNotifications.createdAt))
    .all();
}

export function markNotificationsRead({ providerId }: ProviderScope, at: Date): void {
  getDb()
    .update(providerNotifications)
    .set({ readAt: at })
    .where(and(eq(providerNotifications.providerId, providerId), isNull(providerNotifications.readAt)))
    .run();
}
