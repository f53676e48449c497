// Finds the framework's competencies in a job description's sentences, tolerant of case, punctuation, plurals and synonyms.
import type { Competency } from '../../model/competency';
import { indexFramework, type Framework } from '../../model/framework';
import type { Scale } from '../../model/scale';
import { impliedStrength, strengthToRank } from './competency-level';
import { GENERIC_WORDS, SYNONYM_GROUPS } from './synonyms';
import { withoutIdioms } from './job-ad-idioms';
import { casedTokens, FILLER, singular, tokens, wordForms } from './word-forms';

/** One way of writing a competency: its words in order, and whether the words may come reversed ("review code"). */
interface Variant {
  words: string[];
  reversible: boolean;
}

export interface CatalogueEntry {
  competency: Competency;
  variants: Variant[];
}

/**
 * Words before a noun: after one, "estimated" in "the estimated effort" describes the effort, and "scheduled" in
 * "during scheduled field trips" the trips; neither is the activity.
 */
const BEFORE_A_NOUN = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'your', 'his', 'her', 'any', 'each', 'every',
  'during', 'for', 'of', 'in', 'on', 'at', 'from', 'by', 'under', 'after', 'before', 'about', 'between', 'per', 'all', 'some',
]);

/** Nouns after which a competency's word only says which one: "collaboration channels", "the testing team". */
const THING_HEADS = new Set(['channel', 'channels', 'team', 'teams', 'department', 'departments', 'directorate', 'function', 'functions', 'unit', 'units', 'budget', 'budgets']);

/** Whether the one-word name at `i` only qualifies the noun after it. */
function namesAThing(words: string[], i: number): boolean {
  return i + 1 < words.length && THING_HEADS.has(words[i + 1]!);
}

/** A noun's ending: such a word before another noun qualifies it, it is not the verb of a reversed name. */
const NOUN_ENDING = /(ment|ments|tion|sion|ance|ence|ship)$/;

/** A plural agent noun ("researchers", "managers", "designers"): the people, not their work. */
const AGENT_PLURAL = /(er|or)s$/;

/** Words before a passive participle: in "interviews are scheduled" the interviews are scheduled, by someone else. */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * Whether the word at `i` is a past participle that is not the person's activity: an adjective ("the estimated
 * effort", "during scheduled field trips") or a passive ("interviews are scheduled").
 */
function participleModifier(words: string[], i: number): boolean {
  if (i === 0 || !words[i]!.endsWith('ed')) return false;
  if (AUXILIARIES.has(words[i - 1]!)) return true;
  return i + 1 < words.length && BEFORE_A_NOUN.has(words[i - 1]!) && !FILLER.has(words[i + 1]!);
}

function key(words: string[]): string {
  return words.map(singular).join(' ');
}

const groupByKey = new Map<string, readonly string[]>();
for (const group of SYNONYM_GROUPS) for (const phrase of group) groupByKey.set(key(tokens(phrase)), group);

function addVariant(list: Variant[], seen: Set<string>, phrase: string, fromName: boolean, otherNames: Pick<ReadonlySet<string>, 'has'>): void {
  const words = tokens(phrase);
  if (!words.length) return;
  // a synonym that is another competency's own name stays that competency's: "usability testing" is not "user research"
  // when the catalogue has both
  if (!fromName && otherNames.has(key(words))) return;
  // a part split off a longer name must be specific enough to stand alone
  if (!fromName && words.length === 1 && (GENERIC_WORDS.has(words[0]!) || words[0]!.length < 3)) return;
  if (words.every((w) => FILLER.has(w))) return;
  const k = key(words);
  if (seen.has(k)) return;
  seen.add(k);
  list.push({ words, reversible: words.length === 2 && !FILLER.has(words[0]!) && !FILLER.has(words[1]!) });
  const group = groupByKey.get(k);
  if (group) for (const synonym of group) addVariant(list, seen, synonym, false, otherNames);
}

/** The keys of a competency's own names (name and aliases, without a qualifier in brackets). */
function nameKeys(competency: Competency): string[] {
  return [competency.name, ...competency.aliases].map((n) => key(tokens(n.replace(/\([^)]*\)/g, ' ').trim() || n))).filter(Boolean);
}

