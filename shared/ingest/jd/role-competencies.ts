// The competencies one role asks for: matched to the framework's catalogue when there is one, else proposed from the text.
import type { Framework } from '../../model/framework';
import type { ExtractedCompetency } from '../job-description';
import { competenciesIn } from './competency-match';
import { proposeCompetencies } from './competency-proposals';
import type { RawItem } from './role-reader';
import { splitSentences } from './sentences';
import { singular, tokens } from './word-forms';

/** A competency the role asks for; `asked` always says how. */
export type RoleCompetencyFinding = ExtractedCompetency & { asked: NonNullable<ExtractedCompetency['asked']> };

const ASKED_ORDER = { required: 0, responsibility: 1, preferred: 2 } as const;

function askedOf(item: RawItem): RoleCompetencyFinding['asked'] {
  return item.kind === 'requirements' ? 'required' : item.kind === 'preferred' ? 'preferred' : 'responsibility';
}

/** How many proposals one role keeps: a long page should not bury the person reviewing them. */
const MAX_PROPOSALS = 20;
/** How many sentences are read for proposals: a hundred-page description repeats itself long before this. */
const MAX_PROPOSAL_SENTENCES = 300;

/**
 * Competencies from a role's items, strongest evidence first: one entry per competency, the evidence
 * from where it is asked most firmly (required > responsibility > preferred), the highest level the
 * wording implies. `topicLevel` gives progression-table topics their level ("Level 3" of a framework).
 */
export function roleCompetencies(items: RawItem[], framework: Framework | undefined, topicLevel?: number): RoleCompetencyFinding[] {
  const ordered = [...items].sort((a, b) => ASKED_ORDER[askedOf(a)] - ASKED_ORDER[askedOf(b)]);
  const byKey = new Map<string, RoleCompetencyFinding>();
  const keep = (key: string, finding: RoleCompetencyFinding) => {
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, finding);
      return;
    }
    if (finding.level !== undefined && (known.level === undefined || finding.level > known.level) && finding.asked !== 'preferred') known.level = finding.level;
  };
  const source = (item: RawItem) => (item.line === undefined ? { block: item.block } : { block: item.block, line: item.line });
  const sentencesOf = new Map<RawItem, string[]>();
  const sentences = (item: RawItem) => {
    let list = sentencesOf.get(item);
    if (!list) sentencesOf.set(item, (list = splitSentences(item.text)));
    return list;
  };

  // topics (the areas of a progression table) name competencies outright
  for (const item of ordered) {
    if (!item.topic) continue;
    const name = item.topic.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '').trim();
    if (!name) continue;
    const mentions = framework ? competenciesIn(name, framework) : [];
    const finding: RoleCompetencyFinding = mentions.length
      ? { name: mentions[0]!.competency.name, competencyId: mentions[0]!.competency.id, matched: true, evidence: item.text, asked: askedOf(item), ...source(item) }
      : { name, matched: false, evidence: item.text, asked: askedOf(item), ...source(item) };
    if (topicLevel !== undefined && (!framework || mentions.length)) finding.level = topicLevel;
    keep(finding.competencyId ?? `proposed:${tokens(name).map(singular).join(' ')}`, finding);
  }

  if (framework) for (const item of ordered) {
    for (const sentence of sentences(item)) {
      for (const mention of competenciesIn(sentence, framework)) {
        const finding: RoleCompetencyFinding = { name: mention.competency.name, competencyId: mention.competency.id, matched: true, evidence: sentence, asked: askedOf(item), ...source(item) };
        if (mention.level !== undefined) finding.level = mention.level;
        keep(mention.competency.id, finding);
      }
    }
  }

  // proposals: everything asked for that the catalogue does not hold (or all of it, without a catalogue)
  const matchedNames = [...byKey.values()].filter((f) => f.matched).map((f) => tokens(f.name).map(singular).join(' '));
  let proposals = 0;
  let read = 0;
  for (const item of ordered) {
    if (proposals >= MAX_PROPOSALS || read >= MAX_PROPOSAL_SENTENCES) break;
    if (item.kind === 'responsibilities' && framework) continue; // with a catalogue, propose only from what is asked of the person
    for (const sentence of sentences(item)) {
      read++;
      for (const proposal of proposeCompetencies(sentence)) {
        if (proposals >= MAX_PROPOSALS) break;
        const key = `proposed:${proposal.key}`;
        // "Payments" is already the matched "Domain knowledge (payments)"; "Go" is not "Go-to-market"
        const words = proposal.key.split(' ');
        if (byKey.has(key) || matchedNames.some((m) => m === proposal.key || proposal.key.includes(m) || words.every((w) => m.split(' ').includes(w)))) continue;
        if (framework && competenciesIn(proposal.name, framework).length) continue;
        keep(key, { name: proposal.name, matched: false, evidence: sentence, asked: askedOf(item), ...source(item) });
        proposals++;
      }
    }
  }
  return [...byKey.values()].sort((a, b) => Number(b.matched) - Number(a.matched) || ASKED_ORDER[a.asked] - ASKED_ORDER[b.asked]);
}
