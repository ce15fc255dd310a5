// Dutch working days (Algemene termijnenwet art. 3) on hand-checked calendar dates.
import { describe, expect, it } from "vitest";
import { addWorkingDays, easterSunday, holidays, isWorkingDay, workingDaysBetween } from "~/domain/workdays";

describe("easterSunday", () => {
  it.each([
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2000, "2000-04-23"],
    [2008, "2008-03-23"],
    [2011, "2011-04-24"],
  ])("is correct for %i", (year, day) => {
    expect(easterSunday(year)).toBe(day);
  });

  it("handles the extremes of the Gregorian range (22 March and 25 April)", () => {
    expect(easterSunday(1818)).toBe("1818-03-22");
    expect(easterSunday(2285)).toBe("2285-03-22");
    expect(easterSunday(1943)).toBe("1943-04-25");
  });

  it("always falls on a Sunday between 22 March and 25 April", () => {
    for (let year = 1900; year <= 2100; year++) {
      const day = easterSunday(year);
      expect(day.slice(0, 4)).toBe(String(year));
      expect(new Date(`${day}T00:00:00Z`).getUTCDay()).toBe(0);
      expect(day.slice(5) >= "03-22" && day.slice(5) <= "04-25").toBe(true);
    }
  });
});

describe("holidays", () => {
  it("lists exactly the eight holidays of art. 3 for 2026", () => {
    expect([...holidays(2026)].sort()).toEqual([
      "2026-01-01", // New Year's Day
      "2026-04-06", // Easter Monday (Easter 5 April)
      "2026-04-27", // King's Day (a Monday)
      "2026-05-05", // Liberation Day
      "2026-05-14", // Ascension Day (Easter + 39)
      "2026-05-25", // Whit Monday (Easter + 50)
      "2026-12-25",
      "2026-12-26",
    ]);
  });

  it("moves King's Day to 26 April when 27 April is a Sunday", () => {
    const h2025 = holidays(2025);
    expect(h2025.has("2025-04-26")).toBe(true);
    expect(h2025.has("2025-04-27")).toBe(false);
    expect(holidays(2014).has("2014-04-26")).toBe(true);
    expect(holidays(2031).has("2031-04-26")).toBe(true);
    expect(holidays(2031).has("2031-04-27")).toBe(false);
  });

  it("keeps King's Day on 27 April when it is a Saturday", () => {
    expect(holidays(2024).has("2024-04-27")).toBe(true);
    expect(holidays(2024).has("2024-04-26")).toBe(false);
  });

  it("derives the movable feasts from Easter in 2025", () => {
    expect([...holidays(2025)].sort()).toEqual([
      "2025-01-01",
      "2025-04-21",
      "2025-04-26",
      "2025-05-05",
      "2025-05-29",
      "2025-06-09",
      "2025-12-25",
      "2025-12-26",
    ]);
  });

  it("derives the movable feasts when Easter is in March (2024, 2027)", () => {
    expect([...holidays(2024)].sort()).toEqual([
      "2024-01-01",
      "2024-04-01",
      "2024-04-27",
      "2024-05-05",
      "2024-05-09",
      "2024-05-20",
      "2024-12-25",
      "2024-12-26",
    ]);
    const h2027 = holidays(2027);
    expect(h2027.has("2027-03-29")).toBe(true); // Easter Monday
    expect(h2027.has("2027-05-06")).toBe(true); // Ascension Day
    expect(h2027.has("2027-05-17")).toBe(true); // Whit Monday
  });

  it("does not count Good Friday, Easter Sunday, Whit Sunday or Christmas Eve", () => {
    const h = holidays(2026);
    expect(h.has("2026-04-03")).toBe(false);
    expect(h.has("2026-04-05")).toBe(false);
    expect(h.has("2026-05-24")).toBe(false);
    expect(h.has("2026-12-24")).toBe(false);
    expect(h.has("2026-12-31")).toBe(false);
  });

  it("returns the same answer on a repeated call", () => {
    expect([...holidays(2026)].sort()).toEqual([...holidays(2026)].sort());
    expect(holidays(2026).size).toBe(8);
  });
});

