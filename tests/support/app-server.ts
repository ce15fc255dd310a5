// Starts the built server (server.js) on a free port with its own fresh SQLite file.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

export type AppServer = {
  baseUrl: string;
  dbPath: string;
  /** A direct connection to the same SQLite file, for arranging and checking data. */
  db: () => Database.Database;
  stop: () => Promise<void>;
  restart: () => Promise<void>;
  /** Kills the server at once (SIGKILL: no shutdown code runs), as a crash or power cut would. */
  crash: () => Promise<void>;
  output: () => string;
  /** The server process's id (for reading its memory in /proc). */
  pid: () => number | undefined;
};

// The database of each server this process started, by its address: the login helper reads a
// staff account's secret there and stands in for the half minute between two codes (client.ts).
const databases = new Map<string, () => Database.Database>();

/** The direct connection to the database of the server at this address, if this process started it. */
export function databaseAt(baseUrl: string): Database.Database | undefined {
  return databases.get(baseUrl)?.();
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log()}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not become healthy:\n${log()}`);
}

/**
 * `dbPath` starts a further server on the database of one already running (two processes on one
 * file, as a second instance behind a load balancer would be).
 */
export async function startApp(
  env: Record<string, string> = {},
  { dbPath: existing }: { dbPath?: string } = {},
): Promise<AppServer> {
  const dbPath = existing ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hulpwijzer-test-")), "test.db");
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let child: ChildProcess;
  let log = "";
  let connection: Database.Database | undefined;

  const launch = async () => {
    child = spawn(process.execPath, ["server.js"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: dbPath,
        PORT: String(port),
        HOST: "127.0.0.1",
        // The year of demo history only where a test asks for it (the dashboard's): the other
        // tests read the demo's present state.
        SEED_HISTORY: "false",
        // Tests sign many people up from one loopback address; the registration-limit tests set
        // the real limit themselves.
        REGISTRATION_LIMIT_PER_ADDRESS: "100000",
        REGISTRATION_LIMIT_TOTAL: "100000",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (d) => {
      log += d;
    });
    child.stderr?.on("data", (d) => {
      log += d;
    });
    await waitForHealth(baseUrl, child, () => log);
  };

  const stop = async () => {
    // Gone already: exited, or killed by a signal (exitCode stays null then).
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  };

  await launch();
  const db = () => {
    connection ??= new Database(dbPath);
    connection.pragma("busy_timeout = 5000");
    return connection;
  };
  databases.set(baseUrl, db);
  return {
    baseUrl,
    dbPath,
    db,
    stop: async () => {
      connection?.close();
      connection = undefined;
      await stop();
    },
    restart: async () => {
      await stop();
      await launch();
    },
    crash: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGKILL");
      });
    },
    output: () => log,
    pid: () => child.pid,
  };
}
