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
 * Rows are turned into cells as papaparse yields them: the million field strings of a big matrix die young
 * instead of all living until the end.
 */
export function csvToGrid(text: string, options: CsvOptions = {}): Grid {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const makeCell = textCellMaker();
  const rows: Cell[][] = [];
  const rowLines: number[] = [];
  eachCsvRow(source, options.delimiter ?? sniffDelimiter(source), (fields, line) => {
    // papaparse hands over a fresh array per row: its fields become cells in place
    const row = fields as unknown as (string | Cell)[];
    for (let c = 0; c < row.length; c++) row[c] = makeCell(row[c] as string);
    rows.push(row as Cell[]);
    rowLines.push(line);
  });
  // papaparse yields one empty row for the final newline
  let count = rows.length;
  while (count > 0 && rows[count - 1]!.length <= 1 && (rows[count - 1]![0]?.display ?? '') === '') count--;
  rows.length = count;
  rowLines.length = count;
  return { sheet: options.sheet ?? 'Sheet1', file: options.file, rows, merges: [], rowLines };
}

type RowSink = (fields: string[], line: number) => void;
type Newline = '\n';

/**
 * Every row of the text with the line it starts on, parsed by papaparse. papaparse splits text that holds no
 * quote character with native string splits (several times faster than its quote-aware scan), but only when the
 * whole input is quote-free; in a real matrix only a few rows quote anything (a note with a comma). So the text
 * is cut at row boundaries into quote-free blocks, which take the fast path, and the rows with quotes, which
 * take the careful one. The cuts follow quote parity; a cut papaparse disagrees with (it reports an unclosed
 * quote, as with a stray quote inside an unquoted field) hands the rest of the text to one careful parse.
 */
export function eachCsvRow(source: string, delimiter: string, sink: RowSink): void {
  const newline = plainNewline(source);
  if (!delimiter || !newline) return void carefulCsvRows(source, delimiter, undefined, 1, sink);
  let pos = 0;
  let line = 1;
  while (pos < source.length) {
    const quote = source.indexOf('"', pos);
    if (quote < 0) return void fast(source.slice(pos), delimiter, newline, line, sink);
    // the quote-free lines before the one holding the quote
    const lineEnd = source.lastIndexOf(newline, quote);
    const rowStart = lineEnd >= pos ? lineEnd + newline.length : pos;
    if (rowStart > pos) line = fast(source.slice(pos, rowStart - newline.length), delimiter, newline, line, sink);
    // the row with the quote ends at the first newline outside quotes
    let end = rowStart;
    let open = false;
    for (;;) {
      const nextQuote = source.indexOf('"', end);
      const nextNewline = source.indexOf(newline, end);
      if (!open && (nextNewline < 0 || nextQuote < 0 || nextNewline < nextQuote)) {
        end = nextNewline < 0 ? source.length : nextNewline;
        break;
      }
      if (nextQuote < 0) {
        end = source.length;
        break;
      }
      open = !open;
      end = nextQuote + 1;
    }
    const block = source.slice(rowStart, end);
    const parsed = Papa.parse<string[]>(block, { delimiter, newline, skipEmptyLines: false });
    if (parsed.errors.some((e) => e.type === 'Quotes')) return void carefulCsvRows(source.slice(rowStart), delimiter, newline, line, sink);
    for (const fields of parsed.data) {
      const spans = countOf(fields.join(''), '\n') + 1; // before the sink, which may turn fields into cells
      sink(fields, line);
      line += spans;
    }
    pos = end + newline.length;
    if (end >= source.length) break;
    if (pos >= source.length) sink([''], line);
  }
}

/** Quote-free lines: one row each. Returns the line after the block. */
function fast(block: string, delimiter: string, newline: Newline, line: number, sink: RowSink): number {
  if (block === '') {
    sink([''], line);
    return line + 1;
  }
  Papa.parse<string[]>(block, { delimiter, newline, skipEmptyLines: false, step: (result) => sink(result.data, line++) });
  return line;
}

/** papaparse's quote-aware parse of the whole text, with the line each row starts on (the fallback, and the tests' yardstick). */
export function carefulCsvRows(source: string, delimiter: string, newline: Newline | undefined, firstLine: number, sink: RowSink): void {
  let rowStart = 0;
  let line = firstLine;
  let counted = 0;
  Papa.parse<string[]>(source, {
    delimiter,
    ...(newline ? { newline } : {}),
    skipEmptyLines: false,
    step: (result) => {
      // the line a row starts on: newlines before its first character (quoted fields may hold some)
      for (let i = source.indexOf('\n', counted); i >= 0 && i < rowStart; i = source.indexOf('\n', i + 1)) line++;
      counted = rowStart;
      rowStart = result.meta.cursor;
      sink(result.data, line);
    },
  });
}

/**
 * "\n" when the text has no carriage return. Otherwise undefined, and papaparse guesses the line ending its own
 * way (it ignores quoted text when guessing, which a simpler rule would not match on every input).
 */
function plainNewline(text: string): Newline | undefined {
  return text.indexOf('\r') < 0 ? '\n' : undefined;
}

function countOf(text: string, part: string): number {
  let n = 0;
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length)) n++;
  return n;
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

/**
 * Where a quoted field opens and never closes (a stray quote at the start of a cell): papaparse would read the rest
 * of the file into that one cell, losing every row after it with a single warning. A linear scan by the CSV rules:
 * a quote opens a field only at its start, and "" inside it is a quote.
 */
export function unclosedQuote(text: string, delimiter: string): { line: number; linesAfter: number } | undefined {
  if (text.indexOf('"') < 0) return undefined;
  const n = text.length;
  let line = 1;
  let fieldStart = true;
  for (let i = 0; i < n; ) {
    const ch = text.charCodeAt(i);
    if (fieldStart && ch === 34) {
      const opened = line;
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return { line: opened, linesAfter: countOf(text.slice(i), '\n') };
        line += countOf(text.slice(j, q), '\n');
        if (text.charCodeAt(q + 1) === 34) {
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      fieldStart = false;
      continue;
    }
    i++;
    if (ch === 10) {
      line++;
      fieldStart = true;
    } else if (ch === 13) {
      if (text.charCodeAt(i) !== 10) line++;
      fieldStart = true;
    } else fieldStart = text[i - 1] === delimiter;
  }
  return undefined;
}
