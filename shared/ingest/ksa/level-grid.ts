// Reads a level grid as HR publishes a ladder: levels as columns (L1 … L5, IC3 … IC5, Junior … Principal) or as rows,
// competencies the other way, and in each cell what that level looks like, in words. The cell is the competency's
// descriptor at that level; the level is the column's rank on the ladder. Group rows (a label over empty cells, or a
// cell spanning the row) are categories; "N/A" and "(not in use)" mean nothing is asked; an empty cell or "Same as
// L5" after a described level keeps the level described last; a second header row under its own title starts a
// second track, whose roles are peers of the first track's at the same rank, never promotions.
import type { RoleCompetency } from '../../model/role';
import { nameKey } from '../../model/names';
import { slugify } from '../../model/names';
import { DEFAULT_SCALE, wordScale, numericScale, type Scale } from '../../model/scale';
import { addCompetency } from './competency-merge';
import { levelLabelShare, looksLikeDifferentJobs } from './level-labels';
import { at, cellName, type SheetContext, type SheetSummary } from './sheet-context';
import type { SheetView } from './sheet';
import { a1, isErrorDisplay } from '../grid/grid';
import { columnPurpose, managesPeople, meansNotRequired } from './vocabulary';

export interface LevelGridPlan {
  view: SheetView;
  /** Levels run down the rows (the first column names them) instead of across the columns. */
  byRows: boolean;
  headerRow: number;
  title?: string;
  /** A table of competencies in prose, not a ladder: their names (and descriptions) are read, no roles. */
  catalogue?: { nameCol: number; descriptionCol?: number };
}

const NOTES_HEADER = /^(comments?|notes?|remarks?|examples?|additional notes\b.*|key points\b.*)$/i;
const SUMMARY_LABEL = /^(role summary|level summary|summary|overview|description|definition|scope of (the )?role)$/i;
const ALL_LEVELS = /^(all levels|all|every level|for all levels)$/i;
const NOT_IN_USE = /\(\s*not in use\s*\)|\bnot in use\b/i;
const SAME_AS = /^(same as\b.*|as above\.?|as before\.?|see (the )?(previous|level)\b.*)$/i;
/** A cell written as prose: a sentence, or several words, not a level word or a number. */
const isProse = (t: string) => (/\S+\s+\S+\s+\S+/.test(t) && t.length >= 20) || (/\S\s+\S/.test(t) && /[.!?]$/.test(t) && t.length >= 12);

const text = (view: SheetView, r: number, c: number): string => view.grid.rows[r]?.[c]?.display?.trim() ?? '';
const covered = (view: SheetView, r: number, c: number) => view.mergeTopLeft.get(r * (1 << 20) + c);
/** The text shown at a cell, a merged range's text included. */
function shown(view: SheetView, r: number, c: number): string {
  const top = covered(view, r, c);
  return top ? text(view, top.row, top.col) : text(view, r, c);
}

/** A grid whose cells describe levels in words: which way it runs and where its header is; undefined for any other sheet. */
export function findLevelGrid(view: SheetView): LevelGridPlan | undefined {
  const rows = view.grid.rows.length;
  if (rows < 2 || view.width < 2) return undefined;
  let headerRow = -1;
  let title: string | undefined;
  for (let r = 0; r < Math.min(rows, 12); r++) {
    const filled = originTexts(view, r);
    if (filled.length >= 2) {
      headerRow = r;
      break;
    }
    if (filled.length === 1 && !title) title = filled[0];
  }
  if (headerRow < 0) return undefined;
  let prose = 0;
  let short = 0;
  // a sample decides: a 2,000-role matrix of numbers need not be read twice
  for (let r = headerRow + 1; r < Math.min(rows, headerRow + 60); r++) {
    for (let c = 1; c < Math.min(view.width, 80); c++) {
      if (covered(view, r, c)) continue;
      const t = text(view, r, c);
      if (!t) continue;
      if (isProse(t)) prose++;
      else short++;
    }
  }
  if (prose < 2 || prose < short) return undefined;
  const across = Array.from({ length: view.width - 1 }, (_, i) => shown(view, headerRow, i + 1));
  const down: string[] = [];
  for (let r = headerRow + 1; r < rows; r++) {
    const t = shown(view, r, 0);
    if (t && down[down.length - 1] !== t) down.push(t);
  }
  const acrossShare = levelLabelShare(across);
  const downShare = levelLabelShare(down);
  const corner = shown(view, headerRow, 0);
  // the corner cell names what runs down the first column: "Competency" (levels across) or "Level" (levels down)
  const competenciesDown = /^(competenc|skill|area|dimension|topic|criteri|theme|capabilit)/i.test(corner);
  const byRows = !competenciesDown && (downShare > acrossShare || (downShare === acrossShare && downShare > 0 && /^(level|grade|band|stage|tier)\b/i.test(corner)));
  // columns headed like a catalogue's ("Competencies", "Tasks", "Importance", "Weight") are not levels of a ladder:
  // a table of competencies described in prose, read without roles
  if (!byRows && acrossShare < 0.5) {
    const all = [corner, ...across];
    const nameCol = all.findIndex((t) => t && columnPurpose(t) === 'competency');
    if (nameCol >= 0) {
      const descriptionCol = all.findIndex((t, c) => c !== nameCol && t && columnPurpose(t) === 'description');
      return { view, byRows, headerRow, catalogue: { nameCol, ...(descriptionCol >= 0 ? { descriptionCol } : {}) }, ...(title ? { title } : {}) };
    }
  }
  return { view, byRows, headerRow, ...(title ? { title } : {}) };
}

