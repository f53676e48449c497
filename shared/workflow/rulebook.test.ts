import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allowedCommands, refusalFor } from './rulebook';
import { WorkflowError } from './workflow';
import { applyCommand, type PlanCommand } from '../plan/commands';
import { COMMAND_TYPES, parsePlanCommand, type CommandType } from '../plan/command-schema';
import type { Plan } from '../model/plan';
import type { Person } from '../model/person';
import { personLevels } from '../gap/levels';
import { gapAnalysis } from '../gap/gap';
import { ALEX, DANA, MORGAN, testFramework } from '../test/fixtures';
import { OUTSIDER, plansAtEveryStage } from '../test/lifecycle';

const framework = testFramework();
const PLANS = plansAtEveryStage(framework);
const ACTORS: Person[] = [ALEX, DANA, MORGAN, OUTSIDER, { name: 'ALEX@example.com'.toLowerCase(), email: 'ALEX@EXAMPLE.COM' }];
const at = (stage: Plan['stage']) => PLANS.find((p) => p.stage === stage)!;

/** A well-formed command of each type for a plan, as a surface would send it. */
function sample(type: CommandType, plan: Plan): PlanCommand {
  const open = plan.milestones.find((m) => m.status === 'planned' || m.status === 'in-progress');
  switch (type) {
    case 'set-objectives': return { type, objectives: { fiveYears: 'Lead a platform team' } };
    case 'set-profile': return { type, profile: { barriers: ['No on-call rotation yet'] } };
    case 'review-alignment': return { type, companyNeeds: 'Needed next year' };
    case 'modify-role': return { type, targetRoleId: 'staff' };
    case 'add-assessment': return { type, assertions: [{ competencyId: 'code', level: 3, source: 'self', date: '2026-03-01', evidence: '' }] };
    case 'redraft': return { type, horizonMonths: 12 };
    case 'set-milestones': return { type, milestones: plan.milestones };
    case 'set-actions': return { type, actions: plan.actions };
    case 'set-approvers': return { type, approvers: [MORGAN] };
    case 'employee-request-changes':
    case 'request-changes': return { type, comment: 'More on design' };
    case 'complete-milestone': return { type, milestoneId: open?.id ?? 'none', evidence: 'Led the review' };
    case 'add-recognition':
    case 'add-comment': return { type, text: 'Well done' };
    case 'record-check-in': return { type, notes: 'Talked about design reviews' };
    default: return { type } as PlanCommand;
  }
}

describe('the rulebook', () => {
  it('is what applyCommand enforces: a refused command changes nothing, an allowed one is refused only for its arguments', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLANS), fc.constantFrom(...ACTORS), fc.constantFrom(...COMMAND_TYPES), (plan, actor, type) => {
        const permission = allowedCommands(plan, actor, framework).find((p) => p.type === type)!;
        const before = JSON.stringify(plan);
        let command = sample(type, plan);
        if (type === 'add-assessment' && permission.allowed) {
          const source = refusalFor(plan, type, actor, framework) ? 'self' : actor.email?.toLowerCase() === ALEX.email ? 'self' : actor === DANA ? 'manager' : 'peer';
          command = { type, assertions: [{ competencyId: 'code', level: 3, source, date: '2026-03-01', evidence: '' }] };
        }
        if (type === 'complete-milestone' && permission.allowed) command = { ...command, milestoneId: permission.milestoneIds![0]! } as PlanCommand;
        let error: unknown;
        try {
          applyCommand(plan, command, { actor, now: '2026-03-01T10:00:00.000Z', framework });
        } catch (e) {
          error = e;
        }
        expect(JSON.stringify(plan)).toBe(before);
        if (!permission.allowed) {
          expect(error).toBeInstanceOf(WorkflowError);
          expect((error as Error).message).toBe(permission.reason);
        } else if (error) {
          // the only refusals left are about what was sent, never about who or when
          expect((error as WorkflowError).code, `${plan.stage} ${type} ${actor.name}: ${(error as Error).message}`).toBe('invalid');
        }
      }),
      { numRuns: 600 },
    );
  });

  it('lets someone not on the plan do nothing, with a reason for each command', () => {
    for (const plan of PLANS) {
      for (const p of allowedCommands(plan, OUTSIDER, framework)) {
        expect(p.allowed, `${plan.stage} ${p.type}`).toBe(false);
        expect(p.reason).toMatch(/not on this plan/);
      }
    }
  });

  it('refuses an unknown command, and one from someone not on the plan, changing nothing', () => {
    const plan = at('active');
    const before = JSON.stringify(plan);
    expect(() => applyCommand(plan, { type: 'delete-everything' } as unknown as PlanCommand, { actor: OUTSIDER, now: '2026-03-01T00:00:00Z', framework })).toThrow(/unknown plan command "delete-everything": a plan command is one of set-objectives/);
    expect(() => applyCommand(plan, { type: 'add-comment', text: 'hi' }, { actor: OUTSIDER, now: '2026-03-01T00:00:00Z', framework })).toThrow(/Riley Outsider is not on this plan/);
    expect(() => parsePlanCommand({ type: 'add-comment', text: 4 })).toThrow(/"add-comment" command is malformed: text/);
    expect(() => parsePlanCommand({ type: 'approve', extra: 'field' })).toThrow(/malformed/);
    expect(JSON.stringify(plan)).toBe(before);
  });

  it('offers each participant what the process gives them at each stage', () => {
    const allowed = (stage: Plan['stage'], who: Person) => allowedCommands(at(stage), who, framework).filter((p) => p.allowed).map((p) => p.type);
    expect(allowed('objectives', ALEX)).toEqual(expect.arrayContaining(['set-objectives', 'set-profile', 'add-assessment', 'add-comment']));
    expect(allowed('objectives', ALEX)).not.toContain('submit-objectives');
    expect(allowedCommands(at('objectives'), ALEX, framework).find((p) => p.type === 'submit-objectives')!.reason).toMatch(/objectives are not complete/);
    expect(allowed('leadership-review', MORGAN)).toEqual(expect.arrayContaining(['approve', 'request-changes']));
    expect(allowed('leadership-review', ALEX)).not.toContain('approve');
    expect(allowed('active', DANA)).toEqual(expect.arrayContaining(['add-assessment', 'complete-milestone', 'set-actions', 'record-check-in']));
    expect(allowed('active', ALEX)).toEqual(expect.arrayContaining(['add-assessment', 'set-profile', 'set-actions', 'record-check-in']));
    expect(allowed('achieved', DANA)).not.toContain('add-assessment');
  });
});

