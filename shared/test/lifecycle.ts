// Real plans at every stage of the process, made by running the commands people send (for the rulebook's
// property tests and the surfaces' tests): no stage is faked by setting the field.
import { applyCommand, type PlanCommand } from '../plan/commands';
import { createPlan } from '../plan/generate';
import type { Plan, Stage } from '../model/plan';
import type { Person } from '../model/person';
import type { Framework } from '../model/framework';
import { ALEX, assertion, DANA, MORGAN, testFramework } from './fixtures';

export const OUTSIDER: Person = { name: 'Riley Outsider', email: 'riley@example.com' };

const OBJECTIVES: PlanCommand = { type: 'set-objectives', objectives: { beyondCurrentRole: ['Lead a cross-team project'], fiveYears: 'Staff engineer' } };
const assessed = (source: 'self' | 'manager'): PlanCommand => ({ type: 'add-assessment', assertions: ['code', 'design', 'domain', 'comms', 'mentor'].map((c) => ({ ...assertion(c, 2, source), date: '2026-01-06' })) });

/** The steps from a new plan to achieved, each with its actor, and the stage the plan is at after it. */
export function lifecycleSteps(): [Person, PlanCommand][] {
  const steps: [Person, PlanCommand][] = [
    [ALEX, OBJECTIVES],
    [ALEX, { type: 'submit-objectives' }],
    [DANA, { type: 'review-alignment', companyNeeds: 'Payments needs senior engineers next year', stakeholders: ['Head of Payments'] }],
    [ALEX, { type: 'accept-role' }],
    [ALEX, assessed('self')],
    [DANA, assessed('manager')],
    [DANA, { type: 'complete-assessment' }],
    [DANA, { type: 'redraft' }],
    [DANA, { type: 'submit-for-review' }],
    [ALEX, { type: 'employee-accept-plan' }],
    [MORGAN, { type: 'request-changes', comment: 'Add an incident milestone' }],
    [DANA, { type: 'redraft', horizonMonths: 9 }],
    [DANA, { type: 'resubmit' }],
    [MORGAN, { type: 'approve' }],
    [ALEX, { type: 'activate' }],
  ];
  return steps;
}

/** One real plan per stage (achieved included), in the order of the process. */
export function plansAtEveryStage(framework: Framework = testFramework()): Plan[] {
  let plan = createPlan({ id: 'p', framework, employee: ALEX, manager: DANA, approvers: [MORGAN], currentRoleId: 'eng2', targetRoleId: 'senior', by: ALEX.email!, now: '2026-01-05T09:00:00.000Z' });
  const seen = new Map<Stage, Plan>([[plan.stage, plan]]);
  let day = 6;
  const at = () => `2026-01-${String(day++).padStart(2, '0')}T10:00:00.000Z`;
  for (const [actor, command] of lifecycleSteps()) {
    plan = applyCommand(plan, command, { actor, now: at(), framework });
    if (!seen.has(plan.stage)) seen.set(plan.stage, plan);
  }
  // an active plan with its milestones confirmed by the manager reaches achieved
  for (const m of plan.milestones) plan = applyCommand(plan, { type: 'complete-milestone', milestoneId: m.id, evidence: `Shown in ${m.id}` }, { actor: DANA, now: '2026-02-01T10:00:00.000Z', framework });
  seen.set('achieved', applyCommand(plan, { type: 'achieve' }, { actor: DANA, now: '2026-02-02T10:00:00.000Z', framework }));
  return [...seen.values()];
}
