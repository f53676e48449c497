// The competency rows of a matrix: names, kinds from a K/S/A column or a KNOWLEDGE / SKILLS / ABILITIES row,
// categories from category rows and outline columns, descriptions and notes; blank separator rows skipped,
// duplicates (ignoring case and spaces) reported at their cell.
import { parseCompetencyKind, type CompetencyKind } from '../../model/competency';
import { nameKey } from '../../model/names';
import { isErrorDisplay } from '../grid/grid';
import type { SheetLayout } from './layout';
import { at, cellName, type SheetContext } from './sheet-context';
import { isBlankRow, textAt, type SheetView } from './sheet';
import { columnPurpose } from './vocabulary';

export interface CompetencyRow {
  row: number;
  name: string;
  kind: CompetencyKind;
  category: string;
  description: string;
  idHint?: string;
  /** Importance the sheet gives this competency for every role (1–5), when it has an importance column. */
  importance?: number;
  /** Nothing in any role column: the sheet says nothing about which roles need it. */
  silent: boolean;
  /** Whether the sheet says the kind (a Type cell, a category row, a tab named Skills, "Knowledge of …"), not the default. */
  kindStated: boolean;
}

/** Words that turn a row of one cell into a heading rather than a competency. */
function looksLikeHeading(view: SheetView, row: number, name: string): boolean {
  if (parseCompetencyKind(name)) return true;
  if (/:$/.test(name)) return true;
  if (/\p{L}/u.test(name) && name === name.toUpperCase() && name.length > 1) return true;
  return view.mergedRows.has(row);
}

/** "TECHNICAL SKILLS" -> "Technical skills"; anything else as written. */
export function headingText(text: string): string {
  const clean = text.replace(/:$/, '').trim();
  if (clean !== clean.toUpperCase() || !/\p{L}/u.test(clean)) return clean;
  return clean.charAt(0) + clean.slice(1).toLowerCase();
}

/** Rows a sheet adds below the competencies: totals and averages are not requirements. */
const SUMMARY_ROW = /^(total|totals|sum|average|avg|mean|count|overall|grand total)\b/i;

/** A cell's text on one line: names and titles typed with line breaks ("Senior\nEngineer"). */
export function oneLine(text: string): string {
  return text.includes('\n') || text.includes('  ') ? text.replace(/\s+/g, ' ') : text;
}

function kindFromName(name: string): CompetencyKind | undefined {
  if (/^(knowledge|understanding|awareness) of\b/i.test(name)) return 'knowledge';
  if (/^ability to\b/i.test(name)) return 'ability';
  return undefined;
}

function hasValues(view: SheetView, row: number, cols: readonly number[]): boolean {
  const cells = view.grid.rows[row];
  if (!cells) return false;
  for (const c of cols) {
    const cell = cells[c];
    if (cell && cell.value !== null && cell.display.trim() !== '') return true;
  }
  return false;
}

