import { describe, expect, it } from "vitest";
import { ageInDays, isStale } from "~/domain/capacity";

const DAY = 86_400_000;
const now = new Date("2026-11-23T10:00:00Z");

describe("isStale", () => {
  it("is fresh up to and including the stale period", () => {
    expect(isStale(new Date(now.getTime() - 14 * DAY), now, 14)).toBe(false);
    expect(isStale(now, now, 14)).toBe(false);
  });

  it("is stale just after it", () => {
    expect(isStale(new Date(now.getTime() - 14 * DAY - 1), now, 14)).toBe(true);
    expect(isStale(new Date(now.getTime() - 30 * DAY), now, 14)).toBe(true);
  });

  it("follows the municipality's period", () => {
    expect(isStale(new Date(now.getTime() - 8 * DAY), now, 7)).toBe(true);
    expect(isStale(new Date(now.getTime() - 8 * DAY), now, 14)).toBe(false);
  });
});

describe("ageInDays", () => {
  it("counts whole days", () => {
    expect(ageInDays(new Date(now.getTime() - 15 * DAY - 3_600_000), now)).toBe(15);
    expect(ageInDays(now, now)).toBe(0);
  });
});
