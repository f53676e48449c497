// What a plan still lacks before a step: the assessment, milestones for every gap, leadership review.
import { indexFramework, type Framework } from '../model/framework';
import type { Plan } from '../model/plan';
import { objectivesMissing } from '../model/profile';
import { gapAnalysis } from '../gap/gap';
import { personLevels } from '../gap/levels';
import { hasIndependentApprover } from './workflow';

/** What still keeps the plan from leadership review; empty when every required step is complete. */
export function missingForLeadershipReview(plan: Plan, framework?: Framework): string[] {
  const missing = objectivesMissing(plan.profile.objectives).map((m) => `objectives: ${m}`);
  if (plan.alignment.status !== 'accepted' && plan.alignment.status !== 'modified') missing.push('the employee has not accepted or modified the reviewed role');
  if (!plan.alignment.companyNeeds.trim()) missing.push('the manager has not recorded the review against company needs');
  if (framework) missing.push(...missingAssessment(plan, framework));
  if (!plan.milestones.length) missing.push('the plan has no milestones');
  if (framework) missing.push(...uncoveredGaps(plan, framework));
  if (!hasIndependentApprover(plan)) missing.push('no leadership approver besides the manager and the employee');
  return missing;
}

/** Target-role competencies that lack a self or a manager assessment. */
export function missingAssessment(plan: Plan, framework: Framework): string[] {
  const target = indexFramework(framework).roleById.get(plan.targetRoleId);
  if (!target) return [`target role "${plan.targetRoleId}" is not in the framework`];
  const self = new Set(plan.assessment.filter((a) => a.source === 'self').map((a) => a.competencyId));
  const manager = new Set(plan.assessment.filter((a) => a.source === 'manager').map((a) => a.competencyId));
  const index = indexFramework(framework);
  const out: string[] = [];
  const noSelf = target.competencies.filter((c) => !self.has(c.competencyId)).map((c) => index.competencyById.get(c.competencyId)?.name ?? c.competencyId);
  const noManager = target.competencies.filter((c) => !manager.has(c.competencyId)).map((c) => index.competencyById.get(c.competencyId)?.name ?? c.competencyId);
  if (noSelf.length) out.push(`no self-assessment of ${noSelf.join(', ')}`);
  if (noManager.length) out.push(`no manager assessment of ${noManager.join(', ')}`);
  return out;
}

/** Gaps of the target role that no live milestone climbs to. */
export function uncoveredGaps(plan: Plan, framework: Framework): string[] {
  const target = indexFramework(framework).roleById.get(plan.targetRoleId);
  if (!target) return [];
  const { levels, detail } = personLevels(framework, plan.assessment);
  const covered = new Map<string, number>();
  for (const m of plan.milestones) {
    if (m.status === 'dropped' || m.link.kind !== 'competency') continue;
    covered.set(m.link.competencyId, Math.max(covered.get(m.link.competencyId) ?? -Infinity, m.link.level));
  }
  return gapAnalysis(framework, target, levels, detail)
    .gaps.filter((g) => (covered.get(g.competencyId) ?? -Infinity) < g.required)
    .map((g) => `no milestone reaches ${g.requiredName} in ${g.competency}`);
}
