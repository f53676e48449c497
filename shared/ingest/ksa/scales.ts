// Which proficiency scale a sheet's levels are on: the one its legend names, a well-known word scale its cells
// use, or (with neither) the default 1–5 scale or the numbers the cells hold, said aloud as a diagnostic.
import { nameKey, slugify } from '../../model/names';
import { DEFAULT_SCALE, type Scale } from '../../model/scale';
import type { Legend } from './legend';
import { nearestName } from '../spelling';

/** Word scales HR frameworks commonly use, most common first; a sheet whose cells use their words needs no legend. */
const KNOWN_WORD_SCALES: { name: string; words: string[] }[] = [
  { name: 'Awareness … Expert', words: ['Awareness', 'Working', 'Practitioner', 'Expert'] },
  { name: 'Basic … Expert', words: ['Basic', 'Intermediate', 'Advanced', 'Expert'] },
  { name: 'Beginner … Expert', words: ['Beginner', 'Intermediate', 'Advanced', 'Expert'] },
  { name: 'Fundamental awareness … Expert', words: ['Fundamental awareness', 'Novice', 'Intermediate', 'Advanced', 'Expert'] },
  { name: 'Foundation … Expert', words: ['Foundation', 'Intermediate', 'Advanced', 'Expert'] },
  { name: 'Aware … Expert', words: ['Aware', 'Knowledgeable', 'Skilled', 'Expert'] },
  { name: 'Learning … Leading', words: ['Learning', 'Developing', 'Proficient', 'Advanced', 'Leading'] },
  { name: 'Emerging … Expert', words: ['Emerging', 'Developing', 'Proficient', 'Advanced', 'Expert'] },
  { name: 'Low … High', words: ['Low', 'Medium', 'High'] },
  { name: 'Novice … Expert', words: ['Novice', 'Intermediate', 'Advanced', 'Expert'] },
  { name: 'Novice … Expert (competent)', words: ['Novice', 'Competent', 'Advanced', 'Expert'] },
  { name: 'Basic … Advanced', words: ['Basic', 'Intermediate', 'Advanced'] },
  { name: 'Foundation … Mastery', words: ['Foundation', 'Practitioner', 'Advanced', 'Mastery'] },
  { name: 'Developing … Exceeding', words: ['Developing', 'Meeting', 'Exceeding'] },
  { name: 'SFIA levels', words: ['Follow', 'Assist', 'Apply', 'Enable', 'Ensure, advise', 'Initiate, influence', 'Set strategy, inspire, mobilise'] },
];

/** Every level word of the well-known scales (nameKey), plus a legend's: what makes a cell look like a level. */
export function levelWords(legend?: Legend): Set<string> {
  const words = new Set<string>();
  for (const scale of KNOWN_WORD_SCALES) for (const word of scale.words) words.add(nameKey(word));
  for (const level of DEFAULT_SCALE.levels) words.add(nameKey(level.name));
  for (const level of legend?.levels ?? []) words.add(nameKey(level.name));
  words.add('not yet');
  return words;
}

export interface ScaleChoice {
  scale: Scale;
  /** Cell texts that mean no requirement, besides blanks. */
  notRequired: Set<string>;
  /** How it was chosen, for the info diagnostic. */
  basis: 'legend' | 'words' | 'own words' | 'default' | 'numbers' | 'O*NET LV';
}

/** What the role cells hold, gathered before a scale is chosen. */
export interface LevelSample {
  min: number;
  max: number;
  numbers: number;
  /** How many numbers are above 5: a handful among thousands are typos, not a wider scale. */
  aboveFive: number;
  /** Distinct words (nameKey) with how they were written. */
  words: Map<string, string>;
  /** Per word (nameKey), the ranks of the roles whose cells hold it, summed and counted: orders words no scale knows. */
  wordRanks: Map<string, { sum: number; n: number }>;
}

export function emptySample(): LevelSample {
  return { min: Infinity, max: -Infinity, numbers: 0, aboveFive: 0, words: new Map(), wordRanks: new Map() };
}

export function scaleFromLegend(legend: Legend): ScaleChoice {
  const notRequired = new Set(legend.notRequired.map((t) => t.toLowerCase()).filter(Boolean));
  if (sameLevels(legend.levels, DEFAULT_SCALE)) return { scale: DEFAULT_SCALE, notRequired, basis: 'legend' };
  const first = legend.levels[0]!;
  const last = legend.levels[legend.levels.length - 1]!;
  const name = legend.words ? `${first.name} … ${last.name}` : `${first.rank}–${last.rank} (${first.name} … ${last.name})`;
  return { scale: { id: slugify(`legend ${name}`), name, levels: legend.levels.map((l) => ({ ...l })), notYetName: 'Not yet' }, notRequired, basis: 'legend' };
}