export function readCompetencyRows(layout: SheetLayout, ctx: SheetContext, repeatedWarning: (row: number) => void): CompetencyRow[] {
  const { view, headerRow, nameCol, roleCols, kindCol, categoryCols } = layout;
  const out: CompetencyRow[] = [];
  const seen = new Map<string, number>();
  const outline: string[] = categoryCols.map(() => '');
  let sectionKind = ctx.defaultKind;
  let sectionCategory = '';
  for (let r = headerRow + 1; r < view.grid.rows.length; r++) {
    if (isBlankRow(view, r) || r === layout.rankRow) continue;
    categoryCols.forEach((col, depth) => {
      const text = textAt(view, r, col);
      if (!text || isErrorDisplay(text)) return;
      outline[depth] = text;
      for (let d = depth + 1; d < outline.length; d++) outline[d] = '';
    });
    const name = oneLine(textAt(view, r, nameCol));
    const kindText = kindCol === undefined ? '' : textAt(view, r, kindCol);
    const levels = hasValues(view, r, roleCols);
    if (!name) {
      const kind = kindText ? parseCompetencyKind(kindText) : undefined;
      if (kind && kindText.length > 1) {
        sectionKind = kind;
        sectionCategory = headingText(kindText);
      }
      if (levels) repeatedWarning(r);
      continue;
    }
    if (isErrorDisplay(name)) {
      ctx.log.add(at(view, 'error', `the competency name shows ${name} (a formula error): fix the formula or type the name; the row was skipped`, r, nameCol));
      continue;
    }
    if (!levels && roleCols.length && looksLikeHeading(view, r, name) && !kindText) {
      const kind = parseCompetencyKind(name);
      if (kind) sectionKind = kind;
      sectionCategory = headingText(name);
      continue;
    }
    // "Technical" alone on its row, no role needing it, rows with levels below: a category written in title case
    if (!levels && roleCols.length && headsRowsBelow(layout, r)) {
      sectionCategory = headingText(name);
      ctx.log.repeated(
        'category-row',
        at(view, 'info', `"${name}" has no levels and stands alone on its row above rows that have them: read as the category of the rows below; if it is a competency, give the roles that need it a level`, r, nameCol),
      );
      continue;
    }
    // rows a transposed sheet carries for its roles (notes, grades) are not competencies
    if (!levels) {
      const purpose = columnPurpose(name);
      if (purpose && purpose !== 'competency') continue;
    }
    if (SUMMARY_ROW.test(name)) {
      ctx.log.add(at(view, 'info', `row "${name}" reads as a summary of the rows above, not a competency: it was skipped`, r, nameCol));
      continue;
    }
    const key = nameKey(name);
    const first = seen.get(key);
    if (first !== undefined) {
      ctx.log.add(
        at(view, 'error', `duplicate competency "${name}" (same as "${textAt(view, first, nameCol)}" in ${cellName(view, first, nameCol)}, ignoring case and spaces): merge the two rows or rename one; this row was skipped`, r, nameCol),
      );
      continue;
    }
    seen.set(key, r);
    if (kindText && kindText.length > 1 && parseCompetencyKind(kindText)) {
      sectionKind = parseCompetencyKind(kindText);
      sectionCategory = headingText(kindText);
    }
    const said = sectionKind ?? kindFromName(name);
    let kind = said ?? 'skill';
    if (kindText) {
      const own = parseCompetencyKind(kindText);
      if (own) {
        kind = own;
      } else ctx.log.add(at(view, 'warning', `type "${kindText}" is not K, S or A (knowledge, skill, ability): read as ${kind}; write K, S or A`, r, kindCol));
    }
    const row: CompetencyRow = {
      row: r,
      name,
      kind,
      category: [sectionCategory, ...outline].filter(Boolean).join(' / '),
      description: describe(layout, r),
      silent: !levels,
      kindStated: !!said || (!!kindText && !!parseCompetencyKind(kindText)),
    };
    if (layout.idCol !== undefined) {
      const id = textAt(view, r, layout.idCol);
      if (id && !isErrorDisplay(id)) row.idHint = id;
    }
    if (layout.importanceCol !== undefined) {
      const importance = readImportance(layout, r, ctx);
      if (importance !== undefined) row.importance = importance;
    }
    out.push(row);
  }
  return out;
}

/** Whether a row holds nothing but its label, and the next row that holds anything has levels. */
function headsRowsBelow(layout: SheetLayout, row: number): boolean {
  const { view, nameCol, roleCols } = layout;
  const cells = view.grid.rows[row] ?? [];
  for (let c = 0; c < cells.length; c++) if (c !== nameCol && textAt(view, row, c)) return false;
  for (let r = row + 1; r < view.grid.rows.length; r++) {
    if (isBlankRow(view, r)) continue;
    return !!textAt(view, r, nameCol) && hasValues(view, r, roleCols);
  }
  return false;
}

function describe(layout: SheetLayout, row: number): string {
  const { view } = layout;
  if (layout.descriptionCol !== undefined) {
    const text = textAt(view, row, layout.descriptionCol);
    if (text && !isErrorDisplay(text)) return text;
  }
  for (const col of layout.notesCols) {
    const text = textAt(view, row, col);
    if (text && !isErrorDisplay(text)) return text;
  }
  return '';
}

/** An importance cell: 1–5 (rounded, and held to the range with a warning). */
export function importanceOf(text: string): { importance: number; clamped: boolean } | undefined {
  const n = Number(text.replace(/,/, '.'));
  if (text.trim() === '' || !Number.isFinite(n)) return undefined;
  const rounded = Math.round(n);
  const importance = Math.min(5, Math.max(1, rounded));
  return { importance, clamped: importance !== rounded };
}

function readImportance(layout: SheetLayout, row: number, ctx: SheetContext): number | undefined {
  const col = layout.importanceCol!;
  const text = textAt(layout.view, row, col);
  if (!text) return undefined;
  const read = importanceOf(text);
  if (!read) {
    ctx.log.add(at(layout.view, 'warning', `importance "${text}" is not a number from 1 to 5: the default 3 was used`, row, col));
    return undefined;
  }
  if (read.clamped) ctx.log.add(at(layout.view, 'warning', `importance ${text} is outside 1–5: read as ${read.importance}`, row, col));
  return read.importance;
}
