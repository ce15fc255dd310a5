// What a provider's own workspace shows: upcoming slots, change history, reminders.

import { and, desc, eq, gte, isNull } from "drizzle-orm";
import { clock } from "~/clock.server";
import { amsterdamDay } from "~/domain/policy";
import { addDays } from "~/domain/time";
import { getDb } from "~db/client.server";
import { capacityChanges, cleanerSlots, providerNotifications, users } from "~db/schema";
import type { PublishedRecord } from "./capacity.server";

export function upcomingSlots(providerId: number, now = clock.now()) {
  return getDb()
    .select({
      id: cleanerSlots.id,
      startsAt: cleanerSlots.startsAt,
      endsAt: cleanerSlots.endsAt,
      status: cleanerSlots.status,
    })
    .from(cleanerSlots)
    .where(and(eq(cleanerSlots.providerId, providerId), gte(cleanerSlots.startsAt, now)))
    .orderBy(cleanerSlots.startsAt)
    .all();
}

export function capacityHistory(providerId: number, limit = 100) {
  return getDb()
    .select({
      id: capacityChanges.id,
      recordType: capacityChanges.recordType,
      externalRef: capacityChanges.externalRef,
      action: capacityChanges.action,
      before: capacityChanges.before,
      after: capacityChanges.after,
      at: capacityChanges.at,
      byName: users.name,
      apiKeyId: capacityChanges.apiKeyId,
    })
    .from(capacityChanges)
    .leftJoin(users, eq(users.id, capacityChanges.changedByUserId))
    .where(eq(capacityChanges.providerId, providerId))
    .orderBy(desc(capacityChanges.at), desc(capacityChanges.id))
    .limit(limit)
    .all();
}

/**
 * Makes sure every stale record has a reminder in the provider's notification list (once per
 * time it goes stale: the key includes when it was last confirmed), and returns the unread ones.
 */
export function staleReminders(providerId: number, records: readonly PublishedRecord[]) {
  const db = getDb();
  for (const r of records.filter((x) => x.stale)) {
    db.insert(providerNotifications)
      .values({
        providerId,
        kind: "capacity_stale",
        dedupeKey: `stale:${r.type}:${r.externalRef}:${r.confirmedAt}`,
        params: { type: r.type, externalRef: r.externalRef, days: r.ageDays },
      })
      .onConflictDoNothing()
      .run();
  }
  return db
    .select()
    .from(providerNotifications)
    .where(and(eq(providerNotifications.providerId, providerId), isNull(providerNotifications.readAt)))
    .orderBy(desc(providerNotifications.createdAt))
    .all();
}

export function markNotificationsRead(providerId: number) {
  getDb()
    .update(providerNotifications)
    .set({ readAt: clock.now() })
    .where(and(eq(providerNotifications.providerId, providerId), isNull(providerNotifications.readAt)))
    .run();
}

/**
 * What a provider has free right now, from its fresh records only (stale ones do not count,
 * as matching ignores them). Places taken by requests are subtracted once requests exist.
 */
export function freeCapacity(providerId: number, staleAfterDays: number, now = clock.now()) {
  const sqlite = getDb().$client;
  const freshSince = now.getTime() - staleAfterDays * 86_400_000;
  const today = amsterdamDay(now);
  const one = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).get(...params) as T;
  return {
    zinNewClients:
      one<{ n: number | null }>(
        "SELECT sum(new_clients) AS n FROM zin_capacity_weeks WHERE provider_id = ? AND confirmed_at >= ? AND week_start >= ?",
        providerId,
        freshSince,
        addDays(today, -6),
      ).n ?? 0,
    zinHours:
      (one<{ m: number | null }>(
        "SELECT sum(minutes_per_week) AS m FROM zin_capacity_weeks WHERE provider_id = ? AND confirmed_at >= ? AND week_start >= ?",
        providerId,
        freshSince,
        addDays(today, -6),
      ).m ?? 0) / 60,
    waitingList:
      one<{ n: number | null }>(
        "SELECT sum(length) AS n FROM zin_waiting_lists WHERE provider_id = ? AND confirmed_at >= ?",
        providerId,
        freshSince,
      ).n ?? 0,
    mediationsThisMonth:
      one<{ n: number | null }>(
        "SELECT sum(new_matches) AS n FROM mediator_capacity_months WHERE provider_id = ? AND confirmed_at >= ? AND month = ?",
        providerId,
        freshSince,
        today.slice(0, 7),
      ).n ?? 0,
    helpers:
      one<{ n: number | null }>(
        "SELECT sum(helpers) AS n FROM mediator_pools WHERE provider_id = ? AND confirmed_at >= ?",
        providerId,
        freshSince,
      ).n ?? 0,
    cohortSeats:
      one<{ n: number | null }>(
        "SELECT sum(seats) AS n FROM physio_cohorts WHERE provider_id = ? AND confirmed_at >= ? AND start_date >= ?",
        providerId,
        freshSince,
        today,
      ).n ?? 0,
  };
}
