// What the question chooser needs to know of a linked plan: its stage, largest gaps, target and next milestone.
import type { Framework } from '../model/framework';
import { indexFramework } from '../model/framework';
import { isOpenMilestone, type Milestone, type Plan } from '../model/plan';
import { gapAnalysis } from '../gap/gap';
import { personLevels } from '../gap/levels';
import type { PromptContext } from './choose';

/** The open milestone due soonest. */
export function nextMilestone(plan: Pick<Plan, 'milestones'>): Milestone | undefined {
  return plan.milestones
    .filter(isOpenMilestone)
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))[0];
}

/** The plan's side of a prompt context; gaps come from the framework when given, else from open milestones. */
export function planPromptContext(plan: Plan, framework?: Framework): NonNullable<PromptContext['plan']> {
  let gaps: string[];
  let targetRole: string | undefined;
  const looksLike: Record<string, string> = {};
  const target = framework && indexFramework(framework).roleById.get(plan.targetRoleId);
  if (framework && target) {
    const { levels, detail } = personLevels(framework, plan.assessment);
    const open = gapAnalysis(framework, target, levels, detail).gaps;
    gaps = open.map((g) => g.competency);
    for (const g of open) if (g.requiredLooksLike) looksLike[g.competency] = g.requiredLooksLike.replace(/\s*\n\s*/g, '; ');
    targetRole = target.title;
  } else {
    // without the framework, the open competency milestones name the gaps ("Reach X in Y")
    gaps = [...new Set(plan.milestones.filter((m) => m.status !== 'done' && m.status !== 'dropped' && m.link.kind === 'competency').map((m) => m.title.replace(/^Reach .+? in /, '')))];
    targetRole = plan.targetRoleId;
  }
  return { stage: plan.stage, gaps, targetRole, nextMilestone: nextMilestone(plan)?.title, name: plan.employee.name, ...(Object.keys(looksLike).length ? { looksLike } : {}) };
}
