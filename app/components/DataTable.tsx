import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import type { ReactNode } from "react";

/** `label` names the column on a card (small screens) where `header` is not plain text. */
export type Column<T> = { header: ReactNode; cell: (row: T) => ReactNode; label?: string };

/**
 * A table with column headers. On small screens (and at high zoom) each row becomes a card of
 * "label: value" lines, so nothing hides off-screen; the markup stays a table for screen readers, and the
 * card labels are drawn by CSS from data-label with empty alternative text, so they are not read twice.
 */
export function DataTable<T>({
  columns,
  rows,
  rowKey,
  testId,
  label,
}: {
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  testId?: string;
  /**
   * Names the box when the table may scroll sideways: it then becomes a focusable region, so a
   * keyboard can scroll it too (as the dashboard's figure tables).
   */
  label?: string;
}) {
  const Wrap = label ? "section" : "div";
  return (
    <Wrap
      className="hw-table-scroll hw-data-table-wrap"
      data-testid={testId}
      {...(label ? { "aria-label": label, tabIndex: 0 } : {})}
    >
      <Table className="hw-data-table">
        <TableHeader>
          <TableRow>
            {columns.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are static per table
              <TableHeaderCell key={i} scope="col">
                {c.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)}>
              {columns.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are static per table
                <TableCell key={i} data-label={c.label ?? (typeof c.header === "string" ? c.header : undefined)}>
                  {c.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Wrap>
  );
}
