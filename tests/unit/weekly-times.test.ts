// The rule behind ADR 020: a time is offered only when no later week of it is taken, once.
import { describe, expect, it } from "vitest";
import { seriesSummary, weeklyStarts } from "~/domain/slots";

const WEEK = 7 * 86_400_000;
// Tuesday 1 December 2026 09:00 in Amsterdam, and the same window's 10:30 visit.
const tue9 = Date.parse("2026-12-01T08:00:00Z");
const tue1030 = tue9 + 90 * 60_000;
const slot = (id: number, startsAt: number, windowId = 1) => ({ id, windowId, startsAt });

describe("weeklyStarts", () => {
  it("offers each weekly time once, by its first open week", () => {
    const open = [slot(1, tue9), slot(2, tue1030), slot(3, tue9 + WEEK), slot(4, tue1030 + WEEK)];
    expect(weeklyStarts(open, [], 5).map((s) => s.id)).toEqual([1, 2]);
  });

  it("does not offer a single freed date of a time someone booked in later weeks", () => {
    const open = [slot(1, tue9), slot(2, tue1030)];
    const taken = [slot(9, tue9 + WEEK), slot(10, tue9 + 2 * WEEK)];
    expect(weeklyStarts(open, taken, 5).map((s) => s.id)).toEqual([2]);
  });

  it("offers the time again from the week after the last taken one", () => {
    const open = [slot(1, tue9), slot(3, tue9 + 2 * WEEK), slot(4, tue9 + 3 * WEEK)];
    expect(weeklyStarts(open, [slot(9, tue9 + WEEK)], 5).map((s) => s.id)).toEqual([3]);
  });

  it("keeps windows apart and stops at the limit", () => {
    const open = [slot(1, tue9, 1), slot(2, tue9 + 3_600_000, 2), slot(3, tue1030, 1)];
    expect(weeklyStarts(open, [], 2).map((s) => s.id)).toEqual([1, 2]);
    expect(weeklyStarts(open, [], 0)).toEqual([]);
  });

  it("counts the same wall time across the clock change as one time", () => {
    // Tuesday 20 October 2026 09:00 summer time (07:00Z) and 27 October 09:00 winter time (08:00Z).
    const before = Date.parse("2026-10-20T07:00:00Z");
    const after = Date.parse("2026-10-27T08:00:00Z");
    expect(weeklyStarts([slot(1, before)], [slot(9, after)], 5)).toEqual([]);
  });
});

describe("seriesSummary", () => {
  it("names the first and last visit, how many, and the weeks without a visit", () => {
    const starts = [tue9, tue9 + WEEK, tue9 + 3 * WEEK, tue9 + 4 * WEEK];
    expect(seriesSummary(starts)).toEqual({
      first: tue9,
      last: tue9 + 4 * WEEK,
      count: 4,
      skipped: ["2026-12-15"],
      cancelled: [],
      calledOff: [],
      holidays: [],
    });
    expect(seriesSummary([])).toBeNull();
  });

  it("says a visit the citizen called off apart from the cleaner's days off", () => {
    // 15 Dec is the cleaner's day off; 22 Dec the citizen cancelled herself.
    const starts = [tue9, tue9 + WEEK, tue9 + 4 * WEEK];
    const summary = seriesSummary(starts, [tue9 + 3 * WEEK]);
    expect(summary?.skipped).toEqual(["2026-12-15"]);
    expect(summary?.cancelled).toEqual(["2026-12-22"]);
    // A cancelled visit outside the range (the first one) is still hers, never the cleaner's day off.
    expect(seriesSummary([tue9 + WEEK, tue9 + 4 * WEEK], [tue9])?.cancelled).toEqual(["2026-12-01"]);
  });

  it("says a visit the cleaner called off apart from the citizen's and from her days off (outside walk)", () => {
    // 15 Dec the cleaner's day off, 22 Dec she called off, 8 Dec the citizen cancelled.
    const starts = [tue9, tue9 + 4 * WEEK];
    const summary = seriesSummary(starts, [tue9 + WEEK], [tue9 + 3 * WEEK]);
    expect(summary?.skipped).toEqual(["2026-12-15"]);
    expect(summary?.cancelled).toEqual(["2026-12-08"]);
    expect(summary?.calledOff).toEqual(["2026-12-22"]);
  });

  it("names the visits that fall on a public holiday", () => {
    // Fridays 18 and 25 December 2026 and 1 January 2027 at 09:00 (Christmas Day, New Year's Day).
    const fri = Date.parse("2026-12-18T08:00:00Z");
    expect(seriesSummary([fri, fri + WEEK, fri + 2 * WEEK])?.holidays).toEqual(["2026-12-25", "2027-01-01"]);
    expect(seriesSummary([tue9, tue9 + WEEK])?.holidays).toEqual([]);
  });
});