describe("isWorkingDay", () => {
  it("is true on an ordinary weekday", () => {
    expect(isWorkingDay("2026-11-23")).toBe(true); // Monday
    expect(isWorkingDay("2026-11-27")).toBe(true); // Friday
    expect(isWorkingDay("2026-04-03")).toBe(true); // Good Friday is not a holiday in the law
    expect(isWorkingDay("2026-12-24")).toBe(true); // Christmas Eve
  });

  it("is false on Saturday and Sunday", () => {
    expect(isWorkingDay("2026-11-21")).toBe(false);
    expect(isWorkingDay("2026-11-22")).toBe(false);
  });

  it("is false on a holiday that falls on a weekday", () => {
    expect(isWorkingDay("2026-01-01")).toBe(false);
    expect(isWorkingDay("2026-04-06")).toBe(false);
    expect(isWorkingDay("2026-04-27")).toBe(false);
    expect(isWorkingDay("2026-05-05")).toBe(false);
    expect(isWorkingDay("2026-05-14")).toBe(false);
    expect(isWorkingDay("2026-05-25")).toBe(false);
    expect(isWorkingDay("2026-12-25")).toBe(false);
    expect(isWorkingDay("2027-12-27")).toBe(true); // 26 Dec 2027 is a Sunday: no replacement day
  });
});

describe("addWorkingDays", () => {
  it("gives the day itself for 0, even on a weekend", () => {
    expect(addWorkingDays("2026-11-23", 0)).toBe("2026-11-23");
    expect(addWorkingDays("2026-11-21", 0)).toBe("2026-11-21");
  });

  it("counts forward within a week and over a weekend", () => {
    expect(addWorkingDays("2026-11-23", 1)).toBe("2026-11-24");
    expect(addWorkingDays("2026-11-20", 1)).toBe("2026-11-23"); // Friday → Monday
    expect(addWorkingDays("2026-11-23", 5)).toBe("2026-11-30");
    expect(addWorkingDays("2026-11-21", 1)).toBe("2026-11-23"); // from a Saturday
  });

  it("counts backward over a weekend", () => {
    expect(addWorkingDays("2026-11-23", -1)).toBe("2026-11-20"); // Monday → Friday
    expect(addWorkingDays("2026-11-23", -5)).toBe("2026-11-16");
    expect(addWorkingDays("2026-11-22", -1)).toBe("2026-11-20"); // from a Sunday
  });

  it("skips Christmas and the weekend after it", () => {
    expect(addWorkingDays("2026-12-24", 1)).toBe("2026-12-28"); // Thu → Mon
    expect(addWorkingDays("2026-12-28", -1)).toBe("2026-12-24");
  });

  it("skips New Year's Day across the year boundary", () => {
    expect(addWorkingDays("2026-12-31", 1)).toBe("2027-01-04"); // 1 Jan 2027 is a Friday
    expect(addWorkingDays("2027-01-04", -1)).toBe("2026-12-31");
  });

  it("skips Easter Monday and Ascension Day", () => {
    expect(addWorkingDays("2026-04-03", 1)).toBe("2026-04-07");
    expect(addWorkingDays("2026-05-13", 1)).toBe("2026-05-15");
    expect(addWorkingDays("2026-04-07", -1)).toBe("2026-04-03");
  });

  it("always lands on a working day when n ≠ 0", () => {
    for (let n = -30; n <= 30; n++) {
      if (n === 0) continue;
      expect(isWorkingDay(addWorkingDays("2026-12-20", n))).toBe(true);
    }
  });
});

describe("workingDaysBetween", () => {
  it("excludes the first day and includes the last", () => {
    expect(workingDaysBetween("2026-11-23", "2026-11-24")).toBe(1);
    expect(workingDaysBetween("2026-11-23", "2026-11-30")).toBe(5);
    expect(workingDaysBetween("2026-11-20", "2026-11-23")).toBe(1); // Fri → Mon
    expect(workingDaysBetween("2026-11-20", "2026-11-22")).toBe(0); // only the weekend
  });

  it("is 0 when to is on or before from", () => {
    expect(workingDaysBetween("2026-11-23", "2026-11-23")).toBe(0);
    expect(workingDaysBetween("2026-11-24", "2026-11-23")).toBe(0);
    expect(workingDaysBetween("2026-12-31", "2026-01-01")).toBe(0);
  });

  it("leaves out holidays", () => {
    expect(workingDaysBetween("2026-12-24", "2026-12-28")).toBe(1);
    expect(workingDaysBetween("2026-12-23", "2027-01-04")).toBe(6); // 24, 28, 29, 30, 31 Dec and 4 Jan
  });

  it("counts 254 working days in 2026 (261 weekdays, 7 weekday holidays)", () => {
    expect(workingDaysBetween("2025-12-31", "2026-12-31")).toBe(254);
  });

  it("is the inverse of addWorkingDays from a working day", () => {
    for (const n of [1, 2, 3, 10, 25, 60]) {
      expect(workingDaysBetween("2026-11-23", addWorkingDays("2026-11-23", n))).toBe(n);
      expect(workingDaysBetween(addWorkingDays("2026-11-23", -n), "2026-11-23")).toBe(n);
    }
  });
});
