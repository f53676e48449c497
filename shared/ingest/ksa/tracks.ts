// Tracks from the group header rows above the role titles: a track (or department) name spans the role columns
// of its merged range, or, as CSV exports merged cells, the blank cells to its right. A title merged down over the
// group row and the header row ("Intern" in F1:F2) is the role's own title, in no group.
import { isMergedDownTo, mergeOriginOf, textAt, type SheetView } from './sheet';

export interface ColumnGroup {
  text: string;
  /** Where the group's name is written (view coordinates), for diagnostics. */
  row: number;
  col: number;
}

/** For each column of the view, the group a group header row puts it in (undefined where none does). */
export function groupsOfRow(view: SheetView, row: number, headerRow: number): (ColumnGroup | undefined)[] {
  const out: (ColumnGroup | undefined)[] = new Array(view.width);
  let carry: ColumnGroup | undefined;
  for (let c = 0; c < view.width; c++) {
    if (isMergedDownTo(view, row, c, headerRow)) {
      carry = undefined;
      continue;
    }
    const origin = mergeOriginOf(view, row, c);
    if (origin) {
      const text = textAt(view, origin.row, origin.col);
      out[c] = text ? { text, row: origin.row, col: origin.col } : undefined;
      // once a merged range ends, the blanks after it belong to no group: the merge said where it stops
      carry = undefined;
      continue;
    }
    const own = textAt(view, row, c);
    if (own) carry = { text: own, row, col: c };
    out[c] = carry;
  }
  return out;
}
