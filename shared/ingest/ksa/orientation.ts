// Which way round a matrix is: roles as columns (the usual HR layout) or roles as rows with competencies across
// the top. The corner header ("Competency" vs "Role"), K/S/A rows above the header, track columns and how much the
// labels read like job titles decide; a turned matrix is read through a transposed view, so one reader serves both.
import { parseCompetencyKind } from '../../model/competency';
import { findLayout, type SheetLayout } from './layout';
import { headerTextAt, isBlankRow, textAt, transposedView, type SheetView } from './sheet';
import { columnPurpose, looksLikeRoleTitle } from './vocabulary';

/** The layout to read: `layout` itself, or the layout of the sheet turned so its roles become columns. */
export function orient(layout: SheetLayout, words: ReadonlySet<string>): SheetLayout {
  if (!rolesAreRows(layout)) return layout;
  const { view, headerRow, nameCol } = layout;
  const from = tableTop(layout);
  const turned = transposedView(view.source, from);
  const hinted = findLayout(turned, words, { headerRow: nameCol, nameCol: headerRow - from });
  if (!hinted || !hinted.roleCols.length) return layout;
  // in the turned view the rows above the role titles are the sheet's track and department columns
  const groups = groupColumns(layout);
  hinted.groupRows = [...groups.tracks, ...groups.departments];
  hinted.trackRow = groups.tracks[0];
  hinted.departmentRow = groups.departments[0];
  hinted.legend = layout.legend;
  hinted.title = layout.title;
  const rank = rankColumn(layout);
  if (rank !== undefined) hinted.rankRow = rank;
  return hinted;
}

/** A column beside the role titles that ranks them ("Level", "Grade", "Rank": small whole numbers), not a competency. */
function rankColumn(layout: SheetLayout): number | undefined {
  const { view, headerRow, nameCol } = layout;
  for (let c = 0; c < view.width; c++) {
    if (c === nameCol) continue;
    const purpose = columnPurpose(headerTextAt(view, headerRow, c));
    if (purpose !== 'rank' && purpose !== 'level') continue;
    let numbers = 0;
    let filled = 0;
    for (let r = headerRow + 1; r < view.grid.rows.length; r++) {
      const t = textAt(view, r, c);
      if (!t) continue;
      filled++;
      if (/^\d{1,2}$/.test(t)) numbers++;
    }
    if (filled && numbers === filled) return c;
  }
  return undefined;
}

function rolesAreRows(layout: SheetLayout): boolean {
  const { view, headerRow, nameCol, roleCols } = layout;
  if (!roleCols.length) return false;
  let turned = 0;
  let upright = 0;
  const corner = columnPurpose(headerTextAt(view, headerRow, nameCol));
  // "Role", "Job code", "Level", "Job level" over the labels: they are roles (L1, L2 … are levels of a ladder)
  if (corner === 'role' || corner === 'role-code' || corner === 'level' || corner === 'rank') turned += 3;
  if (corner === 'competency') upright += 3;
  const groups = groupColumns(layout);
  if (groups.tracks.length || groups.departments.length) turned += 2;
  if (layout.kindCol !== undefined) upright += 2;
  if (layout.groupRows.length) upright += 1;
  if (kindRowAbove(layout)) turned += 2;
  // how much the labels read like job titles only settles a close call (it weighs 1)
  if (Math.abs(turned - upright) > 1) return turned > upright;
  const headers = roleCols.map((c) => headerTextAt(view, headerRow, c));
  const labels: string[] = [];
  for (let r = headerRow + 1; r < Math.min(view.grid.rows.length, headerRow + 60); r++) {
    const t = textAt(view, r, nameCol);
    if (t) labels.push(t);
  }
  const share = (texts: string[]) => (texts.length ? texts.filter(looksLikeRoleTitle).length / texts.length : 0);
  const headerShare = share(headers);
  const labelShare = share(labels);
  if (labelShare > headerShare + 0.25) turned += 1;
  if (headerShare > labelShare + 0.25) upright += 1;
  return turned > upright;
}

/** Track and department columns left of the role titles (view rows once turned), nearest first. */
function groupColumns(layout: SheetLayout): { tracks: number[]; departments: number[] } {
  const { view, headerRow, nameCol } = layout;
  const tracks: number[] = [];
  const departments: number[] = [];
  for (let c = nameCol - 1; c >= 0; c--) {
    const purpose = columnPurpose(headerTextAt(view, headerRow, c));
    if (purpose === 'track') tracks.push(c);
    if (purpose === 'department') departments.push(c);
  }
  return { tracks, departments };
}

/** A row above the header holding K/S/A kinds over the competency columns: only a turned matrix has one. */
function kindRowAbove(layout: SheetLayout): boolean {
  const { view, headerRow, roleCols } = layout;
  for (let r = headerRow - 1; r >= 0 && r >= headerRow - 3; r--) {
    if (isBlankRow(view, r)) break;
    const texts = roleCols.map((c) => textAt(view, r, c)).filter(Boolean);
    if (texts.length && texts.every((t) => parseCompetencyKind(t))) return true;
  }
  return false;
}

/** The first row of the table: the header, or the category and kind rows right above it. */
function tableTop(layout: SheetLayout): number {
  const { view, headerRow, roleCols } = layout;
  let top = headerRow;
  for (let r = headerRow - 1; r >= 0; r--) {
    if (r === layout.legend?.row || isBlankRow(view, r)) break;
    if (!roleCols.some((c) => textAt(view, r, c) || view.mergedRows.has(r))) break;
    top = r;
  }
  return top;
}
