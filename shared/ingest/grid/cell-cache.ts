// Shares one immutable Cell per repeated short value, so a million-cell sheet of "1".."5" costs a handful of objects.
import type { Cell } from './grid';

const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const MAX_SHARED = 20_000;
const MAX_SHARED_LENGTH = 24;

/** The empty cell; shared, never mutate a Cell that came out of an adapter. */
export const EMPTY_CELL: Cell = Object.freeze({ value: null, display: '' }) as Cell;

/**
 * Makes cells from text as CSV holds it: numbers become numbers ("3" -> 3, but "007" stays text, as
 * a sheet would keep a zero-padded code), blanks become empty cells.
 */
export function textCellMaker(): (text: string) => Cell {
  const shared = new Map<string, Cell>();
  // one-character fields ("3", "K", "x") are most of a matrix: an array lookup instead of hashing each field
  const single: (Cell | undefined)[] = new Array(128);
  return (text: string) => {
    if (text.length === 1) {
      const code = text.charCodeAt(0);
      if (code < 128) return (single[code] ??= textCell(text));
    }
    if (text === '') return EMPTY_CELL;
    const hit = shared.get(text);
    if (hit !== undefined) return hit;
    const cell = textCell(text);
    if (text.length <= MAX_SHARED_LENGTH && shared.size < MAX_SHARED) shared.set(text, cell);
    return cell;
  };
}

function textCell(text: string): Cell {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null, display: text };
  if (NUMBER_TEXT.test(trimmed) && !/^[+-]?0\d/.test(trimmed)) return { value: Number(trimmed), display: text };
  return { value: text, display: text };
}
