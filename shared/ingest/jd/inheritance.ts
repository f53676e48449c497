// Reads "This role includes all of the responsibilities above, plus:" and its kin: a level that inherits another's items.
import { nameKey } from '../../model/names';
import type { Diagnostic } from '../diagnostics';
import type { LevelDraft } from './finish-role';
import { where } from './finish-role';
import type { ItemKind } from './placement';
import type { RawItem, RoleDraft } from './role-reader';

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
  if (/\bnice[- ]to[- ]have|\bpreferred\b|\bbonus/i.test(text)) kinds.push('preferred');
  if (kinds.length) return kinds;
  if (/\b(performance indicators?|kpis?|okrs?|metrics|compensation|grade)\b/i.test(text)) return undefined;
  return 'all';
}

const NUMBER_WORDS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10' };

/** "level one" → "level 1", so a named level finds its role. */
export function normaliseLevelName(name: string): string {
  return name.replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten)\b/gi, (w) => NUMBER_WORDS[w.toLowerCase()]!).trim();
}

/** The inheritance a sentence states, or undefined. Short sentences only: a long one is content that happens to say "above". */
export function inheritanceIn(text: string): InheritanceCue | undefined {
  const t = text.trim();
  if (t.length > 220 || /\b(performance indicators?|kpis?)\b/i.test(t)) return undefined;
  if (/\b(shar(e|es|ing) the same (requirements|responsibilities)|share the following (requirements|responsibilities)|same (requirements|responsibilities) (and (requirements|responsibilities) )?(outlined|listed|described|as) above)\b/i.test(t)) {
    return { kinds: 'all', shared: true };
  }
  const named =
    /\bin addition to (?:meeting |having )?(?:all )?(?:of )?(?:the )?(requirements|responsibilities|expectations|criteria|qualifications)\s+(?:of|for)\s+(?:an?\s+|the\s+)?(.+?)(?=,?\s+the\s|,?\s+they\s|\s+will\s|\s*[:.]?$)/i.exec(t) ??
    /\bextends the (.+?) role\b()/i.exec(t) ??
    /\b(?:all|everything)\s+(?:(?:the\s+)?(criteria|expectations|requirements|responsibilities|duties|qualifications)\s+)?(?:from|in|of)\s+((?:the\s+)?level\s+\w+|the\s+.+?\s+(?:level|role))\b/i.exec(t) ??
    /^same as (?:the )?(.+?)(?:,|\s+plus\b|:|$)()/i.exec(t) ??
    /^(?:all of|everything in|everything from|all expectations of)\s+(?:the\s+)?(.+?),?\s+plus\b()/i.exec(t);
  if (named) {
    // the regexes put the kind word and the name in different groups
    const groups = named.slice(1).filter((g) => g !== undefined && g !== '');
    const name = groups.length > 1 ? groups[1]! : groups[0]!;
    const kindWord = groups.length > 1 ? groups[0]! : '';
    const kinds = kindsNamed(kindWord) ?? 'all';
    // "all of the above, plus", "everything in the level below": no name, the level before
    if (/\b(above|below|previous|prior|preceding|lower|earlier)\b/i.test(name)) return { kinds: kindWord ? kinds : (kindsNamed(t) ?? 'all') };
    const from = normaliseLevelName(name.replace(/^the\s+/i, '').replace(/^(?!level\b)(.+?)\s+(level|role)$/i, '$1'));
    return { kinds, from };
  }
  if (/\b(all|everything)\b/i.test(t) && /\b(above|below|previous|prior|preceding|lower|earlier|beneath|before)\b/i.test(t) && /\b(includ\w*|plus|in addition|as well as|meets?|meeting|has|have|expectations)\b/i.test(t)) {
    const kinds = kindsNamed(t);
    if (!kinds) return undefined;
    return { kinds };
  }
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
