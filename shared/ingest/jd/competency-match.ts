// Finds the framework's competencies in a job description's sentences, tolerant of case, punctuation, plurals and synonyms.
import type { Competency } from '../../model/competency';
import { indexFramework, type Framework } from '../../model/framework';
import type { Scale } from '../../model/scale';
import { impliedStrength, strengthToRank } from './competency-level';
import { GENERIC_WORDS, SYNONYM_GROUPS } from './synonyms';
import { FILLER, isFormOf, singular, tokens } from './word-forms';

/** One way of writing a competency: its words in order, and whether the words may come reversed ("review code"). */
interface Variant {
  words: string[];
  reversible: boolean;
}

export interface CatalogueEntry {
  competency: Competency;
  variants: Variant[];
}

/** Phrases that contain a competency's word but mean something else. */
const FALSE_FRIENDS = /\b(code of conduct|dress code|zip code|postal code|post code|area code|design systems? (team|library)|test drive)\b/gi;

function key(words: string[]): string {
  return words.map(singular).join(' ');
}

const groupByKey = new Map<string, readonly string[]>();
for (const group of SYNONYM_GROUPS) for (const phrase of group) groupByKey.set(key(tokens(phrase)), group);

function addVariant(list: Variant[], seen: Set<string>, phrase: string, fromName: boolean): void {
  const words = tokens(phrase);
  if (!words.length) return;
  // a part split off a longer name must be specific enough to stand alone
  if (!fromName && words.length === 1 && (GENERIC_WORDS.has(words[0]!) || words[0]!.length < 3)) return;
  if (words.every((w) => FILLER.has(w))) return;
  const k = key(words);
  if (seen.has(k)) return;
  seen.add(k);
  list.push({ words, reversible: words.length === 2 && !FILLER.has(words[0]!) && !FILLER.has(words[1]!) });
  const group = groupByKey.get(k);
  if (group) for (const synonym of group) addVariant(list, seen, synonym, false);
}

/** Every way the catalogue's competency may be written: name, aliases, the name's parts and their synonyms. */
export function catalogueEntry(competency: Competency): CatalogueEntry {
  const variants: Variant[] = [];
  const seen = new Set<string>();
  const names = [competency.name, ...competency.aliases];
  for (const name of names) {
    const bare = name.replace(/\([^)]*\)/g, ' ').trim() || name;
    addVariant(variants, seen, bare, true);
    // "Decision making under uncertainty" → "decision making"; "Collaboration across teams" → "collaboration"
    const head = /^(.+?)\s+(under|across|for|in|with|within|of)\s+.+$/i.exec(bare);
    if (head) addVariant(variants, seen, head[1]!, false);
    // "Testing and quality" → "testing" (never the generic "quality")
    const parts = bare.split(/\s*(?:,|\band\b|&|\/)\s*/i).filter(Boolean);
    if (parts.length > 1) for (const part of parts) addVariant(variants, seen, part, false);
  }
  return { competency, variants };
}

const catalogueCache = new WeakMap<Framework, CatalogueEntry[]>();

export function catalogueOf(framework: Framework): CatalogueEntry[] {
  let entries = catalogueCache.get(framework);
  if (!entries) {
    entries = framework.competencies.map(catalogueEntry);
    catalogueCache.set(framework, entries);
  }
  return entries;
}

/** Where a variant occurs in a clause's words: its first word and how many words it covers, or undefined. */
function findVariant(words: string[], variant: Variant): { at: number; length: number } | undefined {
  const v = variant.words;
  outer: for (let i = 0; i + v.length <= words.length; i++) {
    for (let j = 0; j < v.length; j++) if (!isFormOf(words[i + j]!, v[j]!)) continue outer;
    return { at: i, length: v.length };
  }
  if (variant.reversible) {
    // "review code", "design of systems", "making decisions"
    for (let i = 0; i + 1 < words.length; i++) {
      if (!isFormOf(words[i]!, v[1]!)) continue;
      const next = FILLER.has(words[i + 1]!) ? i + 2 : i + 1;
      if (next < words.length && isFormOf(words[next]!, v[0]!)) return { at: i, length: next - i + 1 };
    }
  }
  return undefined;
}

export interface CompetencyMention {
  competency: Competency;
  /** The sentence that asks for it. */
  evidence: string;
  /** A rank on the competency's scale the wording implies ("expert in" → the top), when it does. */
  level?: number;
}

/** The catalogue's competencies a sentence mentions, each with the level its wording implies. */
export function competenciesIn(sentence: string, framework: Framework): CompetencyMention[] {
  const catalogue = catalogueOf(framework);
  const index = indexFramework(framework);
  const clean = sentence.replace(FALSE_FRIENDS, ' ');
  const clauses = clean.split(/[;:()]|,(?=\s)|\s[-–—]\s/).map(tokens).filter((w) => w.length);
  const hits: { mention: CompetencyMention; clause: number; at: number; length: number }[] = [];
  for (const entry of catalogue) {
    for (const [c, words] of clauses.entries()) {
      let hit: { at: number; length: number } | undefined;
      for (const variant of entry.variants) {
        hit = findVariant(words, variant);
        if (hit) break;
      }
      if (!hit) continue;
      const mention: CompetencyMention = { competency: entry.competency, evidence: sentence };
      const strength = impliedStrength(words, hit.at);
      if (strength !== undefined) mention.level = strengthToRank(index.scaleOf(entry.competency.id), strength);
      hits.push({ mention, clause: c, ...hit });
      break;
    }
  }
  // "code review" is not also "coding": a match inside a longer match of another competency is the longer one's
  return hits
    .filter((h) => !hits.some((o) => o !== h && o.clause === h.clause && o.length > h.length && o.at <= h.at && h.at + h.length <= o.at + o.length))
    .map((h) => h.mention);
}

export type { Scale };
