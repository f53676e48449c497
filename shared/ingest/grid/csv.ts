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

/**
 * CSV/TSV text -> Grid. Quoted fields, CRLF and a byte-order mark are handled; row r came from line rowLines[r].
 * Rows are turned into cells as papaparse yields them (its step mode): the million field strings of a big matrix
 * die young instead of all living until the end, which halves the time the garbage collector takes.
 */
export function csvToGrid(text: string, options: CsvOptions = {}): Grid {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const makeCell = textCellMaker();
  const rows: Cell[][] = [];
  const rowLines: number[] = [];
  let rowStart = 0;
  let line = 1;
  let counted = 0;
  Papa.parse<string[]>(source, {
    delimiter: options.delimiter ?? '',
    skipEmptyLines: false,
    step: (result) => {
      // the line a row starts on: newlines before its first character (quoted fields may hold some)
      for (let i = source.indexOf('\n', counted); i >= 0 && i < rowStart; i = source.indexOf('\n', i + 1)) line++;
      counted = rowStart;
      rowLines.push(line);
      rowStart = result.meta.cursor;
      // papaparse hands over a fresh array per row: its fields become cells in place
      const row = result.data as unknown as (string | Cell)[];
      for (let c = 0; c < row.length; c++) row[c] = makeCell(row[c] as string);
      rows.push(row as Cell[]);
    },
  });
  // papaparse yields one empty row for the final newline
  let count = rows.length;
  while (count > 0 && rows[count - 1]!.length <= 1 && (rows[count - 1]![0]?.display ?? '') === '') count--;
  rows.length = count;
  rowLines.length = count;
  return { sheet: options.sheet ?? 'Sheet1', file: options.file, rows, merges: [], rowLines };
}
