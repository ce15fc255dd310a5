// The notifications outbox: rows written beside the change they report, read by the notice list
// and claimed by the delivery worker. A person's rows are read with `{ recipientUserId }` only.
import { and, count, desc, eq, inArray, isNull, lt, lte, sql } from "drizzle-orm";
import { isMobilePhone } from "~/domain/contact";
import { type Db, getDb } from "~db/client.server";
import {
  contactDetails,
  type DeliveryStatus,
  municipalities,
  type NotificationKind,
  notifications,
  users,
} from "~db/schema";

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;

/** Writes the rows; one already written for the same event, recipient and channel is kept as it is. */
export function insertNotifications(rows: NewNotification[]): number {
  if (rows.length === 0) return 0;
  return getDb().insert(notifications).values(rows).onConflictDoNothing().run().changes;
}

/** What notify() needs to know of recipients: whether e-mail is wanted, and in which language. */
export function recipientsOf(userIds: number[]) {
  if (userIds.length === 0) return [];
  return getDb()
    .select({ id: users.id, emailOff: users.emailOff, deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(inArray(users.id, userIds))
    .all();
}

/** A person's notices (or only the unread ones, for the home pages), newest first. */
export function noticesOf(scope: { recipientUserId: number }, limit = 50, offset = 0, { unreadOnly = false } = {}) {
  return getDb()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      params: notifications.params,
      link: notifications.link,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(
      and(
        eq(notifications.recipientUserId, scope.recipientUserId),
        eq(notifications.channel, "email"),
        unreadOnly ? isNull(notifications.readAt) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .offset(offset)
    .all();
}

/** How many of a person's notices are unread (the count in the navigation). */
export function unreadCount(scope: { recipientUserId: number }): number {
  return (
    getDb()
      .select({ n: count() })
      .from(notifications)
      .where(
        and(
          eq(notifications.recipientUserId, scope.recipientUserId),
          eq(notifications.channel, "email"),
          isNull(notifications.readAt),
        ),
      )
      .get()?.n ?? 0
  );
}

/** Marks one notice (or, without an id, all) of a person read; another person's id changes nothing. */
export function markRead(scope: { recipientUserId: number }, at: Date, id?: number): number {
  return getDb()
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(
        eq(notifications.recipientUserId, scope.recipientUserId),
        isNull(notifications.readAt),
        id === undefined ? undefined : eq(notifications.id, id),
      ),
    )
    .run().changes;
}

/**
 * Claims up to `limit` messages that are due: pending ones whose time has come, and ones left
 * "sending" longer than the lease (a worker died mid-send). Claiming sets them "sending" with a
 * new lease in one transaction, so two workers never take the same row.
 */
export function claimDue(now: Date, leaseMs: number, limit: number): NotificationRow[] {
  const db = getDb();
  return db.transaction(
    () => {
      const due = db
        .select()
        .from(notifications)
        .where(
          and(inArray(notifications.deliveryStatus, ["pending", "sending"]), lte(notifications.nextAttemptAt, now)),
        )
        .orderBy(notifications.nextAttemptAt, notifications.id)
        .limit(limit)
        .all();
      if (due.length === 0) return [];
      db.update(notifications)
        .set({
          deliveryStatus: "sending",
          attempts: sql`${notifications.attempts} + 1`,
          nextAttemptAt: new Date(now.getTime() + leaseMs),
        })
        .where(
          inArray(
            notifications.id,
            due.map((r) => r.id),
          ),
        )
        .run();
      return due.map((r) => ({ ...r, deliveryStatus: "sending" as const, attempts: r.attempts + 1 }));
    },
    { behavior: "immediate" },
  );
}

export function markSent(id: number, at: Date, transport: string): void {
  getDb()
    .update(notifications)
    .set({ deliveryStatus: "sent", sentAt: at, transport, lastError: null, secret: null, nextAttemptAt: null })
    .where(and(eq(notifications.id, id), eq(notifications.deliveryStatus, "sending")))
    .run();
}

/**
 * A failed attempt: tried again at `retryAt`, or given up (`retryAt` null). A given-up SMS sent
 * instead of the e-mail lets that e-mail go after all, in the same transaction; true when it did.
 */
export function markFailed(id: number, error: string, retryAt: Date | null, now: Date): boolean {
  const db = getDb();
  return db.transaction(
    (tx) => {
      const changed = tx
        .update(notifications)
        .set({
          deliveryStatus: retryAt ? "pending" : "failed",
          nextAttemptAt: retryAt,
          lastError: error.slice(0, 500),
          // A secret that will not be sent is not kept either.
          ...(retryAt ? {} : { secret: null }),
        })
        .where(and(eq(notifications.id, id), eq(notifications.deliveryStatus, "sending")))
        .run().changes;
      return changed === 1 && !retryAt && fallBackToEmail(tx, id, now);
    },
    { behavior: "immediate" },
  );
}

/**
 * A message that cannot go (no address, the person switched it off meanwhile): said, not retried.
 * An SMS sent instead of the e-mail that cannot go (no phone, no SMS set up) lets the e-mail go,
 * in the same transaction; not one switched off, as the e-mail of that kind is off too.
 */
export function markUndeliverable(
  id: number,
  status: Extract<DeliveryStatus, "no_address" | "off" | "no_transport">,
  now: Date,
): boolean {
  const db = getDb();
  return db.transaction(
    (tx) => {
      tx.update(notifications)
        .set({ deliveryStatus: status, nextAttemptAt: null, secret: null })
        .where(eq(notifications.id, id))
        .run();
      return status !== "off" && fallBackToEmail(tx, id, now);
    },
    { behavior: "immediate" },
  );
}

/**
 * The e-mail written "by_sms" beside an SMS row (same recipient and event) made due now, marked as
 * sent because the SMS failed. Only a "by_sms" row moves, so a second call (a crash and a rerun)
 * changes nothing, and the e-mail then goes through the outbox's claim like any other: once.
 */
function fallBackToEmail(tx: Pick<Db, "select" | "update">, smsId: number, now: Date): boolean {
  const sms = tx
    .select({ recipientUserId: notifications.recipientUserId, eventKey: notifications.eventKey })
    .from(notifications)
    .where(and(eq(notifications.id, smsId), eq(notifications.channel, "sms")))
    .get();
  if (!sms) return false;
  return (
    tx
      .update(notifications)
      .set({ deliveryStatus: "pending", nextAttemptAt: now, smsFallbackAt: now })
      .where(
        and(
          eq(notifications.recipientUserId, sms.recipientUserId),
          eq(notifications.eventKey, sms.eventKey),
          eq(notifications.channel, "email"),
          eq(notifications.deliveryStatus, "by_sms"),
        ),
      )
      .run().changes > 0
  );
}

/** The recipient and sender a message is written for, read at send time (addresses change). */
export function deliveryContext(row: Pick<NotificationRow, "recipientUserId" | "municipalityCode">) {
  const db = getDb();
  const recipient = db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      language: users.language,
      emailOff: users.emailOff,
      deactivatedAt: users.deactivatedAt,
    })
    .from(users)
    .where(eq(users.id, row.recipientUserId))
    .get();
  const municipality = row.municipalityCode
    ? db
        .select({
          code: municipalities.code,
          name: municipalities.name,
          contactPhone: municipalities.contactPhone,
          contactEmail: municipalities.contactEmail,
        })
        .from(municipalities)
        .where(eq(municipalities.code, row.municipalityCode))
        .get()
    : undefined;
  return { recipient, municipality };
}

/** The phone an SMS goes to: the account holder's own contact details (not a person acted for), the latest. */
export function ownPhoneOf(userId: number): string | null {
  const row = getDb()
    .select({ phone: contactDetails.phone })
    .from(contactDetails)
    .where(and(eq(contactDetails.userId, userId), isNull(contactDetails.forName)))
    .orderBy(desc(contactDetails.updatedAt), desc(contactDetails.id))
    .limit(1)
    .get();
  return row?.phone?.trim() || null;
}

/** Whether the account holder's own latest contact details prefer the phone and give one (for SMS). */
export function prefersPhone(userId: number): boolean {
  const row = getDb()
    .select({ phone: contactDetails.phone, way: contactDetails.preferredContact })
    .from(contactDetails)
    .where(and(eq(contactDetails.userId, userId), isNull(contactDetails.forName)))
    .orderBy(desc(contactDetails.updatedAt), desc(contactDetails.id))
    .limit(1)
    .get();
  // A landline cannot take a text: then the reminder goes by e-mail, so it still reaches them.
  return row?.way === "phone" && isMobilePhone(row.phone);
}

/** Messages left unsent because no mail server was set up, made due once one is (at start). */
export function requeueUntransported(now: Date, since: Date): number {
  return getDb()
    .update(notifications)
    .set({ deliveryStatus: "pending", nextAttemptAt: now })
    .where(
      and(
        eq(notifications.deliveryStatus, "no_transport"),
        lt(sql`${since.getTime()}`, notifications.createdAt),
        // A reset link written without a mail server kept no token (notify): its link cannot work.
        sql`${notifications.link} NOT LIKE '%{secret}%'`,
        // An SMS whose e-mail already went in its place (fallBackToEmail) is not sent as well.
        // (Spelled out: inside the subquery a bare column would name the inner row.)
        sql`NOT (${notifications.channel} = 'sms' AND EXISTS (SELECT 1 FROM notifications e
          WHERE e.recipient_user_id = notifications.recipient_user_id AND e.event_key = notifications.event_key
            AND e.channel = 'email' AND e.sms_fallback_at IS NOT NULL))`,
      ),
    )
    .run().changes;
}

/** The admin's view of the outbox: the municipality's messages, newest first, by status. */
export function outboxOf(
  scope: { municipalityCode: string },
  filter: { status?: DeliveryStatus; kind?: NotificationKind },
  limit: number,
  offset: number,
) {
  const where = and(
    eq(notifications.municipalityCode, scope.municipalityCode),
    filter.status ? eq(notifications.deliveryStatus, filter.status) : undefined,
    filter.kind ? eq(notifications.kind, filter.kind) : undefined,
  );
  const db = getDb();
  const rows = db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      channel: notifications.channel,
      createdAt: notifications.createdAt,
      deliveryStatus: notifications.deliveryStatus,
      attempts: notifications.attempts,
      sentAt: notifications.sentAt,
      nextAttemptAt: notifications.nextAttemptAt,
      lastError: notifications.lastError,
      transport: notifications.transport,
      smsFallbackAt: notifications.smsFallbackAt,
      recipientName: users.name,
      recipientRole: users.role,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.recipientUserId))
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .offset(offset)
    .all();
  const statusCounts = db
    .select({ status: notifications.deliveryStatus, n: count() })
    .from(notifications)
    .where(eq(notifications.municipalityCode, scope.municipalityCode))
    .groupBy(notifications.deliveryStatus)
    .all();
  return { rows, statusCounts };
}

