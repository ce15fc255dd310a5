// Vetting by the municipality: the checklist, and status changes that take effect at once.

import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { clock } from "~/clock.server";
import { amsterdamDay } from "~/domain/policy";
import { type Check, missingChecks } from "~/domain/vetting";
import { getDb } from "~db/client.server";
import {
  providerServiceAreas,
  providerStatusChanges,
  providers,
  providerVettingChecks,
  users,
  type VettingItem,
  type VettingStatus,
} from "~db/schema";
import { audit } from "./audit.server";
import { getProviderWithArea } from "./providers.server";

type Admin = { id: number; municipalityCode: string };

function servingIds(municipalityCode: string) {
  return getDb()
    .select({ id: providerServiceAreas.providerId })
    .from(providerServiceAreas)
    .where(eq(providerServiceAreas.municipalityCode, municipalityCode));
}

/** Providers serving the admin's municipality, pending ones first. */
export function listProvidersForVetting(municipalityCode: string) {
  const rows = getDb()
    .select({ id: providers.id, name: providers.name, kind: providers.kind, status: providers.vettingStatus })
    .from(providers)
    .where(inArray(providers.id, servingIds(municipalityCode)))
    .orderBy(asc(providers.name))
    .all();
  const order: Record<VettingStatus, number> = { pending: 0, suspended: 1, vetted: 2 };
  return rows.sort((a, b) => order[a.status] - order[b.status]);
}

function latestChecks(providerId: number) {
  const all = getDb()
    .select({
      id: providerVettingChecks.id,
      item: providerVettingChecks.item,
      ok: providerVettingChecks.ok,
      vogDate: providerVettingChecks.vogDate,
      note: providerVettingChecks.note,
      checkedAt: providerVettingChecks.checkedAt,
      checkedBy: users.name,
    })
    .from(providerVettingChecks)
    .leftJoin(users, eq(users.id, providerVettingChecks.checkedByUserId))
    .where(eq(providerVettingChecks.providerId, providerId))
    .orderBy(desc(providerVettingChecks.checkedAt), desc(providerVettingChecks.id))
    .all();
  const latest = new Map<VettingItem, (typeof all)[number]>();
  for (const c of all) if (!latest.has(c.item)) latest.set(c.item, c);
  return { latest: [...latest.values()], all };
}

/** A provider as the admin sees it, or null when it does not serve the admin's municipality. */
export function getProviderForVetting(admin: Admin, providerId: number, now = clock.now()) {
  const provider = getProviderWithArea(providerId);
  if (!provider?.serves.some((m) => m.code === admin.municipalityCode)) return null;
  const checks = latestChecks(providerId);
  const statusChanges = getDb()
    .select({
      id: providerStatusChanges.id,
      fromStatus: providerStatusChanges.fromStatus,
      toStatus: providerStatusChanges.toStatus,
      reason: providerStatusChanges.reason,
      changedAt: providerStatusChanges.changedAt,
      changedBy: users.name,
    })
    .from(providerStatusChanges)
    .leftJoin(users, eq(users.id, providerStatusChanges.changedByUserId))
    .where(eq(providerStatusChanges.providerId, providerId))
    .orderBy(desc(providerStatusChanges.changedAt), desc(providerStatusChanges.id))
    .all();
  const missing = missingChecks(provider.kind, checks.latest as Check[], amsterdamDay(now));
  return { provider, checks: checks.latest, checkHistory: checks.all, statusChanges, missing };
}

export function recordCheck(
  admin: Admin,
  providerId: number,
  input: { item: VettingItem; ok: boolean; vogDate?: string | undefined; note?: string | undefined },
): boolean {
  if (!getProviderForVetting(admin, providerId)) return false;
  getDb().transaction((tx) => {
    tx.insert(providerVettingChecks)
      .values({
        providerId,
        item: input.item,
        ok: input.ok,
        vogDate: input.item === "vog" ? (input.vogDate ?? null) : null, // a date belongs to a VOG only
        note: input.note ?? null,
        checkedByUserId: admin.id,
      })
      .run();
    audit(
      {
        actorUserId: admin.id,
        action: "provider.check_recorded",
        subjectType: "provider",
        subjectId: providerId,
        detail: { item: input.item, ok: input.ok },
      },
      tx,
    );
  });
  return true;
}

export type StatusChangeResult =
  | { ok: true }
  | { ok: false; reason: "not_found" | "same_status" | "checks_missing" | "reason_required"; missing?: VettingItem[] };

/**
 * Changes a provider's status. Vetting needs a complete checklist; suspending needs a reason.
 * The change is immediate: matching only ever shows vetted providers.
 */
export function changeStatus(
  admin: Admin,
  providerId: number,
  to: VettingStatus,
  reason: string | undefined,
  now = clock.now(),
): StatusChangeResult {
  const state = getProviderForVetting(admin, providerId, now);
  if (!state) return { ok: false, reason: "not_found" };
  const from = state.provider.vettingStatus;
  if (from === to) return { ok: false, reason: "same_status" };
  if (to === "vetted" && state.missing.length > 0)
    return { ok: false, reason: "checks_missing", missing: state.missing };
  if (to === "suspended" && !reason) return { ok: false, reason: "reason_required" };
  const changed = getDb().transaction((tx) => {
    // Guarded on the status we checked: a concurrent change makes this one a no-op.
    const update = tx
      .update(providers)
      .set({ vettingStatus: to, suspensionReason: to === "suspended" ? (reason ?? null) : null })
      .where(and(eq(providers.id, providerId), eq(providers.vettingStatus, from)))
      .run();
    if (update.changes === 0) return false;
    tx.insert(providerStatusChanges)
      .values({ providerId, fromStatus: from, toStatus: to, reason: reason ?? null, changedByUserId: admin.id })
      .run();
    audit(
      {
        actorUserId: admin.id,
        action: "provider.status_changed",
        subjectType: "provider",
        subjectId: providerId,
        detail: { from, to, reason: reason ?? null },
      },
      tx,
    );
    return true;
  });
  return changed ? { ok: true } : { ok: false, reason: "same_status" };
}
