// The pure parts of ADR 017: how long sessions last, the device summary, TRUST_PROXY's reading,
// and the limiter's bounded line.
import { describe, expect, it } from "vitest";
import { describeDevice } from "~/domain/device";
import {
  CITIZEN_LIFETIME_MS,
  newSessionTimes,
  STAFF_IDLE_MS,
  STAFF_LIFETIME_MS,
  sessionInUse,
} from "~/domain/session-policy";
import { createLimiter, LimiterFullError } from "~/utils/limiter";
import { trustProxySetting } from "../../server/trust-proxy.js";

const at = (ms: number) => new Date(Date.parse("2026-12-02T09:00:00Z") + ms);
const MINUTE = 60_000;

describe("session times", () => {
  it("give staff 2 hours idle and 12 in all, citizens 30 days", () => {
    const staff = newSessionTimes("consultant", at(0));
    expect(staff.expiresAt).toEqual(at(STAFF_IDLE_MS));
    const citizen = newSessionTimes("citizen", at(0));
    expect(citizen.expiresAt).toEqual(at(CITIZEN_LIFETIME_MS));
  });

  it("end a staff session when idle, and at its lifetime however busy", () => {
    const s = newSessionTimes("admin", at(0));
    expect(sessionInUse("admin", s, at(STAFF_IDLE_MS - 1)).alive).toBe(true);
    expect(sessionInUse("admin", s, at(STAFF_IDLE_MS)).alive).toBe(false);
    const busy = { ...s, lastSeenAt: at(STAFF_LIFETIME_MS - MINUTE), expiresAt: at(STAFF_LIFETIME_MS + STAFF_IDLE_MS) };
    expect(sessionInUse("provider_staff", busy, at(STAFF_LIFETIME_MS)).alive).toBe(false);
  });

  it("write the last use at most once a minute, and never move a staff end past the lifetime", () => {
    const s = newSessionTimes("consultant", at(0));
    expect(sessionInUse("consultant", s, at(MINUTE - 1))).toEqual({ alive: true, write: null, renewed: false });
    const late = { ...s, lastSeenAt: at(STAFF_LIFETIME_MS - 30 * MINUTE), expiresAt: at(STAFF_LIFETIME_MS) };
    const use = sessionInUse("consultant", late, at(STAFF_LIFETIME_MS - 10 * MINUTE));
    expect(use).toEqual({
      alive: true,
      write: { lastSeenAt: at(STAFF_LIFETIME_MS - 10 * MINUTE), expiresAt: at(STAFF_LIFETIME_MS) },
      renewed: false,
    });
  });

  it("slide a citizen's 30 days only when the root loader renews in the second half", () => {
    const s = newSessionTimes("citizen", at(0));
    const day20 = at(20 * 24 * 60 * MINUTE);
    expect(sessionInUse("citizen", s, day20).alive).toBe(true);
    const use = sessionInUse("citizen", s, day20, { renew: true });
    expect(use.alive && use.renewed).toBe(true);
    expect(use.alive && use.write?.expiresAt).toEqual(new Date(day20.getTime() + CITIZEN_LIFETIME_MS));
  });
});

describe("describeDevice", () => {
  it("names browser and system in two words", () => {
    expect(
      describeDevice(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0",
      ),
    ).toBe("Edge · Windows");
    expect(describeDevice("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36")).toBe(
      "Chrome · Android",
    );
    expect(describeDevice("curl/8.5.0")).toBeNull();
    expect(describeDevice(null)).toBeNull();
  });
});

describe("trustProxySetting", () => {
  it("reads Express's terms: nothing, a hop count, or addresses, subnets and names", () => {
    expect(trustProxySetting(undefined)).toBe(false);
    expect(trustProxySetting("false")).toBe(false);
    expect(trustProxySetting("1")).toBe(1);
    expect(trustProxySetting("loopback")).toEqual(["loopback"]);
    expect(trustProxySetting("10.0.0.0/8, 127.0.0.1")).toEqual(["10.0.0.0/8", "127.0.0.1"]);
    expect(trustProxySetting("fd00::/8,10.0.0.0/255.0.0.0")).toEqual(["fd00::/8", "10.0.0.0/255.0.0.0"]);
  });

  it("refuses true and what it cannot read", () => {
    expect(() => trustProxySetting("true")).toThrow(/TRUST_PROXY=true is refused/);
    expect(() => trustProxySetting("10.0.0.0/33")).toThrow(/10\.0\.0\.0\/33/);
    expect(() => trustProxySetting("proxy.example")).toThrow(/not a hop count/);
  });
});

describe("a limiter with a bounded line", () => {
  it("refuses work beyond the line at once and takes it again when there is room", async () => {
    const limited = createLimiter(1, { maxWaiting: 2 });
    let release = () => {};
    const first = limited(() => new Promise<void>((r) => (release = r)));
    const queued = [limited(async () => 1), limited(async () => 2)];
    await expect(limited(async () => 3)).rejects.toBeInstanceOf(LimiterFullError);
    release();
    await first;
    expect(await Promise.all(queued)).toEqual([1, 2]);
    expect(await limited(async () => 4)).toBe(4);
  });
});
