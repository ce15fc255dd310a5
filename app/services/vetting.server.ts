// Vetting by the municipality: the checklist, and status changes that take effect at once.

import { clock } from "~/clock.server";
import { adminMayAddProviderStaff } from "~/domain/accounts";
import { amsterdamDay } from "~/domain/policy";
import { missingChecks } from "~/domain/vetting";
import { findProviderServing, providersToVet, serviceAreaOf, updateVettingStatus } from "~/models/providers.server";
import { hasStaffAccount } from "~/models/users.server";
import { insertStatusChange, insertVettingCheck, statusChangesOf, vettingChecksOf } from "~/models/vetting.server";
import { getDb } from "~db/client.server";
import type { VettingItem, VettingStatus } from "~db/schema";
import { audit } from "./audit.server";

type Admin = { id: number; municipalityCode: string };

/** Providers serving the admin's municipality, pending ones first. */
export function listProvidersForVetting(municipalityCode: string) {
  const rows = providersToVet({ municipalityCode });
  const order: Record<VettingStatus, number> = { pending: 0, suspended: 1, vetted: 2 };
  return rows.sort((a, b) => order[a.status] - order[b.status]);
}

function latestChecks(providerId: number) {
  const all = vettingChecksOf({ providerId });
  const latest = new Map<VettingItem, (typeof all)[number]>();
  for (const c of all) if (!latest.has(c.item)) latest.set(c.item, c);
  return { latest: [...latest.values()], all };
}

/** A provider as the admin sees it, or null when it does not serve the admin's municipality. */
export function getProviderForVetting(admin: Admin, providerId: number, now = clock.now()) {
  const found = findProviderServing({ municipalityCode: admin.municipalityCode }, providerId);
  if (!found) return null;
  const provider = { ...found, serves: serviceAreaOf({ providerId }) };
  const checks = latestChecks(providerId);
  const statusChanges = statusChangesOf({ providerId });
  const missing = missingChecks(provider.kind, checks.latest, amsterdamDay(now));
  // The provider's first account is made here, at vetting; further ones by the provider when it reaches further.
  const hasStaff = hasStaffAccount({ providerId });
  const serves = provider.serves.map((m) => m.code);
  const refusal = adminMayAddProviderStaff(admin.municipalityCode, {
    serves,
    hasStaff,
    vetted: provider.vettingStatus === "vetted",
  });
  const accounts = { hasStaff, mayAdd: refusal === null, notVetted: refusal === "provider_not_vetted" };
  return { provider, checks: checks.latest, checkHistory: checks.all, statusChanges, missing, accounts };
}

export function recordCheck(
  admin: Admin,
  providerId: number,
  input: { item: VettingItem; ok: boolean; vogDate?: string | undefined; note?: string | undefined },
): boolean {
  if (!getProviderForVetting(admin, providerId)) return false;
  getDb().transaction((tx) => {
    insertVettingCheck(
      { providerId },
      {
        item: input.item,
        ok: input.ok,
        vogDate: input.item === "vog" ? (input.vogDate ?? null) : null, // a date belongs to a VOG only
        note: input.note ?? null,
        checkedByUserId: admin.id,
      },
      tx,
    );
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
  const scope = { providerId };
  const changed = getDb().transaction((tx) => {
    // Guarded on the status we checked: a concurrent change makes this one a no-op.
    const suspensionReason = to === "suspended" ? (reason ?? null) : null;
    if (!updateVettingStatus(scope, { from, to, suspensionReason }, tx)) return false;
    insertStatusChange(
      scope,
      { fromStatus: from, toStatus: to, reason: reason ?? null, changedByUserId: admin.id },
      tx,
    );
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
