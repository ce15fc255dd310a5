// Publishing capacity: one all-or-nothing, idempotent batch per call, from the API or a form.

import type Database from "better-sqlite3";
import { clock } from "~/clock.server";
import { ageInDays, isStale } from "~/domain/capacity";
import { amsterdamDay } from "~/domain/policy";
import { deriveSlots } from "~/domain/slots";
import { weeklyKey } from "~/domain/time";
import type { MessageKey } from "~/i18n";
import type { CapacityRecord, DeletionRecord } from "~/schemas/capacity";
import { getDb } from "~db/client.server";
import { CAPACITY_RECORD_TYPES, type CapacityRecordType, type ProviderKind } from "~db/schema";
import { audit } from "./audit.server";

type Row = Record<string, unknown>;
type Value = string | number | null;
type RecordOf<T extends CapacityRecordType> = Extract<CapacityRecord, { type: T }>;

/** How one record type maps onto its table. Column names are constants, never input. */
type Spec<T extends CapacityRecordType> = {
  table: string;
  kind: ProviderKind;
  columns: (r: RecordOf<T>) => Record<string, Value>;
  read: (row: Row) => Omit<RecordOf<T>, "type" | "externalRef">;
  /** A second identity besides externalRef (e.g. municipality + week): one record each. */
  naturalKey?: { columns: string[]; of: (r: RecordOf<T>) => string };
  municipality?: (r: RecordOf<T>) => string;
  pc4?: (r: RecordOf<T>) => string;
};

const str = (v: unknown) => String(v);
const num = (v: unknown) => Number(v);