/** How many cells of a row hold text (not counting those a merge covers), and the first one's text; no array built. */
function filledCells(view: SheetView, r: number): { filled: number; first: string } {
  let filled = 0;
  let first = '';
  const merged = view.mergedRows.has(r);
  for (let c = 0; c < view.width; c++) {
    if (merged && covered(view, r, c)) continue;
    const t = text(view, r, c);
    if (!t) continue;
    if (!filled) first = t;
    filled++;
  }
  return { filled, first };
}

function originTexts(view: SheetView, r: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < view.width; c++) {
    if (covered(view, r, c)) continue;
    const t = text(view, r, c);
    if (t) out.push(t);
  }
  return out;
}

interface Level {
  title: string;
  /** Where its title is (for diagnostics). */
  row: number;
  col: number;
  summary: string[];
}

interface CompetencyLine {
  name: string;
  category: string;
  row: number;
  col: number;
  /**
   * Per level: the text of its cells (lines joined), and the first cell's place (row, column). Three flat arrays,
   * not an object per cell: a 200,000-cell ladder would otherwise hold as many objects while it is read.
   */
  texts: string[];
  rows: Int32Array | number[];
  cols: Int32Array | number[];
  allLevels: string[];
}

/** A competency's line across `levels` levels, every level's place at the line's own cell until a cell says more. */
function newLine(name: string, category: string, row: number, col: number, levels: number): CompetencyLine {
  return { name, category, row, col, texts: new Array<string>(levels).fill(''), rows: new Int32Array(levels).fill(row), cols: new Int32Array(levels).fill(col), allLevels: [] };
}

interface Section {
  track?: string;
  levels: Level[];
  competencies: CompetencyLine[];
}