/**
 * Every way the catalogue's competency may be written: name, aliases, the name's parts and their synonyms.
 * `otherNames` are the other competencies' own names, which no synonym may take over.
 */
export function catalogueEntry(competency: Competency, otherNames: Pick<ReadonlySet<string>, 'has'> = new Set<string>()): CatalogueEntry {
  const variants: Variant[] = [];
  const seen = new Set<string>();
  const names = [competency.name, ...competency.aliases];
  for (const name of names) {
    const bare = name.replace(/\([^)]*\)/g, ' ').trim() || name;
    addVariant(variants, seen, bare, true, otherNames);
    // "Decision making under uncertainty" → "decision making"; "Collaboration across teams" → "collaboration"
    const head = /^(.+?)\s+(under|across|for|in|with|within|of)\s+.+$/i.exec(bare);
    if (head) addVariant(variants, seen, head[1]!, false, otherNames);
    // "Charge nurse duties" → "charge nurse": the duties, skills or tasks of a thing are named by the thing
    const tail = /^(.+?\s.+?)\s+(duties|skills|tasks|activities|responsibilities|work)$/i.exec(bare);
    if (tail) addVariant(variants, seen, tail[1]!, false, otherNames);
    // "Testing and quality" → "testing" (never the generic "quality")
    const parts = bare.split(/\s*(?:,|\band\b|&|\/)\s*/i).filter(Boolean);
    if (parts.length > 1) for (const part of parts) addVariant(variants, seen, part, false, otherNames);
  }
  return { competency, variants };
}

/** A variant reachable from one word form: which entry, which variant (by priority), and whether it reads reversed. */
interface Lookup {
  entry: number;
  variant: number;
  reversed: boolean;
}

interface Catalogue {
  entries: CatalogueEntry[];
  /** The accepted forms of each variant's words, computed once. */
  forms: Set<string>[][][];
  /** Word form → the variants whose first word (or, reversed, second word) it can be. */
  byForm: Map<string, Lookup[]>;
  /** Word form → every variant word it can be (the k-th word of the variant), for names whose words stand apart. */
  anyWord: Map<string, { entry: number; variant: number; k: number }[]>;
  /** Per variant, the positions of its words that carry meaning (not "as", "of"). */
  needed: number[][][];
}

const catalogueCache = new WeakMap<Framework, Catalogue>();

export function catalogueOf(framework: Framework): CatalogueEntry[] {
  return indexedCatalogue(framework).entries;
}

/** The catalogue indexed by word form, so a long page is matched in one pass over its words. */
function indexedCatalogue(framework: Framework): Catalogue {
  let cat = catalogueCache.get(framework);
  if (cat) return cat;
  // how many competencies own each name, so a synonym is refused only when another competency owns it
  const owners = new Map<string, number>();
  const keysOf = framework.competencies.map((c) => new Set(nameKeys(c)));
  for (const keys of keysOf) for (const k of keys) owners.set(k, (owners.get(k) ?? 0) + 1);
  const entries = framework.competencies.map((competency, i) => {
    const own = keysOf[i]!;
    return catalogueEntry(competency, { has: (k: string) => (owners.get(k) ?? 0) > (own.has(k) ? 1 : 0) });
  });
  const byForm = new Map<string, Lookup[]>();
  const add = (form: string, lookup: Lookup) => {
    const list = byForm.get(form);
    if (list) list.push(lookup);
    else byForm.set(form, [lookup]);
  };
  const forms = entries.map((entry, e) =>
    entry.variants.map((variant, v) => {
      const wordSets = variant.words.map((w) => new Set([w, ...wordForms(w)]));
      for (const form of wordSets[0]!) add(form, { entry: e, variant: v, reversed: false });
      if (variant.reversible) for (const form of wordSets[1]!) add(form, { entry: e, variant: v, reversed: true });
      return wordSets;
    }),
  );
  const anyWord = new Map<string, { entry: number; variant: number; k: number }[]>();
  const needed = entries.map((entry, e) =>
    entry.variants.map((variant, v) => {
      const meaningful = variant.words.map((w, k) => (FILLER.has(w) ? -1 : k)).filter((k) => k >= 0);
      if (meaningful.length >= 2) {
        for (const k of meaningful) for (const form of forms[e]![v]![k]!) anyWord.set(form, [...(anyWord.get(form) ?? []), { entry: e, variant: v, k }]);
      }
      return meaningful;
    }),
  );
  cat = { entries, forms, byForm, anyWord, needed };
  catalogueCache.set(framework, cat);
  return cat;
}

