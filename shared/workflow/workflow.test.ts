import { describe, expect, it } from 'vitest';
import { checkEvent, nextActors, WORKFLOW, WorkflowError, type WorkflowEvent } from './workflow';
import { applyCommand, missingForLeadershipReview, type CommandContext, type PlanCommand } from '../plan/commands';
import { createPlan } from '../plan/generate';
import { StageSchema, type Plan, type Stage } from '../model/plan';
import type { Person } from '../model/person';
import { ALEX, assertion, DANA, MORGAN, SAM, testFramework } from '../test/fixtures';

const framework = testFramework();
const OUTSIDER: Person = { name: 'Riley Outsider', email: 'riley@example.com' };

/** The process as the product states it: stage, event, next stage ('—' keeps the stage), who may do it. */
const EXPECTED: [Stage, WorkflowEvent, Stage | '—', string][] = [
  ['objectives', 'submit-objectives', 'alignment', 'employee'],
  ['alignment', 'review-alignment', '—', 'manager'],
  ['alignment', 'accept-role', 'skills-and-gaps', 'employee'],
  ['alignment', 'modify-role', 'skills-and-gaps', 'employee'],
  ['skills-and-gaps', 'complete-assessment', 'draft-plan', 'manager'],
  ['draft-plan', 'submit-for-review', 'employee-review', 'employee manager'],
  ['employee-review', 'employee-accept-plan', 'leadership-review', 'employee'],
  ['employee-review', 'employee-request-changes', 'draft-plan', 'employee'],
  ['leadership-review', 'approve', '—', 'approver'],
  ['leadership-review', 'request-changes', 'changes-requested', 'approver'],
  ['changes-requested', 'resubmit', 'leadership-review', 'employee manager'],
  ['approved', 'activate', 'active', 'employee manager'],
  ['active', 'achieve', 'achieved', 'manager'],
];

function planAt(stage: Stage, approvers: Person[] = [MORGAN]): Plan {
  const plan = createPlan({ id: 'p', framework, employee: ALEX, manager: DANA, approvers, currentRoleId: 'eng2', targetRoleId: 'senior', by: ALEX.email!, now: '2026-01-05T09:00:00.000Z' });
  return { ...plan, stage };
}

describe('the workflow transition table', () => {
  it('is exactly the process: every stage, event, next stage and actor', () => {
    expect(WORKFLOW.map((r) => [r.from.join(' '), r.event, r.to ?? '—', r.who.join(' ')])).toEqual(EXPECTED.map(([from, event, to, who]) => [from, event, to, who]));
  });

  it('allows each event only at its stage and only to its actors, and says why otherwise', () => {
    const actors: [string, Person][] = [['employee', ALEX], ['manager', DANA], ['approver', MORGAN], ['outsider', OUTSIDER]];
    for (const stage of StageSchema.options) {
      for (const [, event, to, who] of EXPECTED.map((row) => row)) {
        for (const [role, person] of actors) {
          const plan = planAt(stage);
          const legal = EXPECTED.some(([s, e, , w]) => s === stage && e === event && w.split(' ').includes(role));
          let error: unknown;
          try {
            const rule = checkEvent(plan, event, person);
            expect(rule.to ?? '—').toBe(to);
          } catch (e) {
            error = e;
          }
          expect(error === undefined, `${stage} / ${event} / ${role}`).toBe(legal);
          if (error) {
            expect(error).toBeInstanceOf(WorkflowError);
            const stageOk = EXPECTED.some(([s, e]) => s === stage && e === event);
            expect((error as WorkflowError).code).toBe(stageOk ? 'not-allowed' : 'illegal-transition');
            const ownPlan = role === 'employee' && (event === 'approve' || event === 'request-changes');
            const why = !stageOk ? `cannot ${event} while the plan is at "${stage}"` : ownPlan ? 'cannot approve their own plan' : `only the ${who.replace(' ', ' or ')} can ${event}`;
            expect((error as WorkflowError).message).toContain(why);
          }
        }
      }
    }
  });

  it('never lets anyone approve their own plan, even when listed as an approver', () => {
    const plan = planAt('leadership-review', [MORGAN, ALEX]);
    expect(() => checkEvent(plan, 'approve', ALEX)).toThrow(/cannot approve their own plan/);
    expect(() => checkEvent(plan, 'request-changes', ALEX)).toThrow(/cannot approve their own plan/);
  });
});

/** Runs commands in order, each as its actor, returning the plan after each. */
function run(plan: Plan, steps: [Person, PlanCommand][], day = 10): Plan {
  let current = plan;
  for (const [actor, command] of steps) {
    const ctx: CommandContext = { actor, now: `2026-01-${String(day++).padStart(2, '0')}T10:00:00.000Z`, framework };
    current = applyCommand(current, command, ctx);
  }
  return current;
}

const OBJECTIVES: PlanCommand = { type: 'set-objectives', objectives: { beyondCurrentRole: ['Lead a cross-team project'], fiveYears: 'Staff engineer' } };
const FULL_ASSESSMENT = (source: 'self' | 'manager'): PlanCommand => ({
  type: 'add-assessment',
  assertions: ['code', 'design', 'domain', 'comms', 'mentor'].map((c) => ({ ...assertion(c, 2, source), date: '2026-01-06' })),
});

function toLeadershipReview(approvers: Person[] = [MORGAN]): Plan {
  return run(planAt('objectives', approvers), [
    [ALEX, OBJECTIVES],
    [ALEX, { type: 'submit-objectives' }],
    [DANA, { type: 'review-alignment', companyNeeds: 'Payments needs senior engineers next year', stakeholders: ['Head of Payments'] }],
    [ALEX, { type: 'accept-role' }],
    [ALEX, FULL_ASSESSMENT('self')],
    [DANA, FULL_ASSESSMENT('manager')],
    [DANA, { type: 'complete-assessment' }],
    [DANA, { type: 'redraft' }],
    [DANA, { type: 'submit-for-review' }],
    [ALEX, { type: 'employee-accept-plan' }],
  ]);
}

