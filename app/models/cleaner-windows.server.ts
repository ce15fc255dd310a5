// A private cleaner's weekly windows and days off, and its slots as capacity sees them: derived
// from those, kept free, removed when they no longer fit, continued for weekly bookings. The slot
// refresh runs for every cleaner at start-up and hourly (500,000 slots nationally, ADR 010), so
// its statements are prepared raw SQL with row types derived from the schema.
import { and, asc, eq, gte } from "drizzle-orm";
import { type Aliased, getDb, prepared, type SqlRow } from "~db/client.server";
import { type cleanerExceptions, cleanerSlots, type cleanerWindows, type helpRequests } from "~db/schema";

type ProviderScope = { providerId: number };
type SlotRow = SqlRow<typeof cleanerSlots.$inferSelect>;

type WindowRow = Pick<
  SqlRow<typeof cleanerWindows.$inferSelect>,
  "id" | "weekday" | "startTime" | "endTime" | "visitMinutes"
>;
type DaysOffRow = Pick<SqlRow<typeof cleanerExceptions.$inferSelect>, "fromDate" | "toDate">;

const sqlite = () => getDb().$client;

export function windowsOf({ providerId }: ProviderScope): WindowRow[] {
  return prepared<WindowRow>(
    sqlite(),
    "SELECT id, weekday, start_time AS startTime, end_time AS endTime, visit_minutes AS visitMinutes FROM cleaner_windows WHERE provider_id = ?",
  ).all(providerId);
}

export function daysOffOf({ providerId }: ProviderScope): DaysOffRow[] {
  return prepared<DaysOffRow>(
    sqlite(),
    "SELECT from_date AS fromDate, to_date AS toDate FROM cleaner_exceptions WHERE provider_id = ?",
  ).all(providerId);
}

/** The cleaner's slots from `from` on, soonest first (its workspace). */
export function upcomingSlotsOf({ providerId }: ProviderScope, from: Date) {
  return getDb()
    .select({
      id: cleanerSlots.id,
      startsAt: cleanerSlots.startsAt,
      endsAt: cleanerSlots.endsAt,
      status: cleanerSlots.status,
    })
    .from(cleanerSlots)
    .where(and(eq(cleanerSlots.providerId, providerId), gte(cleanerSlots.startsAt, from)))
    .orderBy(asc(cleanerSlots.startsAt))
    .all();
}

type FreeSlot = Aliased<SlotRow, { id: "id"; s: "startsAt"; e: "endsAt"; w: "windowId" }>;
type TakenSlot = Aliased<SlotRow, { s: "startsAt"; e: "endsAt"; w: "windowId" }>;
type Series = Aliased<SlotRow, { requestId: "requestId"; windowId: "windowId"; last: "startsAt" }> & {
  requestId: SqlRow<typeof helpRequests.$inferSelect>["id"];
};
type LaterSlot = Aliased<SlotRow, { id: "id"; s: "startsAt" }>;

/** The cleaner's free slots (start, end and window in ms and ids). */
export function freeSlotsOf({ providerId }: ProviderScope): FreeSlot[] {
  return prepared<FreeSlot>(
    sqlite(),
    "SELECT id, starts_at AS s, ends_at AS e, window_id AS w FROM cleaner_slots WHERE provider_id = ? AND status = 'free'",
  ).all(providerId);
}

/** Every slot someone holds or booked, even a hold past its 15 minutes: it can still be claimed until tidied. */
export function takenSlotsOf({ providerId }: ProviderScope): TakenSlot[] {
  return prepared<TakenSlot>(
    sqlite(),
    "SELECT starts_at AS s, ends_at AS e, window_id AS w FROM cleaner_slots WHERE provider_id = ? AND status <> 'free'",
  ).all(providerId);
}

export function deleteSlot({ providerId }: ProviderScope, slotId: number): void {
  prepared(sqlite(), "DELETE FROM cleaner_slots WHERE id = ? AND provider_id = ?").run(slotId, providerId);
}

/** A new free slot; one that starts when another of the cleaner's does is ignored. */
export function insertFreeSlot(
  { providerId }: ProviderScope,
  slot: { windowId: number | null; startsAt: number; endsAt: number },
): void {
  prepared(
    sqlite(),
    "INSERT OR IGNORE INTO cleaner_slots (provider_id, window_id, starts_at, ends_at, status) VALUES (?, ?, ?, ?, 'free')",
  ).run(providerId, slot.windowId, slot.startsAt, slot.endsAt);
}

/**
 * The cleaner's weekly bookings: per booked request its last visit (start and window). Per request,
 * not per window: after a move a visit within 24 hours stays at the old time, and continuing that
 * old time as well booked the citizen twice a week. (SQLite takes a bare column from max()'s row.)
 */
export function bookedSeriesOf({ providerId }: ProviderScope): Series[] {
  return prepared<Series>(
    sqlite(),
    `SELECT s.request_id AS requestId, s.window_id AS windowId, max(s.starts_at) AS last FROM cleaner_slots s
       JOIN help_requests r ON r.id = s.request_id AND r.status = 'booked'
       WHERE s.provider_id = ? AND s.status = 'booked' GROUP BY s.request_id`,
  ).all(providerId);
}

/** Whether the cleaner has free slots of no window: visits freed after their window was deleted. */
export function hasFreeOrphanSlots({ providerId }: ProviderScope): boolean {
  return (
    prepared(
      sqlite(),
      "SELECT 1 FROM cleaner_slots WHERE provider_id = ? AND window_id IS NULL AND status = 'free' LIMIT 1",
    ).get(providerId) !== undefined
  );
}

/** The cleaner's free slots of a window (null: of none) that start after `after` (ms). */
export function freeSlotsAfter({ providerId }: ProviderScope, windowId: number | null, after: number): LaterSlot[] {
  return prepared<LaterSlot>(
    sqlite(),
    "SELECT id, starts_at AS s FROM cleaner_slots WHERE provider_id = ? AND window_id IS ? AND status = 'free' AND starts_at > ?",
  ).all(providerId, windowId, after);
}

/** Books a free slot for a request; nothing when it is no longer free. */
export function bookFreeSlot({ providerId }: ProviderScope, slotId: number, requestId: number): void {
  prepared(
    sqlite(),
    "UPDATE cleaner_slots SET status = 'booked', request_id = ? WHERE id = ? AND provider_id = ? AND status = 'free'",
  ).run(requestId, slotId, providerId);
}
