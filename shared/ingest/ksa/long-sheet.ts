// Long format, as HR systems and public frameworks export it: one row per (role, competency, level), or O*NET's
// two rows per element (IM importance, LV level). Pivoted into roles with their required levels and importance.
import type { CompetencyKind } from '../../model/competency';
import { nameKey } from '../../model/names';
import type { RoleCompetency } from '../../model/role';
import { isErrorDisplay, type Cell } from '../grid/grid';
import { addCompetency } from './competency-merge';
import { importanceOf } from './competency-rows';
import { findLegend } from './layout';
import { reportLevelProblem } from './level-problems';
import { LevelReader, sampleLevel } from './levels';
import { ONET_LEVEL_SCALE, onetElement, scaleRowKind } from './onet';
import { describeScale, emptySample, inferScale, scaleFromLegend, type ScaleChoice } from './scales';
import { at, cellName, type SheetContext, type SheetSummary } from './sheet-context';
import { cellOf, headerKey, isBlankRow, textAt, type SheetView } from './sheet';
import { legendOfAnotherSheet } from './workbook-legend';
import { NARROW_TABLE_COLUMNS, columnPurpose, managesPeople, type ColumnPurpose } from './vocabulary';

export type LongColumns = Partial<Record<ColumnPurpose, number>> & { row: number; competency: number; level: number };

/** The header of a long-format sheet: a role (or role code) column, a competency column, and a level or value column. */
export function findLongHeader(view: SheetView): LongColumns | undefined {
  for (let r = 0; r < Math.min(view.grid.rows.length, 30); r++) {
    const cols: Partial<Record<ColumnPurpose, number>> = {};
    const cells = view.grid.rows[r] ?? [];
    for (let c = 0; c < Math.min(cells.length, NARROW_TABLE_COLUMNS); c++) {
      const purpose = columnPurpose(textAt(view, r, c));
      if (purpose && cols[purpose] === undefined) cols[purpose] = c;
    }
    if ((cols.role !== undefined || cols['role-code'] !== undefined) && cols.competency !== undefined && cols.level !== undefined) {
      return { ...cols, row: r, competency: cols.competency, level: cols.level };
    }
  }
  return undefined;
}

interface Pair {
  level?: { cell: Cell; row: number };
  /** What the row says this level looks like (an HR export's Description beside Skill Level). */
  description?: string;
  importance?: { cell: Cell; row: number };
}

interface LongRole {
  title: string;
  track: string;
  department: string;
  rank?: number;
  row: number;
  pairs: Map<string, Pair>;
}

interface LongCompetency {
  name: string;
  kind: CompetencyKind;
  kindStated: boolean;
  category: string;
  description: string;
  idHint?: string;
  row: number;
}

