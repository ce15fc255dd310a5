import { describe, expect, it } from "vitest";
import { parseCsv } from "~db/csv";

describe("parseCsv", () => {
  it("reads records keyed by the header", () => {
    expect(parseCsv("pc4,place\n3641,Mijdrecht\n3441,Woerden\n")).toEqual([
      { pc4: "3641", place: "Mijdrecht" },
      { pc4: "3441", place: "Woerden" },
    ]);
  });

  it("keeps commas and doubled quotes inside quoted fields, and handles CRLF", () => {
    expect(parseCsv('a,b\r\n"Nuenen, Gerwen en Nederwetten","zeg ""hoi"""\r\n')).toEqual([
      { a: "Nuenen, Gerwen en Nederwetten", b: 'zeg "hoi"' },
    ]);
  });

  it("reads a last line without a newline, and fills missing cells with empty strings", () => {
    expect(parseCsv("a,b,c\n1,2")).toEqual([{ a: "1", b: "2", c: "" }]);
  });

  it("returns no records for an empty text", () => {
    expect(parseCsv("")).toEqual([]);
  });
});