describe('after approval the plan grows', () => {
  it('the manager confirms a milestone that targets a level with the level and evidence, and readiness moves; the employee cannot tick it', () => {
    const plan = at('active');
    const m = plan.milestones.find((x) => x.link.kind === 'competency' && x.status === 'planned')!;
    expect(() => applyCommand(plan, { type: 'complete-milestone', milestoneId: m.id, evidence: 'I did it' }, { actor: ALEX, now: '2026-03-01T00:00:00Z', framework })).toThrow(/the manager confirms it with the level and evidence/);
    const target = framework.roles.find((r) => r.id === plan.targetRoleId)!;
    const readiness = (p: Plan) => { const l = personLevels(framework, p.assessment); return gapAnalysis(framework, target, l.levels, l.detail).readiness; };
    const done = applyCommand(plan, { type: 'complete-milestone', milestoneId: m.id, evidence: 'Led two design reviews', level: m.link.kind === 'competency' ? m.link.level : 0 }, { actor: DANA, now: '2026-03-01T00:00:00Z', framework });
    expect(done.assessment.at(-1)).toMatchObject({ source: 'manager', evidence: 'Led two design reviews', by: DANA.email, date: '2026-03-01' });
    expect(readiness(done)).toBeGreaterThan(readiness(plan));
    expect(() => applyCommand(plan, { type: 'complete-milestone', milestoneId: m.id, evidence: 'x', level: -5 }, { actor: DANA, now: '2026-03-01T00:00:00Z', framework })).toThrow(/is not a level of|below the milestone/);
  });

  it('keeps SWOT, barriers and the career buddy editable by the employee while the plan runs', () => {
    const plan = applyCommand(at('active'), { type: 'set-profile', profile: { swot: { strengths: ['Debugging'], weaknesses: [], opportunities: ['Payments rewrite'], threats: [] }, barriers: ['No time'], careerBuddy: { name: 'Sam Okoro', email: 'sam@example.com' }, growthPreference: 'individual-contributor' } }, { actor: ALEX, now: '2026-03-01T00:00:00Z', framework });
    expect(plan.profile).toMatchObject({ barriers: ['No time'], careerBuddy: { name: 'Sam Okoro' }, growthPreference: 'individual-contributor', swot: { opportunities: ['Payments rewrite'] } });
    expect(() => applyCommand(plan, { type: 'set-profile', profile: { barriers: [] } }, { actor: DANA, now: '2026-03-01T00:00:00Z', framework })).toThrow(/only the employee edits their SWOT/);
  });
});