const SPECS: { [T in CapacityRecordType]: Spec<T> } = {
  zin_week: {
    table: "zin_capacity_weeks",
    kind: "zin",
    columns: (r) => ({
      municipality_code: r.municipalityCode,
      week_start: r.weekStart,
      minutes_per_week: Math.round(r.hoursPerWeek * 60),
      new_clients: r.newClients,
      earliest_start: r.earliestStart,
    }),
    read: (row) => ({
      municipalityCode: str(row.municipality_code),
      weekStart: str(row.week_start),
      hoursPerWeek: num(row.minutes_per_week) / 60,
      newClients: num(row.new_clients),
      earliestStart: str(row.earliest_start),
    }),
    naturalKey: { columns: ["municipality_code", "week_start"], of: (r) => `${r.municipalityCode}|${r.weekStart}` },
    municipality: (r) => r.municipalityCode,
  },
  zin_waiting_list: {
    table: "zin_waiting_lists",
    kind: "zin",
    columns: (r) => ({ municipality_code: r.municipalityCode, length: r.length }),
    read: (row) => ({ municipalityCode: str(row.municipality_code), length: num(row.length) }),
    naturalKey: { columns: ["municipality_code"], of: (r) => r.municipalityCode },
    municipality: (r) => r.municipalityCode,
  },
  cleaner_window: {
    table: "cleaner_windows",
    kind: "private_cleaner",
    columns: (r) => ({
      weekday: r.weekday,
      start_time: r.startTime,
      end_time: r.endTime,
      visit_minutes: r.visitMinutes,
    }),
    read: (row) => ({
      weekday: num(row.weekday),
      startTime: str(row.start_time),
      endTime: str(row.end_time),
      visitMinutes: num(row.visit_minutes),
    }),
  },
  cleaner_exception: {
    table: "cleaner_exceptions",
    kind: "private_cleaner",
    columns: (r) => ({ from_date: r.fromDate, to_date: r.toDate, reason: r.reason ?? null }),
    read: (row) => ({
      fromDate: str(row.from_date),
      toDate: str(row.to_date),
      ...(row.reason == null ? {} : { reason: str(row.reason) }),
    }),
  },
  mediation_month: {
    table: "mediator_capacity_months",
    kind: "pgb_mediator",
    columns: (r) => ({ municipality_code: r.municipalityCode, month: r.month, new_matches: r.newMatches }),
    read: (row) => ({
      municipalityCode: str(row.municipality_code),
      month: str(row.month),
      newMatches: num(row.new_matches),
    }),
    naturalKey: { columns: ["municipality_code", "month"], of: (r) => `${r.municipalityCode}|${r.month}` },
    municipality: (r) => r.municipalityCode,
  },
  helper_pool: {
    table: "mediator_pools",
    kind: "pgb_mediator",
    columns: (r) => ({ helpers: r.helpers }),
    read: (row) => ({ helpers: num(row.helpers) }),
    naturalKey: { columns: [], of: () => "pool" },
  },
  cohort: {
    table: "physio_cohorts",
    kind: "physio",
    columns: (r) => ({
      start_date: r.startDate,
      session1_weekday: r.sessions[0]?.weekday ?? null,
      session1_time: r.sessions[0]?.time ?? null,
      session2_weekday: r.sessions[1]?.weekday ?? null,
      session2_time: r.sessions[1]?.time ?? null,
      seats: r.seats,
      location: r.location,
      location_pc4: r.locationPostcode.slice(0, 4),
      location_postcode: r.locationPostcode,
    }),
    read: (row) => ({
      startDate: str(row.start_date),
      sessions: [
        { weekday: num(row.session1_weekday), time: str(row.session1_time) },
        { weekday: num(row.session2_weekday), time: str(row.session2_time) },
      ],
      seats: num(row.seats),
      location: str(row.location),
      locationPostcode: str(row.location_postcode ?? row.location_pc4),
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

// The seed publishes demo capacity as the system: its history names neither a user nor a key.
export type Actor = { userId: number } | { apiKeyId: number } | { system: "seed" };
export type BatchItem = CapacityRecord | DeletionRecord;
export type BatchErrors = Record<string, MessageKey>;
export type BatchResult =
  | { ok: true; created: number; updated: number; unchanged: number; deleted: number }
  | { ok: false; errors: BatchErrors };

function spec(type: CapacityRecordType): Spec<CapacityRecordType> {
  return SPECS[type] as unknown as Spec<CapacityRecordType>;
}

function isDeletion(item: BatchItem): item is DeletionRecord {
  return "deleted" in item && item.deleted === true;
}

function findByRef(sqlite: Database.Database, table: string, providerId: number, externalRef: string) {
  return sqlite
    .prepare(`SELECT * FROM ${table} WHERE provider_id = ? AND external_ref = ?`)
    .get(providerId, externalRef) as Row | undefined;
}

/** Checks that need the database: kind, service area, postcode, one record per natural key. */
function checkBatch(sqlite: Database.Database, providerId: number, kind: ProviderKind, items: readonly BatchItem[]) {
  const errors: BatchErrors = {};
  const served = new Set(
    (
      sqlite
        .prepare("SELECT municipality_code AS c FROM provider_service_areas WHERE provider_id = ?")
        .all(providerId) as {
        c: string;
      }[]
    ).map((r) => r.c),
  );
  const seenRefs = new Set<string>();
  const seenKeys = new Map<string, string>();
  items.forEach((item, i) => {
    const at = (field: string) => `records[${i}].${field}`;
    const s = spec(item.type);
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
    const pc4 = s.pc4?.(item);
    if (pc4 !== undefined && !sqlite.prepare("SELECT 1 FROM postcode_areas WHERE pc4 = ?").get(pc4)) {
      errors[at("locationPostcode")] = "validation.capacity.postcodeUnknown";
    }
    if (s.naturalKey) {
      const key = `${item.type}|${s.naturalKey.of(item)}`;
      const other = seenKeys.get(key);
      if (other !== undefined && other !== item.externalRef)
        errors[at("externalRef")] = "validation.capacity.duplicateKey";
      seenKeys.set(key, item.externalRef);
      const values = s.columns(item);
      const where = s.naturalKey.columns.map((c) => ` AND ${c} = ?`).join("");
      const existing = sqlite
        .prepare(`SELECT external_ref AS ref FROM ${s.table} WHERE provider_id = ?${where}`)
        .get(providerId, ...s.naturalKey.columns.map((c) => values[c] ?? null)) as { ref: string } | undefined;
      // Another record already holds this key, unless this batch also removes or moves it.
      const movedAway = existing && items.some((o) => o.type === item.type && o.externalRef === existing.ref);
      if (existing && existing.ref !== item.externalRef && !movedAway) {
        errors[at("externalRef")] = "validation.capacity.duplicateKey";
      }
    }
  });
  return errors;
}

function recordHistory(
  sqlite: Database.Database,
  entry: {
    providerId: number;
    type: CapacityRecordType;
    externalRef: string;
    action: "created" | "updated" | "deleted";
    before: unknown;
    after: unknown;
    actor: Actor;
    now: Date;
  },
) {
  sqlite
    .prepare(
      `INSERT INTO capacity_changes (provider_id, record_type, external_ref, action, before, after, changed_by_user_id, api_key_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      entry.providerId,
      entry.type,
      entry.externalRef,
      entry.action,
      entry.before === null ? null : JSON.stringify(entry.before),
      entry.after === null ? null : JSON.stringify(entry.after),
      "userId" in entry.actor ? entry.actor.userId : null,
      "apiKeyId" in entry.actor ? entry.actor.apiKeyId : null,
      entry.now.getTime(),
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
  const sqlite = getDb().$client;
  const run = sqlite.transaction((): BatchResult => {
    const provider = sqlite.prepare("SELECT kind FROM providers WHERE id = ?").get(providerId) as
      | { kind: ProviderKind }
      | undefined;
    if (!provider) throw new Error(`no provider ${providerId}`);
    const errors = checkBatch(sqlite, providerId, provider.kind, items);
    if (Object.keys(errors).length > 0) return { ok: false, errors };

    const result = { ok: true as const, created: 0, updated: 0, unchanged: 0, deleted: 0 };
    const ts = now.getTime();
    // Deletions first, so a batch may move a natural key from one reference to another.
    const ordered = [...items.filter(isDeletion), ...items.filter((i) => !isDeletion(i))];
    for (const item of ordered) {
      const s = spec(item.type);
      const existing = findByRef(sqlite, s.table, providerId, item.externalRef);
      if (isDeletion(item)) {
        if (!existing) continue; // already gone: deleting twice changes nothing
        sqlite.prepare(`DELETE FROM ${s.table} WHERE id = ?`).run(existing.id);
        recordHistory(sqlite, {
          providerId,
          type: item.type,
          externalRef: item.externalRef,
          action: "deleted",
          before: s.read(existing),
          after: null,
          actor,
          now,
        });
        result.deleted++;
        continue;
      }
      const values = s.columns(item);
      const names = Object.keys(values);
      if (!existing) {
        sqlite
          .prepare(
            `INSERT INTO ${s.table} (provider_id, external_ref, updated_at, confirmed_at, ${names.join(", ")})
             VALUES (?, ?, ?, ?, ${names.map(() => "?").join(", ")})`,
          )
          .run(providerId, item.externalRef, ts, ts, ...Object.values(values));
        recordHistory(sqlite, {
          providerId,
          type: item.type,
          externalRef: item.externalRef,
          action: "created",
          before: null,
          after: s.read(values),
          actor,
          now,
        });
        result.created++;
      } else if (names.every((n) => existing[n] === values[n])) {
        sqlite.prepare(`UPDATE ${s.table} SET confirmed_at = ? WHERE id = ?`).run(ts, existing.id);
        result.unchanged++;
      } else {
        sqlite
          .prepare(
            `UPDATE ${s.table} SET ${names.map((n) => `${n} = ?`).join(", ")}, updated_at = ?, confirmed_at = ? WHERE id = ?`,
          )
          .run(...Object.values(values), ts, ts, existing.id);
        recordHistory(sqlite, {
          providerId,
          type: item.type,
          externalRef: item.externalRef,
          action: "updated",
          before: s.read(existing),
          after: s.read(values),
          actor,
          now,
        });
        result.updated++;
      }
    }
    if (provider.kind === "private_cleaner") refreshCleanerSlots(sqlite, providerId, now);
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

/** "All still correct": confirms every current record of the provider in one transaction. */
export function confirmAllCapacity(providerId: number, actor: Actor, now = clock.now()): number {
  const sqlite = getDb().$client;
  return sqlite
    .transaction(() => {
      let confirmed = 0;
      for (const type of CAPACITY_RECORD_TYPES) {
        confirmed += sqlite
          .prepare(`UPDATE ${spec(type).table} SET confirmed_at = ? WHERE provider_id = ?`)
          .run(now.getTime(), providerId).changes;
      }
      audit({
        actorUserId: "userId" in actor ? actor.userId : null,
        action: "capacity.confirmed_all",
        subjectType: "provider",
        subjectId: providerId,
        detail: { records: confirmed },
      });
      return confirmed;
    })
    .immediate();
}

/**
 * Re-derives a cleaner's bookable slots for the coming weeks from its windows and days off.
 * Free slots that no longer fit are removed; held and booked slots are never touched.
 */
export function refreshCleanerSlots(sqlite: Database.Database, providerId: number, now: Date): void {
  const windows = sqlite
    .prepare(
      "SELECT id, weekday, start_time AS startTime, end_time AS endTime, visit_minutes AS visitMinutes FROM cleaner_windows WHERE provider_id = ?",
    )
    .all(providerId) as { id: number; weekday: number; startTime: string; endTime: string; visitMinutes: number }[];
  const daysOff = sqlite
    .prepare("SELECT from_date AS fromDate, to_date AS toDate FROM cleaner_exceptions WHERE provider_id = ?")
    .all(providerId) as { fromDate: string; toDate: string }[];
  const wanted = deriveSlots(windows, daysOff, amsterdamDay(now)).filter((s) => s.startsAt > now);
  const wantedKey = new Set(wanted.map((s) => `${s.startsAt.getTime()}|${s.endsAt.getTime()}|${s.windowId}`));
  const free = sqlite
    .prepare(
      "SELECT id, starts_at AS s, ends_at AS e, window_id AS w FROM cleaner_slots WHERE provider_id = ? AND status = 'free'",
    )
    .all(providerId) as { id: number; s: number; e: number; w: number | null }[];
  const remove = sqlite.prepare("DELETE FROM cleaner_slots WHERE id = ?");
  // Free slots that stay need no insert (it would be ignored): at national scale the hourly
  // refresh otherwise ran ~500,000 such no-op inserts, blocking the server for seconds.
  const kept = new Set<number>();
  for (const slot of free) {
    if (slot.s <= now.getTime() || !wantedKey.has(`${slot.s}|${slot.e}|${slot.w}`)) remove.run(slot.id);
    else kept.add(slot.s);
  }
  // A new free slot may never overlap a visit someone holds or booked (one cleaner, one place).
  const taken = sqlite
    // Every hold counts, even one past its 15 minutes: it can still be claimed until tidied.
    .prepare("SELECT starts_at AS s, ends_at AS e FROM cleaner_slots WHERE provider_id = ? AND status <> 'free'")
    .all(providerId) as { s: number; e: number }[];
  const insert = sqlite.prepare(
    "INSERT OR IGNORE INTO cleaner_slots (provider_id, window_id, starts_at, ends_at, status) VALUES (?, ?, ?, ?, 'free')",
  );
  for (const s of wanted) {
    const start = s.startsAt.getTime();
    const end = s.endsAt.getTime();
    if (kept.has(start) || taken.some((t) => start < t.e && t.s < end)) continue;
    insert.run(providerId, s.windowId ?? null, start, end);
  }
  // A weekly booking continues as the horizon moves: new slots at its weekday and time are its.
  const series = sqlite
    .prepare(
      `SELECT s.request_id AS requestId, s.window_id AS windowId, max(s.starts_at) AS last FROM cleaner_slots s
       JOIN help_requests r ON r.id = s.request_id AND r.status = 'booked'
       WHERE s.provider_id = ? AND s.status = 'booked' GROUP BY s.request_id, s.window_id`,
    )
    .all(providerId) as { requestId: number; windowId: number | null; last: number }[];
  const later = sqlite.prepare(
    "SELECT id, starts_at AS s FROM cleaner_slots WHERE provider_id = ? AND window_id IS ? AND status = 'free' AND starts_at > ?",
  );
  const book = sqlite.prepare(
    "UPDATE cleaner_slots SET status = 'booked', request_id = ? WHERE id = ? AND status = 'free'",
  );
  for (const b of series) {
    const key = weeklyKey(b.last);
    for (const slot of later.all(providerId, b.windowId, b.last) as { id: number; s: number }[]) {
      if (weeklyKey(slot.s) === key) book.run(b.requestId, slot.id);
    }
  }
}

export type PublishedRecord = Record<string, unknown> & {
  type: CapacityRecordType;
  externalRef: string;
  updatedAt: string;
  confirmedAt: string;
  stale: boolean;
  ageDays: number;
};

/** A provider's current capacity records, in the API's shape, with their freshness. */
export function listCapacity(providerId: number, staleAfterDays: number, now = clock.now()): PublishedRecord[] {
  const sqlite = getDb().$client;
  const provider = sqlite.prepare("SELECT kind FROM providers WHERE id = ?").get(providerId) as
    | { kind: ProviderKind }
    | undefined;
  if (!provider) return [];
  return RECORD_TYPES_BY_KIND[provider.kind].flatMap((type) => {
    const s = spec(type);
    const rows = sqlite
      .prepare(`SELECT * FROM ${s.table} WHERE provider_id = ? ORDER BY external_ref`)
      .all(providerId) as Row[];
    return rows.map((row) => {
      const confirmedAt = new Date(Number(row.confirmed_at));
      return {
        type,
        externalRef: str(row.external_ref),
        ...s.read(row),
        updatedAt: new Date(Number(row.updated_at)).toISOString(),
        confirmedAt: confirmedAt.toISOString(),
        stale: isStale(confirmedAt, now, staleAfterDays),
        ageDays: ageInDays(confirmedAt, now),
      };
    });
  });
}

/**
 * The stale period that applies to a provider: the strictest among the policies in force
 * of the municipalities it serves (14 days when none has a policy).
 */
export function staleAfterDaysFor(providerId: number, now = clock.now()): number {
  const day = amsterdamDay(now);
  const row = getDb()
    .$client.prepare(
      `SELECT min(p.stale_after_days) AS days FROM provider_service_areas a
       JOIN municipality_policies p ON p.municipality_code = a.municipality_code
       WHERE a.provider_id = ? AND p.effective_from = (
         SELECT max(effective_from) FROM municipality_policies
         WHERE municipality_code = a.municipality_code AND effective_from <= ?)`,
    )
    .get(providerId, day) as { days: number | null } | undefined;
  return row?.days ?? 14;
}

/** Moves every cleaner's 8-week slot horizon forward to `now` (run at start-up and hourly). */
export function refreshAllCleanerSlots(now = clock.now()): number {
  const sqlite = getDb().$client;
  const ids = (sqlite.prepare("SELECT id FROM providers WHERE kind = 'private_cleaner'").all() as { id: number }[]).map(
    (r) => r.id,
  );
  // One short transaction per provider keeps the writer lock brief for concurrent bookings.
  for (const id of ids) sqlite.transaction(() => refreshCleanerSlots(sqlite, id, now)).immediate();
  return ids.length;
}
