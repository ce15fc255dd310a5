// The login limit is taken in SQLite before the password is checked (ADR 017): parallel attempts,
// even spread over two server processes on one database file, never get more password checks
// than the limit allows. Limits count per account and address, so a stranger cannot lock the
// owner out; the address is the one Express derives under TRUST_PROXY. And the capacity
// snapshot of matching stays right when another process books.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_ADDRESS_LIMIT, ACCOUNT_LIMIT } from "~/auth/rate-limit.server";
import { addressFields } from "../support/address";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, DEMO_PASSWORD, textOf } from "../support/client";
import { addStaff, helpQuery, newCitizen, one, providerId, userId, WOERDEN_HELP } from "../support/factories";

let a: AppServer;
let b: AppServer;

beforeAll(async () => {
  // Behind one proxy: X-Forwarded-For's right-most entry is the client.
  a = await startApp({ TRUST_PROXY: "1" });
  b = await startApp({ TRUST_PROXY: "1" }, { dbPath: a.dbPath });
});
afterAll(async () => {
  await a?.stop();
  await b?.stop();
});

const attempt = (server: AppServer, email: string, password: string, from: string) =>
  new Client(server.baseUrl).post("/inloggen", { email, password }, { headers: { "X-Forwarded-For": from } });

/** Password checks that failed for an account: each one reached the hash. */
const checked = (email: string) =>
  one<{ n: number }>(
    a,
    "SELECT count(*) AS n FROM audit_events WHERE action = 'session.login_failed' AND subject_id = ?",
    String(userId(a, email)),
  ).n;

describe("parallel login attempts on two processes", () => {
  it("give at most the per-address limit of password checks for one account from one address", async () => {
    const email = "race.een@example.nl";
    addStaff(a, email, "Thuiszorg Groene Hart");
    const responses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => attempt(i % 2 ? a : b, email, `wrong-password-${i}`, "10.1.0.1")),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 400)).toHaveLength(ACCOUNT_ADDRESS_LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(60 - ACCOUNT_ADDRESS_LIMIT);
    expect(checked(email)).toBe(ACCOUNT_ADDRESS_LIMIT);
    // The right password from that address is refused as well, on either server.
    expect((await attempt(a, email, DEMO_PASSWORD, "10.1.0.1")).status).toBe(429);
    expect((await attempt(b, email, DEMO_PASSWORD, "10.1.0.1")).status).toBe(429);
    expect(checked(email)).toBe(ACCOUNT_ADDRESS_LIMIT);
  });

  it("give at most the account's ceiling of password checks from many addresses at once", async () => {
    const email = "race.veel@example.nl";
    addStaff(a, email, "Thuiszorg Groene Hart");
    const responses = await Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        attempt(i % 2 ? a : b, email, `wrong-password-${i}`, `10.2.${Math.floor(i / 200)}.${i % 200}`),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 400)).toHaveLength(ACCOUNT_LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(120 - ACCOUNT_LIMIT);
    expect(checked(email)).toBe(ACCOUNT_LIMIT);
    // Past the ceiling even the owner's own, untouched address waits.
    expect((await attempt(a, email, DEMO_PASSWORD, "10.9.9.9")).status).toBe(429);
  });
});

describe("failures from another address", () => {
  it("do not lock the owner out, and a good login leaves the stranger's count standing", async () => {
    for (let i = 0; i < ACCOUNT_ADDRESS_LIMIT; i++) {
      expect((await attempt(a, DEMO.consultant, `wrong-${i}-password`, "10.3.0.1")).status).toBe(400);
    }
    const blocked = await attempt(b, DEMO.consultant, DEMO_PASSWORD, "10.3.0.1");
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(800);
    expect(textOf(await blocked.text())).toContain("Er is te vaak een verkeerd wachtwoord ingevuld.");
    // The owner, from their own address, is let in at once …
    expect((await attempt(a, DEMO.consultant, DEMO_PASSWORD, "10.3.0.2")).status).toBe(302);
    // … and the stranger still waits.
    expect((await attempt(a, DEMO.consultant, DEMO_PASSWORD, "10.3.0.1")).status).toBe(429);
  });
});