/** A scale for a sheet without a legend, from the values its role cells hold. */
export function inferScale(sample: LevelSample): ScaleChoice {
  const notRequired = new Set<string>();
  if (sample.words.size > 0) {
    const known = bestWordScale(sample);
    const own = known && coversAll(sample, known) ? undefined : ownWordScale(sample, known);
    if (own) return { scale: own, notRequired, basis: 'own words' };
    if (known) return { scale: known, notRequired, basis: 'words' };
  }
  const wider = sample.aboveFive >= Math.max(2, sample.numbers * 0.02);
  if (sample.numbers === 0 || (sample.min >= 0 && (sample.max <= 5 || !wider))) return { scale: DEFAULT_SCALE, notRequired, basis: 'default' };
  // O*NET-style 0–7 and 1–10 scales are common; anything above 10 is more likely a typo than a scale
  const top = Math.min(10, Math.max(5, Math.ceil(sample.max)));
  // (values above 10 stay outside the scale and are reported at their cells)
  const bottom = sample.min >= 1 ? 1 : 0;
  const levels = [];
  for (let rank = bottom; rank <= top; rank++) levels.push({ rank, name: String(rank) });
  return { scale: { id: `numeric-${bottom}-${top}`, name: `${bottom}–${top}`, levels, notYetName: 'Not yet' }, notRequired, basis: 'numbers' };
}

function bestWordScale(sample: LevelSample): Scale | undefined {
  if (sameWords(sample, DEFAULT_SCALE.levels.map((l) => l.name)) === sample.words.size) return DEFAULT_SCALE;
  let best: { name: string; words: string[] } | undefined;
  let bestHits = 0;
  for (const candidate of KNOWN_WORD_SCALES) {
    const hits = sameWords(sample, candidate.words);
    if (hits > bestHits) {
      best = candidate;
      bestHits = hits;
    }
  }
  const defaultHits = sameWords(sample, DEFAULT_SCALE.levels.map((l) => l.name));
  if (defaultHits >= bestHits && defaultHits > 0) return DEFAULT_SCALE;
  if (!best) return undefined;
  return { id: `words-${nameKey(best.words[0]!).replace(/[^a-z0-9]+/g, '-')}`, name: best.name, levels: best.words.map((name, i) => ({ rank: i + 1, name })), notYetName: 'Not yet' };
}

function coversAll(sample: LevelSample, scale: Scale): boolean {
  const names = new Set(scale.levels.map((l) => nameKey(l.name)));
  for (const word of sample.words.keys()) if (!names.has(word)) return false;
  return true;
}

/**
 * A sheet's own level words as its scale, when some are on no scale Trellis knows: the words of the nearest known
 * scale keep that scale's order, and each other word goes where the roles that use it stand (a word the junior
 * columns use comes before one the senior columns use). Undefined when the cells also hold numbers, when there are
 * too many words to be levels, or when the roles' ranks are not known.
 */
function ownWordScale(sample: LevelSample, known: Scale | undefined): Scale | undefined {
  if (sample.numbers > 0 || sample.words.size < 2 || sample.words.size > 10) return undefined;
  const meanRank = (key: string): number | undefined => {
    const r = sample.wordRanks.get(key);
    return r && r.n ? r.sum / r.n : undefined;
  };
  if ([...sample.words.keys()].some((k) => meanRank(k) === undefined)) return undefined;
  const family = known ? known.levels.map((l) => l.name) : [];
  const familyKeys = new Set(family.map(nameKey));
  const unknown = [...sample.words.keys()].filter((k) => !familyKeys.has(k));
  // a misspelt family word ("Expret") is a mistake to point out at its cell, not a level of the sheet's own
  if (unknown.some((k) => nearestName(k, family))) return undefined;
  const order = family.map((name) => ({ key: nameKey(name), name }));
  for (const key of unknown.sort((a, b) => meanRank(a)! - meanRank(b)!)) {
    // after the last word the roles use at or below this word's rank (a family word first when the ranks are equal)
    let at = 0;
    order.forEach((w, i) => {
      const rank = meanRank(w.key);
      if (rank !== undefined && sample.words.has(w.key) && rank <= meanRank(key)!) at = i + 1;
    });
    order.splice(at, 0, { key, name: sample.words.get(key)! });
  }
  const levels = order.map((w, i) => ({ rank: i + 1, name: w.name }));
  const name = `${levels[0]!.name} … ${levels[levels.length - 1]!.name}`;
  return { id: slugify(`words ${name}`), name, levels, notYetName: 'Not yet' };
}

function sameWords(sample: LevelSample, words: string[]): number {
  let hits = 0;
  for (const word of words) if (sample.words.has(nameKey(word))) hits++;
  return hits;
}

function sameLevels(levels: Legend['levels'], scale: Scale): boolean {
  return levels.length === scale.levels.length && levels.every((l, i) => l.rank === scale.levels[i]!.rank && nameKey(l.name) === nameKey(scale.levels[i]!.name));
}

/** "1 = Novice … 5 = Expert" or "Awareness … Expert": how a diagnostic names a scale. */
export function describeScale(scale: Scale): string {
  const first = scale.levels[0]!;
  const last = scale.levels[scale.levels.length - 1]!;
  const numeric = scale.levels.every((l) => l.name === String(l.rank));
  if (numeric) return `${first.rank}–${last.rank}`;
  return `${first.rank} = ${first.name} … ${last.rank} = ${last.name}`;
}

/** Two scales with the same ranks and names are one scale, whatever their ids. */
export function scaleSignature(scale: Scale): string {
  return scale.levels.map((l) => `${l.rank}:${nameKey(l.name)}`).join('|');
}