describe('a plan through the whole process', () => {
  it('goes from objectives to achieved, every change in the history with a new revision', () => {
    let plan = toLeadershipReview();
    expect(plan.stage).toBe('leadership-review');
    expect(nextActors(plan)).toEqual({ who: [MORGAN], what: 'approve the plan or request changes' });
    plan = run(plan, [[MORGAN, { type: 'request-changes', comment: 'Add a milestone on incident leadership' }]], 20);
    expect(plan.stage).toBe('changes-requested');
    expect(() => run(plan, [[DANA, { type: 'resubmit' }]], 21)).toThrow(/nothing was changed since leadership asked for changes/);
    plan = run(plan, [
      [DANA, { type: 'set-actions', actions: [...plan.actions, { id: 'a-incident', type: 'stretch-project', title: 'Lead the next incident review', competencyIds: [], milestoneIds: [], status: 'planned' }] }],
      [DANA, { type: 'resubmit' }],
      [MORGAN, { type: 'approve', comment: 'Good plan' }],
      [ALEX, { type: 'activate' }],
    ], 21);
    expect(plan.stage).toBe('active');
    for (const m of plan.milestones) plan = run(plan, [[DANA, { type: 'complete-milestone', milestoneId: m.id, evidence: `Shown in the ${m.id} review` }]], 1);
    plan = run(plan, [[DANA, { type: 'add-recognition', text: 'Led the ledger migration' }], [DANA, { type: 'achieve' }]], 2);
    expect(plan.stage).toBe('achieved');
    expect(plan.history.map((h) => h.revision)).toEqual(plan.history.map((_, i) => i + 1));
    expect(plan.revision).toBe(plan.history.length);
    expect(plan.history.map((h) => h.action)).toEqual(expect.arrayContaining(['create', 'submit-objectives', 'request-changes', 'resubmit', 'approve', 'achieve']));
    expect(plan.approvals.map((a) => a.decision)).toEqual(['changes-requested', 'approved']);
  });

  it('counts a redraft (say, after a new assessment) as revising the plan leadership sent back', () => {
    let plan = run(toLeadershipReview(), [[MORGAN, { type: 'request-changes', comment: 'Reassess system design first' }]], 20);
    plan = run(plan, [[DANA, { type: 'add-comment', text: 'Will do' }]], 21);
    expect(() => run(plan, [[DANA, { type: 'resubmit' }]], 22)).toThrow(/nothing was changed/);
    plan = run(plan, [[DANA, { type: 'redraft', horizonMonths: 9 }], [DANA, { type: 'resubmit' }]], 22);
    expect(plan.stage).toBe('leadership-review');
  });

  it('keeps the plan from leadership until every required step is complete, listing what is missing', () => {
    const draft = run(planAt('objectives'), [[ALEX, OBJECTIVES]]);
    const missing = missingForLeadershipReview(draft, framework);
    expect(missing).toEqual(expect.arrayContaining(['the employee has not accepted or modified the reviewed role', 'the manager has not recorded the review against company needs', expect.stringMatching(/^no self-assessment of /), expect.stringMatching(/^no manager assessment of /)]));
    expect(() => run(planAt('objectives'), [[ALEX, { type: 'submit-objectives' }]])).toThrow(/objectives are not complete: career goals beyond the current role; where they see themselves in five years/);
    const atSkills = run(planAt('objectives'), [[ALEX, OBJECTIVES], [ALEX, { type: 'submit-objectives' }], [DANA, { type: 'review-alignment', companyNeeds: 'Needed' }], [ALEX, { type: 'accept-role' }], [ALEX, FULL_ASSESSMENT('self')]]);
    expect(() => run(atSkills, [[DANA, { type: 'complete-assessment' }]])).toThrow(/no manager assessment of Coding, System design/);
  });

  it('a manager cannot approve alone: a plan whose only approver is the manager cannot reach leadership', () => {
    expect(() => toLeadershipReview([DANA])).toThrow(/no leadership approver besides the manager and the employee/);
  });

  it('needs every approver, and one besides the manager', () => {
    let plan = toLeadershipReview([DANA, MORGAN]);
    plan = run(plan, [[DANA, { type: 'approve' }]], 20);
    expect(plan.stage).toBe('leadership-review');
    expect(nextActors(plan).who).toEqual([MORGAN]);
    plan = run(plan, [[MORGAN, { type: 'approve' }]], 21);
    expect(plan.stage).toBe('approved');
    expect(() => run(toLeadershipReview([MORGAN, SAM]), [[OUTSIDER, { type: 'approve' }]], 20)).toThrow(/only the approver can approve; Riley Outsider is not on this plan/);
  });

  it('the employee owns the objectives and the proposed role', () => {
    expect(() => run(planAt('objectives'), [[DANA, OBJECTIVES]])).toThrow(/only the employee sets their career objectives/);
    const reviewed = run(planAt('objectives'), [[ALEX, OBJECTIVES], [ALEX, { type: 'submit-objectives' }], [DANA, { type: 'review-alignment', companyNeeds: 'Needed' }]]);
    expect(() => run(reviewed, [[DANA, { type: 'accept-role' }]])).toThrow(WorkflowError);
    const modified = run(reviewed, [[ALEX, { type: 'modify-role', targetRoleId: 'em' }]]);
    expect(modified).toMatchObject({ stage: 'skills-and-gaps', targetRoleId: 'em', alignment: { status: 'modified' } });
    expect(modified.route.roleIds.at(-1)).toBe('em');
  });
});
