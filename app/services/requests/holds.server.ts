// Holds that were not confirmed in time: the request expires and its slot is free again.
import { clock } from "~/clock.server";
import { releaseHeldSlot } from "~/models/cleaner-slots.server";
import { expireHeldRequest, listExpiredHoldIds } from "~/models/help-requests.server";
import { addRequestEvent } from "~/models/request-events.server";
import { getDb } from "~db/client.server";

/** Marks one unconfirmed hold as expired and frees its slot. Call inside the caller's transaction. */
export function expireHold(requestId: number, now: Date): void {
  releaseHeldSlot(requestId);
  if (expireHeldRequest(requestId, now)) addRequestEvent({ requestId, status: "expired", byUserId: null, at: now });
}

/** The hourly upkeep: every hold past its time expires. Returns how many there were. */
export function expireHolds(now = clock.now()): number {
  const ids = listExpiredHoldIds(now);
  getDb().transaction(() => {
    for (const id of ids) expireHold(id, now);
  });
  return ids.length;
}
