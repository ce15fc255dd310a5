// Which way messages leave, from the environment: SMTP (SMTP_URL, MAIL_FROM) or NotifyNL
// (NOTIFYNL_API_KEY, NOTIFYNL_BASE_URL). Without either, notifications stay in the outbox,
// marked "niet verstuurd: geen mailserver ingesteld".
export type TransportName = "smtp" | "notifynl";

/** The transport the environment sets up, or null: read each time, so tests can set it per file. */
export function configuredTransport(env: NodeJS.ProcessEnv = process.env): TransportName | null {
  if (env.SMTP_URL?.trim()) return "smtp";
  if (env.NOTIFYNL_API_KEY?.trim() && env.NOTIFYNL_BASE_URL?.trim()) return "notifynl";
  return null;
}
