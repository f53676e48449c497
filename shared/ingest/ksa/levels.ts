// Reads what a role cell says a role requires: a rank on the sheet's scale, "not required", or what is wrong with it
// (a formula error, a word that is no level, a number off the scale). Results are cached per text: a million-cell
// matrix holds a handful of distinct values.
import { isErrorDisplay, type Cell } from '../grid/grid';
import { nameKey } from '../../model/names';
import { notYetRank, type Scale } from '../../model/scale';
import { nearestName } from '../spelling';
import { meansNotRequired } from './vocabulary';
import type { LevelSample } from './scales';

export type LevelRead =
  | { kind: 'level'; rank: number; rounded: boolean; mark?: true; shortFor?: string }
  | { kind: 'none' }
  | { kind: 'error'; text: string }
  | { kind: 'unknown'; text: string }
  | { kind: 'outside'; value: number };

const NONE: LevelRead = { kind: 'none' };
/** Ticks that make a column look like a role column (yes/required also read as ticks, but only in one). */
const TICKS = new Set(['x', 'X', '✓', '✔', '●', '•']);
/** Ticks some matrices put where a level belongs: "required, level not said". */
const MARKS = new Set(['x', '✓', '✔', '✗', '●', '•', 'y', 'yes', 'required', 'req', 'req.']);
// "3", "3.5", "3+", "≥3", "3 - Competent", "3 (Competent)" ("L3" and "Level 3" are role titles more often than levels)
const LEADING_NUMBER = /^(?:[≥>]=?\s*)?([+-]?\d+(?:\.\d+)?)(?:\s*\+)?(?:$|\s*[-–—:=(]\s*\p{L}|\s+\p{L})/iu;

export class LevelReader {
  readonly first: number;
  readonly last: number;
  readonly notYet: number;
  readonly integral: boolean;
  private readonly byName = new Map<string, number>();
  private readonly cache = new Map<string, LevelRead>();
  private readonly suggestions = new Map<string, string | undefined>();

  constructor(
    readonly scale: Scale,
    private readonly notRequired: ReadonlySet<string> = new Set(),
  ) {
    this.first = scale.levels[0]!.rank;
    this.last = scale.levels[scale.levels.length - 1]!.rank;
    this.notYet = notYetRank(scale);
    this.integral = scale.levels.every((l) => Number.isInteger(l.rank));
    for (const l of scale.levels) this.byName.set(nameKey(l.name), l.rank);
    this.byName.set(nameKey(scale.notYetName), this.notYet);
  }

  /** A cell of a role column. Numbers take the fast path; text goes through the cache. */
  read(cell: Cell | undefined): LevelRead {
    if (!cell) return NONE;
    const value = cell.value;
    if (typeof value === 'number') return this.number(value);
    if (value === null) return NONE;
    const text = typeof value === 'string' ? cell.display || value : cell.display || String(value);
    let hit = this.cache.get(text);
    if (hit === undefined) {
      hit = this.text(text);
      if (this.cache.size < 10_000) this.cache.set(text, hit);
    }
    return hit;
  }

  number(value: number): LevelRead {
    if (!Number.isFinite(value)) return { kind: 'outside', value };
    let rank = value;
    let rounded = false;
    if (this.integral && !Number.isInteger(rank)) {
      rank = Math.round(rank);
      rounded = true;
    }
    if (rank === this.notYet) return NONE;
    if (rank < this.notYet || rank > this.last || (rank < this.first && rank > this.notYet)) return { kind: 'outside', value };
    return { kind: 'level', rank, rounded };
  }

  private text(raw: string): LevelRead {
    const text = raw.trim();
    if (text === '' || meansNotRequired(text) || this.notRequired.has(text.toLowerCase())) return NONE;
    if (isErrorDisplay(text)) return { kind: 'error', text };
    const named = this.byName.get(nameKey(text));
    if (named !== undefined) return named === this.notYet ? NONE : { kind: 'level', rank: named, rounded: false };
    const m = LEADING_NUMBER.exec(text) ?? /^(?:l|level)\s*(\d+)$/i.exec(text);
    if (m) return this.number(Number(m[1]));
    // a tick says the role needs the competency, not how well: read as the first level, and said once per sheet
    if (MARKS.has(text.toLowerCase())) return { kind: 'level', rank: this.first, rounded: false, mark: true };
    // a shortened scale word ("Aware" for "Awareness", "Intermed." for "Intermediate") is that word, said as a warning;
    // a misspelling is not guessed at (it stays an error with a "did you mean")
    const short = this.shortFor(text);
    if (short) return { kind: 'level', rank: short.rank, rounded: false, shortFor: short.name };
    return { kind: 'unknown', text };
  }

  private shortFor(text: string): { rank: number; name: string } | undefined {
    const key = nameKey(text).replace(/\.$/, '');
    if (key.length < 4) return undefined;
    const hits = this.scale.levels.filter((l) => nameKey(l.name).startsWith(key));
    return hits.length === 1 ? { rank: hits[0]!.rank, name: hits[0]!.name } : undefined;
  }

  /** The level a misspelt or shortened word meant ("Practioner" -> "Practitioner"), for "did you mean". */
  nearestLevel(text: string): string | undefined {
    if (this.suggestions.has(text)) return this.suggestions.get(text);
    const names = this.scale.levels.map((l) => l.name).filter((name) => name !== String(Number(name)));
    const nearest = nearestName(text, names);
    if (this.suggestions.size < 10_000) this.suggestions.set(text, nearest);
    return nearest;
  }

  /** The level names, for messages: "1 = Novice, …, 5 = Expert" or "Awareness, Working, …". */
  levelList(): string {
    const levels = this.scale.levels;
    const numeric = levels.every((l) => l.name === String(l.rank));
    if (numeric) return `a number from ${this.first} to ${this.last}`;
    return `${levels.map((l) => l.name).join(', ')} (or ${this.first}–${this.last})`;
  }
}

/** Adds a cell's value to the sample a scale is inferred from (numbers' range, distinct words). */
export function sampleLevel(sample: LevelSample, cell: Cell | undefined, roleRank?: number): void {
  if (!cell) return;
  const value = cell.value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return;
    countNumber(sample, value);
    return;
  }
  if (value === null) return;
  const text = (cell.display || String(value)).trim();
  if (!text || meansNotRequired(text) || isErrorDisplay(text)) return;
  const m = LEADING_NUMBER.exec(text);
  if (m) {
    countNumber(sample, Number(m[1]));
    return;
  }
  const key = nameKey(text);
  if (sample.words.size < 200 && !sample.words.has(key)) sample.words.set(key, text);
  if (roleRank !== undefined && sample.words.has(key)) {
    const ranks = sample.wordRanks.get(key);
    if (ranks) {
      ranks.sum += roleRank;
      ranks.n++;
    } else sample.wordRanks.set(key, { sum: roleRank, n: 1 });
  }
}

function countNumber(sample: LevelSample, n: number): void {
  sample.numbers++;
  if (n > 5) sample.aboveFive++;
  if (n < sample.min) sample.min = n;
  if (n > sample.max && n <= 10) sample.max = n;
}

/** Scales run from -1 (O*NET's not-yet) to 10 at most: larger numbers are counts, ids or years, not levels. */
function plausibleLevel(n: number): boolean {
  return Number.isFinite(n) && n >= -1 && n <= 10;
}

/** Whether a cell could be a level on some scale: a number, or a short word that is not a sentence. */
export function looksLikeLevel(cell: Cell | undefined, words: ReadonlySet<string>): boolean {
  if (!cell) return false;
  const value = cell.value;
  if (typeof value === 'number') return plausibleLevel(value);
  if (value === null || typeof value === 'boolean') return false;
  const text = (cell.display || String(value)).trim();
  if (!text) return false;
  if (meansNotRequired(text) || isErrorDisplay(text)) return true;
  const m = LEADING_NUMBER.exec(text);
  if (m && text.length <= 24) return plausibleLevel(Number(m[1]));
  if (TICKS.has(text)) return true;
  return text.length <= 40 && words.has(nameKey(text));
}
