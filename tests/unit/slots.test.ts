import { describe, expect, it } from "vitest";
import { deriveSlots } from "~/domain/slots";
import { fromAmsterdam, isoWeekday, isValidDay, isValidTime } from "~/domain/time";

const tuesdayMorning = { weekday: 2, startTime: "09:00", endTime: "12:00", visitMinutes: 180 };
const iso = (d: Date) => d.toISOString();

describe("fromAmsterdam", () => {
  it("converts winter and summer wall time to UTC", () => {
    expect(iso(fromAmsterdam("2026-01-13", "09:00") as Date)).toBe("2026-01-13T08:00:00.000Z");
    expect(iso(fromAmsterdam("2026-07-14", "09:00") as Date)).toBe("2026-07-14T07:00:00.000Z");
  });

  it("has no instant for the skipped hour when summer time starts (29 March 2026)", () => {
    expect(fromAmsterdam("2026-03-29", "02:30")).toBeNull();
    expect(iso(fromAmsterdam("2026-03-29", "03:00") as Date)).toBe("2026-03-29T01:00:00.000Z");
    expect(iso(fromAmsterdam("2026-03-29", "01:59") as Date)).toBe("2026-03-29T00:59:00.000Z");
  });

  it("takes the first (summer-time) occurrence of the repeated hour when summer time ends (25 October 2026)", () => {
    expect(iso(fromAmsterdam("2026-10-25", "02:30") as Date)).toBe("2026-10-25T00:30:00.000Z");
    expect(iso(fromAmsterdam("2026-10-25", "03:00") as Date)).toBe("2026-10-25T02:00:00.000Z");
  });
});

describe("deriveSlots", () => {
  it("gives one visit per Tuesday for 8 weeks from a 3-hour window of 3-hour visits", () => {
    const slots = deriveSlots([tuesdayMorning], [], "2026-01-05");
    expect(slots).toHaveLength(8);
    expect(slots.map((s) => s.day)).toEqual([
      "2026-01-06",
      "2026-01-13",
      "2026-01-20",
      "2026-01-27",
      "2026-02-03",
      "2026-02-10",
      "2026-02-17",
      "2026-02-24",
    ]);
    for (const s of slots) {
      expect(s.time).toBe("09:00");
      expect(s.endsAt.getTime() - s.startsAt.getTime()).toBe(180 * 60_000);
    }
  });

  it("fits only whole visits back to back inside the window", () => {
    const ninety = deriveSlots([{ ...tuesdayMorning, visitMinutes: 90 }], [], "2026-01-05", 1);
    expect(ninety.map((s) => s.time)).toEqual(["09:00", "10:30"]);
    const twoHours = deriveSlots([{ ...tuesdayMorning, visitMinutes: 120 }], [], "2026-01-05", 1);
    expect(twoHours.map((s) => s.time)).toEqual(["09:00"]);
    const tooLong = deriveSlots([{ ...tuesdayMorning, visitMinutes: 240 }], [], "2026-01-05", 1);
    expect(tooLong).toEqual([]);
  });

  it("starts on the given day and leaves out days off (inclusive ranges)", () => {
    const slots = deriveSlots(
      [tuesdayMorning, { weekday: 4, startTime: "13:00", endTime: "15:00", visitMinutes: 120 }],
      [
        { fromDate: "2026-01-13", toDate: "2026-01-13" }, // one sick day
        { fromDate: "2026-01-20", toDate: "2026-01-29" }, // a holiday
      ],
      "2026-01-07", // a Wednesday: the first Tuesday is the 13th
      4,
    );
    expect(slots.map((s) => `${s.day} ${s.time}`)).toEqual([
      "2026-01-08 13:00",
      "2026-01-15 13:00",
      "2026-02-03 09:00",
    ]);
  });

  it("keeps the same wall time across the spring DST change, so UTC moves by an hour", () => {
    const slots = deriveSlots([tuesdayMorning], [], "2026-03-23", 2);
    expect(slots.map((s) => iso(s.startsAt))).toEqual(["2026-03-24T08:00:00.000Z", "2026-03-31T07:00:00.000Z"]);
  });

  it("keeps the same wall time across the autumn DST change", () => {
    const slots = deriveSlots([tuesdayMorning], [], "2026-10-19", 2);
    expect(slots.map((s) => iso(s.startsAt))).toEqual(["2026-10-20T07:00:00.000Z", "2026-10-27T08:00:00.000Z"]);
  });

  it("skips a visit that would start in the hour that does not exist, and keeps real durations", () => {
    const sundayNight = { weekday: 7, startTime: "01:00", endTime: "04:00", visitMinutes: 60 };
    const spring = deriveSlots([sundayNight], [], "2026-03-29", 1);
    expect(spring.map((s) => s.time)).toEqual(["01:00", "03:00"]);
    const autumn = deriveSlots([sundayNight], [], "2026-10-25", 1);
    expect(autumn.map((s) => s.time)).toEqual(["01:00", "02:00", "03:00"]);
    // 02:00 summer time + 60 minutes is 02:00 winter time: still one hour of work.
    const twoOClock = autumn[1];
    expect(twoOClock && iso(twoOClock.startsAt)).toBe("2026-10-25T00:00:00.000Z");
    expect(twoOClock && iso(twoOClock.endsAt)).toBe("2026-10-25T01:00:00.000Z");
  });

  it("sorts slots of several windows by start", () => {
    const slots = deriveSlots(
      [
        { weekday: 2, startTime: "13:00", endTime: "14:00", visitMinutes: 60 },
        { weekday: 2, startTime: "09:00", endTime: "10:00", visitMinutes: 60 },
      ],
      [],
      "2026-01-05",
      1,
    );
    expect(slots.map((s) => s.time)).toEqual(["09:00", "13:00"]);
  });
});

