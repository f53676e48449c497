// Reads how much of a competency a sentence asks for ("expert in" is the top of the scale, "familiarity with" near the bottom).
import type { Scale } from '../../model/scale';

/** Qualifiers, strongest first within each length, as positions on any scale: 1 = its top level, 0 = its first. */
const QUALIFIERS: [string[], number][] = [
  [['world', 'class'], 1],
  [['expert', 'level'], 1],
  [['deep', 'expertise'], 1],
  [['working', 'knowledge'], 0.5],
  [['hands', 'on'], 0.5],
  [['in', 'depth'], 0.75],
  [['basic', 'understanding'], 0.25],
  [['some', 'exposure'], 0.25],
  [['expert'], 1],
  [['experts'], 1],
  [['mastery'], 1],
  [['authority'], 1],
  [['strong'], 0.75],
  [['deep'], 0.75],
  [['extensive'], 0.75],
  [['advanced'], 0.75],
  [['significant'], 0.75],
  [['proven'], 0.75],
  [['excellent'], 0.75],
  [['exceptional'], 0.75],
  [['exemplary'], 0.75],
  [['outstanding'], 0.75],
  [['thorough'], 0.75],
  [['substantial'], 0.75],
  [['robust'], 0.75],
  [['solid'], 0.5],
  [['proficient'], 0.5],
  [['proficiency'], 0.5],
  [['competent'], 0.5],
  [['good'], 0.5],
  [['experienced'], 0.5],
  [['experience'], 0.5],
  [['practical'], 0.5],
  [['comfortable'], 0.5],
  [['familiarity'], 0.25],
  [['familiar'], 0.25],
  [['basic'], 0.25],
  [['basics'], 0.25],
  [['exposure'], 0.25],
  [['awareness'], 0.25],
  [['aware'], 0.25],
  [['foundational'], 0.25],
  [['fundamentals'], 0.25],
  [['introductory'], 0.25],
  [['understanding'], 0.25],
  [['interest'], 0],
  [['desire'], 0],
  [['willingness'], 0],
];

/** Qualifiers that are nouns: an adjective before them ("deep understanding") decides the strength. */
const NOUNS = new Set(['experience', 'understanding', 'proficiency', 'familiarity', 'exposure', 'awareness', 'interest', 'desire', 'willingness', 'fundamentals', 'basics', 'expertise', 'mastery']);

/** The qualifiers by their last word, longest first: a clause's words are looked up, not scanned against every qualifier. */
const BY_LAST_WORD = new Map<string, [string[], number][]>();
for (const q of QUALIFIERS) BY_LAST_WORD.set(q[0][q[0].length - 1]!, [...(BY_LAST_WORD.get(q[0][q[0].length - 1]!) ?? []), q]);

function qualifierEndingAt(words: string[], i: number): { phrase: string[]; strength: number } | undefined {
  for (const [phrase, strength] of BY_LAST_WORD.get(words[i]!) ?? []) {
    const start = i - phrase.length + 1;
    if (start >= 0 && phrase.every((p, j) => words[start + j] === p)) return { phrase, strength };
  }
  return undefined;
}

/** How far back from the mention a qualifier still applies ("strong written and spoken communication"). */
const WINDOW = 6;

/**
 * The strength a clause's wording gives the competency found at word `at`: the qualifier nearest before
 * it (or "X expertise" right after it). Undefined when the wording implies no level.
 */
export function impliedStrength(words: string[], at: number): number | undefined {
  for (let i = at - 1; i >= Math.max(0, at - WINDOW); i--) {
    const found = qualifierEndingAt(words, i);
    if (!found) continue;
    // "substantial understanding of", "strong experience in": the adjective says how much
    if (found.phrase.length === 1 && NOUNS.has(found.phrase[0]!)) {
      for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
        const adjective = qualifierEndingAt(words, k);
        if (adjective && !(adjective.phrase.length === 1 && NOUNS.has(adjective.phrase[0]!))) return adjective.strength;
      }
    }
    return found.strength;
  }
  for (let i = at + 1; i <= Math.min(words.length - 1, at + 3); i++) {
    if (words[i] === 'expert' || words[i] === 'expertise' || words[i] === 'mastery') return 1;
  }
  return undefined;
}

/** A strength (0 = the first level … 1 = the top) as a rank on the scale. */
export function strengthToRank(scale: Scale, strength: number): number {
  const levels = scale.levels;
  const i = Math.round(Math.min(1, Math.max(0, strength)) * (levels.length - 1));
  return levels[i]!.rank;
}
