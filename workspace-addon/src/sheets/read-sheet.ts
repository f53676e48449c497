// Reads one sheet of the open spreadsheet in three data calls (values, display values, merged ranges) into the
// ingestion's grid. What is kept between card actions of a long import is compact: the values, and the shown
// text only of the cells where it differs from the value written out (a date, a formatted number).
import { valuesToGrid } from '../../../shared/ingest/grid/values';
import type { Grid } from '../../../shared/ingest/grid/grid';
import type { Sheet } from '../platform/apps-script';

export type CellValue = string | number | boolean | null;

/** A sheet's contents as read, in a form that survives JSON (dates as YYYY-MM-DD). */
export interface SheetData {
  sheet: string;
  values: CellValue[][];
  /** [row, column, shown text] of each cell whose shown text is not its value as text. */
  shown: [number, number, string][];
  merges: string[];
}

function plainValue(value: unknown): CellValue {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/** How Sheets shows a value that has no number format of its own. */
function asText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Values and display values (as the Range methods return them) -> the compact form. */
export function sheetData(sheet: string, values: unknown[][], display: string[][], merges: string[]): SheetData {
  const shown: [number, number, string][] = [];
  const plain = values.map((row, r) =>
    row.map((raw, c) => {
      const value = plainValue(raw);
      const text = display[r]?.[c] ?? '';
      if (text !== asText(value)) shown.push([r, c, text]);
      return value;
    }),
  );
  return { sheet, values: plain, shown, merges };
}

/** The sheet's data in three data calls (plus getDataRange, which reads nothing). */
export function readSheet(sheet: Sheet, name = sheet.getName()): SheetData {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const display = range.getDisplayValues();
  const merges = range.getMergedRanges().map((m) => m.getA1Notation());
  return sheetData(name, values, display, merges);
}

export function sheetGrid(data: SheetData, file?: string): Grid {
  const display = data.values.map((row) => row.map(asText));
  for (const [r, c, text] of data.shown) display[r]![c] = text;
  return valuesToGrid(data.values, { sheet: data.sheet, file, displayValues: display, merges: data.merges });
}

export function cellCount(data: SheetData): number {
  let n = 0;
  for (const row of data.values) n += row.length;
  return n;
}
