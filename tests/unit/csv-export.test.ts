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
  it.each(ATTACKS)("%j never starts a formula cell under ; , or tab, in either flavour", (value) => {
    for (const flavour of ["rfc4180", "excel"] as const) {
      const line = toCsv(["naam", "aantal"], [[value, 1]], flavour).split("\r\n")[1] ?? "";
      for (const separator of [";", ",", "\t"]) {
        for (const cell of split(line, separator)) expect(cell).not.toMatch(/^[=+\-@\uff1d\uff0b\uff0d\uff20]/);
      }
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

describe("the two CSV flavours", () => {
  const header = ["Aanbieder", "Cliënten", "Aandeel (%)", "Mediaan (dagen)"];
  const rows = [
    ["Thuiszorg Groene Hart", 29, 96, 160.6],
    ["Schoonmaakhulp Ans de Vries", 0, null, -2.5],
  ];

  it("RFC 4180: commas, decimal points, no BOM, numbers as plain numbers", () => {
    const csv = toCsv(header, rows);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv).toBe(
      "Aanbieder,Cliënten,Aandeel (%),Mediaan (dagen)\r\nThuiszorg Groene Hart,29,96,160.6\r\nSchoonmaakhulp Ans de Vries,0,,-2.5\r\n",
    );
  });

  it("Dutch Excel: a UTF-8 BOM, semicolons, decimal commas, no '%' or '–' as text", () => {
    const csv = toCsv(header, rows, "excel");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1)).toBe(
      "Aanbieder;Cliënten;Aandeel (%);Mediaan (dagen)\r\nThuiszorg Groene Hart;29;96;160,6\r\nSchoonmaakhulp Ans de Vries;0;;-2,5\r\n",
    );
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it("both are made from the same cells", () => {
    const rfc = toCsv(header, rows)
      .split("\r\n")
      .map((l) => split(l, ","));
    const excel = toCsv(header, rows, "excel")
      .slice(1)
      .split("\r\n")
      .map((l) => split(l, ";").map((c) => (/^-?\d+,\d+$/.test(c) ? c.replace(",", ".") : c)));
    expect(excel).toEqual(rfc);
  });
});
