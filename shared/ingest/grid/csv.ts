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
  const delimiter = options.delimiter ?? sniffDelimiter(source);
  const rows: Cell[][] = [];
  const rowLines: number[] = [];
  let rowStart = 0;
  let line = 1;
  let counted = 0;
  Papa.parse<string[]>(source, {
    delimiter,
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

const CANDIDATES = [',', '\t', ';', '|'];

/**
 * The delimiter, when the first lines leave no doubt: the one candidate that splits every sampled line that holds
 * it (at least half of them) into the same number of fields. Otherwise "" lets papaparse guess; knowing it up front spares papaparse
 * parsing a preview once per candidate.
 */
export function sniffDelimiter(text: string, sampleLines = 10): string {
  const counts = CANDIDATES.map(() => [] as number[]);
  const current = CANDIDATES.map(() => 0);
  let quoted = false;
  let lineHasText = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < sampleLines && i < 200_000; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      if (quoted && text[i + 1] === '"') i++;
      else quoted = !quoted;
      lineHasText = true;
    } else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (lineHasText) {
        current.forEach((n, k) => counts[k]!.push(n));
        lines++;
      }
      current.fill(0);
      lineHasText = false;
    } else if (!quoted) {
      const k = CANDIDATES.indexOf(ch);
      if (k >= 0) current[k]!++;
      if (ch !== ' ') lineHasText = true;
    }
  }
  // lines without the delimiter at all (a title, a legend typed in one cell) say nothing either way
  const consistent = CANDIDATES.filter((_, k) => {
    const used = counts[k]!.filter((n) => n > 0);
    return used.length >= 2 && used.length * 2 >= lines && used.every((n) => n === used[0]);
  });
  return consistent.length === 1 ? consistent[0]! : '';
}
