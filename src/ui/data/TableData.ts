/**
 * A table as both text and raw values: the page shows the text (formatted for the language),
 * the CSV export writes the raw numbers. Every chart carries one as its text alternative.
 */
import type { Cell } from '../../share/csv.js';

export interface TableCell {
  raw: Cell;
  text: string;
}

export interface TableData {
  caption: string;
  headers: string[];
  /** Right-aligned numeric columns. */
  numeric: boolean[];
  rows: TableCell[][];
}

export interface Column<R> {
  header: string;
  raw: (row: R) => Cell;
  text: (row: R) => string;
  numeric?: boolean;
}

export function makeTable<R>(caption: string, columns: ReadonlyArray<Column<R>>, rows: readonly R[]): TableData {
  return {
    caption,
    headers: columns.map((c) => c.header),
    numeric: columns.map((c) => c.numeric ?? false),
    rows: rows.map((r) => columns.map((c) => ({ raw: c.raw(r), text: c.text(r) }))),
  };
}
