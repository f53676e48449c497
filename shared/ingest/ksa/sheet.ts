// A sheet as the KSA reader sees it: the grid (possibly turned so roles are columns), cell text, and where each cell came from.
import type { Diagnostic, Severity } from '../diagnostics';
import { a1, columnLetters, gridWidth, isErrorDisplay, type Cell, type Grid } from '../grid/grid';

export interface SheetView {
  /** The cells to read, roles as columns. */
  grid: Grid;
  /** The grid as given: diagnostics point into it. */
  source: Grid;
  /** True when `grid` is `source` turned a quarter (roles were rows). */
  transposed: boolean;
  /** Row of `source` that view row 0 (or view column 0 when transposed) came from. */
  offset: number;
  width: number;
  /** Merged cells: view (row, col) -> the top-left cell of its merge. */
  mergeTopLeft: Map<number, { row: number; col: number }>;
  /** Rows that have a merged range (group headers exported from Sheets or Excel). */
  mergedRows: Set<number>;
}

const KEY = 1 << 20;

export function viewOf(grid: Grid): SheetView {
  return withMerges({ grid, source: grid, transposed: false, offset: 0, width: gridWidth(grid), mergeTopLeft: new Map(), mergedRows: new Set() });
}

/** Roles were rows: turn rows [from, end) of the sheet into columns. */
export function transposedView(source: Grid, from: number): SheetView {
  const height = source.rows.length - from;
  const width = gridWidth(source);
  const rows: Cell[][] = [];
  for (let c = 0; c < width; c++) {
    const row: Cell[] = new Array(height);
    for (let r = 0; r < height; r++) row[r] = source.rows[from + r]?.[c] ?? EMPTY;
    rows.push(row);
  }
  const merges = source.merges
    .filter((m) => m.endRow >= from)
    .map((m) => ({ startRow: m.startCol, endRow: m.endCol, startCol: Math.max(0, m.startRow - from), endCol: m.endRow - from }));
  const grid: Grid = { sheet: source.sheet, file: source.file, rows, merges };
  return withMerges({ grid, source, transposed: true, offset: from, width: height, mergeTopLeft: new Map(), mergedRows: new Set() });
}

const EMPTY: Cell = { value: null, display: '' };

function withMerges(view: SheetView): SheetView {
  for (const m of view.grid.merges) {
    // a bad merge (from a hand-written values array) must not blow up or flood memory
    if (m.endRow < m.startRow || m.endCol < m.startCol || (m.endRow - m.startRow + 1) * (m.endCol - m.startCol + 1) > 100_000) continue;
    if (m.startRow < 0 || m.startCol < 0) continue;
    for (let r = m.startRow; r <= m.endRow; r++) {
      view.mergedRows.add(r);
      for (let c = m.startCol; c <= m.endCol; c++) {
        if (r !== m.startRow || c !== m.startCol) view.mergeTopLeft.set(r * KEY + c, { row: m.startRow, col: m.startCol });
      }
    }
  }
  return view;
}

export function cellOf(view: SheetView, row: number, col: number): Cell | undefined {
  return view.grid.rows[row]?.[col];
}

/** What a person sees in the cell, trimmed ("" for empty). */
export function textAt(view: SheetView, row: number, col: number): string {
  const cell = view.grid.rows[row]?.[col];
  if (!cell || cell.value === null) return cell?.display.trim() ?? '';
  return (cell.display || String(cell.value)).trim();
}

/** The text of a cell, or of the merged range covering it. */
export function mergedTextAt(view: SheetView, row: number, col: number): string {
  const own = textAt(view, row, col);
  if (own) return own;
  const top = view.mergeTopLeft.get(row * KEY + col);
  return top ? textAt(view, top.row, top.col) : '';
}

/** The top-left cell of the merged range covering (row, col), when it is covered and not that cell itself. */
export function mergeOriginOf(view: SheetView, row: number, col: number): { row: number; col: number } | undefined {
  return view.mergeTopLeft.get(row * KEY + col);
}

/**
 * A header cell's text: its own, or that of a merge typed once over two header rows ("Competency" in A1:A2) when the
 * merge comes down into it in the same column. A cell a merge covers from its left has no header of its own: the
 * merge is a group over several columns.
 */
export function headerTextAt(view: SheetView, row: number, col: number): string {
  const top = view.mergeTopLeft.get(row * KEY + col);
  if (!top) return textAt(view, row, col);
  return top.col === col && top.row < row ? textAt(view, top.row, col) : '';
}

/** Whether (row, col) lies in a merge that runs down in its column to `headerRow`: part of a header cell, not a group above it. */
export function isMergedDownTo(view: SheetView, row: number, col: number, headerRow: number): boolean {
  if (row >= headerRow) return false;
  const top = view.mergeTopLeft.get(headerRow * KEY + col);
  return !!top && top.col === col && top.row <= row;
}

export function isBlankRow(view: SheetView, row: number): boolean {
  const cells = view.grid.rows[row];
  if (!cells) return true;
  for (const cell of cells) if (cell && cell.value !== null && cell.display.trim() !== '') return false;
  return true;
}

export function rowTexts(view: SheetView, row: number): string[] {
  const cells = view.grid.rows[row] ?? [];
  const out: string[] = [];
  for (let c = 0; c < cells.length; c++) {
    const t = textAt(view, row, c);
    if (t) out.push(t);
  }
  return out;
}

export function isErrorCell(cell: Cell | undefined): boolean {
  return !!cell && typeof cell.value !== 'number' && cell.value !== null && isErrorDisplay(cell.display || String(cell.value));
}

/** The A1 address in the sheet as given of view cell (row, col). */
export function addressOf(view: SheetView, row: number, col: number): string {
  return view.transposed ? a1(col + view.offset, row) : a1(row, col);
}

/** Builds the address of view cell (row, col) from parts precomputed per row and per column (the hot loop's A1). */
export function addressParts(view: SheetView, rows: number[], cols: number[]): { rowPart: string[]; colPart: string[]; lettersFirst: 'row' | 'col' } {
  if (!view.transposed) return { rowPart: rows.map((r) => String(r + 1)), colPart: cols.map(columnLetters), lettersFirst: 'col' };
  return { rowPart: rows.map(columnLetters), colPart: cols.map((c) => String(c + view.offset + 1)), lettersFirst: 'row' };
}

export function diagnosticAt(view: SheetView, severity: Severity, message: string, row?: number, col?: number): Diagnostic {
  const d: Diagnostic = { severity, message, sheet: view.source.sheet };
  if (view.source.file) d.file = view.source.file;
  if (row !== undefined && col !== undefined) {
    d.cell = addressOf(view, row, col);
    const sourceRow = view.transposed ? col + view.offset : row;
    const line = view.source.rowLines?.[sourceRow];
    if (line !== undefined) d.line = line;
  }
  return d;
}

/** A header as a plain lowercase phrase: "Competency / Skill:" -> "competency skill". */
export function headerKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9*]+/g, ' ')
    .trim();
}
