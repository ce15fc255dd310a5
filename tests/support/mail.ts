// A real SMTP server in the test process (smtp-server) that parses what arrives (mailparser):
// point the app at it with SMTP_URL and read the messages it sent.
import net from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll } from "vitest";
import { type AppServer, startApp } from "./app-server";

export type MailCatcher = {
  /** The SMTP_URL to give the app. */
  url: string;
  messages: ParsedMail[];
  /** Waits until `count` messages matching `match` arrived (at most `timeoutMs`), and returns them. */
  waitFor: (match: (m: ParsedMail) => boolean, count?: number, timeoutMs?: number) => Promise<ParsedMail[]>;
  /** Messages to an address. */
  to: (address: string) => ParsedMail[];
  /** The one message to an address with this subject (the exact one, or matching): waits for it, fails on two. */
  oneTo: (address: string, subject: string | RegExp) => Promise<ParsedMail>;
  /** Refuse (true) or accept again (false) every message: a mail server that is down. */
  refuse: (on: boolean) => void;
  /**
   * Answer each message only after `ms` (a slow or stuck mail server). A message whose sender is
   * gone before the answer (killed mid-send) is not counted: it was never accepted.
   */
  delay: (ms: number) => void;
  /** Messages received and not yet answered. */
  inFlight: () => number;
  clear: () => void;
  stop: () => Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export const addressesOf = (m: ParsedMail): string[] =>
  (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value.map((v) => v.address ?? ""));

export async function startMailCatcher(): Promise<MailCatcher> {
  const messages: ParsedMail[] = [];
  let refusing = false;
  let delayMs = 0;
  let inFlight = 0;
  const closed = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onClose(session) {
      closed.add(session.id);
    },
    onData(stream, session, callback) {
      if (refusing) {
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("mailbox unavailable"), { responseCode: 451 })));
        return;
      }
      inFlight++;
      simpleParser(stream)
        .then(async (parsed) => {
          if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
          inFlight--;
          if (!closed.has(session.id)) messages.push(parsed);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  // A connection the app drops (it is stopped or killed mid-send, as the restart tests do) makes
  // the server emit "error" (ECONNRESET); unheard, that is an uncaught exception that fails the
  // whole run with every test passed (stop 27's CI on King's Day). The sender retries; nothing to do.
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      server.on("error", () => {});
      resolve();
    });
  });
  const to = (address: string) => messages.filter((m) => addressesOf(m).includes(address.toLowerCase()));
  async function waitFor(match: (m: ParsedMail) => boolean, count = 1, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = messages.filter(match);
      if (found.length >= count) return found;
      if (Date.now() > deadline)
        throw new Error(
          `expected ${count} matching message(s), got ${found.length}; all: ${messages.map((m) => `${addressesOf(m)} ${m.subject}`).join(" | ")}`,
        );
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to,
    refuse: (on) => {
      refusing = on;
    },
    delay: (ms) => {
      delayMs = ms;
    },
    inFlight: () => inFlight,
    clear: () => {
      messages.length = 0;
    },
    waitFor,
    async oneTo(address, subject) {
      const matches = (m: ParsedMail) =>
        addressesOf(m).includes(address) &&
        (typeof subject === "string" ? m.subject === subject : subject.test(m.subject ?? ""));
      const [message] = await waitFor(matches);
      const count = messages.filter(matches).length;
      if (!message || count !== 1) throw new Error(`expected one message ${subject} to ${address}, got ${count}`);
      return message;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A mail catcher and the built server sending to it, with the sender and public address its
 * messages show (plus `env`): for the files that read what the app mailed.
 */
export async function startAppWithMail(
  env: Record<string, string> = {},
): Promise<{ app: AppServer; mail: MailCatcher }> {
  const mail = await startMailCatcher();
  const app = await startApp({
    SMTP_URL: mail.url,
    MAIL_FROM: "noreply@hulp.example.nl",
    PUBLIC_URL: "https://hulp.example.nl",
    ...env,
  });
  return { app, mail };
}

/**
 * The file's built server sending through a mail catcher of its own: started before the file's
 * tests, both stopped after them. Read `app` and `mail` inside tests, not at the file's top level.
 */
export function serverWithMail(env: Record<string, string> = {}) {
  const both = {} as { app: AppServer; mail: MailCatcher };
  beforeAll(async () => {
    both.mail = await startMailCatcher();
    both.app = await startApp({ SMTP_URL: both.mail.url, ...env });
  });
  afterAll(async () => {
    await both.app?.stop();
    await both.mail?.stop();
  });
  return both;
}
