// Reads "This role includes all of the responsibilities above, plus:" and its kin: a level that inherits another's items.
import { nameKey } from '../../model/names';
import type { Diagnostic } from '../diagnostics';
import type { LevelDraft } from './finish-role';
import { where } from './finish-role';
import type { ItemKind } from './placement';
import type { RawItem, RoleDraft } from './role-reader';
import { looksLikeJobTitle } from './titles';

export interface InheritanceCue {
  /** Which of the source's items come along. */
  kinds: ItemKind[] | 'all';
  /** The role named as the source ("Manager, Field Marketing", "level one"); absent = the level before. */
  from?: string;
  /** "sharing the same requirements and responsibilities outlined above": the family's shared items. */
  shared?: boolean;
}

function kindsNamed(text: string): ItemKind[] | 'all' | undefined {
  const kinds: ItemKind[] = [];
  if (/\bresponsibilit|\bduties\b/i.test(text)) kinds.push('responsibilities');
  if (/\brequirement|\bqualification/i.test(text)) kinds.push('requirements');
  // a level's requirements, as its page lists them, hold its "… is a plus" items too: inherited with them
  if (/\bnice[- ]to[- ]have|\bpreferred\b|\bbonus/i.test(text) || kinds.includes('requirements')) kinds.push('preferred');
  if (kinds.length) return kinds;
  if (/\b(performance indicators?|kpis?|okrs?|metrics|compensation|grade)\b/i.test(text)) return undefined;
  return 'all';
}

const NUMBER_WORDS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10' };

/** "level one" → "level 1", so a named level finds its role. */
export function normaliseLevelName(name: string): string {
  return name.replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten)\b/gi, (w) => NUMBER_WORDS[w.toLowerCase()]!).trim();
}

/** The words that name what is inherited: "requirements", "the responsibilities", "expectations" … */
const KIND = String.raw`(requirements?|responsibilit(?:y|ies)|expectations?|criteria|qualifications?|duties|duty)`;
/** Where the named level ends: ", plus", ", and:", ":", a full stop, "as well as". */
const OBJECT_END = String.raw`(?=\s*(?:,|:|;|\.|\bplus\b|\band\b|\bas well as\b|$))`;
const RELATIVE = /\b(above|below|previous|prior|preceding|lower|earlier|beneath|before)\b/i;

/** The ways a page names the level a role builds on, groups: the kind word before the level, the level, the kind word after it. */
const NAMED_FORMS: RegExp[] = [
  // "In addition to meeting all of the requirements of a Manager, Field Marketing, the Senior Manager will …"
  new RegExp(String.raw`\bin addition to (?:meeting |having )?(?:all )?(?:of )?(?:the )?${KIND}\s+(?:of|for)\s+(?:an?\s+|the\s+)?(.+?)(?=,?\s+the\s|,?\s+they\s|\s+will\s|\s*[:.]?$)`, 'i'),
  // "In addition to the Data Engineer I expectations:"
  new RegExp(String.raw`\bin addition to (?:meeting |having )?(?:all )?(?:of )?(?:the )?()(.+?)(?:['’]s)?\s+${KIND}\b`, 'i'),
  // "extends the Backend Engineer role"
  /\bextends the ()(.+?) role\b/i,
  // "Includes all of the expectations of the level below", "Everything in Data Engineer I, plus", "All criteria from level one"
  new RegExp(String.raw`\b(?:all|everything)\s+(?:of\s+)?(?:the\s+)?(?:${KIND}\s+)?(?:from|in|of|for)\s+(.+?)${OBJECT_END}`, 'i'),
  // "Includes all Data Engineer I responsibilities, and:", "All of the Data Engineer I requirements, plus:"
  new RegExp(String.raw`\b(?:all|everything)\s+(?:of\s+)?(?:the\s+)?()(.+?)(?:['’]s)?\s+${KIND}\b`, 'i'),
  // "Extends that of the Support Engineer responsibilities", "Extends that of the Intermediate level"
  new RegExp(String.raw`\bextends (?:that|those) of (?:the\s+|an?\s+)?()(.+?)(?:['’]s)?(?:\s+${KIND})?${OBJECT_END}`, 'i'),
  // "Extends the Accounts Payable Analyst responsibilities" (no "that of"), "Extends the Intermediate level's requirements"
  new RegExp(String.raw`^\s*extends (?:the\s+|an?\s+)?()(.+?)(?:['’]s)?\s+${KIND}${OBJECT_END}`, 'i'),
  // "Same as Data Engineer I, plus:"
  new RegExp(String.raw`^same as\s+()(.+?)${OBJECT_END}`, 'i'),
];

/** Whether the sentence reads as building on something: "plus", "includes", "in addition", "same as", a closing colon … */
const BUILDS_ON = /\b(plus|includ\w*|in addition|same as|as well as|extends|builds? on)\b|[:]\s*$|^\s*(all|everything)\b/i;

/**
 * The level a reference names ("Data Engineer I", "level one"), or the level before for "the level below",
 * "above"; with the kind word it carries ("the Data Engineer I requirements"). Undefined when it names no level.
 */
