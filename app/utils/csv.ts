// CSV for spreadsheets, in two flavours made from the same cells (ADR 022):
// - RFC 4180: comma-separated, a dot as decimal separator, UTF-8 without BOM, for tools and
//   scripts;
// - Dutch Excel: semicolon-separated, a decimal comma, UTF-8 with a BOM (without it Excel reads
//   the file as Windows-1252 and shows "CliÃ«nten"), so Dutch Excel opens it in columns.
// A cell is text, a number, or empty (null). Numbers are written as plain numbers (no "%", no
// thousands separator), so the spreadsheet can add them up; the column header names the unit.
// Safe against formula injection under any separator: a text cell is quoted whenever it holds a
// comma, semicolon, tab, CR, LF, quote or pipe, so no part of it can start a new, formula-bearing
// cell; a text cell that itself starts like a formula (=, +, -, @, tab, CR, or their full-width
// forms) gets an apostrophe in front, so the spreadsheet shows it as text.
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
const NUMBER = /^-?\d+([.,]\d+)?$/;
const NEEDS_QUOTES = /[",;\t\r\n|]/;

export type CsvCell = string | number | null;
export type CsvFlavour = "rfc4180" | "excel";

const BOM = "\uFEFF";

/** One text cell, guarded and quoted where needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cellText(cell: CsvCell, flavour: CsvFlavour): string {
  if (cell === null) return "";
  if (typeof cell === "number") {
    // A number is never a formula; only its decimal separator differs between the flavours.
    const plain = Number.isFinite(cell) ? String(cell) : "";
    return flavour === "excel" ? plain.replace(".", ",") : plain;
  }
  return csvCell(cell);
}

/** The cells as CSV of one flavour: CRLF line ends; the Excel flavour starts with a BOM. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  flavour: CsvFlavour = "rfc4180",
): string {
  const separator = flavour === "excel" ? ";" : ",";
  const body = [header, ...rows].map((row) => row.map((c) => cellText(c, flavour)).join(separator)).join("\r\n");
  return `${flavour === "excel" ? BOM : ""}${body}\r\n`;
}

/** The flavour a download asks for: `?formaat=excel` for Dutch Excel, else RFC 4180. */
export function csvFlavourOf(url: URL): CsvFlavour {
  return url.searchParams.get("formaat") === "excel" ? "excel" : "rfc4180";
}

/** A CSV download's response; the Excel flavour's file name says so. */
export function csvResponse(csv: string, baseName: string, flavour: CsvFlavour): Response {
  const name = flavour === "excel" ? `${baseName}-excel.csv` : `${baseName}.csv`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}
