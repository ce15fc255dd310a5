// The municipality admin's view of the outbox: what was sent, what waits and what failed, per
// message only who (name and role), what kind and when; never the text or its params (names,
// dates, amounts of others), so the page shows no more personal data than it must (AVG).
import { clock } from "~/clock.server";
import { outboxOf, retryFailed } from "~/models/notifications.server";
import type { DeliveryStatus, NotificationKind } from "~db/schema";
import { audit } from "../audit.server";
import { configuredTransport, notifyNlProblems, transportDescription } from "./config.server";
import { wakeDelivery } from "./wake.server";

export const OUTBOX_PAGE_SIZE = 50;

/** An error as the page shows it: addresses and numbers in it (a mail server's 550 names the mailbox) left out. */
export function errorForDisplay(error: string | null): string {
  return (error ?? "")
    .replace(/<?[^\s<>@]+@[^\s<>@]+>?/g, "[adres]")
    .replace(/\+?\d[\d -]{7,}\d/g, "[nummer]")
    .slice(0, 300);
}

export function readOutbox(
  admin: { id: number; municipalityCode: string },
  filter: { status?: DeliveryStatus | undefined; kind?: NotificationKind | undefined },
  page: number,
) {
  const { rows, statusCounts } = outboxOf(
    { municipalityCode: admin.municipalityCode },
    { ...(filter.status ? { status: filter.status } : {}), ...(filter.kind ? { kind: filter.kind } : {}) },
    OUTBOX_PAGE_SIZE + 1,
    (page - 1) * OUTBOX_PAGE_SIZE,
  );
  audit({
    actorUserId: admin.id,
    action: "outbox.viewed",
    subjectType: "municipality",
    subjectId: admin.municipalityCode,
    municipalityCode: admin.municipalityCode,
    detail: {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.kind ? { kind: filter.kind } : {}),
      page,
    },
  });
  return {
    messages: rows.slice(0, OUTBOX_PAGE_SIZE).map((r) => ({
      id: r.id,
      kind: r.kind,
      channel: r.channel,
      createdAt: r.createdAt.getTime(),
      status: r.deliveryStatus,
      attempts: r.attempts,
      sentAt: r.sentAt?.getTime() ?? null,
      nextAttemptAt: r.nextAttemptAt?.getTime() ?? null,
      error: r.lastError ? errorForDisplay(r.lastError) : null,
      transport: r.transport,
      // Sent by e-mail because the SMS meant instead of it failed: the page says so.
      smsFallbackAt: r.smsFallbackAt?.getTime() ?? null,
      recipientName: r.recipientName,
      recipientRole: r.recipientRole,
    })),
    counts: Object.fromEntries(statusCounts.map((c) => [c.status, c.n])) as Partial<Record<DeliveryStatus, number>>,
    page,
    hasPrevious: page > 1,
    hasNext: rows.length > OUTBOX_PAGE_SIZE,
    transport: transportDescription(),
    // Only the variable names: the page never shows a setting's value.
    notifyNlMissing: notifyNlProblems().map((p) => p.split(/[ :]/)[0] ?? p),
  };
}

/** Sends a failed message again (after the admin confirmed); audited. */
export function retryMessage(admin: { id: number; municipalityCode: string }, id: number): boolean {
  const status = configuredTransport() ? "pending" : "no_transport";
  const done = retryFailed({ municipalityCode: admin.municipalityCode }, id, clock.now(), status);
  if (!done) return false;
  audit({
    actorUserId: admin.id,
    action: "outbox.retried",
    subjectType: "municipality",
    subjectId: admin.municipalityCode,
    municipalityCode: admin.municipalityCode,
    detail: { message: id },
  });
  wakeDelivery();
  return true;
}