/** One of a person's notices (following its link marks it read); another person's id finds nothing. */
export function noticeOf(scope: { recipientUserId: number }, id: number) {
  return getDb()
    .select({ id: notifications.id, link: notifications.link })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.recipientUserId, scope.recipientUserId)))
    .get();
}

/**
 * A failed message of the municipality sent again: pending now with a fresh round of attempts
 * (or marked "no_transport" when no mail server is set any more). Another municipality's id, or a
 * row that is not failed, changes nothing.
 */
export function retryFailed(
  scope: { municipalityCode: string },
  id: number,
  now: Date,
  status: Extract<DeliveryStatus, "pending" | "no_transport">,
): boolean {
  return (
    getDb()
      .update(notifications)
      .set({ deliveryStatus: status, attempts: 0, nextAttemptAt: status === "pending" ? now : null, lastError: null })
      .where(
        and(
          eq(notifications.id, id),
          eq(notifications.municipalityCode, scope.municipalityCode),
          eq(notifications.deliveryStatus, "failed"),
        ),
      )
      .run().changes === 1
  );
}

/** Gives claimed messages back (a worker stopping): due again at once, not after their lease. */
export function releaseClaims(ids: number[], now: Date): number {
  if (ids.length === 0) return 0;
  return getDb()
    .update(notifications)
    .set({ deliveryStatus: "pending", nextAttemptAt: now })
    .where(and(inArray(notifications.id, ids), eq(notifications.deliveryStatus, "sending")))
    .run().changes;
}
