import { defineConfig, devices } from "@playwright/test";

// Drives Debian's Chromium (no browser download): /usr/bin/chromium unless CHROMIUM_PATH says otherwise.
const PORT = Number(process.env.E2E_PORT ?? 3210);
// Set once in the runner and inherited by its workers: the login helper reads the secret of a
// staff account's second factor there (tests/e2e/support.ts).
const DB = process.env.E2E_DB ?? `.tmp/e2e-${process.pid}.db`;
process.env.E2E_DB = DB;
// The server's mail goes to a local catcher (npm run mail) that writes each message as a file:
// the browser tests read the mailbox there (a reset link, for one).
const MAIL_PORT = PORT + 1;
const MAIL_DIR = process.env.E2E_MAIL_DIR ?? `${DB}-mail`;
process.env.E2E_MAIL_DIR = MAIL_DIR;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      command: `rm -rf ${MAIL_DIR} && npx tsx scripts/mail-catcher.ts`,
      port: MAIL_PORT,
      env: { MAIL_CATCHER_PORT: String(MAIL_PORT), MAIL_CATCHER_DIR: MAIL_DIR },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // A fresh database per run: the server migrates and seeds it on start.
      command: `mkdir -p .tmp && rm -f ${DB} ${DB}-wal ${DB}-shm && node server.js`,
      url: `http://localhost:${PORT}/healthz`,
      env: {
        DATABASE_URL: DB,
        PORT: String(PORT),
        HOST: "127.0.0.1",
        NODE_ENV: "production",
        SMTP_URL: `smtp://127.0.0.1:${MAIL_PORT}`,
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
