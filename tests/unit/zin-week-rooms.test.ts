// A ZIN provider's room, week by week (issue 15): fresh records from the week under way on,
// summed per week over municipalities, in week order; never one "per week" sum of several weeks.
import { describe, expect, it } from "vitest";
import { zinWeekRooms } from "~/domain/capacity";
import { amsterdamDay } from "~/domain/policy";
import { addDays } from "~/domain/time";

describe("zinWeekRooms", () => {
  it("sums each week over municipalities, skips stale records and weeks that ended, in week order", () => {
    const today = amsterdamDay(new Date());
    const started = addDays(today, -3); // a week under way still counts
    const ended = addDays(today, -7);
    const next = addDays(today, 4);
    const record = (weekStart: string, minutesPerWeek: number, newClients: number, stale = false) => ({
      weekStart,
      minutesPerWeek,
      newClients,
      stale,
    });
    expect(
      zinWeekRooms(
        [
          record(next, 420, 2),
          record(started, 630, 3),
          record(next, 210, 1),
          record(next, 600, 5, true),
          record(ended, 840, 4),
          record(started, 0, 0),
        ],
        today,
      ),
    ).toEqual([
      { weekStart: started, minutes: 630, newClients: 3 },
      { weekStart: next, minutes: 630, newClients: 3 },
    ]);
  });
});
