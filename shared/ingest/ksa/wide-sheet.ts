// Reads a matrix with one column per role (or, turned, one row per role): roles grouped into tracks by the group
// header rows and ranked by their order, the competency rows, the scale, and every role cell's level. The level
// loop is the hot path of a million-cell import: numbers on the scale take a branch-free path, everything else
// goes through the cached LevelReader.
import type { Role, RoleCompetency } from '../../model/role';
import { isErrorDisplay } from '../grid/grid';
import { addCompetency } from './competency-merge';
import { oneLine, readCompetencyRows, type CompetencyRow } from './competency-rows';
import { reportLevelProblem } from './level-problems';
import type { SheetLayout } from './layout';
import { LevelReader, sampleLevel } from './levels';
import { describeScale, emptySample, inferScale, scaleFromLegend, type ScaleChoice } from './scales';
import { at, cellName, type SheetContext, type SheetSummary } from './sheet-context';
import { headerTextAt } from './sheet';
import { groupsOfRow } from './tracks';
import { legendOfAnotherSheet } from './workbook-legend';
import { managesPeople } from './vocabulary';
import { looksLikeDifferentJobs } from './level-labels';

/** Cells read with a caveat, counted and said once per sheet at the first one. */
interface LevelNotes {
  rounded: { count: number; first?: { row: number; col: number } };
  marks: { count: number; first?: { row: number; col: number } };
}

interface RoleColumn {
  col: number;
  role: Role;
}

export function readWideSheet(layout: SheetLayout, ctx: SheetContext): SheetSummary {
  const { view } = layout;
  const choice = chooseScale(layout, ctx);
  const scaleId = ctx.builder.scaleId(choice.scale);
  const rows = readCompetencyRows(layout, ctx, (r) =>
    ctx.log.repeated('unnamed-row', at(view, 'warning', `this row has levels but no competency name in ${cellName(view, r, layout.nameCol)}: add the name; the row was skipped`, r, layout.nameCol)),
  );
  const competencyIds = rows.map((row) => {
    const input = { name: row.name, kind: row.kind, kindStated: row.kindStated, category: row.category, description: row.description, idHint: row.idHint, scaleId };
    const id = addCompetency(ctx, view, input, row.row, layout.nameCol);
    if (layout.roleCols.length && row.silent) ctx.places.note(id, { view, row: row.row, col: layout.nameCol, name: row.name });
    return id;
  });
  const columns = readRoleColumns(layout, ctx);
  const reader = new LevelReader(choice.scale, choice.notRequired);
  const notes: LevelNotes = { rounded: { count: 0 }, marks: { count: 0 } };
  const levels = readLevels(layout, ctx, reader, rows, competencyIds, columns, notes);
  let requirements = 0;
  for (let i = 0; i < columns.length; i++) {
    const { col, role } = columns[i]!;
    const read = levels[i]!;
    requirements += read.length;
    for (const repeat of ctx.builder.addRequirements(role, read)) {
      ctx.log.add(at(view, 'warning', `role "${role.title}" already requires this competency on another sheet: the level here was ignored; keep one`, rowOfRequirement(rows, competencyIds, repeat), col));
    }
    if (!read.length) ctx.log.add(at(view, 'warning', `role "${role.title}" has no levels in its column: fill in the levels the role requires, or delete the column if it is not a role`, layout.headerRow, col));
  }
  const { rounded, marks } = notes;
  if (rounded.first) {
    ctx.log.add(
      at(view, 'info', `${rounded.count} level(s) between two levels of the scale, such as this one, were rounded to the nearest level (the scale ${describeScale(choice.scale)} has whole levels)`, rounded.first.row, rounded.first.col),
    );
  }
  if (marks.first) {
    ctx.log.add(
      at(view, 'warning', `${marks.count} cell(s) such as this one hold a tick, not a level: read as required at the first level (${choice.scale.levels[0]!.name}); write the level each role needs instead`, marks.first.row, marks.first.col),
    );
  }
  reportColumns(layout, ctx);
  if (!layout.roleCols.length && rows.length) {
    ctx.log.add(
      at(
        view,
        'warning',
        `no role columns: the header row ${layout.headerRow + 1} has no column of levels, so this sheet reads as a catalogue of ${rows.length} competencies. Add one column per role, headed by the role title, holding the level each competency needs (blank = not required)`,
        layout.headerRow,
        layout.nameCol,
      ),
    );
  }
  return {
    sheet: view.source.sheet,
    file: view.source.file,
    shape: !layout.roleCols.length ? 'catalogue' : view.transposed ? 'transposed matrix' : 'matrix',
    roles: columns.length,
    competencies: rows.length,
    requirements,
    ...(layout.roleCols.length ? { scale: `${describeScale(choice.scale)} (${choice.basis})` } : {}),
  };
}