export interface CompetencyMention {
  competency: Competency;
  /** The sentence that asks for it. */
  evidence: string;
  /** A rank on the competency's scale the wording implies ("expert in" → the top), when it does. */
  level?: number;
}

type Hits = Map<number, { clause: number; variant: number; at: number; length: number }>;

/** Where a sentence breaks into clauses: a competency's words never reach across one. */
const CLAUSE_BREAK = /[;:()]|,(?=\s)|\s[-–—]\s/;

/** A variant's words in order (or a two-word name reversed: "review code", "design of systems", "making decisions"). */
function matchInOrder(cat: Catalogue, words: string[], singulars: string[], c: number, best: Hits): void {
  for (let i = 0; i < words.length; i++) {
    const direct = cat.byForm.get(words[i]!);
    if (direct) matchCandidates(cat, direct, words, singulars, i, c, best);
    // a plural read as its singular, except an agent's ("researchers" is not "research" done: they are colleagues)
    if (singulars[i] !== words[i] && !AGENT_PLURAL.test(words[i]!)) {
      const plural = cat.byForm.get(singulars[i]!);
      if (plural) matchCandidates(cat, plural, words, singulars, i, c, best);
    }
  }
}

/** Whether the clause's word `i` is one of the forms in `set` (its plural read as its singular, except an agent's). */
function accepts(words: string[], singulars: string[], i: number, set: Set<string>): boolean {
  return i < words.length && (set.has(words[i]!) || (set.has(singulars[i]!) && !AGENT_PLURAL.test(words[i]!)));
}

function matchCandidates(cat: Catalogue, candidates: Lookup[], words: string[], singulars: string[], i: number, c: number, best: Hits): void {
  for (const { entry, variant, reversed } of candidates) {
    const sets = cat.forms[entry]![variant]!;
    let length: number;
    if (!reversed) {
      if (sets.length === 1 && (participleModifier(words, i) || namesAThing(words, i))) continue;
      // "management accounts" is not "managing accounts": a noun made of the verb, before a noun, qualifies it
      if (sets.length > 1 && NOUN_ENDING.test(words[i]!) && !NOUN_ENDING.test(cat.entries[entry]!.variants[variant]!.words[0]!)) continue;
      let j = 1;
      while (j < sets.length && accepts(words, singulars, i + j, sets[j]!)) j++;
      if (j < sets.length) continue;
      length = sets.length;
    } else {
      const next = i + 1 < words.length && FILLER.has(words[i + 1]!) ? i + 2 : i + 1;
      // "management accounts" is a noun compound (a report), "managing accounts" or "management of accounts" the work
      if (next === i + 1 && NOUN_ENDING.test(words[i]!)) continue;
      if (!accepts(words, singulars, next, sets[0]!)) continue;
      length = next - i + 1;
    }
    const known = best.get(entry);
    if (!known || c < known.clause || (c === known.clause && variant < known.variant)) best.set(entry, { clause: c, variant, at: i, length });
  }
}

/**
 * A name's words apart in one clause: "manage sales pipeline" is pipeline management, "Linux system administration"
 * is Linux administration; every word of the name must be there, close together, and one of them specific.
 */
