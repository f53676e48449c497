import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyCommand } from './commands';
import { createPlan } from './generate';
import { dayLabel, planProgress, progressSummary } from './progress';
import { readPlan, toFileJson } from '../model/files';
import { PLAN_SCHEMA_VERSION } from '../model/plan';
import { targetRequirementsOf } from '../model/target-requirements';
import { gapAnalysis } from '../gap/gap';
import { personLevels } from '../gap/levels';
import { indexFramework } from '../model/framework';
import { plansAtEveryStage } from '../test/lifecycle';
import { ALEX, DANA, MORGAN, testFramework } from '../test/fixtures';

const framework = testFramework();
const active = () => plansAtEveryStage(framework).find((p) => p.stage === 'active')!;

describe('readiness over time from the plan alone', () => {
  it('a plan records what its target role asks for when created, and the record gives the figure the framework gives', () => {
    const plan = createPlan({ id: 'p', framework, employee: ALEX, manager: DANA, approvers: [MORGAN], currentRoleId: 'eng2', targetRoleId: 'senior', by: ALEX.email!, now: '2026-01-05T09:00:00.000Z' });
    expect(plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(plan.target).toMatchObject({ roleId: 'senior', roleTitle: 'Senior Engineer', frameworkVersion: 1, requirements: [{ competencyId: 'code', level: 4, importance: 5 }, { competencyId: 'design', level: 3, importance: 4 }, { competencyId: 'domain', level: 3, importance: 3 }, { competencyId: 'comms', level: 3, importance: 3 }, { competencyId: 'mentor', level: 2, importance: 3 }] });
    expect(plan.target!.scales.map((s) => s.id)).toEqual(['proficiency-1-5']);
  });

  it('after approval a manager assessment moves the figure, the same with or without the framework, and equal to the gap analysis now', () => {
    let plan = active();
    const before = planProgress(plan);
    expect(before.known).toBe(true);
    expect(before).toEqual(planProgress(plan, framework));
    expect(progressSummary(before)).toBe(`Readiness ${Math.round(before.atApproval! * 100)}% → ${Math.round(before.now! * 100)}% since approval (${dayLabel(before.approvedOn!)})`);
    // a manager assessment recorded without the framework (as the extension does) still moves the figure
    plan = applyCommand(plan, { type: 'add-assessment', assertions: [{ competencyId: 'code', level: 4, source: 'manager', date: '2026-03-12', evidence: 'Owns the build' }] }, { actor: DANA, now: '2026-03-12T10:00:00.000Z' });
    const after = planProgress(plan);
    expect(after.now!).toBeGreaterThan(before.now!);
    expect(after.atApproval).toBe(before.atApproval);
    expect(after).toEqual(planProgress(plan, framework));
    const role = indexFramework(framework).roleById.get('senior')!;
    const { levels, detail } = personLevels(framework, plan.assessment);
    expect(after.now).toBeCloseTo(gapAnalysis(framework, role, levels, detail).readiness, 10);
    expect(progressSummary(after)).toMatch(/^Readiness \d+% → \d+% since approval \(\d+ Jan 2026\)$/);
  });

  it('any assessments, any order: the figure from the record equals the figure from the framework', () => {
    const plan = active();
    const ids = ['code', 'design', 'domain', 'comms', 'mentor', 'product'];
    fc.assert(
      fc.property(fc.array(fc.record({ c: fc.constantFrom(...ids), level: fc.integer({ min: 0, max: 5 }), manager: fc.boolean(), day: fc.integer({ min: 1, max: 28 }) }), { maxLength: 30 }), (list) => {
        const assessment = [...plan.assessment, ...list.map((a) => ({ competencyId: a.c, level: a.level, source: a.manager ? ('manager' as const) : ('self' as const), date: `2026-04-${String(a.day).padStart(2, '0')}`, evidence: '' }))];
        const p = { ...plan, assessment };
        expect(planProgress(p)).toEqual(planProgress(p, framework));
      }),
      { numRuns: 150 },
    );
  });

  it('a command with the framework at hand brings the record up to date (a changed requirement, a new target role); one without leaves it', () => {
    const plan = active();
    const raised = testFramework({ roles: framework.roles.map((r) => (r.id === 'senior' ? { ...r, competencies: r.competencies.map((c) => (c.competencyId === 'mentor' ? { ...c, level: 4 } : c)) } : r)), version: 2 } as never);
    const stale = applyCommand(plan, { type: 'add-comment', text: 'Good quarter' }, { actor: DANA, now: '2026-03-01T10:00:00.000Z' });
    expect(stale.target).toEqual(plan.target);
    const fresh = applyCommand(plan, { type: 'add-comment', text: 'Good quarter' }, { actor: DANA, now: '2026-03-01T10:00:00.000Z', framework: raised });
    expect(fresh.target).toEqual(targetRequirementsOf(raised, 'senior'));
    expect(fresh.target!.frameworkVersion).toBe(2);
    expect(planProgress(fresh).now!).toBeLessThan(planProgress(plan).now!);
  });

  it('a plan of schema version 2 is read (migrated) without a record: readiness not known without the framework, known with it', () => {
    const plan = active();
    const v2 = JSON.parse(toFileJson(plan));
    v2.schemaVersion = 2;
    delete v2.target;
    const read = readPlan(JSON.stringify(v2), 'alex.plan.json');
    expect(read.schemaVersion).toBe(3);
    expect(read.target).toBeUndefined();
    const unknown = planProgress(read);
    expect(unknown).toMatchObject({ known: false, readiness: [], approvedOn: planProgress(plan).approvedOn });
    expect(progressSummary(unknown)).toMatch(/^Readiness not known yet/);
    expect(planProgress(read, framework)).toEqual(planProgress(plan));
    // the next command with the framework writes the record
    const saved = applyCommand(read, { type: 'add-comment', text: 'Hello' }, { actor: DANA, now: '2026-03-01T10:00:00.000Z', framework });
    expect(saved.target).toEqual(plan.target);
    // a record for another role than the target (a hand edit) is not used
    expect(planProgress({ ...plan, target: { ...plan.target!, roleId: 'staff' } }).known).toBe(false);
  });

  it('says readiness before approval, and when the approval came before any assessment', () => {
    const plan = active();
    const first = planProgress(plan).readiness[0]!;
    const beforeApproval = { ...plan, history: plan.history.filter((h) => h.action !== 'approve') };
    expect(progressSummary(planProgress(beforeApproval))).toMatch(/^Readiness \d+%(, from \d+% on \d+ \w+ 2026)? \(not approved yet\)$/);
    const lateAssessment = { ...plan, assessment: plan.assessment.map((a) => ({ ...a, date: '2026-05-02' })) };
    expect(progressSummary(planProgress(lateAssessment))).toBe(`Readiness ${Math.round(planProgress(lateAssessment).now! * 100)}%, first assessed 2 May 2026 (approved ${dayLabel(planProgress(plan).approvedOn!)})`);
    expect(first.date).toBe('2026-01-06');
    expect(dayLabel('2026-03-12')).toBe('12 Mar 2026');
  });
});
