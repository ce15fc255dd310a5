// How a spreadsheet reads a CSV line: split on its separator (Dutch Excel ";", others "," or tab),
// quotes honoured as RFC 4180 has them. For tests of formula injection.
/** How a naive spreadsheet splits a line on a separator, honouring RFC 4180 quotes. */
export function split(line: string, separator: string): string[] {
  const cells: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"' && current === "") quoted = true;
    else if (ch === separator) {
      cells.push(current);
      current = "";
    } else current += ch;
  }
  cells.push(current);
  return cells;
}