export function readLongSheet(view: SheetView, cols: LongColumns, ctx: SheetContext): SheetSummary {
  const roles = new Map<string, LongRole>();
  const competencies = new Map<string, LongCompetency>();
  const text = (r: number, c: number | undefined) => (c === undefined ? '' : textAt(view, r, c));
  const titleCol = cols.role ?? cols['role-code']!;
  // occupations (O*NET codes) are not a ladder: without a track column each is a track of its own
  const separateTracks = cols.track === undefined && (cols.role === undefined || /occupation/.test(headerKey(textAt(view, cols.row, titleCol))));
  let otherScales = 0;
  let notRelevant = 0;
  // competencies with a level or a "not relevant" on some row: the sheet said something about them
  const stated = new Set<string>();
  let onet = false;
  const levelsOfRole = rolesWithLevels(view, cols, titleCol);
  for (let r = cols.row + 1; r < view.grid.rows.length; r++) {
    if (isBlankRow(view, r)) continue;
    const title = text(r, titleCol);
    const name = text(r, cols.competency);
    if (!title || !name || isErrorDisplay(title) || isErrorDisplay(name)) {
      const col = !title || isErrorDisplay(title) ? titleCol : cols.competency;
      const shown = textAt(view, r, col);
      ctx.log.repeated('long-missing', at(view, 'warning', shown ? `the cell shows ${shown}, a formula error: type the ${col === titleCol ? 'role' : 'competency'}; the row was skipped` : `this row has no ${col === titleCol ? 'role' : 'competency'}: fill it in; the row was skipped`, r, col));
      continue;
    }
    const scaleText = text(r, cols['scale-id']);
    const rowKind = cols['scale-id'] === undefined ? 'level' : scaleRowKind(scaleText);
    if (cols['scale-id'] !== undefined && /^(lv|im)$/i.test(scaleText)) onet = true;
    if (!rowKind) {
      otherScales++;
      continue;
    }
    const rankText = text(r, cols.rank);
    // an HR export lists one job at several levels (Role, Role Level): each level of it is a role, on the job's track
    const levels = levelsOfRole.get(nameKey(title));
    const split = !!levels && levels.length > 1 && !!rankText;
    const roleKey = `${nameKey(text(r, cols.track))}\u0000${nameKey(title)}${split ? `\u0000${nameKey(rankText)}` : ''}`;
    let role = roles.get(roleKey);
    if (!role) {
      const track = text(r, cols.track) || (split ? title : separateTracks ? title : ctx.defaultTrack);
      const numeric = rankText && Number.isFinite(Number(rankText)) ? Number(rankText) : undefined;
      const rank = split ? (numeric ?? levels!.indexOf(nameKey(rankText)) + 1) : numeric;
      roles.set(roleKey, (role = { title: split ? titleAtLevel(title, rankText) : title, track, department: text(r, cols.department) || ctx.department, rank, row: r, pairs: new Map() }));
    }
    const key = nameKey(name);
    if (!competencies.has(key)) competencies.set(key, competencyOf(view, cols, r, name, ctx));
    let pair = role.pairs.get(key);
    if (!pair) role.pairs.set(key, (pair = {}));
    if (/^y(es)?$/i.test(text(r, cols['not-relevant']))) {
      notRelevant++;
      stated.add(key);
      continue;
    }
    const valueCol = rowKind === 'importance' && cols['scale-id'] !== undefined ? cols.level : rowKind === 'level' ? cols.level : cols.importance;
    const cell = valueCol === undefined ? undefined : cellOf(view, r, valueCol);
    if (rowKind === 'level' && textAt(view, r, cols.level)) stated.add(key);
    if (rowKind === 'level' || cols['scale-id'] !== undefined) {
      const slot = rowKind;
      if (pair[slot]) {
        ctx.log.repeated('long-repeat', at(view, 'warning', `"${title}" / "${name}" already has a ${slot} in ${cellName(view, pair[slot]!.row, cols.level)}: the first one was kept; remove one of the rows`, r, cols.level));
      } else if (cell) {
        pair[slot] = { cell, row: r };
        const said = slot === 'level' ? text(r, cols.description) : '';
        if (said) pair.description = said;
      }
    }
    if (cols['scale-id'] === undefined && cols.importance !== undefined) {
      const imp = cellOf(view, r, cols.importance);
      if (imp && imp.value !== null && !pair.importance) pair.importance = { cell: imp, row: r };
    }
  }
  const choice = chooseLongScale(view, cols, roles, onet, ctx);
  const scaleId = ctx.builder.scaleId(choice.scale);
  const ids = new Map<string, string>();
  for (const [key, c] of competencies) {
    const { row, ...input } = c;
    const id = addCompetency(ctx, view, { ...input, scaleId }, row, cols.competency);
    if (!stated.has(key)) ctx.places.note(id, { view, row: c.row, col: cols.competency, name: c.name });
    ids.set(key, id);
  }
  const reader = new LevelReader(choice.scale, choice.notRequired);
  let requirements = 0;
  const rounded = { count: 0, first: undefined as number | undefined };
  const byTrack = new Map<string, LongRole[]>();
  for (const role of roles.values()) byTrack.set(role.track, [...(byTrack.get(role.track) ?? []), role]);
  for (const list of byTrack.values()) {
    const ordered = list.some((r) => r.rank !== undefined) ? [...list].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)) : list;
    ordered.forEach((long, i) => {
      const { role } = ctx.builder.role(long.title, long.track, long.department, i + 1, managesPeople(long.title, long.track));
      const reqs: RoleCompetency[] = [];
      const rowOf = new Map<string, number>();
      for (const [key, pair] of long.pairs) {
        if (!pair.level) continue;
        const read = reader.read(pair.level.cell);
        const where = { row: pair.level.row, col: cols.level };
        if (read.kind === 'none') continue;
        if (read.kind !== 'level') {
          reportLevelProblem(view, ctx.log, reader, read, where.row, where.col);
          continue;
        }
        if (read.rank <= 0 && onet) continue;
        if (read.shortFor) ctx.log.repeated('short-level', at(view, 'warning', `"${pair.level.cell.display.trim()}" was read as "${read.shortFor}", the scale's word it starts; write "${read.shortFor}" (or add a legend naming it) to say so`, where.row, where.col));
        if (read.rounded && rounded.count++ === 0) rounded.first = where.row;
        rowOf.set(ids.get(key)!, where.row);
        if (pair.description) {
          const competency = ctx.builder.competencies.find((c) => c.id === ids.get(key));
          if (competency) ctx.builder.describe(competency, read.rank, pair.description, `${view.source.sheet}!${cellName(view, where.row, cols.description!)}`);
        }
        reqs.push({ competencyId: ids.get(key)!, level: read.rank, importance: importanceAt(view, ctx, pair, cols) });
      }
      requirements += reqs.length;
      for (const repeat of ctx.builder.addRequirements(role, reqs)) {
        ctx.log.add(at(view, 'warning', `role "${role.title}" already requires this competency on another sheet: the level here was ignored; keep one`, rowOf.get(repeat.competencyId), cols.level));
      }
      if (!reqs.length) ctx.log.add(at(view, 'warning', `role "${long.title}" has no levels: give it at least one competency level, or remove its rows`, long.row, titleCol));
    });
  }
  if (rounded.first !== undefined) {
    ctx.log.add(at(view, 'info', `${rounded.count} level(s) such as this one lie between two levels of the scale ${describeScale(choice.scale)} (averages, as O*NET publishes them) and were rounded to the nearest level`, rounded.first, cols.level));
  }
  if (otherScales) ctx.log.add(at(view, 'info', `${otherScales} row(s) on other scales than level and importance were not read (only LV and IM rows are)`, cols.row, cols['scale-id']!));
  if (notRelevant) ctx.log.add(at(view, 'info', `${notRelevant} row(s) marked Not Relevant = Y were read as not required`, cols.row, cols['not-relevant']!));
  return { sheet: view.source.sheet, file: view.source.file, shape: 'long format', roles: roles.size, competencies: competencies.size, requirements, scale: `${describeScale(choice.scale)} (${choice.basis})` };
}

