import { describe, expect, it } from "vitest";
import { toIcs } from "~/domain/ical";
import { cohortSessions, nextVisit } from "~/domain/visits";
import { dayAfter, mondayAhead } from "../support/days";

describe("nextVisit", () => {
  it("is the earliest visit that has not begun, whatever the order, or null", () => {
    const now = Date.now();
    const visits = [{ startsAt: now + 3_000 }, { startsAt: now - 1_000 }, { startsAt: now + 2_000 }, { startsAt: now }];
    expect(nextVisit(visits, now)).toEqual({ startsAt: now + 2_000 });
    expect(nextVisit([{ startsAt: now }], now)).toBeNull();
    expect(nextVisit([], now)).toBeNull();
  });
});

describe("cohortSessions", () => {
  it("gives two sessions a week for the cohort's weeks, on its weekdays and times", () => {
    const monday = mondayAhead(2);
    const sessions = cohortSessions({ startDate: monday, weeks: 2, w1: 2, t1: "10:00", w2: 4, t2: "14:30" });
    expect(sessions.map((s) => [s.date, s.time])).toEqual([
      [dayAfter(monday, 1), "10:00"],
      [dayAfter(monday, 3), "14:30"],
      [dayAfter(monday, 8), "10:00"],
      [dayAfter(monday, 10), "14:30"],
    ]);
  });
});

describe("a calendar event", () => {
  it("carries its description, link and, when cancelled, STATUS:CANCELLED with a later SEQUENCE", () => {
    const start = new Date(Date.now() + 86_400_000);
    const ics = toIcs(
      "Hulpwijzer",
      [
        {
          uid: "visit-7-9@hulpwijzer.example",
          start,
          end: new Date(start.getTime() + 3_600_000),
          summary: "Afgezegd",
          description: "Regel een\nTelefoon: 0348 000 111",
          url: "https://hulpwijzer.example/mijn/aanvragen/7",
          cancelled: true,
        },
      ],
      new Date(),
    ).replace(/\r\n /g, "");
    expect(ics).toContain("\r\nDESCRIPTION:Regel een\\nTelefoon: 0348 000 111\r\n");
    expect(ics).toContain("\r\nURL:https://hulpwijzer.example/mijn/aanvragen/7\r\n");
    expect(ics).toContain("\r\nSTATUS:CANCELLED\r\nSEQUENCE:1\r\n");
  });
});
