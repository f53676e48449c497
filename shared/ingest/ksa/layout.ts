// Finds the table inside a KSA sheet as people lay it out: the title and legend rows on top, the group header rows,
// the header row, the competency name column, and what every other column holds (kinds, categories, notes,
// importance, or one role each).
import { parseCompetencyKind } from '../../model/competency';
import { isErrorDisplay, type Cell } from '../grid/grid';
import { looksLikeLegendItem, parseLegend, type Legend } from './legend';
import { looksLikeLevel } from './levels';
import { headerTextAt, isBlankRow, isMergedDownTo, mergedTextAt, rowTexts, textAt, type SheetView } from './sheet';
import { columnPurpose, type ColumnPurpose } from './vocabulary';
import { isLevelCode, looksLikeLevelLabel } from './level-labels';
import { nameKey } from '../../model/names';

export interface SheetLayout {
  view: SheetView;
  headerRow: number;
  nameCol: number;
  /** Whether the name column's header says it holds competencies ("Competency", "Skill"), not just text. */
  namedByKeyword: boolean;
  /** One role per column, left to right. */
  roleCols: number[];
  kindCol?: number;
  /** Outline and category columns, outermost first. */
  categoryCols: number[];
  idCol?: number;
  descriptionCol?: number;
  notesCols: number[];
  importanceCol?: number;
  /** Columns that hold levels but have no role title in the header row. */
  untitledLevelCols: number[];
  /** Columns read as nothing, and why (said as an info diagnostic). */
  ignoredCols: { col: number; why: string }[];
  /** Group header rows above the header, nearest first. */
  groupRows: number[];
  /** The group row naming each role column's track, and the one naming its department (turned sheets: columns). */
  trackRow?: number;
  departmentRow?: number;
  legend?: { legend: Legend; row: number };
  title?: { text: string; row: number };
  /** A turned matrix's rank column ("Level": 1, 2, 3, 3, 4 beside the role titles), now a row: each role's rank. */
  rankRow?: number;
}

export interface LayoutHints {
  headerRow?: number;
  nameCol?: number;
}

const SCAN_ROWS = 60;
const PROBE_ROWS = 200;
const PROBE_VALUES = 12;
const ENOUGH_LEVEL_COLUMNS = 64;

/** The legend, wherever it sits in the first rows or the last ones (a footnote). */
export function findLegend(view: SheetView): { legend: Legend; row: number } | undefined {
  const rows = view.grid.rows.length;
  const candidates: number[] = [];
  for (let r = 0; r < Math.min(rows, SCAN_ROWS); r++) candidates.push(r);
  for (let r = Math.max(SCAN_ROWS, rows - 20); r < rows; r++) candidates.push(r);
  let vertical: { texts: string[]; row: number } | undefined;
  for (const r of candidates) {
    const texts = legendTexts(view, r);
    if (!texts) {
      vertical = undefined;
      continue;
    }
    const legend = parseLegend(texts.join('; '));
    if (legend) return { legend, row: r };
    // a legend written one level per row: "1 = Novice" / "2 = Advanced beginner" / …
    if (texts.length === 1 && looksLikeLegendItem(texts[0]!)) {
      vertical = vertical ? { texts: [...vertical.texts, texts[0]!], row: vertical.row } : { texts, row: r };
      const joined = parseLegend(vertical.texts.join('; '));
      if (joined && vertical.texts.length >= 3) return { legend: joined, row: vertical.row };
    } else vertical = undefined;
  }
  return undefined;
}

/** The texts of a row that could be a legend: all text (no numbers), at most a dozen cells. */
function legendTexts(view: SheetView, row: number): string[] | undefined {
  const cells = view.grid.rows[row];
  if (!cells) return undefined;
  const texts: string[] = [];
  for (const cell of cells) {
    if (!cell || cell.value === null) continue;
    if (typeof cell.value !== 'string') return undefined;
    const t = cell.display.trim() || cell.value.trim();
    if (t) texts.push(t);
    if (texts.length > 12) return undefined;
  }
  return texts.length ? texts : undefined;
}