/** For each job title, the level texts it is listed at (Role Level, Grade), in order of first appearance. */
function rolesWithLevels(view: SheetView, cols: LongColumns, titleCol: number): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (cols.rank === undefined) return out;
  for (let r = cols.row + 1; r < view.grid.rows.length; r++) {
    const title = textAt(view, r, titleCol);
    const level = textAt(view, r, cols.rank);
    if (!title || !level) continue;
    const list = out.get(nameKey(title)) ?? [];
    if (!list.includes(nameKey(level))) list.push(nameKey(level));
    out.set(nameKey(title), list);
  }
  return out;
}

/** "Senior" + "Data Engineer" → "Senior Data Engineer"; "L3" + "Data Engineer" → "Data Engineer L3". */
function titleAtLevel(title: string, level: string): string {
  if (nameKey(title).includes(nameKey(level))) return title;
  return /^(junior|jr|associate|graduate|trainee|intern|mid|intermediate|senior|sr|staff|principal|lead|head|chief|distinguished)\b/i.test(level) ? `${level} ${title}` : `${title} ${level}`;
}

function competencyOf(view: SheetView, cols: LongColumns, r: number, name: string, ctx: SheetContext): LongCompetency {
  const text = (c: number | undefined) => (c === undefined ? '' : textAt(view, r, c));
  const idText = text(cols.id);
  const onet = idText ? onetElement(idText) : undefined;
  const kindText = text(cols.kind);
  const category = text(cols.category);
  // no Type column, and the Category column says Knowledge / Skill / Ability: that is the kind
  const said = (kindText && parseKind(kindText)) || (cols.kind === undefined && category && parseKind(category)) || onet?.kind || ctx.defaultKind;
  const competency: LongCompetency = { name, kind: said || 'skill', kindStated: !!said, category: category || onet?.category || '', description: text(cols.description), row: r };
  if (idText) competency.idHint = idText;
  return competency;
}

function parseKind(text: string): CompetencyKind | undefined {
  const key = text.trim().toLowerCase();
  if (/^k(nowledge)?$/.test(key)) return 'knowledge';
  if (/^s(kills?)?$/.test(key)) return 'skill';
  if (/^a(bilit(y|ies))?$/.test(key)) return 'ability';
  return undefined;
}

function chooseLongScale(view: SheetView, cols: LongColumns, roles: Map<string, LongRole>, onet: boolean, ctx: SheetContext): ScaleChoice {
  const legend = findLegend(view)?.legend ?? ctx.sharedLegend;
  if (legend) return scaleFromLegend(legend);
  if (onet) return { scale: ONET_LEVEL_SCALE, notRequired: new Set(), basis: 'O*NET LV' };
  const sample = emptySample();
  for (const role of roles.values()) for (const pair of role.pairs.values()) sampleLevel(sample, pair.level?.cell);
  const another = legendOfAnotherSheet(view, sample, ctx);
  if (another) return another;
  const choice = inferScale(sample);
  ctx.log.add(at(view, 'info', `no legend: levels are read on the scale ${describeScale(choice.scale)}; add a row above the header such as "Scale: 1 = Novice, 2 = …" to name them`));
  return choice;
}

function importanceAt(view: SheetView, ctx: SheetContext, pair: Pair, cols: LongColumns): number {
  if (!pair.importance) return 3;
  const cell = pair.importance.cell;
  const text = typeof cell.value === 'number' ? String(cell.value) : cell.display.trim();
  const read = importanceOf(text);
  const col = cols['scale-id'] !== undefined ? cols.level : cols.importance!;
  if (!read) {
    ctx.log.repeated('long-importance', at(view, 'warning', `importance "${text}" is not a number from 1 to 5: the default 3 was used`, pair.importance.row, col));
    return 3;
  }
  return read.importance;
}
