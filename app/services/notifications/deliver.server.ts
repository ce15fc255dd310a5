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
  ownPhoneOf,
  releaseClaims,
  requeueUntransported,
} from "~/models/notifications.server";
import { publicOriginSetting } from "../../../server/public-url.js";
import { attachmentsFor } from "./attachments.server";
import { notifyNlProblems } from "./config.server";
import { renderMessage } from "./render.server";
import { environmentTransport, type OutgoingMessage, PermanentDeliveryError, type Transport } from "./transport.server";
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
  const messageId = `<notification-${row.id}-${row.createdAt.getTime()}@${new URL(origin).hostname}>`;
  const common = { messageId, reference: messageId.slice(1, -1), attempt: row.attempts, fromName: rendered.senderName };
  if (row.channel === "sms") {
    // The account holder's own phone (not that of a person they act for), read at send time.
    const phone = ownPhoneOf(recipient.id);
    if (!phone) return { undeliverable: "no_address" };
    // Short: who sends it, what happened and where to read it; the rest is in the portal.
    const text = `${rendered.senderName}: ${rendered.subject}. ${url}`;
    return {
      ...common,
      channel: "sms",
      to: { name: recipient.name, address: phone },
      subject: rendered.subject,
      text,
      html: "",
      attachments: [],
    };
  }
  return {
    ...common,
    channel: "email",
    to: { name: recipient.name, address: recipient.email },
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
    // An SMS that ended unsent made its e-mail due: sent in this run, not the next.
    let fellBack = false;
    for (const row of rows) held.add(row.id);
    for (const row of rows) {
      if (stopping) break;
      let message: ReturnType<typeof outgoingMessage>;
      try {
        message = outgoingMessage(row, origin);
      } catch (error) {
        fellBack = markFailed(row.id, `render: ${String(error)}`, null, now()) || fellBack;
        run.failed++;
        continue;
      }
      // Written for NotifyNL's SMS, and the SMS is no longer set up: it stays unsent, said so.
      if (!("undeliverable" in message) && !transport.channels.includes(message.channel)) {
        fellBack = markUndeliverable(row.id, "no_transport", now()) || fellBack;
        run.skipped++;
        continue;
      }
      if ("undeliverable" in message) {
        fellBack = markUndeliverable(row.id, message.undeliverable, now()) || fellBack;
        run.skipped++;
        continue;
      }
      try {
        await transport.send(message);
        markSent(row.id, now(), transport.name);
        run.sent++;
      } catch (error) {
        // A refusal of the request itself (NotifyNL's 400) stays a refusal: failed at once.
        const retry = row.attempts < MAX_DELIVERY_ATTEMPTS && !(error instanceof PermanentDeliveryError);
        const retryAt = retry ? new Date(now().getTime() + retryDelayMs(row.attempts)) : null;
        fellBack = markFailed(row.id, String(error), retryAt, now()) || fellBack;
        run.failed++;
      }
    }
    for (const row of rows) held.delete(row.id);
    if (stopping || (rows.length < limit && !fellBack)) return run;
  }
}

/** Claimed by this process and not finished: given back when it stops, so none waits a lease. */
const held = new Set<number>();
let stopping = false;

/** Hands back what this process holds; called as the server stops (SIGTERM, SIGINT). */
export function releaseHeld(): number {
  stopping = true;
  const ids = [...held];
  held.clear();
  return releaseClaims(ids, clock.now());
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
  // A half-set NotifyNL is said at start, each missing variable by name, not found out later.
  for (const problem of notifyNlProblems()) console.error(`notifications: ${problem}`);
  const transport = environmentTransport();
  if (!transport) {
    console.log(
      "notifications: no mail server set (SMTP_URL, or NOTIFYNL_BASE_URL, NOTIFYNL_API_KEY and NOTIFYNL_EMAIL_TEMPLATE_ID): messages stay in the outbox, marked not sent",
    );
    return;
  }
  // Written while no mail server was set: sent now, if from the last day (older news is stale).
  const now = clock.now();
  requeueUntransported(now, new Date(now.getTime() - 24 * 60 * 60_000));
  onWake(kick);
  // A stop while sending would leave the rest of a claimed batch "sending" until its lease ran
  // out (10 minutes late). Given back instead; then the signal does what it would have done.
  for (const signal of ["SIGTERM", "SIGINT"] as const)
    process.once(signal, () => {
      try {
        releaseHeld();
      } finally {
        process.kill(process.pid, signal);
      }
    });
  timer = setInterval(kick, 15_000);
  timer.unref();
  kick();
  console.log(`notifications: sending through ${transport.name}`);
}
