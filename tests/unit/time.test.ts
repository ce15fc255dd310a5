import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dayOfEpoch, daysBetween, epochDay } from "~/domain/time";

// The reference: the same arithmetic through Date, as it was done before (UTC midnights).
const DAY_MS = 86_400_000;
const viaDate = {
  addDays: (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10),
  daysBetween: (a: string, b: string) =>
    Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS),
};
const FIRST = epochDay("1000-01-01") ?? 0;
const LAST = epochDay("9999-12-31") ?? 0;
const anyDay = fc.integer({ min: FIRST, max: LAST }).map((n) => new Date(n * DAY_MS).toISOString().slice(0, 10));

describe("day arithmetic without Date", () => {
  it("knows the epoch, leap days and the ends of the four-digit years", () => {
    expect(epochDay("1970-01-01")).toBe(0);
    expect(epochDay("2000-02-29")).toBe(11_016);
    expect(dayOfEpoch(11_016)).toBe("2000-02-29");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2100-02-28", 1)).toBe("2100-03-01"); // 2100 is no leap year
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-11-23", "2027-11-23")).toBe(365);
    expect(dayOfEpoch(LAST + 1)).toBe(viaDate.addDays("9999-12-31", 1));
    expect(dayOfEpoch(FIRST - 1)).toBe("0999-12-31");
  });

  it("agrees with Date for every day of the years 1000–9999 and any offset", () => {
    fc.assert(
      fc.property(anyDay, anyDay, fc.integer({ min: -20_000, max: 20_000 }), (a, b, n) => {
        expect(epochDay(a)).toBe(Date.parse(`${a}T00:00:00Z`) / DAY_MS);
        expect(dayOfEpoch(epochDay(a) ?? 0)).toBe(a);
        expect(daysBetween(a, b)).toBe(viaDate.daysBetween(a, b));
        expect(addDays(a, n)).toBe(viaDate.addDays(a, n));
      }),
      { numRuns: 5_000, seed: 2026 },
    );
  });

  it("treats days that are not YYYY-MM-DD like Date does", () => {
    expect(epochDay("2026-2-03")).toBeNull();
    expect(epochDay("2026-13-01")).toBeNull();
    expect(epochDay("2026-1a-01")).toBeNull();
    expect(epochDay("+10000-01-01")).toBeNull();
    // Date rolls 31 February over into March; so does the arithmetic.
    expect(addDays("2026-02-31", 0)).toBe(viaDate.addDays("2026-02-31", 0));
    expect(daysBetween("2026-02-28", "2026-02-31")).toBe(3);
    expect(Number.isNaN(daysBetween("2026-13-01", "2026-01-01"))).toBe(true);
    expect(() => addDays("not a day", 1)).toThrow(RangeError);
  });
});
