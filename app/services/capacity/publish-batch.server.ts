// Publishing capacity: one all-or-nothing, idempotent batch per call, from the API or a form.
import { clock } from "~/clock.server";
import { amsterdamDay } from "~/domain/policy";
import {
  confirmRecord,
  deleteRecord,
  findRecordByRef,
  insertCapacityChange,
  insertRecord,
  updateRecord,
} from "~/models/capacity.server";
import { findProviderKind } from "~/models/providers.server";
import { getDb } from "~db/client.server";
import type { CapacityRecordType } from "~db/schema";
import { type BatchErrors, checkBatch, unchanged } from "./check-batch.server";
import { type BatchItem, isDeletion, specOf } from "./record-types.server";
import { refreshCleanerSlots } from "./slot-refresh.server";

// The seed publishes demo capacity as the system: its history names neither a user nor a key.
export type Actor = { userId: number } | { apiKeyId: number } | { system: "seed" };
export type BatchResult =
  | { ok: true; created: number; updated: number; unchanged: number; deleted: number }
  | { ok: false; errors: BatchErrors };

function recordHistory(
  providerId: number,
  entry: {
    type: CapacityRecordType;
    externalRef: string;
    action: "created" | "updated" | "deleted";
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    actor: Actor;
    now: Date;
  },
) {
  insertCapacityChange(
    { providerId },
    {
      recordType: entry.type,
      externalRef: entry.externalRef,
      action: entry.action,
      before: entry.before,
      after: entry.after,
      changedByUserId: "userId" in entry.actor ? entry.actor.userId : null,
      apiKeyId: "apiKeyId" in entry.actor ? entry.actor.apiKeyId : null,
      at: entry.now,
    },
  );
}

/**
 * Applies a batch of capacity records for one provider in one transaction: every record is
 * checked first and nothing is written when any is wrong. Records are matched on
 * (type, externalRef): new ones are created, changed ones updated (with history), identical
 * ones only confirmed (fresh again, no history), deletions remove. Sending the same batch
 * twice therefore changes no capacity and writes no history.
 */
export function applyCapacityBatch(
  providerId: number,
  items: readonly BatchItem[],
  actor: Actor,
  now = clock.now(),
): BatchResult {
  const scope = { providerId };
  const run = getDb().$client.transaction((): BatchResult => {
    const kind = findProviderKind(scope);
    if (!kind) throw new Error(`no provider ${providerId}`);
    const errors = checkBatch(providerId, kind, items, amsterdamDay(now));
    if (Object.keys(errors).length > 0) return { ok: false, errors };

    const result = { ok: true as const, created: 0, updated: 0, unchanged: 0, deleted: 0 };
    // Deletions first, so a batch may move a natural key from one reference to another.
    const ordered = [...items.filter(isDeletion), ...items.filter((i) => !isDeletion(i))];
    for (const item of ordered) {
      const s = specOf(item.type);
      const existing = findRecordByRef(scope, item.type, item.externalRef);
      const history = { type: item.type, externalRef: item.externalRef, actor, now };
      if (isDeletion(item)) {
        if (!existing) continue; // already gone: deleting twice changes nothing
        deleteRecord(scope, item.type, existing.id);
        recordHistory(providerId, { ...history, action: "deleted", before: s.read(existing), after: null });
        result.deleted++;
        continue;
      }
      const values = s.values(item);
      if (!existing) {
        insertRecord(scope, item.type, item.externalRef, values, now);
        recordHistory(providerId, { ...history, action: "created", before: null, after: s.read(values) });
        result.created++;
      } else if (unchanged(existing, values)) {
        confirmRecord(scope, item.type, existing.id, now);
        result.unchanged++;
      } else {
        updateRecord(scope, item.type, existing.id, values, now);
        recordHistory(providerId, { ...history, action: "updated", before: s.read(existing), after: s.read(values) });
        result.updated++;
      }
    }
    if (kind === "private_cleaner") refreshCleanerSlots(providerId, now);
    return result;
  });
  try {
    return run.immediate();
  } catch (error) {
    // Records that swap a natural key (week, month, municipality) between references can only
    // collide at write time; the transaction is rolled back whole, so nothing was applied.
    if (error instanceof Error && "code" in error && error.code === "SQLITE_CONSTRAINT_UNIQUE") {
      return { ok: false, errors: { records: "validation.capacity.duplicateKey" } };
    }
    throw error;
  }
}
