// How each capacity record type, as providers publish it (API and forms), maps onto its table:
// a small spec per type (ADR 005). Adding a type means a table, a zod schema and an entry here.
import type { CapacityValues } from "~/models/capacity.server";
import type { CapacityRecord, DeletionRecord } from "~/schemas/capacity";
import type { CapacityRecordType, ProviderKind } from "~db/schema";

export type RecordOf<T extends CapacityRecordType> = Extract<CapacityRecord, { type: T }>;
export type BatchItem = CapacityRecord | DeletionRecord;

type Spec<T extends CapacityRecordType> = {
  kind: ProviderKind;
  /** The record's values as stored. */
  values: (r: RecordOf<T>) => CapacityValues<T>;
  /** Stored values in the API's shape (without type and reference). */
  read: (v: CapacityValues<T>) => Omit<RecordOf<T>, "type" | "externalRef">;
  /** A second identity besides externalRef (e.g. municipality + week): one record each. */
  naturalKey?: (r: RecordOf<T>) => Partial<CapacityValues<T>>;
  municipality?: (r: RecordOf<T>) => string;
  pc4?: (r: RecordOf<T>) => string;
};

const SPECS: { [T in CapacityRecordType]: Spec<T> } = {
  zin_week: {
    kind: "zin",
    values: (r) => ({
      municipalityCode: r.municipalityCode,
      weekStart: r.weekStart,
      minutesPerWeek: Math.round(r.hoursPerWeek * 60),
      newClients: r.newClients,
      earliestStart: r.earliestStart,
    }),
    read: (v) => ({
      municipalityCode: v.municipalityCode,
      weekStart: v.weekStart,
      hoursPerWeek: v.minutesPerWeek / 60,
      newClients: v.newClients,
      earliestStart: v.earliestStart,
    }),
    naturalKey: (r) => ({ municipalityCode: r.municipalityCode, weekStart: r.weekStart }),
    municipality: (r) => r.municipalityCode,
  },
  zin_waiting_list: {
    kind: "zin",
    values: (r) => ({ municipalityCode: r.municipalityCode, length: r.length }),
    read: (v) => ({ municipalityCode: v.municipalityCode, length: v.length }),
    naturalKey: (r) => ({ municipalityCode: r.municipalityCode }),
    municipality: (r) => r.municipalityCode,
  },
  cleaner_window: {
    kind: "private_cleaner",
    values: (r) => ({ weekday: r.weekday, startTime: r.startTime, endTime: r.endTime, visitMinutes: r.visitMinutes }),
    read: (v) => ({ weekday: v.weekday, startTime: v.startTime, endTime: v.endTime, visitMinutes: v.visitMinutes }),
  },
  cleaner_exception: {
    kind: "private_cleaner",
    values: (r) => ({ fromDate: r.fromDate, toDate: r.toDate, reason: r.reason ?? null }),
    read: (v) => ({ fromDate: v.fromDate, toDate: v.toDate, ...(v.reason == null ? {} : { reason: v.reason }) }),
  },
  mediation_month: {
    kind: "pgb_mediator",
    values: (r) => ({ municipalityCode: r.municipalityCode, month: r.month, newMatches: r.newMatches }),
    read: (v) => ({ municipalityCode: v.municipalityCode, month: v.month, newMatches: v.newMatches }),
    naturalKey: (r) => ({ municipalityCode: r.municipalityCode, month: r.month }),
    municipality: (r) => r.municipalityCode,
  },
  helper_pool: {
    kind: "pgb_mediator",
    values: (r) => ({ helpers: r.helpers }),
    read: (v) => ({ helpers: v.helpers }),
    naturalKey: () => ({}), // one pool per provider
  },
  cohort: {
    kind: "physio",
    values: (r) => {
      const [first, second] = r.sessions;
      // The schema asks for exactly two sessions.
      if (!first || !second) throw new Error("a cohort has two sessions");
      return {
        startDate: r.startDate,
        session1Weekday: first.weekday,
        session1Time: first.time,
        session2Weekday: second.weekday,
        session2Time: second.time,
        seats: r.seats,
        location: r.location,
        locationPc4: r.locationPostcode.slice(0, 4),
        locationPostcode: r.locationPostcode,
      };
    },
    read: (v) => ({
      startDate: v.startDate,
      sessions: [
        { weekday: v.session1Weekday, time: v.session1Time },
        { weekday: v.session2Weekday, time: v.session2Time },
      ],
      seats: v.seats,
      location: v.location,
      locationPostcode: v.locationPostcode ?? v.locationPc4,
    }),
    pc4: (r) => r.locationPostcode.slice(0, 4),
  },
};

export const RECORD_TYPES_BY_KIND: Record<ProviderKind, CapacityRecordType[]> = {
  zin: ["zin_week", "zin_waiting_list"],
  private_cleaner: ["cleaner_window", "cleaner_exception"],
  pgb_mediator: ["mediation_month", "helper_pool"],
  physio: ["cohort"],
};

/** The spec of a type, for code that handles records of any type alike. */
export function specOf(type: CapacityRecordType): Spec<CapacityRecordType> {
  return SPECS[type] as unknown as Spec<CapacityRecordType>;
}

export function isDeletion(item: BatchItem): item is DeletionRecord {
  return "deleted" in item && item.deleted === true;
}