export function readLevelGrid(plan: LevelGridPlan, ctx: SheetContext): SheetSummary {
  if (plan.catalogue) return readCatalogue(plan, plan.catalogue, ctx);
  const sections = plan.byRows ? sectionsByRows(plan, ctx) : sectionsByColumns(plan, ctx);
  const { view } = plan;
  let roles = 0;
  let requirements = 0;
  const competencies = new Set<string>();
  const longest = Math.max(0, ...sections.map((s) => s.levels.length));
  const cellCount = sections.reduce((n, s) => n + s.levels.length * s.competencies.length, 0);
  const single = sections.length === 1;
  for (const section of sections) {
    if (!section.levels.length) continue;
    const titles = section.levels.map((l) => l.title);
    const separateJobs = single && looksLikeDifferentJobs(titles);
    if (separateJobs) {
      ctx.log.add(
        at(view, 'warning', `the columns ${titles.map((t) => `"${t}"`).join(', ')} read as different jobs, not levels of one: each is on a track of its own and none is a promotion from another. If they are levels of one job, add a row above the titles naming their track; to say which moves people make between them, add a transitions sheet (From, To, Type)`, section.levels[0]!.row, section.levels[0]!.col),
      );
    }
    qualifyRepeatedNames(section.competencies);
    const track = section.track || ctx.defaultTrack;
    const scale = ladderScale(track, titles, single ? undefined : longest);
    const scaleId = section.competencies.length ? ctx.builder.scaleId(scale) : '';
    const ids = section.competencies.map((line) => {
      const id = addCompetency(ctx, view, { name: line.name, kind: ctx.defaultKind ?? 'skill', category: line.category, description: line.allLevels.join('\n'), scaleId }, line.row, line.col);
      competencies.add(id);
      return id;
    });
    const byId = new Map(ctx.builder.competencies.map((c) => [c.id, c]));
    const lastLevel = new Map<string, number>();
    section.levels.forEach((level, i) => {
      const rank = i + 1;
      const roleTrack = separateJobs ? level.title : track;
      const { role } = ctx.builder.role(level.title, roleTrack, ctx.department, separateJobs ? 1 : rank, managesPeople(level.title, roleTrack));
      if (level.summary.length && !role.summary) role.summary = level.summary.join('\n');
      const reqs: RoleCompetency[] = [];
      section.competencies.forEach((line, k) => {
        const id = ids[k]!;
        const said = line.texts[i]?.trim() ?? '';
        if (!said || SAME_AS.test(said)) {
          const kept = lastLevel.get(id);
          if (kept !== undefined && !separateJobs) reqs.push({ competencyId: id, level: kept, importance: 3 });
          return;
        }
        if (meansNotRequired(said) || NOT_IN_USE.test(said)) {
          lastLevel.delete(id);
          return;
        }
        // where each descriptor came from is kept while a ladder is small; a huge one keeps only the words
        ctx.builder.describe(byId.get(id)!, rank, said, cellCount < 20_000 ? cellSource(view, line.rows[i]!, line.cols[i]!) : undefined);
        lastLevel.set(id, rank);
        reqs.push({ competencyId: id, level: rank, importance: 3 });
      });
      ctx.builder.addRequirements(role, reqs);
      roles++;
      requirements += reqs.length;
    });
  }
  if (!roles) ctx.log.add(at(view, 'warning', `sheet "${view.source.sheet}" looks like a level grid, but no level has a title: put the level titles in the first row (or first column) and the competency names opposite`, plan.headerRow, 0));
  else {
    ctx.log.add(
      at(view, 'info', `read as a level grid: ${roles} level(s) ${plan.byRows ? 'down the rows' : 'across the columns'}${sections.length > 1 ? ` in ${sections.length} tracks` : ''}, ${competencies.size} competencies; each cell is what its level looks like, and the level is its ${plan.byRows ? 'row' : 'column'}'s rank`, plan.headerRow, 0),
    );
  }
  return { sheet: view.source.sheet, file: view.source.file, shape: plan.byRows ? 'transposed matrix' : 'matrix', roles, competencies: competencies.size, requirements, scale: 'the ladder’s own levels' };
}

/** The same row label under two groups is two competencies: each is named with its group. */
function qualifyRepeatedNames(lines: CompetencyLine[]): void {
  const count = new Map<string, number>();
  for (const l of lines) count.set(nameKey(l.name), (count.get(nameKey(l.name)) ?? 0) + 1);
  for (const l of lines) if ((count.get(nameKey(l.name)) ?? 0) > 1 && l.category) l.name = `${l.name} (${l.category})`;
}

/** A level's text on a competency's line: the first cell's words and place, later cells' words on lines below. */
function setCellText(line: CompetencyLine, i: number, row: number, col: number, text: string): void {
  if (!line.texts[i]) {
    line.rows[i] = row;
    line.cols[i] = col;
    line.texts[i] = text;
  } else line.texts[i] += `\n${text}`;
}

/** "Sheet!C7" of a cell (a level grid's view is never turned: its cells are the sheet's). */
function cellSource(view: SheetView, row: number, col: number): string {
  return `${view.source.sheet}!${a1(row, col)}`;
}

/** The ladder's levels as its scale: the level titles in order (numbered when several tracks share it). */
function ladderScale(track: string, titles: string[], numbered?: number): Scale {
  const id = slugify(`${track} levels`) || 'ladder-levels';
  const unique = new Set(titles.map((t) => t.toLowerCase())).size === titles.length;
  if (numbered || !unique) return { ...numericScale(id, 1, numbered ?? titles.length), name: `${track} levels` };
  return wordScale(id, `${track} levels`, titles);
}

