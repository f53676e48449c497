// The O*NET content model, as far as a KSA import needs it: an element id ("2.A.1.a") says whether the element is
// knowledge, a skill or an ability and which group it belongs to; LV rows are levels on 0–7, IM rows importance 1–5.
import type { CompetencyKind } from '../../model/competency';
import type { Scale } from '../../model/scale';

const GROUPS: [prefix: string, kind: CompetencyKind, category: string][] = [
  ['1.A.1', 'ability', 'Cognitive abilities'],
  ['1.A.2', 'ability', 'Psychomotor abilities'],
  ['1.A.3', 'ability', 'Physical abilities'],
  ['1.A.4', 'ability', 'Sensory abilities'],
  ['1.A', 'ability', 'Abilities'],
  ['2.A.1', 'skill', 'Basic skills: content'],
  ['2.A.2', 'skill', 'Basic skills: process'],
  ['2.B.1', 'skill', 'Social skills'],
  ['2.B.2', 'skill', 'Complex problem solving skills'],
  ['2.B.3', 'skill', 'Technical skills'],
  ['2.B.4', 'skill', 'Systems skills'],
  ['2.B.5', 'skill', 'Resource management skills'],
  ['2.A', 'skill', 'Basic skills'],
  ['2.B', 'skill', 'Cross-functional skills'],
  ['2.C.10', 'knowledge', 'Transportation'],
  ['2.C.1', 'knowledge', 'Business and management'],
  ['2.C.2', 'knowledge', 'Manufacturing and production'],
  ['2.C.3', 'knowledge', 'Engineering and technology'],
  ['2.C.4', 'knowledge', 'Mathematics and science'],
  ['2.C.5', 'knowledge', 'Health services'],
  ['2.C.6', 'knowledge', 'Education and training'],
  ['2.C.7', 'knowledge', 'Arts and humanities'],
  ['2.C.8', 'knowledge', 'Law and public safety'],
  ['2.C.9', 'knowledge', 'Communications'],
  ['2.C', 'knowledge', 'Knowledge'],
];

/** Kind and group of an O*NET element id; undefined for ids outside the knowledge, skills and abilities domains. */
export function onetElement(id: string): { kind: CompetencyKind; category: string } | undefined {
  const trimmed = id.trim();
  if (!/^\d+(\.[A-Za-z0-9]+)+$/.test(trimmed)) return undefined;
  for (const [prefix, kind, category] of GROUPS) {
    if (trimmed === prefix || trimmed.startsWith(`${prefix}.`)) return { kind, category };
  }
  return undefined;
}

/** O*NET's level scale: 0–7 (its anchors differ per element, so the levels are numbers). */
export const ONET_LEVEL_SCALE: Scale = {
  id: 'onet-level-0-7',
  name: 'O*NET level 0–7',
  levels: [0, 1, 2, 3, 4, 5, 6, 7].map((rank) => ({ rank, name: String(rank) })),
  notYetName: 'Not yet',
};

/** What an O*NET "Scale ID" cell says a row's value is. */
export function scaleRowKind(text: string): 'level' | 'importance' | undefined {
  const key = text.trim().toLowerCase();
  if (key === 'lv' || key === 'level' || key === 'levels' || key === 'proficiency') return 'level';
  if (key === 'im' || key === 'importance' || key === 'weight') return 'importance';
  return undefined;
}
