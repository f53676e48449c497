// What a level looks like in the ladder's words, wherever a surface shows a level: the framework's descriptor when
// the surface has the framework, else the words the drafted milestone carries in its measure (the extension reads
// plans without their framework), so the add-on's cards and the extension's panel say the same thing.
import { descriptorAt } from '../model/competency';
import { indexFramework, type Framework } from '../model/framework';
import type { Milestone } from '../model/plan';

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, '; ').trim();

/** ". To reach Practitioner in System design: <descriptor>": how a drafted milestone's measure carries it. */
export function looksLikeClause(levelName: string, competency: string, descriptor: string | undefined): string {
  return descriptor ? `. To reach ${levelName} in ${competency}: ${oneLine(descriptor)}` : '';
}

/** The ladder's words for the level a competency is needed at, when it gives any. */
export function levelLooksLike(framework: Framework, competencyId: string, level: number): string | undefined {
  const competency = indexFramework(framework).competencyById.get(competencyId);
  const said = competency ? descriptorAt(competency, level) : undefined;
  return said ? oneLine(said) : undefined;
}

/** What reaching a competency milestone's level looks like: from the framework, else from the milestone's measure. */
export function milestoneLooksLike(milestone: Pick<Milestone, 'measure' | 'link'>, framework?: Framework): string | undefined {
  if (milestone.link.kind !== 'competency') return undefined;
  const fromFramework = framework ? levelLooksLike(framework, milestone.link.competencyId, milestone.link.level) : undefined;
  if (fromFramework) return fromFramework;
  const said = /\. To reach [^:]+ in [^:]+: (.+)$/s.exec(milestone.measure);
  return said ? said[1]!.trim() : undefined;
}
