import { describe, expect, it } from "vitest";
import { toIcs } from "~/domain/ical";

const now = new Date("2026-11-23T10:00:00Z");

describe("toIcs", () => {
  it("writes a calendar with one event per visit, in UTC, with CRLF line ends", () => {
    const ics = toIcs(
      "Hulpwijzer",
      [
        {
          uid: "visit-1@hulpwijzer",
          start: new Date("2026-11-24T08:00:00Z"),
          end: new Date("2026-11-24T11:00:00Z"),
          summary: "Schoonmaakhulp Ans de Vries",
        },
      ],
      now,
    );
    expect(ics.split("\r\n")).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Hulpwijzer//NL",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:Hulpwijzer",
      "BEGIN:VEVENT",
      "UID:visit-1@hulpwijzer",
      "DTSTAMP:20261123T100000Z",
      "DTSTART:20261124T080000Z",
      "DTEND:20261124T110000Z",
      "SUMMARY:Schoonmaakhulp Ans de Vries",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ]);
  });

  it("escapes commas, semicolons and newlines, and folds long lines at 75 octets", () => {
    const ics = toIcs(
      "x",
      [
        {
          uid: "u",
          start: now,
          end: now,
          summary: "Powerful Ageing; training, groep 1\nzaal 2",
          location: `Rijnstraat 42, 3441 BV Woerden — ${"é".repeat(40)}`,
        },
      ],
      now,
    );
    expect(ics).toContain("SUMMARY:Powerful Ageing\\; training\\, groep 1\\nzaal 2");
    const lines = ics.split("\r\n");
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const location = lines.findIndex((l) => l.startsWith("LOCATION:"));
    expect(lines[location + 1]?.startsWith(" ")).toBe(true);
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain(`LOCATION:Rijnstraat 42\\, 3441 BV Woerden — ${"é".repeat(40)}`);
  });

  it("escapes a lone CR and drops other control characters, so a value cannot start a property", () => {
    const ics = toIcs(
      "x",
      [
        {
          uid: "u",
          start: now,
          end: now,
          summary: "Training",
          location: "Zaal 1\rATTENDEE:mailto:x@evil.example\u0000\u001b",
        },
      ],
      now,
    );
    const lines = ics.split("\r\n");
    expect(lines.some((l) => l.startsWith("ATTENDEE"))).toBe(false);
    expect(ics).toContain("LOCATION:Zaal 1\\nATTENDEE:mailto:x@evil.example\r\n");
    expect([...ics.replace(/\r\n/g, "")].filter((c) => /\p{Cc}/u.test(c))).toEqual([]);
  });
});
