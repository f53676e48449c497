import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPlan, draftMilestones } from './generate';
import { addMonths, daysBetween } from './dates';
import { applyCommand } from './commands';
import { findRoutes } from '../lattice/routes';
import { gapAnalysis } from '../gap/gap';
import { indexFramework } from '../model/framework';
import { ALEX, assertion, DANA, testFramework } from '../test/fixtures';
import { frameworkArb } from '../test/arbitraries';

describe('drafting a plan', () => {
  const framework = testFramework();
  const assessment = [assertion('code', 3), assertion('design', 1), assertion('domain', 2), assertion('comms', 3)];

  it('closes each gap one level at a time, dated and measurable, then goals from the target role', () => {
    const plan = createPlan({ id: 'p', framework, employee: ALEX, manager: DANA, currentRoleId: 'eng2', targetRoleId: 'senior', assessment, by: 'alex', now: '2026-02-01T09:00:00Z' });
    const steps = plan.milestones.filter((m) => m.link.kind === 'competency').map((m) => m.title);
    expect(steps).toEqual(expect.arrayContaining(['Reach Advanced beginner in System design', 'Reach Competent in System design', 'Reach Proficient in Coding', 'Reach Competent in Domain knowledge', 'Reach Novice in Mentoring', 'Reach Advanced beginner in Mentoring']));
    expect(steps).toHaveLength(6);
    // a competency's steps come in order
    const design = plan.milestones.filter((m) => m.link.kind === 'competency' && m.link.competencyId === 'design');
    expect(design.map((m) => m.due)).toEqual([...design.map((m) => m.due)].sort());
    expect(plan.milestones.filter((m) => m.link.kind === 'goal').map((m) => m.title)).toEqual(['Take on: Lead projects across teams', 'Take on: Mentor engineers', 'Take on: Shape technical direction']);
    for (const m of plan.milestones) {
      expect(m.due > '2026-02-01' && m.due <= '2027-02-01').toBe(true);
      expect(m.measure).toMatch(/Dana Lee/);
    }
    const types = new Set(plan.actions.map((a) => a.type));
    for (const t of ['training', 'stretch-project', 'mentoring', 'development-time'] as const) expect(types.has(t)).toBe(true);
    expect(plan.history).toEqual([expect.objectContaining({ revision: 1, action: 'create' })]);
  });

  it('adds an exploratory project when the route tries another track first', () => {
    const route = { roleIds: ['eng2', 'pm', 'em'], steps: [{ from: 'eng2', to: 'pm', type: 'exploratory' as const }, { from: 'pm', to: 'em', type: 'lateral' as const }] };
    const draft = draftMilestones(framework, route, assessment, { start: '2026-02-01' });
    expect(draft.actions.find((a) => a.type === 'exploratory-project')?.title).toMatch(/Product Manager/);
    expect(draft.actions.some((a) => a.type === 'shadowing' && /Engineering Manager/.test(a.title))).toBe(true);
  });

  it('keeps evidence of done milestones through a redraft (stable ids)', () => {
    let plan = createPlan({ id: 'p', framework, employee: ALEX, manager: DANA, currentRoleId: 'eng2', targetRoleId: 'senior', assessment, by: 'alex', now: '2026-02-01T09:00:00Z' });
    const first = plan.milestones[0]!;
    plan = { ...plan, stage: 'draft-plan', milestones: plan.milestones.map((m) => (m.id === first.id ? { ...m, status: 'done', evidence: [{ text: 'shipped', at: '2026-03-01' }] } : m)) };
    plan = applyCommand(plan, { type: 'redraft', horizonMonths: 6 }, { actor: DANA, now: '2026-03-02T10:00:00Z', framework });
    expect(plan.milestones.find((m) => m.id === first.id)).toMatchObject({ status: 'done', evidence: [{ text: 'shipped' }] });
    for (const m of plan.milestones.filter((x) => x.status !== 'done')) expect(m.due <= addMonths('2026-03-02', 6)).toBe(true);
  });

  it('properties: every gap of the target gets a milestone at its required level, all within the horizon', () => {
    fc.assert(
      fc.property(frameworkArb, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 36 }), (f, a, b, horizon) => {
        const from = f.roles[a % f.roles.length]!.id;
        const to = f.roles[b % f.roles.length]!.id;
        let route;
        try {
          route = findRoutes(f, new Map(), from, to).best;
        } catch {
          return;
        }
        const draft = draftMilestones(f, route, [], { start: '2026-01-01', horizonMonths: horizon });
        const target = indexFramework(f).roleById.get(to)!;
        for (const gap of gapAnalysis(f, target, new Map()).gaps) {
          const top = draft.milestones.filter((m) => m.link.kind === 'competency' && m.link.competencyId === gap.competencyId).map((m) => (m.link as { level: number }).level);
          expect(Math.max(...top)).toBe(gap.required);
          expect(top).toHaveLength(gap.gap);
        }
        for (const m of draft.milestones) {
          expect(daysBetween('2026-01-01', m.due)).toBeGreaterThan(0);
          expect(m.due <= addMonths('2026-01-01', horizon)).toBe(true);
        }
        expect(new Set(draft.milestones.map((m) => m.id)).size).toBe(draft.milestones.length);
      }),
    );
  });
});