describe("deriveSlots never double-books the cleaner", () => {
  const overlaps = (slots: { startsAt: Date; endsAt: Date }[]) =>
    slots.some((a, i) => slots.slice(i + 1).some((b) => a.startsAt < b.endsAt && b.startsAt < a.endsAt));

  it("drops visits of overlapping windows on the same day", () => {
    const slots = deriveSlots(
      [
        { weekday: 2, startTime: "09:00", endTime: "12:00", visitMinutes: 180 },
        { weekday: 2, startTime: "10:00", endTime: "13:00", visitMinutes: 60 },
      ],
      [],
      "2026-01-05",
      1,
    );
    expect(slots.map((s) => s.time)).toEqual(["09:00", "12:00"]);
    expect(overlaps(slots)).toBe(false);
  });

  it("does not overlap across the spring clock change, where wall-clock steps are shorter than real time", () => {
    const night = { weekday: 7, startTime: "01:30", endTime: "04:00", visitMinutes: 45 };
    const slots = deriveSlots([night], [], "2026-03-29", 1);
    expect(overlaps(slots)).toBe(false);
    // 01:30 winter time + 45 real minutes is 03:15 summer time, so a 03:00 visit would overlap.
    expect(slots.map((s) => s.time)).toEqual(["01:30"]);
  });
});

describe("calendar helpers", () => {
  it("validate days and times strictly", () => {
    expect(isValidDay("2026-02-28")).toBe(true);
    expect(isValidDay("2026-02-29")).toBe(false);
    expect(isValidDay("2026-2-1")).toBe(false);
    expect(isValidTime("09:30")).toBe(true);
    expect(isValidTime("24:00")).toBe(false);
    expect(isValidTime("9:30")).toBe(false);
  });

  it("number weekdays the ISO way", () => {
    expect(isoWeekday("2026-11-23")).toBe(1); // a Monday
    expect(isoWeekday("2026-11-29")).toBe(7); // a Sunday
  });
});
