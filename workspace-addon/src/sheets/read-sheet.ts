// Reads one sheet of the open spreadsheet in three data calls (values, display values, merged ranges) into the
// ingestion's grid; the raw arrays can be cached between card actions of a long import.
import { valuesToGrid } from '../../../shared/ingest/grid/values';
import type { Grid } from '../../../shared/ingest/grid/grid';
import type { Sheet } from '../platform/apps-script';

/** A sheet's contents as read, in a form that survives JSON (dates as YYYY-MM-DD). */
export interface SheetData {
  sheet: string;
  values: (string | number | boolean | null)[][];
  display: string[][];
  merges: string[];
}

function plainValue(value: unknown): string | number | boolean | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/** The sheet's data in three data calls (plus getDataRange, which reads nothing). */
export function readSheet(sheet: Sheet, name = sheet.getName()): SheetData {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const display = range.getDisplayValues();
  const merges = range.getMergedRanges().map((m) => m.getA1Notation());
  return { sheet: name, values: values.map((row) => row.map(plainValue)), display, merges };
}

export function sheetGrid(data: SheetData, file?: string): Grid {
  return valuesToGrid(data.values, { sheet: data.sheet, file, displayValues: data.display, merges: data.merges });
}

export function cellCount(data: SheetData): number {
  let n = 0;
  for (const row of data.values) n += row.length;
  return n;
}
