// Guessing passwords is slowed down: after 5 failures from one address an account waits there,
// with a clear Dutch message and Retry-After; failures from one address are limited too; a success
// clears the count. Other addresses, the ceiling and parallel attempts: auth-limits.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, DEMO_PASSWORD, textOf } from "../support/client";

let app: AppServer;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const attempt = (email: string, password: string) => new Client(app.baseUrl).post("/inloggen", { email, password });

describe("login rate limiting", () => {
  it("blocks an account from an address after 5 failures there, even with the right password, and says when to try again", async () => {
    for (let i = 0; i < 5; i++) expect((await attempt(DEMO.consultant, `wrong-${i}-password`)).status).toBe(400);
    const blocked = await attempt(DEMO.consultant, DEMO_PASSWORD);
    expect(blocked.status).toBe(429);
    const retry = Number(blocked.headers.get("retry-after"));
    expect(retry).toBeGreaterThan(800);
    expect(retry).toBeLessThanOrEqual(900);
    expect(textOf(await blocked.text())).toContain(
      "Er is te vaak een verkeerd wachtwoord ingevuld. Probeer het over 15 minuten opnieuw.",
    );
    // Another account from the same address still works.
    expect((await attempt(DEMO.citizen, DEMO_PASSWORD)).status).toBe(302);
  });

  it("clears an account's count on a successful login", async () => {
    for (let i = 0; i < 4; i++) await attempt(DEMO.admin, "not-the-password");
    expect((await attempt(DEMO.admin, DEMO_PASSWORD)).status).toBe(302);
    for (let i = 0; i < 4; i++) expect((await attempt(DEMO.admin, "not-the-password")).status).toBe(400);
    expect((await attempt(DEMO.admin, DEMO_PASSWORD)).status).toBe(302);
  });

  it("limits failures from one address across accounts", async () => {
    // 30 failures from this address (spread over unknown accounts, 4 each, so no account limit is hit).
    let refused = 0;
    for (let i = 0; i < 40; i++) {
      const res = await attempt(`onbekend-${Math.floor(i / 4)}@example.nl`, "wrong-password-x");
      if (res.status === 429) refused += 1;
    }
    expect(refused).toBeGreaterThan(0);
    const any = await attempt(DEMO.provider, DEMO_PASSWORD);
    expect(any.status).toBe(429);
  });
});
