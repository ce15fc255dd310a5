// The server outlives what one attacker on one machine can send: a 1 GB body (declared or
// chunked), thousands of slow connections, a body trickled a byte at a time — with /healthz
// answering throughout and memory bounded. Loopback only, bounded loops; the timeouts are
// shortened here (REQUEST_TIMEOUT_MS, HEADERS_TIMEOUT_MS) so the test does not wait 30 s.
import fs from "node:fs";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";

let app: AppServer;
let port = 0;

beforeAll(async () => {
  app = await startApp({ HEADERS_TIMEOUT_MS: "3000", REQUEST_TIMEOUT_MS: "5000" });
  port = Number(new URL(app.baseUrl).port);
});
afterAll(async () => {
  await app?.stop();
});

/** The server's resident memory in MB, from /proc. */
function rssMb(): number {
  const status = fs.readFileSync(`/proc/${app.pid()}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

/** Polls /healthz every 200 ms while `during` runs; returns how many polls failed. */
async function healthWhile(during: Promise<unknown>): Promise<{ ok: number; failed: number }> {
  let done = false;
  const counts = { ok: 0, failed: 0 };
  const polling = (async () => {
    while (!done) {
      try {
        const res = await fetch(`${app.baseUrl}/healthz`, { signal: AbortSignal.timeout(5_000) });
        if (res.ok) counts.ok++;
        else counts.failed++;
      } catch {
        counts.failed++;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  await during;
  done = true;
  await polling;
  return counts;
}

type Upload = { status: number | null; text: string; sent: number; closed: boolean };

/** Sends a POST of `total` bytes in 64 KiB pieces as fast as the socket takes them; reads the answer. */
function upload(path: string, total: number, chunked: boolean): Promise<Upload> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    const result: Upload = { status: null, text: "", sent: 0, closed: false };
    const piece = Buffer.alloc(64 * 1024, "a");
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      socket.destroy();
      resolve(result);
    };
    socket.on("data", (d) => {
      result.text += d.toString("latin1");
      const status = /^HTTP\/1\.1 (\d{3})/.exec(result.text);
      if (status) result.status = Number(status[1]);
      // The whole answer is in once its body has the declared length.
      const head = result.text.indexOf("\r\n\r\n");
      const length = Number(/\r\ncontent-length: (\d+)/i.exec(result.text)?.[1] ?? Number.NaN);
      if (head !== -1 && Buffer.byteLength(result.text.slice(head + 4), "latin1") >= length) finish();
    });
    socket.on("close", () => {
      result.closed = true;
      finish();
    });
    socket.on("error", () => finish());
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
        (chunked ? "Transfer-Encoding: chunked\r\n" : `Content-Length: ${total}\r\n`) +
        "\r\n" +
        (chunked ? "11\r\nemail=x&password=\r\n" : "email=x&password="),
    );
    const pump = () => {
      while (!finished && result.sent < total) {
        const frame = chunked
          ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from("\r\n")])
          : piece;
        result.sent += piece.length;
        if (!socket.write(frame)) return socket.once("drain", pump);
      }
      if (!finished && chunked) socket.write("0\r\n\r\n");
    };
    pump();
    setTimeout(finish, 20_000);
  });
}

describe("large bodies", () => {
  it("answer a chunked form past the limit with the Dutch 413, the rest of it taken and dropped", async () => {
    const res = await upload("/inloggen", 600 * 1024, true);
    expect(res.status).toBe(413);
    expect(res.text).toContain("Dit is te veel om te versturen");
  });

  it("survive 1 GB declared and 1 GB chunked, /healthz answering and memory bounded", async () => {
    const before = rssMb();
    const uploads = Promise.all([
      upload("/inloggen", 1024 ** 3, false),
      upload("/inloggen", 1024 ** 3, true),
      upload("/api/v1/capacity", 1024 ** 3, true),
    ]);
    const health = await healthWhile(uploads);
    const [declared, chunked] = await uploads;
    const after = rssMb();
    console.log(`1 GB bodies: RSS ${before.toFixed(0)} → ${after.toFixed(0)} MB, healthz ok ${health.ok}`);
    expect(declared.status).toBe(413);
    // The server stops taking a body long before a gigabyte: a declared one is not read, a chunked
    // one is cut off a little past the limit (the client may see the 413 or only the close).
    expect(declared.sent).toBeLessThan(1024 ** 3);
    expect(chunked.sent).toBeLessThan(1024 ** 3);
    expect(chunked.closed).toBe(true);
    expect(health.failed).toBe(0);
    expect(health.ok).toBeGreaterThan(0);
    expect(after).toBeLessThan(before + 100);
  });
});

describe("slow clients", () => {
  it("cut off 2,000 slow connections, /healthz answering throughout and memory bounded", async () => {
    const before = rssMb();
    const sockets: net.Socket[] = [];
    let closedByServer = 0;
    for (let i = 0; i < 2_000; i++) {
      const socket = net.connect(port, "127.0.0.1");
      socket.on("error", () => {});
      socket.on("close", () => {
        closedByServer++;
      });
      // A request line and one header, then a byte a second: never a whole request.
      socket.write(`GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow-${i}: `);
      sockets.push(socket);
    }
    const trickle = setInterval(() => {
      for (const s of sockets) if (!s.destroyed) s.write("a");
    }, 1_000);
    let peak = before;
    const watching = setInterval(() => {
      peak = Math.max(peak, rssMb());
    }, 250);
    const waitForCutOff = (async () => {
      const deadline = Date.now() + 20_000;
      while (closedByServer < sockets.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    })();
    const health = await healthWhile(waitForCutOff);
    clearInterval(trickle);
    clearInterval(watching);
    for (const s of sockets) s.destroy();
    console.log(
      `2,000 slow connections: RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB, closed by the server ${closedByServer}, healthz ok ${health.ok}`,
    );
    expect(closedByServer).toBe(sockets.length);
    expect(health.failed).toBe(0);
    expect(peak).toBeLessThan(before + 200);
  });

  it("end a body trickled a byte at a time (408), and keep serving", async () => {
    const answer = await new Promise<string>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      let text = "";
      socket.on("data", (d) => {
        text += d.toString();
      });
      socket.on("close", () => resolve(text));
      socket.on("error", () => resolve(text));
      socket.write(
        "POST /inloggen HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n",
      );
      const drip = setInterval(() => (socket.destroyed ? clearInterval(drip) : socket.write("a")), 500);
      setTimeout(() => {
        clearInterval(drip);
        socket.destroy();
      }, 15_000);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain("Dit verzoek duurde te lang.");
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
  });

  it("get a short answer in words for what the HTTP parser itself refuses (TRACK, huge headers)", async () => {
    const raw = (text: string) =>
      new Promise<string>((resolve) => {
        const socket = net.connect(port, "127.0.0.1");
        let answer = "";
        socket.on("data", (d) => {
          answer += d.toString();
        });
        socket.on("close", () => resolve(answer));
        socket.on("error", () => resolve(answer));
        socket.write(text);
      });
    const track = await raw("TRACK / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    expect(track).toMatch(/^HTTP\/1\.1 400/);
    expect(track).toContain("Dit verzoek klopt niet.");
    const huge = await raw(`GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1\.1 431/);
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
  });
});
