// The neutral spreadsheet shape every grid adapter (CSV, XLSX, Apps Script values) produces.

export type CellValue = string | number | boolean | null;

export interface Cell {
  /** The typed value (number for numbers, null for empty). */
  value: CellValue;
  /** What a person sees in the sheet ("3", "#REF!", "Expert"). */
  display: string;
}

/** A merged range, 0-based and inclusive. */
export interface MergedRange {
  startRow: number;
  startCol: number;
  endRow: number;
  endCol: number;
}

export interface Grid {
  /** Sheet name ("Sheet1" for CSV files, the tab's name otherwise). */
  sheet: string;
  /** File or spreadsheet name, for diagnostics. */
  file?: string;
  /** rows[r][c]; rows may be ragged. */
  rows: Cell[][];
  merges: MergedRange[];
  /** 1-based source line of each row (CSV/TSV text), so diagnostics can also say "line 12". */
  rowLines?: number[];
}

/** 0-based column index to letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 0-based (row, col) to an A1 address. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "C12" -> { row: 11, col: 2 }. */
export function parseA1(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/i.exec(address.trim());
  if (!m) throw new Error(`not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function cellAt(grid: Grid, row: number, col: number): Cell | undefined {
  return grid.rows[row]?.[col];
}

/** A cell from a raw value, as Apps Script's getValues or a CSV field gives it. */
export function toCell(value: unknown, display?: string): Cell {
  if (value === null || value === undefined || value === '') return { value: null, display: display ?? '' };
  if (typeof value === 'number' || typeof value === 'boolean') return { value, display: display ?? String(value) };
  if (value instanceof Date) return { value: value.toISOString().slice(0, 10), display: display ?? value.toISOString().slice(0, 10) };
  const text = String(value);
  return { value: text, display: display ?? text };
}

/** "B1:D1", "Engineering!B1:D1" or a single "C3" -> a 0-based merged range. */
export function parseRange(text: string): MergedRange {
  const bare = text.includes('!') ? text.slice(text.lastIndexOf('!') + 1) : text;
  const [from, to = from] = bare.replace(/\$/g, '').split(':');
  const start = parseA1(from!);
  const end = parseA1(to!);
  return {
    startRow: Math.min(start.row, end.row),
    startCol: Math.min(start.col, end.col),
    endRow: Math.max(start.row, end.row),
    endCol: Math.max(start.col, end.col),
  };
}

/** Spreadsheet error values, as a sheet displays them. */
const ERROR_VALUES = new Set(['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!', '#SPILL!', '#CALC!', '#ERROR!', '#GETTING_DATA', '#FIELD!', '#BLOCKED!', '#UNKNOWN!', '#CONNECT!', '#BUSY!']);

/** Whether a displayed value is a spreadsheet error such as "#REF!" or "#N/A". */
export function isErrorDisplay(text: string): boolean {
  return text.length > 1 && text.charCodeAt(0) === 35 /* # */ && ERROR_VALUES.has(text.trim().toUpperCase());
}

/** The number of columns of the widest row. */
export function gridWidth(grid: Grid): number {
  let width = 0;
  for (const row of grid.rows) if (row.length > width) width = row.length;
  return width;
}
