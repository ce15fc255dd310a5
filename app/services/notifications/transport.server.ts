// The ways a message leaves: one interface, so the worker does not care which is set up.
import nodemailer from "nodemailer";
import { NotifyClient } from "notifications-node-client";
import type { NotificationChannel } from "~db/schema";
import type { Attachment } from "./attachments.server";
import { configuredTransport, smsConfigured, type TransportName } from "./config.server";

export type OutgoingMessage = {
  channel: NotificationChannel;
  /** Stable per notification, so a mail client shows a message sent twice (a crash) once. */
  messageId: string;
  /** The same id without brackets: NotifyNL's `reference`, by which a repeat is found. */
  reference: string;
  /** Which attempt this is (1 = the first): a later one first asks whether an earlier one arrived. */
  attempt: number;
  /** An e-mail address, or (channel "sms") a phone number. */
  to: { name: string; address: string };
  fromName: string;
  subject: string;
  /** The text part; for an SMS the whole short text (subject and link). */
  text: string;
  html: string;
  attachments: Attachment[];
};

export interface Transport {
  name: TransportName;
  /** What it carries: a message of another channel is left unsent ("no_transport"). */
  channels: readonly NotificationChannel[];
  send(message: OutgoingMessage): Promise<void>;
}

/**
 * A refusal that will not change by trying again (NotifyNL's 400: a bad number, a wrong template):
 * the worker marks the message failed at once instead of retrying it for a day.
 */
export class PermanentDeliveryError extends Error {
  override name = "PermanentDeliveryError";
}

/** The sender address: MAIL_FROM, or one that says where it came from. */
export function mailFrom(env: NodeJS.ProcessEnv = process.env): string {
  return env.MAIL_FROM?.trim() || "hulpwijzer@localhost";
}

/** SMTP through nodemailer, from SMTP_URL (smtp://user:pass@host:587, smtps://… for TLS at once). */
export function smtpTransport(url: string, from = mailFrom()): Transport {
  // Shorter than nodemailer's 10-minute socket timeout (the length of the lease): a mail server
  // that stops answering holds up the messages behind it for a minute, not ten.
  const mailer = nodemailer.createTransport({
    url,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    name: "smtp",
    channels: ["email"],
    async send(m) {
      await mailer.sendMail({
        messageId: m.messageId,
        from: { name: m.fromName, address: from },
        to: { name: m.to.name, address: m.to.address },
        subject: m.subject,
        text: m.text,
        html: m.html,
        attachments: m.attachments.map((a) => ({
          filename: a.filename,
          content: a.content,
          contentType: a.contentType,
        })),
      });
    },
  };
}

type NotifyNlSettings = {
  baseUrl: string;
  apiKey: string;
  emailTemplateId: string;
  smsTemplateId?: string | undefined;
  /** A request that hangs longer is given up (and tried again later): the worker must not stall. */
  timeoutMs?: number;
};

type AxiosLikeError = { response?: { status?: number; data?: unknown }; code?: string; message?: string };

/** NotifyNL's answer in a line, without the request (whose headers carry the signed token). */
function notifyNlError(error: unknown): Error {
  const e = error as AxiosLikeError;
  const status = e.response?.status;
  if (status === undefined) return new Error(`NotifyNL unreachable: ${e.code ?? e.message ?? String(error)}`);
  const data = e.response?.data as { errors?: { error?: string; message?: string }[] } | undefined;
  const detail = (data?.errors ?? []).map((x) => [x.error, x.message].filter(Boolean).join(": ")).join("; ");
  const line = `NotifyNL ${status}${detail ? `: ${detail}` : ""}`;
  // 4xx other than a rate limit (429) or a passing auth clock skew is the request itself: no retry.
  return status >= 400 && status < 500 && status !== 429 ? new PermanentDeliveryError(line) : new Error(line);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`NotifyNL did not answer within ${ms / 1000} s`)), ms);
      timer.unref();
    }),
  ]);
}

/**
 * NotifyNL (the GOV.UK Notify API): a generic template per channel whose ((subject)) and ((body))
 * are filled with the rendered message. The `reference` is the message's stable id: a message
 * tried again after a crash is first looked up by it, and not sent when it already went.
 * Attachments (.ics) do not go this way: NotifyNL sends files only as download links.
 */
export function notifyNlTransport(settings: NotifyNlSettings): Transport {
  const client = new NotifyClient(settings.baseUrl.replace(/\/+$/, ""), settings.apiKey);
  const timeoutMs = settings.timeoutMs ?? 30_000;
  const call = async <T>(request: () => Promise<T>) => {
    try {
      return await withTimeout(request(), timeoutMs);
    } catch (error) {
      throw error instanceof Error && !("response" in error) && !("code" in error) ? error : notifyNlError(error);
    }
  };
  return {
    name: "notifynl",
    channels: settings.smsTemplateId ? ["email", "sms"] : ["email"],
    async send(m) {
      if (m.attempt > 1) {
        const found = await call(() => client.getNotifications(m.channel, undefined, m.reference));
        const earlier = (found.data as { notifications?: { status?: string }[] }).notifications ?? [];
        if (earlier.some((n) => n.status !== "permanent-failure" && n.status !== "technical-failure")) return;
      }
      const personalisation = { subject: m.subject, body: m.text };
      if (m.channel === "sms") {
        if (!settings.smsTemplateId) throw new PermanentDeliveryError("NOTIFYNL_SMS_TEMPLATE_ID not set");
        const template = settings.smsTemplateId;
        await call(() => client.sendSms(template, m.to.address, { personalisation, reference: m.reference }));
      } else {
        await call(() =>
          client.sendEmail(settings.emailTemplateId, m.to.address, { personalisation, reference: m.reference }),
        );
      }
    },
  };
}

let cached: { key: string; transport: Transport | null } | undefined;

export const NOTIFYNL_VARIABLES = [
  "NOTIFYNL_BASE_URL",
  "NOTIFYNL_API_KEY",
  "NOTIFYNL_EMAIL_TEMPLATE_ID",
  "NOTIFYNL_SMS_TEMPLATE_ID",
] as const;

/** The transport the environment sets up (made once per setting), or null. */
export function environmentTransport(env: NodeJS.ProcessEnv = process.env): Transport | null {
  const name = configuredTransport(env);
  const key = [name, env.SMTP_URL, env.MAIL_FROM, ...NOTIFYNL_VARIABLES.map((v) => env[v])].join("|");
  if (cached?.key === key) return cached.transport;
  let transport: Transport | null = null;
  if (name === "smtp" && env.SMTP_URL) transport = smtpTransport(env.SMTP_URL.trim(), mailFrom(env));
  if (name === "notifynl")
    transport = notifyNlTransport({
      baseUrl: env.NOTIFYNL_BASE_URL?.trim() ?? "",
      apiKey: env.NOTIFYNL_API_KEY?.trim() ?? "",
      emailTemplateId: env.NOTIFYNL_EMAIL_TEMPLATE_ID?.trim() ?? "",
      smsTemplateId: smsConfigured(env) ? env.NOTIFYNL_SMS_TEMPLATE_ID?.trim() : undefined,
    });
  cached = { key, transport };
  return transport;
}