function rowOfRequirement(rows: CompetencyRow[], ids: string[], req: RoleCompetency): number {
  const i = ids.indexOf(req.competencyId);
  return rows[i]?.row ?? 0;
}

/** The scale: the sheet's legend, else a legend sheet's, else inferred from the role cells (said as info). */
function chooseScale(layout: SheetLayout, ctx: SheetContext): ScaleChoice {
  const legend = layout.legend?.legend ?? ctx.sharedLegend;
  if (legend) return scaleFromLegend(legend);
  const sample = emptySample();
  const grid = layout.view.grid.rows;
  // each role column's rank within its track (the order of the columns), so words no scale knows can be ordered
  const tracks = layout.trackRow === undefined ? [] : groupsOfRow(layout.view, layout.trackRow, layout.headerRow);
  const inTrack = new Map<string, number>();
  const ranks = layout.roleCols.map((col) => {
    const track = tracks[col]?.text ?? '';
    inTrack.set(track, (inTrack.get(track) ?? 0) + 1);
    return inTrack.get(track)!;
  });
  for (let r = layout.headerRow + 1; r < grid.length; r++) {
    const cells = grid[r];
    if (!cells) continue;
    for (let i = 0; i < layout.roleCols.length; i++) sampleLevel(sample, cells[layout.roleCols[i]!], ranks[i]);
  }
  const another = layout.roleCols.length ? legendOfAnotherSheet(layout.view, sample, ctx) : undefined;
  if (another) return another;
  const choice = inferScale(sample);
  if (layout.roleCols.length) {
    const how =
      choice.basis === 'words'
        ? `its level words match the scale ${describeScale(choice.scale)}`
        : choice.basis === 'own words'
          ? `its own level words make the scale ${describeScale(choice.scale)}, in the order of a known scale's words and of the ranks of the roles that use the others`
        : choice.basis === 'numbers'
          ? `its levels run up to ${sample.max}, so they are read on the scale ${describeScale(choice.scale)}`
          : `levels are read on the default scale ${describeScale(choice.scale)}`;
    ctx.log.add(at(layout.view, 'info', `no legend row: ${how}. To name your levels, add a row above the header such as "Scale: 1 = Novice, 2 = …"`));
  }
  return choice;
}

