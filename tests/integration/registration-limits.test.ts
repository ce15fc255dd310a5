// Registration cannot be flooded (ADR 017): a limit per address and one in all, taken in SQLite
// before the password is hashed; sign-ups hash in a lane of their own with a short line, so a
// real login goes through during a flood; and a known email gets the very page a new one gets.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, DEMO_PASSWORD, textOf } from "../support/client";
import { one } from "../support/factories";

let app: AppServer;

beforeAll(async () => {
  // The real per-address limit; many addresses (behind one proxy) for the lane's test.
  app = await startApp({ TRUST_PROXY: "1", REGISTRATION_LIMIT_PER_ADDRESS: "10", REGISTRATION_LIMIT_TOTAL: "200" });
});
afterAll(async () => {
  await app?.stop();
});

const register = (email: string, from: string, password = "een lang genoeg wachtwoord") =>
  new Client(app.baseUrl).post(
    "/registreren",
    { name: "Iemand", email, password },
    { headers: { "X-Forwarded-For": from } },
  );

const logInFrom = (email: string, from: string) =>
  new Client(app.baseUrl).post(
    "/inloggen",
    { email, password: DEMO_PASSWORD },
    { headers: { "X-Forwarded-For": from } },
  );

describe("a flood of registrations from one address", () => {
  it("lets 10 through, refuses the rest with a Dutch 429 and Retry-After, and a real login still succeeds", async () => {
    const flood = Array.from({ length: 200 }, (_, i) => register(`vloed-${i}@example.nl`, "10.6.0.1"));
    const login = logInFrom(DEMO.citizen, "10.6.0.2");
    const [responses, loggedIn] = await Promise.all([Promise.all(flood), login]);
    expect(loggedIn.status).toBe(302);
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(190);
    const refused = responses.find((r) => r.status === 429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(3000);
    expect(textOf((await refused?.text()) ?? "")).toContain(
      "Er zijn de afgelopen tijd te veel accounts aangemaakt. Probeer het over 60 minuten opnieuw.",
    );
    expect(one<{ n: number }>(app, "SELECT count(*) AS n FROM users WHERE email LIKE 'vloed-%'").n).toBe(10);
  });
});

describe("a burst of registrations from many addresses", () => {
  it("hashes them one at a time in a short line: the rest get a Dutch 503 at once, logins go on", async () => {
    const burst = Array.from({ length: 60 }, (_, i) => register(`burst-${i}@example.nl`, `10.7.0.${i}`));
    const login = logInFrom(DEMO.provider, "10.7.1.1");
    const [responses, loggedIn] = await Promise.all([Promise.all(burst), login]);
    expect(loggedIn.status).toBe(302);
    const statuses = responses.map((r) => r.status);
    for (const s of statuses) expect([200, 503]).toContain(s);
    const busy = responses.find((r) => r.status === 503);
    expect(busy).toBeDefined();
    expect(busy?.headers.get("retry-after")).toBe("30");
    expect(textOf((await busy?.text()) ?? "")).toContain("Het is op dit moment erg druk.");
    expect(one<{ n: number }>(app, "SELECT count(*) AS n FROM users WHERE email LIKE 'burst-%'").n).toBe(
      statuses.filter((s) => s === 200).length,
    );
  });
});

describe("an email that has an account already", () => {
  it("gets the same status and text as a new one, staff emails too, and no session", async () => {
    const fresh = await register("nieuw.adres@example.nl", "10.8.0.1");
    const freshText = textOf(await fresh.text());
    for (const known of [DEMO.citizen, DEMO.consultant, "Nieuw.Adres@example.nl"]) {
      const again = await register(known, "10.8.0.2");
      expect(again.status).toBe(fresh.status);
      expect(again.headers.getSetCookie()).toEqual([]);
      // The visible text is the same; only the email typed into the prefilled form differs.
      expect(textOf(await again.text())).toBe(freshText);
    }
    expect(fresh.status).toBe(200);
    expect(fresh.headers.getSetCookie()).toEqual([]);
  });
});
