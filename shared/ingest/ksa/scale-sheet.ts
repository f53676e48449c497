// A tab of its own for the scale ("Scale": Level | Name | Description, one row per level), as many workbooks keep
// it: its levels become the legend of every matrix sheet that has none.
import { isErrorDisplay } from '../grid/grid';
import type { Legend, LegendLevel } from './legend';
import { headerKey, isBlankRow, textAt, type SheetView } from './sheet';
import { NARROW_TABLE_COLUMNS, columnPurpose } from './vocabulary';

/** The legend a scale sheet defines, or undefined when the sheet is something else. */
export function readScaleSheet(view: SheetView): Legend | undefined {
  const named = /\b(scale|scales|legend|levels|key|rating|ratings|proficiency)\b/.test(headerKey(view.source.sheet));
  for (let r = 0; r < Math.min(view.grid.rows.length, 10); r++) {
    let rankCol: number | undefined;
    let nameCol: number | undefined;
    let descriptionCol: number | undefined;
    const cells = view.grid.rows[r] ?? [];
    for (let c = 0; c < Math.min(cells.length, NARROW_TABLE_COLUMNS); c++) {
      const purpose = columnPurpose(textAt(view, r, c));
      if ((purpose === 'level' || purpose === 'rank') && rankCol === undefined) rankCol = c;
      else if (purpose === 'competency' && nameCol === undefined) nameCol = c;
      else if (purpose === 'description' && descriptionCol === undefined) descriptionCol = c;
      else if (purpose === 'role' || purpose === 'from') return undefined;
    }
    if (rankCol === undefined || (nameCol === undefined && !(named && descriptionCol !== undefined))) continue;
    const levels = levelRows(view, r, rankCol, nameCol ?? descriptionCol!, nameCol === undefined ? undefined : descriptionCol);
    if (levels && (named || levels.length <= 10)) return { levels, notRequired: [], words: false };
  }
  return undefined;
}

function levelRows(view: SheetView, headerRow: number, rankCol: number, nameCol: number, descriptionCol?: number): LegendLevel[] | undefined {
  const levels: LegendLevel[] = [];
  for (let r = headerRow + 1; r < view.grid.rows.length; r++) {
    if (isBlankRow(view, r)) continue;
    const rankText = textAt(view, r, rankCol);
    const name = textAt(view, r, nameCol);
    const rank = Number(rankText);
    if (!rankText || !Number.isFinite(rank) || !name || isErrorDisplay(name)) return undefined;
    const description = descriptionCol === undefined ? '' : textAt(view, r, descriptionCol);
    levels.push(description ? { rank, name, description } : { rank, name });
  }
  if (levels.length < 2) return undefined;
  for (let i = 1; i < levels.length; i++) if (!(levels[i]!.rank > levels[i - 1]!.rank)) return undefined;
  return levels;
}
