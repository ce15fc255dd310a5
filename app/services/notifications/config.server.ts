// Which way messages leave, from the environment: SMTP (SMTP_URL, MAIL_FROM) or NotifyNL
// (NOTIFYNL_BASE_URL, NOTIFYNL_API_KEY and the template ids). Without either, notifications stay
// in the outbox, marked "niet verstuurd: geen mailserver ingesteld".
export type TransportName = "smtp" | "notifynl";

/** The environment, or any set of variables (tests pass their own). */
export type Env = Readonly<Record<string, string | undefined>>;

const set = (value: string | undefined) => Boolean(value?.trim());

const NOTIFYNL_NEEDS = [
  ["NOTIFYNL_BASE_URL", "the address of the NotifyNL API"],
  ["NOTIFYNL_API_KEY", "the service's API key"],
  ["NOTIFYNL_EMAIL_TEMPLATE_ID", "the id of a generic e-mail template with ((subject)) and ((body))"],
] as const;

/**
 * What a half-set NotifyNL configuration lacks, one line per variable ("NOTIFYNL_EMAIL_TEMPLATE_ID
 * missing: …"); empty when none of it is set (no NotifyNL wanted) or all of it is.
 */
export function notifyNlProblems(env: Env = process.env): string[] {
  const names = [...NOTIFYNL_NEEDS.map(([name]) => name), "NOTIFYNL_SMS_TEMPLATE_ID"];
  if (!names.some((name) => set(env[name]))) return [];
  const problems = NOTIFYNL_NEEDS.filter(([name]) => !set(env[name])).map(
    ([name, what]) => `${name} missing: ${what}; NotifyNL is not used`,
  );
  const base = env.NOTIFYNL_BASE_URL?.trim();
  if (base && !/^https?:\/\/[^\s/]+/.test(base))
    problems.push(`NOTIFYNL_BASE_URL is not an http(s) address: NotifyNL is not used`);
  const key = env.NOTIFYNL_API_KEY?.trim();
  // The client reads the service id and the secret from the key's last 73 characters.
  if (key && key.length < 74)
    problems.push("NOTIFYNL_API_KEY is too short (name-serviceid-secret): NotifyNL is not used");
  return problems;
}

function notifyNlReady(env: Env): boolean {
  return NOTIFYNL_NEEDS.every(([name]) => set(env[name])) && notifyNlProblems(env).length === 0;
}

/** The transport the environment sets up, or null: read each time, so tests can set it per file. */
export function configuredTransport(env: Env = process.env): TransportName | null {
  if (set(env.SMTP_URL)) return "smtp";
  if (notifyNlReady(env)) return "notifynl";
  return null;
}

/** Whether SMS goes out: NotifyNL is the transport and has an SMS template. */
export function smsConfigured(env: Env = process.env): boolean {
  return configuredTransport(env) === "notifynl" && set(env.NOTIFYNL_SMS_TEMPLATE_ID);
}

/**
 * Where messages go, said without secrets (for the admin's outbox page): the SMTP host and port
 * (never the user or password in SMTP_URL), or NotifyNL's host.
 */
export function transportDescription(
  env: Env = process.env,
): { name: "smtp"; host: string } | { name: "notifynl"; host: string; sms: boolean } | null {
  const name = configuredTransport(env);
  if (name === "smtp") {
    try {
      const url = new URL(env.SMTP_URL?.trim() ?? "");
      return { name, host: url.host || url.pathname };
    } catch {
      return { name, host: "?" };
    }
  }
  if (name === "notifynl") {
    let host = "?";
    try {
      host = new URL(env.NOTIFYNL_BASE_URL?.trim() ?? "").host;
    } catch {
      // shown as "?"
    }
    return { name, host, sms: smsConfigured(env) };
  }
  return null;
}
