// Job-family pages: finds the level headings (Intermediate / Senior / Staff, I–VI, "Level 3"), orders them, and lays out tracks and promotions.
import { nameKey } from '../../model/names';
import { seniorityOf } from './fields';
import { levelScopeEnd, type Outline, type OutlineHeading } from './outline';
import { CONTENT_KINDS } from './sections';
import { isBareLevel, looksLikeJobTitle } from './titles';

/** A heading that names a role or a level rather than a section. */
export function isRoleHeading(h: OutlineHeading): boolean {
  const seniority = seniorityOf(h.text);
  const sectionLike = h.kind !== 'other' && !(seniority && (h.kind === 'levels' || h.kind === 'grade'));
  if (sectionLike) return false;
  return isBareLevel(h.text) || looksLikeJobTitle(h.text);
}

function hasSections(outline: Outline, h: OutlineHeading, limit: number): boolean {
  const end = levelScopeEnd(outline, h, limit);
  return outline.headings.some((s) => s.block > h.block && s.block < end && (CONTENT_KINDS.has(s.kind) || s.kind === 'grade'));
}

/**
 * The headings of a job-family page's levels: the heading depth holding the most role headings that
 * either state a seniority or have sections of their own, when there are at least two. Empty for a
 * single job description.
 */
export function findLevelHeadings(outline: Outline, blockCount: number): OutlineHeading[] {
  const byDepth = new Map<number, OutlineHeading[]>();
  for (const h of outline.headings) {
    if (!isRoleHeading(h)) continue;
    if (!seniorityOf(h.text) && !hasSections(outline, h, blockCount)) continue;
    byDepth.set(h.depth, [...(byDepth.get(h.depth) ?? []), h]);
  }
  let best: OutlineHeading[] = [];
  for (const list of byDepth.values()) if (list.length > best.length) best = list;
  if (best.length < 2) return [];
  // two headings with one title are one role written twice (a family overview, then the level itself)
  const distinct = new Set(best.map((h) => nameKey(h.text)));
  return distinct.size >= 2 ? best : [];
}

export interface LevelPlace {
  title: string;
  levelOrder?: number;
  grade?: number;
  management: boolean;
}

/** Whether the page lists its levels from the most senior down (then promotions run the other way). */
export function isDescending(levels: LevelPlace[]): boolean {
  let up = 0;
  let down = 0;
  let previous: number | undefined;
  for (const l of levels) {
    const order = l.grade ?? l.levelOrder;
    if (order === undefined) continue;
    if (previous !== undefined) {
      if (order > previous) up++;
      else if (order < previous) down++;
    }
    previous = order;
  }
  return down > up;
}

export interface TrackLayout {
  track: string;
  rank: number;
}

/**
 * Tracks for a family's levels, in ascending order: one track, unless the management levels sit
 * beside the individual-contributor levels (a manager at the same grade as a Staff engineer), in
 * which case managers get their own track entered from the highest level below their grade.
 */
export function layoutTracks(levels: LevelPlace[], family: string): { places: TrackLayout[]; transitions: { from: string; to: string; type: 'promotion' }[] } {
  const managers = levels.map((l, i) => (l.management ? i : -1)).filter((i) => i >= 0);
  const ics = levels.map((l, i) => (l.management ? -1 : i)).filter((i) => i >= 0);
  const firstManager = managers[0];
  const lastIc = ics[ics.length - 1];
  let fork = false;
  if (firstManager !== undefined && lastIc !== undefined) {
    const m = levels[firstManager]!;
    const ic = levels[lastIc]!;
    fork = m.grade !== undefined && ic.grade !== undefined ? m.grade <= ic.grade : lastIc > firstManager;
  }
  const transitions: { from: string; to: string; type: 'promotion' }[] = [];
  const places: TrackLayout[] = levels.map(() => ({ track: family, rank: 0 }));
  const chain = (indexes: number[], track: string) => {
    indexes.forEach((index, n) => {
      places[index] = { track, rank: n + 1 };
      if (n > 0) transitions.push({ from: levels[indexes[n - 1]!]!.title, to: levels[index]!.title, type: 'promotion' });
    });
  };
  if (!fork) {
    chain(levels.map((_, i) => i), family);
    return { places, transitions };
  }
  chain(ics, family);
  chain(managers, `${family} management`.trim());
  const m = levels[firstManager!]!;
  // the step into management comes from the highest level below the manager's grade
  const entry = [...ics].reverse().find((i) => {
    const l = levels[i]!;
    return m.grade !== undefined && l.grade !== undefined ? l.grade < m.grade : i < firstManager!;
  });
  if (entry !== undefined) transitions.push({ from: levels[entry]!.title, to: m.title, type: 'promotion' });
  return { places, transitions };
}