function levelReferenced(object: string, kindWord: string): { kindWord: string; relative?: true; name?: string } | undefined {
  const determiners = /^(?:the|a|an)\s+/i;
  let name = object.trim().replace(determiners, '');
  const leading = new RegExp(String.raw`^${KIND}\s+(?:of|for|from|in)\s+(.+)$`, 'i').exec(name);
  if (leading) [kindWord, name] = [kindWord || leading[1]!, leading[2]!.replace(determiners, '')];
  const trailing = new RegExp(String.raw`^(.+?)(?:['’]s)?\s+${KIND}$`, 'i').exec(name);
  if (trailing) [name, kindWord] = [trailing[1]!, kindWord || trailing[2]!];
  if (RELATIVE.test(name)) return { kindWord, relative: true };
  const bare = normaliseLevelName(name.replace(/^(?!level\b)(.+?)\s+(level|role)$/i, '$1'));
  // "all customer requirements" names a kind of requirement, not a level
  if (!bare || !(looksLikeJobTitle(bare) || /^(level|lvl|grade|band|tier)\s+\w+$/i.test(bare))) return undefined;
  return { kindWord, name: bare };
}

/** The inheritance a sentence states, or undefined. Short sentences only: a long one is content that happens to say "above". */
export function inheritanceIn(text: string): InheritanceCue | undefined {
  const t = text.trim();
  if (t.length > 220 || /\b(performance indicators?|kpis?)\b/i.test(t)) return undefined;
  if (/\b(shar(e|es|ing) the same (requirements|responsibilities)|share the following (requirements|responsibilities)|same (requirements|responsibilities) (and (requirements|responsibilities) )?(outlined|listed|described|as) above)\b/i.test(t)) {
    return { kinds: 'all', shared: true };
  }
  if (!BUILDS_ON.test(t)) return undefined;
  for (const form of NAMED_FORMS) {
    const m = form.exec(t);
    if (!m) continue;
    // the kind word comes before the level (group 1) or after it (group 3)
    // "Extends that of Payroll": an explicit "extends" names its source even when that is the family, not a job title
    const explicit: ReturnType<typeof levelReferenced> = /^\s*extends\b/i.test(t) && (m[2] ?? '').trim().split(/\s+/).length <= 6 ? { kindWord: m[1] || m[3] || '', name: (m[2] ?? '').trim().replace(/^(?:the|a|an)\s+/i, '') } : undefined;
    const reference = levelReferenced(m[2] ?? '', m[1] || m[3] || '') ?? (explicit?.name ? explicit : undefined);
    if (!reference) continue;
    const { kindWord } = reference;
    // "all of the above, plus", "everything in the level below": no name, the level before
    if (reference.relative) return { kinds: kindWord ? (kindsNamed(kindWord) ?? 'all') : (kindsNamed(t) ?? 'all') };
    return { kinds: kindsNamed(kindWord) ?? 'all', from: reference.name! };
  }
  if (/\b(all|everything)\b/i.test(t) && RELATIVE.test(t) && /\b(includ\w*|plus|in addition|as well as|meets?|meeting|has|have|expectations)\b/i.test(t)) {
    const kinds = kindsNamed(t);
    if (!kinds) return undefined;
    return { kinds };
  }
  if (/\bin addition to\b/i.test(t) && RELATIVE.test(t)) return { kinds: kindsNamed(t) ?? 'all' };
  return undefined;
}

/** Copies items of some kinds from one draft into another, after its own, skipping ones it already has. */
export function inheritItems(into: RoleDraft, from: RawItem[], kinds: ItemKind[] | 'all', topic?: string): void {
  const have = new Set(into.items.map((i) => `${i.kind}\u0000${nameKey(i.text)}`));
  const inherited = from.filter((i) => (kinds === 'all' || kinds.includes(i.kind)) && (topic === undefined || i.topic === topic) && !have.has(`${i.kind}\u0000${nameKey(i.text)}`));
  into.items.unshift(...inherited.map((i) => ({ ...i, inherited: true })));
}

/** Resolves a named inheritance source ("Manager, Field Marketing", "level 1") among the levels before. */
function namedLevel(levels: LevelDraft[], name: string, before: number): number | undefined {
  const key = nameKey(normaliseLevelName(name));
  const candidates = levels.map((l, i) => ({ l, i })).filter(({ i }) => i !== before);
  const exact = candidates.find(({ l }) => nameKey(l.title) === key || nameKey(l.level) === key);
  if (exact) return exact.i;
  // "level 1" finds the last sub-level of level 1 ("Level 1C") before this one
  const prefix = candidates.filter(({ l, i }) => i < before && (nameKey(l.title).endsWith(key) || nameKey(l.title).includes(`${key} `) || nameKey(l.title).endsWith(`${key}`) || new RegExp(`\\b${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[a-z]?\\b`).test(nameKey(l.title))));
  return prefix.length ? prefix[prefix.length - 1]!.i : undefined;
}

/** Applies "includes everything above, plus" in dependency order, so Staff gets Senior's items after Senior got Intermediate's. */
export function resolveInheritance(levels: LevelDraft[], diagnostics: Diagnostic[], file: string | undefined): void {
  const state = new Map<number, 'busy' | 'done'>();
  const visit = (i: number) => {
    if (state.get(i) === 'done') return;
    if (state.get(i) === 'busy') return; // a loop of "same as": each keeps what it has
    state.set(i, 'busy');
    const level = levels[i]!;
    for (const cue of level.draft.inherits) {
      if (cue.shared) continue;
      let source: number | undefined = i - 1;
      if (cue.from) {
        source = namedLevel(levels, cue.from, i);
        if (source === undefined) {
          diagnostics.push({ severity: 'warning', message: `"${level.title}" says it builds on "${cue.from}", but no level of that name is on this page; its items were not copied`, ...where(file, cue) });
          continue;
        }
      }
      if (source < 0) continue;
      visit(source);
      inheritItems(level.draft, levels[source]!.draft.items, cue.kinds, cue.topic);
    }
    state.set(i, 'done');
  };
  levels.forEach((_, i) => visit(i));
}