/** Levels across the columns: each column a level, each row a competency; another header row under a title, another track. */
function sectionsByColumns(plan: LevelGridPlan, ctx: SheetContext): Section[] {
  const { view } = plan;
  const corner = shown(view, plan.headerRow, 0).toLowerCase();
  const sections: Section[] = [];
  let current = startSection(view, plan.headerRow, plan.title, ctx);
  sections.push(current.section);
  let category = '';
  let pendingTitle: string | undefined;
  let last: CompetencyLine | undefined;
  for (let r = plan.headerRow + 1; r < view.grid.rows.length; r++) {
    const { filled, first } = filledCells(view, r);
    if (!filled) {
      last = undefined;
      continue;
    }
    const label = shown(view, r, 0);
    if (corner && filled >= 2 && label.length === corner.length && label.toLowerCase() === corner && !covered(view, r, 0)) {
      current = startSection(view, r, pendingTitle, ctx);
      sections.push(current.section);
      pendingTitle = undefined;
      category = '';
      last = undefined;
      continue;
    }
    if (filled === 1) {
      // a lone text over empty cells: a group (category) row, or the title of the ladder below it
      const next = r + 1 < view.grid.rows.length ? shown(view, r + 1, 0).toLowerCase() : '';
      if (corner && next === corner) pendingTitle = first;
      else category = first;
      last = undefined;
      continue;
    }
    if (SUMMARY_LABEL.test(label)) {
      current.columns.forEach((cols, i) => {
        const t = cols.map((c) => text(view, r, c)).filter(Boolean).join('\n');
        if (t) current.section.levels[i]!.summary.push(t);
      });
      continue;
    }
    // a merged label (or none) continues the competency above: its cells add to the same levels
    let line: CompetencyLine;
    if ((covered(view, r, 0) || !label) && last) line = last;
    else if (!label) continue;
    else {
      line = newLine(label, category, r, 0, current.columns.length);
      current.section.competencies.push(line);
      last = line;
    }
    // indexed loops: this runs once per cell, 200,000 times in a large ladder, and must leave no garbage behind
    const merged = view.mergedRows.has(r);
    for (let i = 0; i < current.columns.length; i++) {
      const cols = current.columns[i]!;
      for (let k = 0; k < cols.length; k++) {
        const c = cols[k]!;
        if (merged && covered(view, r, c)) continue;
        const t = text(view, r, c);
        if (!t) continue;
        const span = merged ? view.grid.merges.find((m) => m.startRow === r && m.startCol === c) : undefined;
        if (span && span.endCol - span.startCol + 1 >= current.width) line.allLevels.push(t);
        else setCellText(line, i, r, c, t);
      }
    }
    for (const c of current.allLevelCols) {
      const t = text(view, r, c);
      if (t) line.allLevels.push(t);
    }
  }
  return sections;
}

function startSection(view: SheetView, headerRow: number, track: string | undefined, ctx: SheetContext) {
  const section: Section = { ...(track ? { track } : {}), levels: [], competencies: [] };
  const columns: number[][] = [];
  const allLevelCols: number[] = [];
  let width = 0;
  for (let c = 1; c < view.width; c++) {
    const top = covered(view, headerRow, c);
    const title = shown(view, headerRow, c).replace(/\s+/g, ' ').trim();
    if (!title) continue;
    if (top && top.row === headerRow && columns.length) {
      columns[columns.length - 1]!.push(c);
      width++;
      continue;
    }
    if (NOTES_HEADER.test(title)) {
      ctx.log.add(at(view, 'info', `column "${title}" holds notes, not a level: it was not read as a role`, headerRow, c));
      continue;
    }
    if (ALL_LEVELS.test(title)) {
      allLevelCols.push(c);
      continue;
    }
    if (NOT_IN_USE.test(title)) {
      ctx.log.add(at(view, 'info', `level "${title}" is marked not in use: it was not read as a role`, headerRow, c));
      continue;
    }
    if (!acceptLevelTitle(view, section.levels, title, headerRow, c, ctx)) continue;
    section.levels.push({ title, row: headerRow, col: c, summary: [] });
    columns.push([c]);
    width++;
  }
  return { section, columns, allLevelCols, width };
}

/**
 * Whether a level's title can name a role. A formula error ("#REF!") names nothing, and a title the ladder already
 * has would fold two levels into one role: either is said at its cell, and the level is not read, never guessed at.
 */
function acceptLevelTitle(view: SheetView, levels: readonly Level[], title: string, row: number, col: number, ctx: SheetContext): boolean {
  const across = col > 0;
  const what = across ? 'column' : 'row';
  if (isErrorDisplay(title)) {
    ctx.log.add(at(view, 'error', `the level title shows ${title} (a formula error in the sheet it came from): type the level's title (the role's name, e.g. "Senior Engineer"); this ${what} was not read`, row, col));
    return false;
  }
  const earlier = levels.find((l) => nameKey(l.title) === nameKey(title));
  if (earlier) {
    ctx.log.add(
      at(view, 'error', `the level "${title}" appears twice in this ladder (also ${cellName(view, earlier.row, earlier.col)}): rename one (e.g. "${title} II") if they are two levels, or merge the two ${what}s if they are one; this ${what} was not read`, row, col),
    );
    return false;
  }
  return true;
}

