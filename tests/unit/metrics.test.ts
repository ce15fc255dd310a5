import { describe, expect, it } from "vitest";
import { daysBetweenInstants, median, per100, percentile, sharePercent, waitingAt, weekStarts } from "~/domain/metrics";

describe("median and percentiles", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 10, 1, 100])).toBe(10);
  });

  it("uses the nearest rank for p90 (an observed value, never interpolated)", () => {
    expect(percentile([], 90)).toBeNull();
    expect(percentile([5], 90)).toBe(5);
    // 10 values: rank ceil(9) = 9th smallest.
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    // 11 values: rank ceil(9.9) = 10th.
    expect(percentile([11, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(10);
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(percentile([3, 1, 2], 100)).toBe(3);
  });
});

describe("rates", () => {
  it("counts per 100 with one decimal, null without a base", () => {
    expect(per100(3, 40)).toBe(7.5);
    expect(per100(1, 3)).toBe(33.3);
    expect(per100(2, 3)).toBe(66.7);
    expect(per100(0, 10)).toBe(0);
    expect(per100(1, 0)).toBeNull();
  });

  it("gives whole-percent shares", () => {
    expect(sharePercent(1, 3)).toBe(33);
    expect(sharePercent(2, 3)).toBe(67);
    expect(sharePercent(1, 8)).toBe(13); // 12.5 → 13
    expect(sharePercent(0, 0)).toBeNull();
  });

  it("measures days with one decimal", () => {
    expect(daysBetweenInstants(0, 86_400_000 * 3)).toBe(3);
    expect(daysBetweenInstants(0, 86_400_000 * 1.26)).toBe(1.3);
    expect(daysBetweenInstants(0, 3_600_000)).toBe(0);
  });
});

describe("weeks and waiting", () => {
  it("lists the Mondays of the weeks that overlap a period", () => {
    expect(weekStarts("2026-11-18", "2026-11-30")).toEqual(["2026-11-16", "2026-11-23", "2026-11-30"]);
    expect(weekStarts("2026-11-23", "2026-11-23")).toEqual(["2026-11-23"]);
  });

  it("counts who was waiting at a moment", () => {
    const items = [
      { from: 0, until: 10 },
      { from: 5, until: null },
      { from: 10, until: 20 },
    ];
    expect(waitingAt(items, 4)).toBe(1);
    expect(waitingAt(items, 9)).toBe(2);
    expect(waitingAt(items, 10)).toBe(2); // the first ended at 10, the third began at 10
    expect(waitingAt(items, 25)).toBe(1);
  });
});