/** Roles from the header row, their tracks from the group rows, ranks from the order within each track. */
function readRoleColumns(layout: SheetLayout, ctx: SheetContext): RoleColumn[] {
  const { view, headerRow } = layout;
  const tracks = layout.trackRow === undefined ? [] : groupsOfRow(view, layout.trackRow, headerRow);
  const departments = layout.departmentRow === undefined ? [] : groupsOfRow(view, layout.departmentRow, headerRow);
  const rankInTrack = new Map<string, number>();
  const seen = new Map<string, number>();
  const out: RoleColumn[] = [];
  // peer jobs side by side (Data Engineer, QA Engineer, Product Owner) are not a ladder: never chained as promotions
  const titles = layout.roleCols.map((col) => oneLine(headerTextAt(view, headerRow, col)));
  const separateJobs = !tracks.length && !departments.length && looksLikeDifferentJobs(titles);
  if (separateJobs) {
    ctx.log.add(
      at(view, 'warning', `the role columns ${titles.slice(0, 6).map((t) => `"${t}"`).join(', ')}${titles.length > 6 ? ', …' : ''} read as different jobs, not levels of one: each is on a track of its own and none is a promotion from another. If they are levels of one job, add a row above the titles naming their track; to say which moves people make between them, add a transitions sheet (From, To, Type)`, headerRow, layout.roleCols[0]!),
    );
  }
  for (const col of layout.roleCols) {
    const title = oneLine(headerTextAt(view, headerRow, col));
    if (isErrorDisplay(title)) {
      ctx.log.add(at(view, 'error', `the role title shows ${title} (a formula error): type the role's title; the column was skipped`, headerRow, col));
      continue;
    }
    const trackGroup = tracks[col];
    const departmentGroup = departments[col];
    const department = departmentGroup && !isErrorDisplay(departmentGroup.text) ? oneLine(departmentGroup.text) : ctx.department;
    // without a track of its own, a role is on its department's track
    const track = separateJobs ? title : trackGroup && !isErrorDisplay(trackGroup.text) ? oneLine(trackGroup.text) : departmentGroup ? department : ctx.defaultTrack;
    const key = `${track.toLowerCase()}\u0000${title.toLowerCase()}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      ctx.log.add(at(view, 'error', `role "${title}" appears twice in track "${track}" (also ${cellName(view, headerRow, earlier)}): rename one or merge the columns; this column was skipped`, headerRow, col));
      continue;
    }
    seen.set(key, col);
    // a rank column says each role's rank (two roles of one rank fork the track); else the order within the track
    const ranked = layout.rankRow === undefined ? NaN : Number(headerTextAt(view, layout.rankRow, col));
    const rank = Number.isInteger(ranked) && ranked >= 0 ? ranked : (rankInTrack.get(track) ?? 0) + 1;
    rankInTrack.set(track, rank);
    const { role } = ctx.builder.role(title, track, department, rank, managesPeople(title, track));
    out.push({ col, role });
  }
  return out;
}

/**
 * Every role cell, read row by row (a sheet's rows are arrays: reading along them is twice as fast as down the
 * columns), into one list of requirements per role column. Numbers on the scale take the short path, and roles that
 * require a competency at the same level share one frozen requirement object: a 2,000-role matrix holds a million
 * requirements but only a few thousand different ones (the same idea as the grid's shared cells).
 */
function readLevels(
  layout: SheetLayout,
  ctx: SheetContext,
  reader: LevelReader,
  rows: CompetencyRow[],
  ids: string[],
  columns: RoleColumn[],
  notes: LevelNotes,
): RoleCompetency[][] {
  const grid = layout.view.grid.rows;
  // each role's list is allocated once at its largest size and cut to length at the end: growing 2,000 lists
  // a push at a time costs more than reading the cells
  const out: RoleCompetency[][] = columns.map(() => new Array<RoleCompetency>(rows.length));
  const counts = new Int32Array(columns.length);
  const cols = columns.map((c) => c.col);
  const { first, last, integral } = reader;
  // whole-numbered scales: a number n on the scale is slot n - first of the row's shared requirements
  const span = integral ? Math.max(0, Math.min(64, last - first + 1)) : 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!.row;
    const cells = grid[row]!;
    const competencyId = ids[i]!;
    const importance = rows[i]!.importance ?? 3;
    const shared: (RoleCompetency | undefined)[] = new Array(span);
    for (let j = 0; j < cols.length; j++) {
      const cell = cells[cols[j]!];
      if (cell === undefined) continue;
      const value = cell.value;
      if (value === null) continue;
      if (typeof value === 'number') {
        const slot = value - first;
        if (slot >= 0 && slot < span && (slot | 0) === slot) {
          out[j]![counts[j]!++] = shared[slot] ?? (shared[slot] = Object.freeze({ competencyId, level: value, importance }));
          continue;
        }
      }
      const read = reader.read(cell);
      if (read.kind === 'none') continue;
      if (read.kind !== 'level') {
        reportLevelProblem(layout.view, ctx.log, reader, read, row, cols[j]!);
        continue;
      }
      const rank = read.rank;
      if (read.shortFor) ctx.log.repeated('short-level', at(layout.view, 'warning', `"${cell.display.trim()}" was read as "${read.shortFor}", the scale's word it starts; write "${read.shortFor}" (or add a legend naming "${cell.display.trim()}") to say so`, row, cols[j]!));
      if (read.rounded && notes.rounded.count++ === 0) notes.rounded.first = { row, col: cols[j]! };
      if (read.mark && notes.marks.count++ === 0) notes.marks.first = { row, col: cols[j]! };
      const slot = rank - first;
      out[j]![counts[j]!++] = slot >= 0 && slot < span && (slot | 0) === slot ? (shared[slot] ?? (shared[slot] = Object.freeze({ competencyId, level: rank, importance }))) : { competencyId, level: rank, importance };
    }
  }
  for (let j = 0; j < out.length; j++) out[j]!.length = counts[j]!;
  return out;
}

function reportColumns(layout: SheetLayout, ctx: SheetContext): void {
  const { view, headerRow } = layout;
  for (const col of layout.untitledLevelCols) {
    let row = headerRow;
    for (let r = headerRow + 1; r < view.grid.rows.length; r++) {
      const cell = view.grid.rows[r]?.[col];
      if (cell && cell.value !== null && cell.display.trim()) {
        row = r;
        break;
      }
    }
    ctx.log.add(at(view, 'warning', `this column holds levels but has no role title in ${cellName(view, headerRow, col)}: type the role's title there; the column was skipped`, row, col));
  }
  for (const { col, why } of layout.ignoredCols) {
    ctx.log.add(at(view, 'info', `column "${headerTextAt(view, headerRow, col)}" was not read: ${why}`, headerRow, col));
  }
}