/** Levels down the rows: the first column names each level (over several rows when merged), the header row the competencies. */
function sectionsByRows(plan: LevelGridPlan, ctx: SheetContext): Section[] {
  const { view, headerRow } = plan;
  const section: Section = { ...(plan.title ? { track: plan.title } : {}), levels: [], competencies: [] };
  const compCols: { col: number; line: CompetencyLine & { rows: number[]; cols: number[] } }[] = [];
  const categories = new Map<number, string>();
  // a group row above the header (a merged cell over several competency columns) names their category
  for (let c = 1; c < view.width; c++) {
    const title = shown(view, headerRow, c).replace(/\s+/g, ' ').trim();
    if (!title || covered(view, headerRow, c)) continue;
    if (NOTES_HEADER.test(title)) {
      ctx.log.add(at(view, 'info', `column "${title}" holds notes, not a competency: it was not read`, headerRow, c));
      continue;
    }
    const line = { name: title, category: categories.get(c) ?? '', row: headerRow, col: c, texts: [] as string[], rows: [] as number[], cols: [] as number[], allLevels: [] };
    section.competencies.push(line);
    compCols.push({ col: c, line });
  }
  const width = compCols.length;
  let level: Level | undefined;
  let refused: string | undefined;
  for (let r = headerRow + 1; r < view.grid.rows.length; r++) {
    const label = shown(view, r, 0).replace(/\s+/g, ' ').trim();
    if (!originTexts(view, r).length && !covered(view, r, 0)) continue;
    if (label && (!level || level.title !== label || !covered(view, r, 0))) {
      if (!level || level.title !== label) {
        // the rows of a level not read (its title said once at its first row) are passed over with it
        if (label === refused) continue;
        if (NOT_IN_USE.test(label) || !acceptLevelTitle(view, section.levels, label, r, 0, ctx)) {
          level = undefined;
          refused = label;
          continue;
        }
        refused = undefined;
        level = { title: label, row: r, col: 0, summary: [] };
        section.levels.push(level);
        for (const { line } of compCols) {
          line.texts.push('');
          line.rows.push(r);
          line.cols.push(0);
        }
      }
    }
    if (!level) continue;
    const i = section.levels.length - 1;
    for (let c = 1; c < view.width; c++) {
      if (covered(view, r, c)) continue;
      const t = text(view, r, c);
      if (!t) continue;
      const span = view.mergedRows.has(r) ? view.grid.merges.find((m) => m.startRow === r && m.startCol === c) : undefined;
      if (span && width > 1 && span.endCol - span.startCol + 1 >= width) {
        level.summary.push(t);
        continue;
      }
      const target = compCols.find((x) => x.col === c);
      if (!target) continue;
      setCellText(target.line, i, r, c, t);
    }
  }
  return [section];
}


/** A table that lists competencies with prose beside them (a job analysis, a library): competencies, no roles. */
function readCatalogue(plan: LevelGridPlan, cols: { nameCol: number; descriptionCol?: number }, ctx: SheetContext): SheetSummary {
  const { view, headerRow } = plan;
  const scaleId = ctx.builder.scaleId(ctx.builder.scales[0] ?? DEFAULT_SCALE);
  let count = 0;
  for (let r = headerRow + 1; r < view.grid.rows.length; r++) {
    const raw = shown(view, r, cols.nameCol);
    if (!raw || covered(view, r, cols.nameCol)) continue;
    // "Analytical Ability: Approaches problems …": the name, then what it means
    const labelled = /^([^:]{2,80}?)\s*:\s+(\S[\s\S]*)$/.exec(raw);
    const name = (labelled ? labelled[1]! : raw.split('\n')[0]!).trim();
    const description = cols.descriptionCol !== undefined ? shown(view, r, cols.descriptionCol) : labelled ? labelled[2]!.trim() : '';
    addCompetency(ctx, view, { name, kind: ctx.defaultKind ?? 'skill', category: '', description, scaleId }, r, cols.nameCol);
    count++;
  }
  ctx.log.add(at(view, 'warning', `this table lists ${count} competencies with no levels of a ladder beside them: they were read without roles. To make a ladder, give one column per level (or role) with what each level looks like`, headerRow, cols.nameCol));
  return { sheet: view.source.sheet, file: view.source.file, shape: 'catalogue', roles: 0, competencies: count, requirements: 0 };
}
