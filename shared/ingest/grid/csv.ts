// Reads CSV or TSV text (a Sheets or Excel export, an HR system's download) into the neutral Grid.
import Papa from 'papaparse';
import type { Cell, Grid } from './grid';
import { textCellMaker } from './cell-cache';

export interface CsvOptions {
  /** Sheet name for diagnostics; CSV has one sheet. */
  sheet?: string;
  file?: string;
  /** "," or "\t"…; detected from the text when absent. */
  delimiter?: string;
}

/** CSV/TSV text -> Grid. Quoted fields, CRLF and a byte-order mark are handled; row r came from line rowLines[r]. */
export function csvToGrid(text: string, options: CsvOptions = {}): Grid {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(source, { delimiter: options.delimiter ?? '', skipEmptyLines: false });
  const data = parsed.data;
  // papaparse yields one empty row for the final newline
  let count = data.length;
  while (count > 0 && data[count - 1]!.length <= 1 && (data[count - 1]![0] ?? '') === '') count--;
  const makeCell = textCellMaker();
  const rows: Cell[][] = new Array(count);
  for (let r = 0; r < count; r++) {
    const fields = data[r]!;
    const row: Cell[] = new Array(fields.length);
    for (let c = 0; c < fields.length; c++) row[c] = makeCell(fields[c]!);
    rows[r] = row;
  }
  return { sheet: options.sheet ?? 'Sheet1', file: options.file, rows, merges: [], rowLines: lineNumbers(source, data, count) };
}

/** Source line of each row: row + 1, unless quoted fields span lines. */
function lineNumbers(text: string, data: string[][], count: number): number[] {
  const lines = new Array<number>(count);
  let newlines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines++;
  if (newlines <= count) {
    for (let r = 0; r < count; r++) lines[r] = r + 1;
    return lines;
  }
  let line = 1;
  for (let r = 0; r < count; r++) {
    lines[r] = line;
    line++;
    for (const field of data[r]!) {
      for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) line++;
    }
  }
  return lines;
}
