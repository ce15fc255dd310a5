// A provider's current capacity records, in the API's shape, with their freshness.
import { clock } from "~/clock.server";
import { ageInDays, isStale } from "~/domain/capacity";
import { recordsOf } from "~/models/capacity.server";
import { findProviderKind } from "~/models/providers.server";
import type { CapacityRecordType } from "~db/schema";
import { RECORD_TYPES_BY_KIND, specOf } from "./record-types.server";

export type PublishedRecord = Record<string, unknown> & {
  type: CapacityRecordType;
  externalRef: string;
  updatedAt: string;
  confirmedAt: string;
  stale: boolean;
  ageDays: number;
};

export function listCapacity(providerId: number, staleAfterDays: number, now = clock.now()): PublishedRecord[] {
  const scope = { providerId };
  const kind = findProviderKind(scope);
  if (!kind) return [];
  return RECORD_TYPES_BY_KIND[kind].flatMap((type) => {
    const s = specOf(type);
    return recordsOf(scope, type).map((row) => ({
      type,
      externalRef: row.externalRef,
      ...s.read(row),
      updatedAt: row.updatedAt.toISOString(),
      confirmedAt: row.confirmedAt.toISOString(),
      stale: isStale(row.confirmedAt, now, staleAfterDays),
      ageDays: ageInDays(row.confirmedAt, now),
    }));
  });
}
