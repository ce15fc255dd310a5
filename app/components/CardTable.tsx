import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import type { ReactNode } from "react";

export type CardColumn<T> = { header: string; cell: (row: T) => ReactNode };

/**
 * A table on wide screens; on a phone each row becomes a card with each cell under its column's
 * name (data-label), so nothing scrolls sideways and no column is cut off (WCAG 1.4.10).
 */
export function CardTable<T>({
  columns,
  rows,
  rowKey,
  testId,
}: {
  columns: readonly CardColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  testId?: string;
}) {
  return (
    <div className="hw-card-table" data-testid={testId}>
      <Table>
        <TableHeader>
          <TableRow>
            {columns.map((c) => (
              <TableHeaderCell key={c.header} scope="col">
                {c.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)}>
              {columns.map((c) => (
                <TableCell key={c.header} data-label={c.header}>
                  {c.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
