// notify(): the one way a change tells people about itself. Call it INSIDE the transaction that
// makes the change: the rows are the outbox (DESIGN.md), so a change never lands without its
// notice and a notice never exists without its change. Delivery happens later, in the worker.
import { clock } from "~/clock.server";
import { emailSwitchedOff } from "~/domain/notifications";
import { insertNotifications, type NewNotification, recipientsOf } from "~/models/notifications.server";
import type { DeliveryStatus, NotificationKind } from "~db/schema";
import { configuredTransport, smsConfigured } from "./config.server";
import { wakeDelivery } from "./wake.server";

export type NotifyInput = {
  kind: NotificationKind;
  /**
   * Names the event, the same each time the same event is reported (e.g. `request:12:booked`):
   * a second notify() of it writes nothing, so retries and re-runs never send twice.
   */
  eventKey: string;
  /** Who hears of it: user ids (a citizen, the staff of a provider, an admin). Duplicates are fine. */
  to: number | readonly number[];
  /**
   * What the message may say besides its kind: names, dates, times, amounts, a request number.
   * NEVER health data (the situation, limitations, income): messages go to mailboxes others read.
   */
  params?: Record<string, string | number>;
  /** The portal path the notice is about, e.g. /mijn/aanvragen/12. */
  link: string;
  /** The municipality whose name and phone the message carries as sender. */
  municipalityCode?: string | null;
  /** A secret only the message may carry (a reset link's token), erased once sent. */
  secret?: string;
  /** Also send an SMS through NotifyNL (when configured and the person has a phone). */
  sms?: boolean;
  /**
   * Send an SMS INSTEAD of the e-mail to those who prefer the phone and have one, when NotifyNL
   * sends SMS; the notice stays in the app. Everyone else gets the e-mail. Should that SMS end
   * unsent (refused, out of retries, no phone), the e-mail goes after all (markFailed).
   */
  smsInsteadFor?: (recipientId: number) => boolean;
  now?: Date;
};

/** Writes the notifications of one event; returns how many rows were new. */
export function notify(input: NotifyInput): number {
  const now = input.now ?? clock.now();
  const ids = [...new Set(typeof input.to === "number" ? [input.to] : input.to)];
  const transport = configuredTransport();
  const sms = input.sms === true && smsConfigured();
  const rows: NewNotification[] = [];
  for (const recipient of recipientsOf(ids)) {
    if (recipient.deactivatedAt) continue; // a deactivated account hears nothing more
    const status: DeliveryStatus = emailSwitchedOff(input.kind, recipient.emailOff)
      ? "off"
      : transport
        ? "pending"
        : "no_transport";
    const base = {
      recipientUserId: recipient.id,
      kind: input.kind,
      eventKey: input.eventKey,
      params: input.params ?? {},
      link: input.link,
      municipalityCode: input.municipalityCode ?? null,
      createdAt: now,
      // A secret is kept only for a message that will go: one that cannot is no use to anybody.
      secret: status === "pending" ? (input.secret ?? null) : null,
    };
    if (status === "pending" && smsConfigured() && input.smsInsteadFor?.(recipient.id)) {
      rows.push({ ...base, channel: "email", deliveryStatus: "by_sms", nextAttemptAt: null });
      rows.push({ ...base, channel: "sms", deliveryStatus: "pending", nextAttemptAt: now, readAt: now });
      continue;
    }
    rows.push({ ...base, channel: "email", deliveryStatus: status, nextAttemptAt: status === "pending" ? now : null });
    if (sms && status === "pending") {
      // The SMS row is not a second notice in the app: the list reads e-mail rows only.
      rows.push({ ...base, channel: "sms", deliveryStatus: "pending", nextAttemptAt: now, readAt: now });
    }
  }
  const written = insertNotifications(rows);
  if (written > 0) wakeDelivery();
  return written;
}
