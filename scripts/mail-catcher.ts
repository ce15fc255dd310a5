// A mail catcher for developers: an SMTP server on 127.0.0.1:1025 that accepts every message and
// writes it to data/mail/<time>-<subject>.eml (open it with any mail program), with one line per
// message in the terminal. Start the app with SMTP_URL=smtp://127.0.0.1:1025 to send to it.
// Nothing leaves the machine. `npm run mail`; MAIL_CATCHER_PORT and MAIL_CATCHER_DIR change where.
import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

const port = Number(process.env.MAIL_CATCHER_PORT) || 1025;
const dir = path.resolve(process.env.MAIL_CATCHER_DIR || "data/mail");
fs.mkdirSync(dir, { recursive: true });
/** A path as the developer would type it: relative when inside the project, else absolute. */
const shown = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative || ".";
};

/** A file name from the subject: letters, digits and dashes, short. */
function slug(subject: string): string {
  return (
    subject
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "zonder-onderwerp"
  );
}

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      const raw = Buffer.concat(chunks);
      simpleParser(raw)
        .then((mail) => {
          const time = new Date().toISOString().replace(/[:.]/g, "-");
          const file = path.join(dir, `${time}-${slug(mail.subject ?? "")}.eml`);
          fs.writeFileSync(file, raw);
          const to = session.envelope.rcptTo.map((r) => r.address).join(", ");
          console.log(
            `${new Date().toLocaleTimeString("nl-NL")}  aan ${to}: ${mail.subject ?? "(geen onderwerp)"}  → ${shown(file)}`,
          );
          callback();
        })
        .catch((error: Error) => callback(error));
    });
  },
});

server.on("error", (error) => {
  console.error(`mail catcher: ${error.message}`);
  process.exit(1);
});
// A sender that drops its connection (the app stopped mid-send) is no reason to stop catching.
server.on("error", (error: Error) => console.error(`verbinding verbroken: ${error.message}`));
server.listen(port, "127.0.0.1", () => {
  console.log(`mail catcher listening on smtp://127.0.0.1:${port}; messages go to ${shown(dir)}/`);
  console.log(`start the app with SMTP_URL=smtp://127.0.0.1:${port} to send to it (Ctrl+C stops it)`);
});
