// Reads a 2-D array of values (what Apps Script's Range.getValues returns) into the neutral Grid.
import { EMPTY_CELL } from './cell-cache';
import { parseRange, toCell, type Cell, type Grid, type MergedRange } from './grid';

/** A merged range as A1 text ("B1:D1") or as Apps Script's Range numbers (1-based row and column). */
export type MergeSpec = string | { row: number; col?: number; column?: number; numRows: number; numColumns: number };

export interface ValuesOptions {
  sheet?: string;
  file?: string;
  /** Range.getDisplayValues(): what a person sees ("3", "#REF!", "12/03/2024"). */
  displayValues?: (string | null | undefined)[][];
  /** Range.getMergedRanges(), as A1 strings or row/column numbers. */
  merges?: MergeSpec[];
}

/** values[r][c] -> Grid; Dates become ISO dates, "" and null become empty cells. */
export function valuesToGrid(values: readonly (readonly unknown[])[], options: ValuesOptions = {}): Grid {
  const display = options.displayValues;
  const shared = new Map<unknown, Cell>();
  const rows: Cell[][] = new Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const source = values[r] ?? [];
    const shown = display?.[r];
    const row: Cell[] = new Array(source.length);
    for (let c = 0; c < source.length; c++) {
      const value = source[c];
      const text = shown?.[c];
      if (text !== undefined && text !== null && !(text === '' && (value === null || value === undefined || value === '')) && !(typeof value === 'number' && String(value) === text)) {
        // the sheet shows something the value alone does not say ("#REF!", "12/03/2024", "3.0"): keep both
        row[c] = toCell(value, String(text));
      } else if (value === null || value === undefined || value === '') {
        row[c] = EMPTY_CELL;
      } else if (typeof value === 'number' || (typeof value === 'string' && value.length <= 24)) {
        let cell = shared.get(value);
        if (cell === undefined) shared.set(value, (cell = toCell(value)));
        row[c] = cell;
      } else {
        row[c] = toCell(value);
      }
    }
    rows[r] = row;
  }
  return { sheet: options.sheet ?? 'Sheet1', file: options.file, rows, merges: (options.merges ?? []).map(toMergedRange) };
}

function toMergedRange(spec: MergeSpec): MergedRange {
  if (typeof spec === 'string') return parseRange(spec);
  const col = spec.col ?? spec.column ?? 1;
  return { startRow: spec.row - 1, startCol: col - 1, endRow: spec.row - 1 + spec.numRows - 1, endCol: col - 1 + spec.numColumns - 1 };
}
