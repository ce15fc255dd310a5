// Outbox rows written straight into a server's database, as notify() writes them (for tests of
// delivery and of the outbox page that do not go through the events that produce them).
import type { DeliveryStatus, NotificationChannel, NotificationKind } from "~db/enums";
import { one, type Source } from "./db";

export type OutboxRow = {
  to: number;
  kind?: NotificationKind;
  eventKey: string;
  params?: Record<string, string | number>;
  municipalityCode?: string | null;
  status?: DeliveryStatus;
  channel?: NotificationChannel;
  attempts?: number;
  createdAt?: number;
  nextAttemptAt?: number | null;
  sentAt?: number | null;
  lastError?: string | null;
  /** When the e-mail was made due because its SMS failed. */
  smsFallbackAt?: number | null;
};

/** Inserts one outbox row (due now unless said otherwise); returns its id and created_at. */
export function insertOutboxRow(source: Source, row: OutboxRow): { id: number; createdAt: number } {
  const now = Date.now();
  const createdAt = row.createdAt ?? now;
  const status = row.status ?? "pending";
  return one<{ id: number; createdAt: number }>(
    source,
    `INSERT INTO notifications (recipient_user_id, kind, event_key, params, link, municipality_code, created_at,
       channel, delivery_status, attempts, next_attempt_at, sent_at, last_error, sms_fallback_at)
     VALUES (?, ?, ?, ?, '/mijn/aanvragen/1', ?, ?, ?, ?, ?, ?, ?, ?, ?)
     RETURNING id, created_at AS createdAt`,
    row.to,
    row.kind ?? "visit_cancelled",
    row.eventKey,
    JSON.stringify(
      row.params ?? { providerName: "Ans de Vries", startAt: new Date(now).toISOString(), byKey: "notify.by.citizen" },
    ),
    row.municipalityCode === undefined ? "GM0632" : row.municipalityCode,
    createdAt,
    row.channel ?? "email",
    status,
    row.attempts ?? 0,
    row.nextAttemptAt === undefined ? (status === "pending" ? now : null) : row.nextAttemptAt,
    row.sentAt ?? null,
    row.lastError ?? null,
    row.smsFallbackAt ?? null,
  );
}

/** The Message-ID the worker gives a row (deliver.server.ts outgoingMessage), for `host`. */
export const messageIdOf = (row: { id: number; createdAt: number }, host: string) =>
  `<notification-${row.id}-${row.createdAt}@${host}>`;
