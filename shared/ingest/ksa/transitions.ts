// A sheet (or file) of moves between roles: From, To, Type (promotion, lateral, exploratory)[, Note]. Adds the
// lattice's lateral moves and exploratory projects; role names are matched ignoring case, spaces and punctuation,
// and an unknown or ambiguous name is reported at its cell with the names that would work.
import { transitionsOf, type Transition, type TransitionType } from '../../model/framework';
import { nameKey } from '../../model/names';
import type { Role } from '../../model/role';
import type { DiagnosticLog } from './diagnostic-log';
import { at, type SheetSummary } from './sheet-context';
import { isBlankRow, textAt, type SheetView } from './sheet';
import { NARROW_TABLE_COLUMNS, columnPurpose } from './vocabulary';
import { isErrorDisplay } from '../grid/grid';

export interface TransitionColumns {
  row: number;
  from: number;
  to: number;
  type?: number;
  note?: number;
}

/** The header row of a transitions sheet (From and To columns), in the first rows. */
export function findTransitionHeader(view: SheetView): TransitionColumns | undefined {
  for (let r = 0; r < Math.min(view.grid.rows.length, 20); r++) {
    const cols: Partial<TransitionColumns> = { row: r };
    const cells = view.grid.rows[r] ?? [];
    for (let c = 0; c < Math.min(cells.length, NARROW_TABLE_COLUMNS); c++) {
      const purpose = columnPurpose(textAt(view, r, c));
      if (purpose === 'from' && cols.from === undefined) cols.from = c;
      else if (purpose === 'to' && cols.to === undefined) cols.to = c;
      else if ((purpose === 'transition-type' || purpose === 'kind') && cols.type === undefined) cols.type = c;
      else if ((purpose === 'notes' || purpose === 'description') && cols.note === undefined) cols.note = c;
    }
    if (cols.from !== undefined && cols.to !== undefined) return cols as TransitionColumns;
  }
  return undefined;
}

const TYPE_WORDS: [TransitionType, RegExp][] = [
  ['promotion', /^(promotion|promote|promoted|up|step up|upward|vertical|advance(ment)?)$/],
  ['lateral', /^(lateral|lateral move|sideways|side|sideways move|move|cross track|transfer|horizontal)$/],
  ['exploratory', /^(exploratory|exploratory project|explore|exploration|rotation|secondment|project|stretch|stretch project|shadowing|gig|trial)$/],
];

export function parseTransitionType(text: string): TransitionType | undefined {
  const key = nameKey(text).replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();
  for (const [type, pattern] of TYPE_WORDS) if (pattern.test(key)) return type;
  return undefined;
}

/** Finds roles by id, title, or "Track / Title", tolerant of case, spacing and punctuation. */
export function roleFinder(roles: readonly Role[]): (text: string) => Role[] {
  const loose = (t: string) => nameKey(t).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const byKey = new Map<string, Role[]>();
  const add = (key: string, role: Role) => {
    const list = byKey.get(key) ?? [];
    if (!list.includes(role)) list.push(role);
    byKey.set(key, list);
  };
  for (const role of roles) {
    add(loose(role.title), role);
    if (role.track) add(loose(`${role.track} / ${role.title}`), role);
    if (role.family && role.family !== role.track) add(loose(`${role.family} / ${role.title}`), role);
  }
  const byId = new Map(roles.map((r) => [r.id, r]));
  return (text) => {
    const id = byId.get(text.trim());
    if (id) return [id];
    return byKey.get(loose(text)) ?? [];
  };
}

export function readTransitionSheet(view: SheetView, cols: TransitionColumns, roles: readonly Role[], transitions: Transition[], log: DiagnosticLog): SheetSummary {
  const find = roleFinder(roles);
  const seen = new Set(transitions.map((t) => `${t.from}\u0000${t.to}`));
  let added = 0;
  const resolve = (row: number, col: number): Role | undefined => {
    const text = textAt(view, row, col);
    if (!text) {
      log.add(at(view, 'error', `this move has no ${col === cols.from ? 'From' : 'To'} role: type a role title from the matrix; the row was skipped`, row, col));
      return undefined;
    }
    if (isErrorDisplay(text)) {
      log.add(at(view, 'error', `the cell shows ${text}, a formula error: type the role's title; the row was skipped`, row, col));
      return undefined;
    }
    const found = find(text);
    if (found.length === 1) return found[0];
    if (found.length > 1) {
      log.add(at(view, 'error', `"${text}" names roles in several tracks (${found.map((r) => `${r.track} / ${r.title}`).join(', ')}): write "Track / Title"; the row was skipped`, row, col));
      return undefined;
    }
    const known = roles.slice(0, 8).map((r) => `"${r.title}"`).join(', ');
    log.add(at(view, 'error', `no role "${text}" in the matrix: use a role title as the matrix writes it (${known}${roles.length > 8 ? ', …' : ''}); the row was skipped`, row, col));
    return undefined;
  };
  for (let r = cols.row + 1; r < view.grid.rows.length; r++) {
    if (isBlankRow(view, r)) continue;
    const from = resolve(r, cols.from);
    const to = resolve(r, cols.to);
    if (!from || !to) continue;
    if (from.id === to.id) {
      log.add(at(view, 'error', `a move from "${from.title}" to itself: name two different roles; the row was skipped`, r, cols.to));
      continue;
    }
    const typeText = cols.type === undefined ? '' : textAt(view, r, cols.type);
    let type: TransitionType;
    if (typeText) {
      const parsed = parseTransitionType(typeText);
      if (!parsed) {
        log.add(at(view, 'error', `move type "${typeText}" is not promotion, lateral or exploratory: write one of those; the row was skipped`, r, cols.type));
        continue;
      }
      type = parsed;
    } else type = from.track === to.track && to.rank > from.rank ? 'promotion' : 'lateral';
    const key = `${from.id}\u0000${to.id}`;
    if (seen.has(key)) {
      log.add(at(view, 'warning', `the move from "${from.title}" to "${to.title}" is listed twice: the first one was kept`, r, cols.from));
      continue;
    }
    if (type === 'promotion' && promotionReaches(roles, transitions, to.id, from.id)) {
      log.add(at(view, 'error', `a promotion from "${from.title}" to "${to.title}" would make promotions go round in a circle: make it a lateral move; the row was skipped`, r, cols.type ?? cols.to));
      continue;
    }
    const note = cols.note === undefined ? '' : textAt(view, r, cols.note);
    seen.add(key);
    transitions.push(note ? { from: from.id, to: to.id, type, note } : { from: from.id, to: to.id, type });
    added++;
  }
  return { sheet: view.source.sheet, file: view.source.file, shape: 'transitions', roles: 0, competencies: 0, requirements: 0, transitions: added };
}

/** Whether promotions (explicit, and those implied by track order) already lead from `start` to `goal`. */
function promotionReaches(roles: readonly Role[], transitions: readonly Transition[], start: string, goal: string): boolean {
  const next = new Map<string, string[]>();
  for (const t of transitionsOf({ roles: roles as Role[], transitions: transitions as Transition[] })) {
    if (t.type !== 'promotion') continue;
    next.set(t.from, [...(next.get(t.from) ?? []), t.to]);
  }
  const stack = [start];
  const seen = new Set<string>();
  while (stack.length) {
    const id = stack.pop()!;
    if (id === goal) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(next.get(id) ?? []));
  }
  return false;
}
