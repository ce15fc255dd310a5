// The ways a message leaves: one interface, so the worker does not care which is set up.
import nodemailer from "nodemailer";
import type { Attachment } from "./attachments.server";
import { configuredTransport, type TransportName } from "./config.server";

export type OutgoingMessage = {
  /** Stable per notification, so a mail client shows a message sent twice (a crash) once. */
  messageId: string;
  to: { name: string; address: string };
  fromName: string;
  subject: string;
  text: string;
  html: string;
  attachments: Attachment[];
};

export interface Transport {
  name: TransportName;
  send(message: OutgoingMessage): Promise<void>;
}

/** The sender address: MAIL_FROM, or one that says where it came from. */
export function mailFrom(env: NodeJS.ProcessEnv = process.env): string {
  return env.MAIL_FROM?.trim() || "hulpwijzer@localhost";
}

/** SMTP through nodemailer, from SMTP_URL (smtp://user:pass@host:587, smtps://… for TLS at once). */
export function smtpTransport(url: string, from = mailFrom()): Transport {
  const mailer = nodemailer.createTransport(url);
  return {
    name: "smtp",
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

let cached: { key: string; transport: Transport | null } | undefined;

/** The transport the environment sets up (made once per setting), or null. */
export function environmentTransport(env: NodeJS.ProcessEnv = process.env): Transport | null {
  const name = configuredTransport(env);
  const key = `${name}|${env.SMTP_URL ?? ""}|${env.MAIL_FROM ?? ""}`;
  if (cached?.key === key) return cached.transport;
  const transport = name === "smtp" && env.SMTP_URL ? smtpTransport(env.SMTP_URL.trim(), mailFrom(env)) : null;
  // NotifyNL: added beside SMTP behind this same interface.
  cached = { key, transport };
  return transport;
}
