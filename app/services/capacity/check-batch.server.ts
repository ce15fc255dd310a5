// The checks of a capacity batch that need the database: the record type fits the provider's
// kind, the municipality is served, the postcode exists, one record per natural key, and no week
// that is already over is published anew, no days off that are over, no overlapping windows.
import { addDays } from "~/domain/time";
import { errorWith, type MessageKey } from "~/i18n";
import { type CapacityRow, findRecordByRef, findRefByKey, recordsOf } from "~/models/capacity.server";
import { isKnownPc4 } from "~/models/policies.server";
import { serviceAreaOf } from "~/models/providers.server";
import type { CapacityRecordType, ProviderKind } from "~db/schema";
import { type BatchItem, isDeletion, specOf } from "./record-types.server";

/** Catalogue keys, some with parameters (errorWith). */
export type BatchErrors = Record<string, MessageKey | string>;

type Window = { weekday: number; startTime: string; endTime: string };

/**
 * A cleaner's windows as they will be after the batch: the stored ones the batch neither changes
 * nor deletes, and the batch's own (by index). Two on the same weekday may not overlap: the visits
 * derived from them would be offered twice.
 */
function overlappingWindows(providerId: number, items: readonly BatchItem[]): Map<number, Window> {
  const inBatch = new Set(items.filter((i) => i.type === "cleaner_window").map((i) => i.externalRef));
  const stored: Window[] = recordsOf({ providerId }, "cleaner_window").filter((w) => !inBatch.has(w.externalRef));
  const sent = items.flatMap((item, index) =>
    item.type === "cleaner_window" && !isDeletion(item) ? [{ index, window: item as Window }] : [],
  );
  const overlaps = (a: Window, b: Window) =>
    a.weekday === b.weekday && a.startTime < b.endTime && b.startTime < a.endTime;
  const found = new Map<number, Window>();
  for (const { index, window } of sent) {
    const other =
      stored.find((w) => overlaps(w, window)) ??
      sent.find((o) => o.index !== index && overlaps(o.window, window))?.window;
    if (other) found.set(index, other);
  }
  return found;
}

/** Field errors keyed `records[i].field`; empty when the whole batch may be written. */
/** Whether every value of a record as sent equals what is stored. */
export function unchanged(existing: CapacityRow<CapacityRecordType>, values: object): boolean {
  const stored: Record<string, unknown> = existing;
  return Object.entries(values).every(([name, value]) => stored[name] === value);
}

export function checkBatch(
  providerId: number,
  kind: ProviderKind,
  items: readonly BatchItem[],
  today: string,
): BatchErrors {
  const scope = { providerId };
  const errors: BatchErrors = {};
  const served = new Set(serviceAreaOf(scope).map((m) => m.code));
  const seenRefs = new Set<string>();
  const seenKeys = new Map<string, string>();
  const overlapping = kind === "private_cleaner" ? overlappingWindows(providerId, items) : new Map<number, Window>();
  items.forEach((item, i) => {
    const at = (field: string) => `records[${i}].${field}`;
    const s = specOf(item.type);
    if (s.kind !== kind) {
      errors[at("type")] = "validation.capacity.typeNotForKind";
      return;
    }
    const refKey = `${item.type}|${item.externalRef}`;
    if (seenRefs.has(refKey)) errors[at("externalRef")] = "validation.capacity.duplicateRef";
    seenRefs.add(refKey);
    if (isDeletion(item)) return;
    const municipality = s.municipality?.(item);
    if (municipality !== undefined && !served.has(municipality)) {
      errors[at("municipalityCode")] = "validation.capacity.municipalityNotServed";
    }
    // A week that ended is history: it may be sent again as it is (a resend of what GET lists), not
    // created or changed, for no one can start in it.
    if (item.type === "zin_week" && addDays(item.weekStart, 6) < today) {
      const existing = findRecordByRef(scope, item.type, item.externalRef);
      if (!existing || !unchanged(existing, s.values(item))) errors[at("weekStart")] = "validation.capacity.pastWeek";
    }
    // Days off that are over say nothing about when the cleaner works: the same rule as a past week.
    if (item.type === "cleaner_exception" && item.toDate < today) {
      const existing = findRecordByRef(scope, item.type, item.externalRef);
      if (!existing || !unchanged(existing, s.values(item))) errors[at("toDate")] = "validation.capacity.pastDaysOff";
    }
    const other = overlapping.get(i);
    if (other) {
      errors[at("startTime")] = errorWith("validation.capacity.windowOverlap", {
        start: other.startTime,
        end: other.endTime,
      });
    }
    const pc4 = s.pc4?.(item);
    if (pc4 !== undefined && !isKnownPc4(pc4)) errors[at("locationPostcode")] = "validation.capacity.postcodeUnknown";
    if (s.naturalKey) {
      const naturalKey = s.naturalKey(item);
      const key = `${item.type}|${Object.values(naturalKey).join("|")}`;
      const other = seenKeys.get(key);
      if (other !== undefined && other !== item.externalRef)
        errors[at("externalRef")] = "validation.capacity.duplicateKey";
      seenKeys.set(key, item.externalRef);
      const existing = findRefByKey(scope, item.type, naturalKey);
      // Another record already holds this key, unless this batch also removes or moves it.
      const movedAway = existing !== undefined && items.some((o) => o.type === item.type && o.externalRef === existing);
      if (existing !== undefined && existing !== item.externalRef && !movedAway) {
        errors[at("externalRef")] = "validation.capacity.duplicateKey";
      }
    }
  });
  return errors;
}
