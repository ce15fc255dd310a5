// The exports open in Dutch Excel (which splits on ";"), in others (","), and in tab-separated
// viewers: no cell may become a formula under any of them.
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "~/utils/csv";
import { split } from "../support/spreadsheet";

const ATTACKS = [
  '=HYPERLINK("https://evil.example")',
  'Thuiszorg;=HYPERLINK("https://evil.example";"klik")',
  "Thuiszorg;=1+1",
  "Thuiszorg;@SUM(A1)",
  "Thuiszorg,=1+1",
  "Thuiszorg\t=1+1",
  "Thuiszorg|=cmd|' /C calc'!A0",
  "Thuiszorg\r=1+1",
  "Thuiszorg\n@SUM(1)",
  "+31 6 1234",
  "-2+3",
  "@SUM(A1)",
  "\t=1",
  "\r=1",
  "＝1+1",
];

describe("CSV export cells", () => {
  it.each(ATTACKS)("%j never starts a formula cell under ; , or tab", (value) => {
    const line = toCsv(["naam", "aantal"], [[value, "1"]]).split("\r\n")[1] ?? "";
    for (const separator of [";", ",", "\t"]) {
      for (const cell of split(line, separator)) expect(cell).not.toMatch(/^[=+\-@\uff1d\uff0b\uff0d\uff20]/);
    }
  });

  it("keeps plain text and numbers as they are", () => {
    expect(csvCell("Schoonmaakhulp Ans de Vries")).toBe("Schoonmaakhulp Ans de Vries");
    expect(csvCell("-12")).toBe("-12");
    expect(csvCell("3.5")).toBe("3.5");
    expect(csvCell('zeg "hoi"')).toBe('"zeg ""hoi"""');
  });

  it("keeps the text readable: only an apostrophe in front of a formula start", () => {
    expect(split(csvCell("=1+1"), ",")).toEqual(["'=1+1"]);
    expect(split(csvCell("a;=1"), ";")).toEqual(["a;=1"]);
  });
});