function matchApart(cat: Catalogue, words: string[], singulars: string[], text: string, c: number, best: Hits): void {
  let names: Int32Array | undefined;
  let seen: Map<number, number[]> | undefined;
  for (let i = 0; i < words.length; i++) {
    for (let f = 0; f < 2; f++) {
      if (f === 1 && singulars[i] === words[i]) break;
      if (f === 1 && AGENT_PLURAL.test(words[i]!)) break;
      const list = cat.anyWord.get(f === 0 ? words[i]! : singulars[i]!);
      if (!list) continue;
      for (const { entry, variant, k } of list) {
        if (best.has(entry)) continue;
        const key = entry * 4096 + variant;
        seen ??= new Map();
        let at = seen.get(key);
        if (!at) seen.set(key, (at = []));
        if (at[k] === undefined) at[k] = i;
      }
    }
  }
  if (!seen) return;
  for (const [key, at] of seen) {
    const entry = Math.floor(key / 4096);
    const variant = key % 4096;
    if (best.has(entry)) continue;
    const needed = cat.needed[entry]![variant]!;
    if (needed.length < 2 || needed.some((k) => at[k] === undefined)) continue;
    // words of general meaning apart ("work directly with the team") name nothing
    if (needed.every((k) => GENERIC_WORDS.has(words[at[k]!]!) || GENERIC_WORDS.has(singulars[at[k]!]!))) continue;
    const positions = needed.map((k) => at[k]!);

    // "Collaborate with Product Management and other stakeholders": a word of a name belongs to that name, and is
    // never joined to words outside it
    const owners = (names ??= properNames(text, words.length));
    const name = owners[positions[0]!]!;
    if (positions.some((p) => owners[p] !== name)) continue;
    const from = Math.min(...positions);
    const span = Math.max(...positions) - from + 1;
    // words side by side were judged by the in-order reading ("management accounts" is not "managing accounts")
    if (span === needed.length) continue;
    if (span <= needed.length + 4) best.set(entry, { clause: c, variant, at: from, length: span });
  }
}

/**
 * Per word of a clause, the proper name it belongs to: a run of two or more capitalised words after the clause's
 * first ("Product Management", "Customer Success"); -1 for every other word.
 */
function properNames(clause: string, length: number): Int32Array {
  const names = new Int32Array(length).fill(-1);
  const cased = casedTokens(clause);
  if (cased.length !== length) return names;
  // a line in Title Case ("Manage The Sales Pipeline") capitalises every word: no name can be told from it
  const content = cased.slice(1).filter((w) => !FILLER.has(w.toLowerCase()));
  if (content.filter((w) => /^\p{Lu}/u.test(w)).length >= content.length * 0.75) return names;
  const capital = (i: number) => i > 0 && /^\p{Lu}/u.test(cased[i]!);
  for (let i = 1; i < length; i++) {
    if (!capital(i)) continue;
    let j = i;
    while (j + 1 < length && capital(j + 1)) j++;
    if (j > i) for (let k = i; k <= j; k++) names[k] = i;
    i = j;
  }
  return names;
}

/** The catalogue's competencies a sentence mentions, each with the level its wording implies. */
export function competenciesIn(sentence: string, framework: Framework): CompetencyMention[] {
  const cat = indexedCatalogue(framework);
  const index = indexFramework(framework);
  const parts = withoutIdioms(sentence).split(CLAUSE_BREAK);
  const clauses: string[][] = [];
  const texts: string[] = [];
  for (const part of parts) {
    const words = tokens(part);
    if (!words.length) continue;
    clauses.push(words);
    texts.push(part);
  }
  /** Per entry, its best hit: earliest clause, then the variant listed first. */
  const best = new Map<number, { clause: number; variant: number; at: number; length: number }>();
  const singulars = clauses.map((words) => words.map(singular));
  // words apart only for what no clause names in order
  for (let c = 0; c < clauses.length; c++) matchInOrder(cat, clauses[c]!, singulars[c]!, c, best);
  for (let c = 0; c < clauses.length; c++) matchApart(cat, clauses[c]!, singulars[c]!, texts[c]!, c, best);
  const hits = [...best.entries()].map(([entry, hit]) => ({ entry, ...hit }));
  // "code review" is not also "coding": a match inside a longer match of another competency is the longer one's
  return hits
    .filter((h) => !hits.some((o) => o !== h && o.clause === h.clause && o.length > h.length && o.at <= h.at && h.at + h.length <= o.at + o.length))
    .sort((a, b) => a.entry - b.entry)
    .map((h) => {
      const competency = cat.entries[h.entry]!.competency;
      const mention: CompetencyMention = { competency, evidence: sentence };
      const strength = impliedStrength(clauses[h.clause]!, h.at);
      if (strength !== undefined) mention.level = strengthToRank(index.scaleOf(competency.id), strength);
      return mention;
    });
}

export type { Scale };