/** Lays out a sheet; undefined when no row looks like a header. `words` are the level words the sheet may use. */
export function findLayout(view: SheetView, words: ReadonlySet<string>, hints: LayoutHints = {}): SheetLayout | undefined {
  const legend = findLegend(view);
  const headerRow = hints.headerRow ?? findHeaderRow(view, words, legend?.row);
  if (headerRow === undefined) return undefined;
  const layout = classifyColumns(view, headerRow, words, hints.nameCol);
  if (!layout) return undefined;
  layout.legend = legend;
  findGroupRows(layout, legend?.row);
  layout.title = findTitle(view, Math.min(headerRow, ...layout.groupRows), legend?.row);
  return layout;
}

/**
 * The row just above the data whose text cells head columns of levels; keyword rows ("Competency") win ties.
 */
export function findHeaderRow(view: SheetView, words: ReadonlySet<string>, legendRow?: number): number | undefined {
  const rows = view.grid.rows;
  let best: number | undefined;
  let bestScore = 0;
  let keywordRow: number | undefined;
  let firstWide: number | undefined;
  // columns a row above already titles with text: numbers below such a title are its levels, never titles themselves
  const titled = new Set<number>();
  for (let r = 0; r < Math.min(rows.length, SCAN_ROWS); r++) {
    if (r === legendRow) continue;
    const cells = rows[r] ?? [];
    let filled = 0;
    let levelCols = 0;
    let competencyWord = false;
    let keyword = false;
    const numbered: number[] = [];
    const texts: number[] = [];
    // (a merge may cover cells past the end of a short row)
    const width = view.mergeTopLeft.size ? Math.max(cells.length, view.width) : cells.length;
    for (let c = 0; c < width; c++) {
      let cell: Cell | undefined = cells[c];
      if (!cell || cell.value === null) {
        // a header typed once over two rows counts in the lower one, where the role titles are
        cell = mergedDownInto(view, r, c);
        if (!cell) continue;
      }
      filled++;
      if (typeof cell.value === 'number') numbered.push(c);
      if (typeof cell.value !== 'string' || looksLikeLevel(cell, words) || isErrorDisplay(cell.display)) continue;
      texts.push(c);
      const purpose = columnPurpose(cell.display || cell.value);
      if (purpose === 'competency') competencyWord = true;
      if (purpose) keyword = true;
      // enough to rank the row: a header of 2,000 roles need not probe every column
      else if (levelCols < ENOUGH_LEVEL_COLUMNS && levelsBelow(view, r, c, words)) levelCols++;
    }
    if (filled < 2) continue;
    // roles titled by number ("Competency | 1 | 2 | 3"): only under a keyword, counting up, and in columns no row
    // above titles: a data row ("Skill | Visual design | 2 | 4") has a keyword-like cell and rising levels too
    if (competencyWord && countsUp(cells, numbered)) for (const c of numbered) if (!titled.has(c) && levelsBelow(view, r, c, words)) levelCols++;
    for (const c of texts) titled.add(c);
    firstWide ??= r;
    if (competencyWord && keywordRow === undefined) keywordRow = r;
    const score = levelCols * 2 + (competencyWord ? 3 : 0) + (keyword ? 1 : 0);
    if (levelCols > 0 && score >= bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best ?? keywordRow ?? firstWide;
}

/** The cell of a merge that starts above (row, col) in the same column and covers it. */
function mergedDownInto(view: SheetView, row: number, col: number): Cell | undefined {
  if (!view.mergeTopLeft.size) return undefined;
  const text = headerTextAt(view, row, col);
  return text ? { value: text, display: text } : undefined;
}

function countsUp(cells: readonly (Cell | undefined)[], cols: number[]): boolean {
  if (cols.length < 2) return false;
  for (let i = 1; i < cols.length; i++) if (!((cells[cols[i]!]!.value as number) > (cells[cols[i - 1]!]!.value as number))) return false;
  return true;
}

/** Whether most values below (row, col) are levels. */
function levelsBelow(view: SheetView, row: number, col: number, words: ReadonlySet<string>): boolean {
  const stats = columnStats(view, row, col, words, PROBE_VALUES);
  return stats.levels > 0 && stats.levels * 10 >= stats.filled * 6;
}

interface ColumnStats {
  filled: number;
  levels: number;
  /** Short texts that are no known level: typos and words of an unknown scale, in a column that has levels. */
  shortWords: number;
  kinds: number;
}

function columnStats(view: SheetView, headerRow: number, col: number, words: ReadonlySet<string>, enough: number): ColumnStats {
  const rows = view.grid.rows;
  const stats: ColumnStats = { filled: 0, levels: 0, shortWords: 0, kinds: 0 };
  const end = Math.min(rows.length, headerRow + 1 + PROBE_ROWS);
  for (let r = headerRow + 1; r < end && stats.filled < enough; r++) {
    // eight levels and nothing else: a role column, no need to look further
    if (stats.filled >= 8 && stats.levels === stats.filled) break;
    const cell = rows[r]?.[col];
    if (!cell || cell.value === null) continue;
    if (typeof cell.value === 'number') {
      stats.filled++;
      if (looksLikeLevel(cell, words)) stats.levels++;
      else stats.shortWords++;
      continue;
    }
    const text = cell.display.trim();
    if (text === '' || isErrorDisplay(text)) continue;
    stats.filled++;
    if (looksLikeLevel(cell, words)) stats.levels++;
    else if (parseCompetencyKind(text)) stats.kinds++;
    else if (text.length <= 24 && text.split(/\s+/).length <= 3) stats.shortWords++;
  }
  return stats;
}

/** How many different texts a column holds below the header: the competency names are the most varied column. */
function distinctTexts(view: SheetView, headerRow: number, col: number): number {
  const rows = view.grid.rows;
  const seen = new Set<string>();
  const end = Math.min(rows.length, headerRow + 1 + PROBE_ROWS);
  for (let r = headerRow + 1; r < end; r++) {
    const text = textAt(view, r, col);
    if (text) seen.add(text.toLowerCase());
  }
  return seen.size;
}

const NOT_IN_A_MATRIX: Partial<Record<ColumnPurpose, string>> = {
  role: 'a role column belongs to a long-format sheet (one row per role, competency and level)',
  'role-code': 'role codes belong to a long-format sheet',
  track: 'tracks are read from the group header row above the role titles',
  department: 'departments are read from the sheet names',
  rank: 'ranks are the order of the role columns within their track',
  level: 'not a role: put one column per role, headed by the role title',
  'scale-id': 'scale ids belong to a long-format sheet',
  'not-relevant': 'a long-format column',
  suppress: 'a long-format column',
  from: 'transitions go on a sheet of their own (From, To, Type, Note)',
  to: 'transitions go on a sheet of their own (From, To, Type, Note)',
  'transition-type': 'transitions go on a sheet of their own (From, To, Type, Note)',
};

function classifyColumns(view: SheetView, headerRow: number, words: ReadonlySet<string>, nameHint?: number): SheetLayout | undefined {
  const layout: SheetLayout = { view, headerRow, nameCol: -1, namedByKeyword: nameHint !== undefined, roleCols: [], categoryCols: [], notesCols: [], untitledLevelCols: [], ignoredCols: [], groupRows: [] };
  const nameCandidates: number[] = [];
  // text columns that could hold the competency names, or (a turned matrix) the role titles; `why` says why one
  // headed like a long-format column is not read when it is not chosen
  const labelCandidates: { col: number; distinct: number; why?: string }[] = [];
  const textCols: number[] = [];
  for (let c = 0; c < view.width; c++) {
    if (c === nameHint) continue;
    const header = headerTextAt(view, headerRow, c);
    const purpose = header && !isErrorDisplay(header) ? columnPurpose(header) : undefined;
    const stats = columnStats(view, headerRow, c, words, 24);
    const levelish = stats.filled === 0 || stats.levels * 10 >= stats.filled * 6 || (stats.levels > 0 && (stats.levels + stats.shortWords) * 10 >= stats.filled * 8);
    const kindish = stats.filled > 0 && stats.kinds === stats.filled;
    switch (purpose) {
      case 'competency':
        nameCandidates.push(c);
        continue;
      case 'category':
        // a Category column that only says Knowledge / Skill / Ability is the kind column by another name
        if (kindish && stats.levels === 0 && layout.kindCol === undefined) layout.kindCol = c;
        else layout.categoryCols.push(c);
        continue;
      case 'kind':
        if (layout.kindCol === undefined) layout.kindCol = c;
        else layout.ignoredCols.push({ col: c, why: 'a second type column' });
        continue;
      case 'id':
        // a "Key" or "Code" column whose values repeat row after row groups the rows: it is no id
        if (repeatsValues(view, headerRow, c)) layout.categoryCols.push(c);
        else if (layout.idCol === undefined) layout.idCol = c;
        continue;
      case 'description':
        if (layout.descriptionCol === undefined) layout.descriptionCol = c;
        else layout.notesCols.push(c);
        continue;
      case 'notes':
        layout.notesCols.push(c);
        continue;
      case 'importance':
        if (layout.importanceCol === undefined) layout.importanceCol = c;
        continue;
      case 'role':
      case 'role-code':
      case 'level':
      case 'rank':
        // the labels of a matrix turned on its side (roles as rows, under "Role", "Level" or "Job level" with
        // L1, L2 … or titles below): a name column like any other
        if (!levelish) {
          labelCandidates.push({ col: c, distinct: distinctTexts(view, headerRow, c), why: NOT_IN_A_MATRIX[purpose] });
          continue;
        }
        layout.ignoredCols.push({ col: c, why: NOT_IN_A_MATRIX[purpose]! });
        continue;
      case undefined:
        break;
      default:
        layout.ignoredCols.push({ col: c, why: NOT_IN_A_MATRIX[purpose] ?? 'not a role column' });
        continue;
    }
    // a type column repeats its few values (K, S, A); a column with a different code on every row ("S001", "S002")
    // is an id whose first letter only looks like one
    if (kindish && stats.levels === 0 && !holdsCodes(view, headerRow, c)) {
      if (layout.kindCol === undefined) layout.kindCol = c;
      continue;
    }
    if (!header) {
      if (stats.filled > 0 && levelish) layout.untitledLevelCols.push(c);
      else if (stats.filled > 0) labelCandidates.push({ col: c, distinct: distinctTexts(view, headerRow, c) });
      continue;
    }
    if (levelish) layout.roleCols.push(c);
    else {
      textCols.push(c);
      labelCandidates.push({ col: c, distinct: distinctTexts(view, headerRow, c) });
    }
  }
  const firstRole = layout.roleCols[0] ?? Infinity;
  layout.nameCol = nameHint ?? chooseNameColumn(view, headerRow, nameCandidates, labelCandidates, firstRole, layout);
  if (layout.nameCol < 0) return undefined;
  // roles sit right of the competency names; numbered columns on the left ("#", "No.") are not roles
  if (layout.roleCols.some((c) => c > layout.nameCol)) {
    for (const c of layout.roleCols) if (c < layout.nameCol) layout.ignoredCols.push({ col: c, why: 'it is left of the competency names, where roles never are' });
    layout.roleCols = layout.roleCols.filter((c) => c > layout.nameCol);
  }
  // text columns left of the names are their outline (categories), unless each row has a code of its own (an id);
  // headed text to the right is not a role
  for (const { col, why } of labelCandidates) {
    if (col === layout.nameCol || layout.categoryCols.includes(col)) continue;
    if (why) layout.ignoredCols.push({ col, why });
    else if (col < layout.nameCol && holdsCodes(view, headerRow, col)) {
      if (layout.idCol === undefined) layout.idCol = col;
      else layout.ignoredCols.push({ col, why: 'its values are one code per row, not groups' });
    } else if (col < layout.nameCol) layout.categoryCols.push(col);
    else if (textCols.includes(col)) layout.ignoredCols.push({ col, why: 'its values are text, not levels, so it is not read as a role' });
  }
  levelColumnsBesideJobs(view, headerRow, words, layout);
  // a "group" column that names the roles a row is for ("ALL (Plant doctors & Extension workers)") is an audience:
  // the role columns say it already, and it is no category
  const roleTitles = layout.roleCols.map((c) => nameKey(headerTextAt(view, headerRow, c))).filter((t) => t.length >= 3);
  for (const col of [...layout.categoryCols]) {
    if (!namesRoles(view, headerRow, col, roleTitles)) continue;
    layout.categoryCols = layout.categoryCols.filter((c) => c !== col);
    layout.ignoredCols.push({ col, why: 'its values name the roles each row is for, which the role columns say already; it is not a group' });
  }
  layout.categoryCols.sort((a, b) => a - b);
  // level columns without a title left of the name are not roles either (row numbers, say)
  layout.untitledLevelCols = layout.untitledLevelCols.filter((c) => c > layout.nameCol);
  return layout;
}

/**
 * Columns headed by a level ("Foundation", "Advanced", "level1") beside columns headed by jobs ("Plant doctors",
 * "Extension workers") say at which levels a row applies, not roles: they are not read as roles, and are said to be so.
 * Only when every role column is one or the other: a ladder of levels ("Junior", "Senior", "Expert") keeps its columns.
 */
function levelColumnsBesideJobs(view: SheetView, headerRow: number, words: ReadonlySet<string>, layout: SheetLayout): void {
  const levels: { col: number; title: string }[] = [];
  const others: { col: number; title: string }[] = [];
  for (const col of layout.roleCols) {
    const title = headerTextAt(view, headerRow, col).replace(/\s+/g, ' ').trim();
    (words.has(nameKey(title)) || isLevelCode(title) ? levels : others).push({ col, title });
  }
  // (most matrices stop here: no role column is headed by a level, and a 2,000-role header is not looked at again)
  if (!levels.length || !others.length || others.some(({ title }) => looksLikeLevelLabel(title))) return;
  const jobs = others.map(({ col }) => col);
  for (const { col, title } of levels) layout.ignoredCols.push({ col, why: `"${title}" names a level, not a job like the role columns beside it: it says at which levels a row applies, and is not read as a role` });
  layout.roleCols = jobs;
}

/** Whether a column's values repeat (the same text on several rows): a grouping, not one code per row. */
function repeatsValues(view: SheetView, headerRow: number, col: number): boolean {
  let filled = 0;
  const end = Math.min(view.grid.rows.length, headerRow + 1 + PROBE_ROWS);
  for (let r = headerRow + 1; r < end; r++) if (textAt(view, r, col)) filled++;
  return filled >= 4 && distinctTexts(view, headerRow, col) < filled;
}

/** Whether every value of a column is a code of its own ("S001", "K-12"): one per row, no spaces, letters and digits. */
function holdsCodes(view: SheetView, headerRow: number, col: number): boolean {
  let filled = 0;
  const end = Math.min(view.grid.rows.length, headerRow + 1 + PROBE_ROWS);
  for (let r = headerRow + 1; r < end; r++) {
    const text = textAt(view, r, col);
    if (!text) continue;
    if (!/^(?=.*\d)[A-Za-z0-9][A-Za-z0-9._-]{0,11}$/.test(text)) return false;
    filled++;
  }
  return filled >= 4 && distinctTexts(view, headerRow, col) === filled;
}

/** Whether most values of a column name one of the role columns' titles. */
function namesRoles(view: SheetView, headerRow: number, col: number, roleTitles: readonly string[]): boolean {
  if (roleTitles.length < 2) return false;
  let filled = 0;
  let naming = 0;
  const end = Math.min(view.grid.rows.length, headerRow + 1 + PROBE_ROWS);
  for (let r = headerRow + 1; r < end; r++) {
    const text = textAt(view, r, col);
    if (!text) continue;
    filled++;
    const key = nameKey(text);
    if (roleTitles.some((t) => key.includes(t))) naming++;
  }
  return filled >= 4 && naming * 10 >= filled * 8;
}

function chooseNameColumn(
  view: SheetView,
  headerRow: number,
  named: number[],
  labels: { col: number; distinct: number }[],
  firstRole: number,
  layout: SheetLayout,
): number {
  const left = named.filter((c) => c < firstRole);
  // a column that repeats another's names behind a code ("S001 - Actively listen" beside "Actively listen") is a
  // label made of the two: the plain names are read
  const pool = (left.length ? left : named).filter((c, _, all) => !all.some((d) => d !== c && prefixes(view, headerRow, c, d)));
  if (pool.length) {
    // several name-like columns in cascade (domain / competency / skill): the deepest holds the names
    const chosen = pool[pool.length - 1]!;
    layout.namedByKeyword = true;
    for (const c of named) if (c !== chosen) (c < chosen && cascades(view, headerRow, c, chosen) ? layout.categoryCols : layout.notesCols).push(c);
    return chosen;
  }
  const before = labels.filter((l) => l.col < firstRole);
  if (!before.length) return -1;
  let best = before[0]!;
  for (const l of before) if (l.distinct >= best.distinct) best = l;
  return best.col;
}

/** Whether most values of `labelled` are the value of `plain` on the same row with something before it. */
function prefixes(view: SheetView, headerRow: number, labelled: number, plain: number): boolean {
  let filled = 0;
  let prefixed = 0;
  const end = Math.min(view.grid.rows.length, headerRow + 1 + PROBE_ROWS);
  for (let r = headerRow + 1; r < end; r++) {
    const long = textAt(view, r, labelled);
    const short = textAt(view, r, plain);
    if (!long || !short) continue;
    filled++;
    if (long.length > short.length && long.endsWith(short)) prefixed++;
  }
  return filled >= 4 && prefixed * 10 >= filled * 8;
}

/** Whether `outer` only has text on rows where `inner` is empty (an outline exported into columns). */
function cascades(view: SheetView, headerRow: number, outer: number, inner: number): boolean {
  const rows = view.grid.rows;
  const end = Math.min(rows.length, headerRow + 1 + PROBE_ROWS);
  for (let r = headerRow + 1; r < end; r++) {
    if (textAt(view, r, outer) && textAt(view, r, inner)) return false;
  }
  return true;
}

/**
 * Rows right above the header with text over role columns: the nearest names the tracks, the next the departments,
 * unless the name column labels them ("Track", "Department"). Any other text over the name column ends the groups.
 */
function findGroupRows(layout: SheetLayout, legendRow?: number): void {
  const { view, headerRow, nameCol, roleCols } = layout;
  if (!roleCols.length) return;
  const unlabelled: number[] = [];
  for (let r = headerRow - 1; r >= 0 && layout.groupRows.length < 2; r--) {
    if (r === legendRow || isBlankRow(view, r)) break;
    // a header typed once over this row and the header row ("Competency" in A1:A2) is no group label
    const groupText = (c: number) => (isMergedDownTo(view, r, c, headerRow) ? '' : mergedTextAt(view, r, c));
    const label = groupText(nameCol);
    const purpose = label ? columnPurpose(label) : undefined;
    if (label && purpose !== 'track' && purpose !== 'department') break;
    if (!roleCols.some((c) => groupText(c))) break;
    layout.groupRows.push(r);
    if (purpose === 'track') layout.trackRow ??= r;
    else if (purpose === 'department') layout.departmentRow ??= r;
    else unlabelled.push(r);
  }
  for (const r of unlabelled) {
    if (layout.trackRow === undefined) layout.trackRow = r;
    else if (layout.departmentRow === undefined) layout.departmentRow = r;
  }
}

/** The first line above the table that is not the legend: usually the sheet's title. */
function findTitle(view: SheetView, tableTop: number, legendRow?: number): { text: string; row: number } | undefined {
  for (let r = 0; r < tableTop; r++) {
    if (r === legendRow) continue;
    const texts = rowTexts(view, r);
    if (texts.length >= 1 && texts.length <= 2 && typeof view.grid.rows[r]?.find((c) => c && c.value !== null)?.value === 'string') return { text: texts.join(' '), row: r };
  }
  return undefined;
}
