// With PUBLIC_URL set, links that leave the browser never come from the Host header a client sends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO } from "../support/client";
import { bookCleaner } from "../support/factories";

let app: AppServer;
beforeAll(async () => {
  app = await startApp({ PUBLIC_URL: "https://hulp.woerden.example" });
});
afterAll(async () => {
  await app?.stop();
});

/** A GET with a forged Host header (fetch refuses to set one, so plain HTTP). */
async function getWithHost(path: string, host: string, cookie = ""): Promise<string> {
  return (await requestWithHost(path, host, cookie)).body;
}

async function requestWithHost(path: string, host: string, cookie = ""): Promise<{ status: number; body: string }> {
  const { request } = await import("node:http");
  const url = new URL(path, app.baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: new URL(app.baseUrl).hostname,
        port: new URL(app.baseUrl).port,
        // Anything but a path is sent as it stands (an absolute-form target, "*").
        path: path.startsWith("/") ? url.pathname + url.search : path,
        headers: { Host: host, Cookie: cookie },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => {
          body += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

describe("PUBLIC_URL", () => {
  it("builds the calendar links on /mijn and inside the feed from it, whatever Host says", async () => {
    const citizen = new Client(app.baseUrl);
    await citizen.login(DEMO.citizen);
    await bookCleaner(citizen);
    const mijn = await getWithHost("/mijn", "evil.example", citizen.cookieHeader());
    const webcal = /href="(webcal:[^"]+)"/.exec(mijn)?.[1] ?? "";
    expect(webcal).toMatch(/^webcal:\/\/hulp\.woerden\.example\/agenda\/[a-z2-7]{32}\.ics$/);
    expect(mijn).toContain('href="https://hulp.woerden.example/agenda/');
    expect(mijn).not.toContain("evil.example");

    const path = new URL(webcal.replace(/^webcal:/, "https:")).pathname;
    const ics = await getWithHost(path, "evil.example");
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).toContain("https://hulp.woerden.example/mijn/aanvragen/");
    expect(ics).not.toContain("evil.example");
  });

  it("answers a Host header no address can be made of with a 400 in words, never a 500", async () => {
    for (const host of ["x@evil.example", "[::1", "a b", "evil.example:99999", "evil.example/pad"]) {
      for (const path of ["/", "/healthz", "/api/v1/options"]) {
        const res = await requestWithHost(path, host);
        expect(res.status, `${host} ${path}`).toBe(400);
        expect(res.body).toContain("Ongeldige Host-header");
      }
    }
    // A target in absolute form or "*", as sent to a proxy.
    for (const target of ["http://127.0.0.1/healthz", "https://evil.example/", "*"]) {
      const res = await requestWithHost(target, "127.0.0.1");
      expect(res.status, target).toBe(400);
      expect(res.body).toContain("Ongeldig adres in het verzoek");
    }
    expect((await requestWithHost("/healthz", "Hulp.Woerden.Example:8080")).status).toBe(200);
    expect((await requestWithHost("/healthz", "[::1]:3000")).status).toBe(200);
  });

  it("refuses to start with an address that is not scheme and host", async () => {
    await expect(startApp({ PUBLIC_URL: "hulp.woerden.example/pad" })).rejects.toThrow(
      /PUBLIC_URL is not a plain web address/,
    );
  });
});