describe("a browser that logged in before", () => {
  it("is not locked out by failures from many other addresses; a new browser is", async () => {
    const email = "bekend.apparaat@example.nl";
    addStaff(a, email, "Thuiszorg Groene Hart");
    // The owner's own browser, which logged in before (and so carries the device cookie).
    const owner = new Client(a.baseUrl);
    const from = { headers: { "X-Forwarded-For": "10.5.0.1" } };
    // The browser is remembered once the whole login, second factor included, has passed.
    const first = await owner.completeSecondFactor(
      await owner.post("/inloggen", { email, password: DEMO_PASSWORD }, from),
      email,
      from,
    );
    expect(first.status).toBe(302);
    expect(first.headers.getSetCookie().some((c) => /^hw_device=[a-z2-7]{32};.*HttpOnly.*SameSite=Lax/.test(c))).toBe(
      true,
    );
    await owner.post("/uitloggen", {});
    // A stranger with many addresses fills the account's ceiling.
    const stranger = await Promise.all(
      Array.from({ length: ACCOUNT_LIMIT + 10 }, (_, i) =>
        attempt(i % 2 ? a : b, email, `wrong-password-${i}`, `10.6.${Math.floor(i / 5)}.${i % 5}`),
      ),
    );
    expect(stranger.filter((r) => r.status === 400)).toHaveLength(ACCOUNT_LIMIT);
    // A browser the account never used, on a clean address, waits …
    expect((await attempt(b, email, DEMO_PASSWORD, "10.5.0.2")).status).toBe(429);
    // A made-up device cookie is no key.
    const forged = await new Client(b.baseUrl).post(
      "/inloggen",
      { email, password: DEMO_PASSWORD },
      { headers: { "X-Forwarded-For": "10.5.0.4", Cookie: `hw_device=${"a".repeat(32)}` } },
    );
    expect(forged.status).toBe(429);
    // … the owner's own browser, even on another clean address, is let in.
    const again = await owner.post(
      "/inloggen",
      { email, password: DEMO_PASSWORD },
      { headers: { "X-Forwarded-For": "10.5.0.3" } },
    );
    expect(again.status).toBe(302);
    // The owner's login leaves the ceiling as it was: the stranger gets no fresh guesses from it.
    expect((await attempt(b, email, "wrong-after-owner", "10.7.0.1")).status).toBe(429);
    // Only the owner's browser is known (the refused ones never logged in).
    const id = userId(a, email);
    expect(one<{ n: number }>(a, "SELECT count(*) AS n FROM known_devices WHERE user_id = ?", id).n).toBe(1);
  });

  it("keeps at most ten browsers per account, and forgets the others when one logs out everywhere else", async () => {
    const email = "veel.apparaten@example.nl";
    addStaff(a, email, "Thuiszorg Groene Hart");
    const id = userId(a, email);
    let last = new Client(a.baseUrl);
    for (let i = 0; i < 12; i++) {
      last = new Client(a.baseUrl);
      const from = { headers: { "X-Forwarded-For": `10.8.0.${i}` } };
      const res = await last.post("/inloggen", { email, password: DEMO_PASSWORD }, from);
      expect((await last.completeSecondFactor(res, email, from)).status).toBe(302);
    }
    const devices = () => one<{ n: number }>(a, "SELECT count(*) AS n FROM known_devices WHERE user_id = ?", id).n;
    expect(devices()).toBe(10);
    const form = await last.post(
      "/account/sessies",
      { intent: "end-others" },
      { headers: { "X-Forwarded-For": "10.8.0.11" } },
    );
    expect(form.status).toBe(302);
    expect(devices()).toBe(1);
  });
});

describe("the address that counts behind TRUST_PROXY=1", () => {
  it("is the right-most X-Forwarded-For entry: a forged one before it changes nothing", async () => {
    const email = "vervalst@example.nl";
    addStaff(a, email, "Thuiszorg Groene Hart");
    for (let i = 0; i < ACCOUNT_ADDRESS_LIMIT; i++) {
      // Each attempt claims another origin in front of the real one.
      const res = await attempt(a, email, "wrong-password-x", `192.0.2.${i}, 10.4.0.1`);
      expect(res.status).toBe(400);
    }
    expect((await attempt(a, email, DEMO_PASSWORD, "192.0.2.99, 10.4.0.1")).status).toBe(429);
    expect((await attempt(a, email, DEMO_PASSWORD, "10.4.0.2")).status).toBe(302);
  });
});

describe("without TRUST_PROXY", () => {
  let direct: AppServer;
  beforeAll(async () => {
    direct = await startApp();
  });
  afterAll(async () => {
    await direct?.stop();
  });

  it("ignores X-Forwarded-For: the socket's address counts", async () => {
    for (let i = 0; i < ACCOUNT_ADDRESS_LIMIT; i++) {
      expect((await attempt(direct, DEMO.admin, "wrong-password-x", `10.5.0.${i}`)).status).toBe(400);
    }
    expect((await attempt(direct, DEMO.admin, DEMO_PASSWORD, "10.5.0.200")).status).toBe(429);
  });

  /** The start-up error, or "started" (and the server stopped again) when it came up. */
  const startError = (env: Record<string, string>) =>
    startApp(env).then(
      async (server) => {
        await server.stop();
        return "started";
      },
      (error: Error) => error.message,
    );

  it("refuses TRUST_PROXY=true at start, and says what to set instead", async () => {
    expect(await startError({ TRUST_PROXY: "true" })).toMatch(/TRUST_PROXY=true is refused.*TRUST_PROXY=1/s);
  });

  it("refuses a TRUST_PROXY that is no count, address or subnet", async () => {
    expect(await startError({ TRUST_PROXY: "yes please" })).toMatch(/TRUST_PROXY has entries/);
  });
});

describe("the capacity snapshot on two processes", () => {
  type Options = { options: { offerId: string; slots: { slotId: number }[] }[] };
  const cleanerSlots = async (server: AppServer, offerId: string) => {
    const body = (await (await fetch(`${server.baseUrl}/api/v1/options?${helpQuery()}`)).json()) as Options;
    return body.options.find((o) => o.offerId === offerId)?.slots.map((s) => s.slotId) ?? [];
  };

  it("drops a slot on one server the moment it is booked through the other", async () => {
    const offerId = `cleaner:${providerId(a, "Schoonmaakhulp Ans de Vries")}`;
    // Both processes have built their snapshot and show the same first slot.
    const before = await cleanerSlots(b, offerId);
    expect(before.length).toBeGreaterThan(0);
    expect(await cleanerSlots(a, offerId)).toEqual(before);
    const slotId = before[0] as number;
    const citizen = await newCitizen(a, "twee.processen@example.nl");
    const res = await citizen.request("/api/v1/requests", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ offerId, slotId, helpRequest: WOERDEN_HELP, contact: addressFields() }),
    });
    expect(res.status).toBe(201);
    expect(await cleanerSlots(b, offerId)).not.toContain(slotId);
    expect(await cleanerSlots(a, offerId)).not.toContain(slotId);
  });
});
