// Reads a grid of levels × tracks whose cells name the role at each level of each track ("Level | Developer | Tech
// Lead | Engineering Manager", rows 1 … 7, cells "D4", "TL4"): the ladders' overview many companies publish.
// Each column is a track, each row a level, and roles at the same level on different tracks are peers; a column
// that says the same few words on every row ("Senior": Yes/No) describes the level and is not a track.
import { at, type SheetContext, type SheetSummary } from './sheet-context';
import type { SheetView } from './sheet';
import { looksLikeLevelLabel } from './level-labels';
import { managesPeople } from './vocabulary';

export interface TrackGridPlan {
  view: SheetView;
  headerRow: number;
  tracks: { col: number; name: string }[];
  described: { col: number; name: string }[];
}

const text = (view: SheetView, r: number, c: number): string => view.grid.rows[r]?.[c]?.display?.replace(/\s+/g, ' ').trim() ?? '';

export function findTrackGrid(view: SheetView): TrackGridPlan | undefined {
  const rows = view.grid.rows;
  let headerRow = -1;
  for (let r = 0; r < Math.min(rows.length, 8); r++) {
    let n = 0;
    for (let c = 0; c < view.width; c++) if (text(view, r, c)) n++;
    if (n >= 3) {
      headerRow = r;
      break;
    }
  }
  if (headerRow < 0 || rows.length - headerRow < 3) return undefined;
  const body: number[] = [];
  for (let r = headerRow + 1; r < rows.length; r++) if (text(view, r, 0)) body.push(r);
  if (body.length < 2 || body.filter((r) => /^\d{1,2}$/.test(text(view, r, 0)) || looksLikeLevelLabel(text(view, r, 0))).length < body.length * 0.8) return undefined;
  const tracks: TrackGridPlan['tracks'] = [];
  const described: TrackGridPlan['described'] = [];
  for (let c = 1; c < view.width; c++) {
    const name = text(view, headerRow, c);
    if (!name) continue;
    const values = body.map((r) => text(view, r, c)).filter(Boolean);
    if (!values.length) continue;
    // role names are short and differ from row to row; a column of yes/no (or one word) describes the levels
    if (values.some((v) => v.split(' ').length > 6 || v.length > 60 || /[.!?]$/.test(v))) return undefined;
    // levels in the cells (numbers, ticks) make a matrix of competencies, not a grid of role titles
    if (values.some((v) => !/\p{L}/u.test(v) || /^\d+(\.\d+)?$/.test(v))) return undefined;
    if (new Set(values.map((v) => v.toLowerCase())).size < Math.min(values.length, 3)) described.push({ col: c, name });
    else tracks.push({ col: c, name });
  }
  if (!tracks.length) return undefined;
  return { view, headerRow, tracks, described };
}

export function readTrackGrid(plan: TrackGridPlan, ctx: SheetContext): SheetSummary {
  const { view, headerRow } = plan;
  let roles = 0;
  for (const { col, name } of plan.described) ctx.log.add(at(view, 'info', `column "${name}" says the same few words on every level: read as a note about the levels, not a track`, headerRow, col));
  for (const { col, name } of plan.tracks) {
    let rank = 0;
    for (let r = headerRow + 1; r < view.grid.rows.length; r++) {
      const title = text(view, r, col);
      const level = text(view, r, 0);
      if (!level) continue;
      rank++;
      if (!title) continue;
      // the level number is the rank: roles of different tracks at one level line up as peers
      const number = /^\d{1,2}$/.test(level) ? Number(level) : rank;
      const { role } = ctx.builder.role(title, name, ctx.department, number, managesPeople(title, name));
      if (!role.level) role.level = level;
      roles++;
    }
  }
  ctx.log.add(at(view, 'info', `read as tracks × levels: ${roles} roles on ${plan.tracks.length} tracks; roles at the same level on different tracks are peers, and a promotion is a step along one track`, headerRow, 0));
  return { sheet: view.source.sheet, file: view.source.file, shape: 'matrix', roles, competencies: 0, requirements: 0 };
}
