// The delivery worker: takes due messages from the outbox, writes them out and sends them, and
// records what happened. Runs in the server process (startDelivery); tests call deliverDue.
import { clock } from "~/clock.server";
import { emailSwitchedOff, MAX_DELIVERY_ATTEMPTS, retryDelayMs, SENDING_LEASE_MS } from "~/domain/notifications";
import { isLocale } from "~/i18n";
import {
  claimDue,
  deliveryContext,
  markFailed,
  markSent,
  markUndeliverable,
  type NotificationRow,
  requeueUntransported,
} from "~/models/notifications.server";
import { publicOriginSetting } from "../../../server/public-url.js";
import { attachmentsFor } from "./attachments.server";
import { renderMessage } from "./render.server";
import { environmentTransport, type OutgoingMessage, type Transport } from "./transport.server";
import { onWake } from "./wake.server";

/** Where links in messages point: PUBLIC_URL, else this server on its own port. */
export function messageOrigin(env: NodeJS.ProcessEnv = process.env): string {
  return (publicOriginSetting(env.PUBLIC_URL) as string | null) ?? `http://localhost:${env.PORT ?? 3000}`;
}

/** The message a notification becomes, or the reason it cannot be sent. */
export function outgoingMessage(
  row: NotificationRow,
  origin: string,
): OutgoingMessage | { undeliverable: "off" | "no_address" } {
  const { recipient, municipality } = deliveryContext(row);
  if (!recipient || recipient.deactivatedAt) return { undeliverable: "no_address" };
  // The person may have switched this kind off after it was written.
  if (emailSwitchedOff(row.kind, recipient.emailOff)) return { undeliverable: "off" };
  const path = row.secret ? row.link.replace("{secret}", encodeURIComponent(row.secret)) : row.link;
  const url = new URL(path, origin).toString();
  const locale = isLocale(recipient.language) ? recipient.language : "nl";
  const rendered = renderMessage({
    kind: row.kind,
    params: row.params,
    url,
    locale,
    recipientName: recipient.name,
    municipality,
  });
  return {
    messageId: `<notification-${row.id}-${row.createdAt.getTime()}@${new URL(origin).hostname}>`,
    to: { name: recipient.name, address: recipient.email },
    fromName: rendered.senderName,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    attachments: attachmentsFor(row, origin),
  };
}

export type DeliveryRun = { sent: number; failed: number; skipped: number };

/**
 * Sends what is due. A row is claimed before it is sent and marked sent right after, so a run
 * that dies mid-way leaves only the one message in flight to be tried again after its lease
 * (ADR 027): nothing already sent goes twice.
 */
export async function deliverDue({
  transport = environmentTransport(),
  now = () => clock.now(),
  limit = 20,
  origin = messageOrigin(),
}: {
  transport?: Transport | null;
  now?: () => Date;
  limit?: number;
  origin?: string;
} = {}): Promise<DeliveryRun> {
  const run: DeliveryRun = { sent: 0, failed: 0, skipped: 0 };
  if (!transport) return run;
  for (;;) {
    const rows = claimDue(now(), SENDING_LEASE_MS, limit);
    if (rows.length === 0) return run;
    for (const row of rows) {
      let message: ReturnType<typeof outgoingMessage>;
      try {
        message = outgoingMessage(row, origin);
      } catch (error) {
        markFailed(row.id, `render: ${String(error)}`, null);
        run.failed++;
        continue;
      }
      if ("undeliverable" in message) {
        markUndeliverable(row.id, message.undeliverable);
        run.skipped++;
        continue;
      }
      try {
        await transport.send(message);
        markSent(row.id, now(), transport.name);
        run.sent++;
      } catch (error) {
        const retry = row.attempts < MAX_DELIVERY_ATTEMPTS;
        markFailed(row.id, String(error), retry ? new Date(now().getTime() + retryDelayMs(row.attempts)) : null);
        run.failed++;
      }
    }
    if (rows.length < limit) return run;
  }
}

let timer: NodeJS.Timeout | undefined;
let running: Promise<unknown> | undefined;
let again = false;

/** One run at a time; a wake during a run makes one more run after it. */
function kick(): void {
  if (running) {
    again = true;
    return;
  }
  running = deliverDue()
    .catch((error) => console.error("delivering notifications failed", error))
    .finally(() => {
      running = undefined;
      if (again) {
        again = false;
        kick();
      }
    });
}

/** Starts the worker in the server process: at once, on every new message, and every 15 s. */
export function startDelivery(): void {
  if (timer) return;
  const transport = environmentTransport();
  if (!transport) {
    console.log(
      "notifications: no mail server set (SMTP_URL, or NOTIFYNL_API_KEY with NOTIFYNL_BASE_URL): messages stay in the outbox, marked not sent",
    );
    return;
  }
  // Written while no mail server was set: sent now, if from the last day (older news is stale).
  const now = clock.now();
  requeueUntransported(now, new Date(now.getTime() - 24 * 60 * 60_000));
  onWake(kick);
  timer = setInterval(kick, 15_000);
  timer.unref();
  kick();
  console.log(`notifications: sending through ${transport.name}`);
}
