// CSV for spreadsheets: RFC 4180 quoting and CRLF line ends, safe against formula injection.
// Dutch Excel splits a .csv on semicolons, others on commas or tabs, so a cell is quoted whenever
// it holds any of those (or a quote, a line break, a pipe): quoted, it stays one cell under every
// separator and no part of it can start a new, formula-bearing cell. A cell that itself starts
// like a formula (=, +, -, @, tab, CR, or their full-width forms) gets an apostrophe in front, so
// the spreadsheet shows it as text. Plain numbers, also negative ones, stay numbers.
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
const NUMBER = /^-?\d+([.,]\d+)?$/;
const NEEDS_QUOTES = /[",;\t\r\n|]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
