import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_QUESTIONS, teamBank, type Question } from './bank';
import { chooseQuestions, weekNumber, type PromptContext } from './choose';
import { planPromptContext } from './plan-context';
import { StageSchema } from '../model/plan';
import { createPlan } from '../plan/generate';
import { ALEX, assertion, DANA, testFramework } from '../test/fixtures';

const day = (week: number) => new Date(Date.UTC(2026, 0, 5 + 7 * week)).toISOString().slice(0, 10);

const contextArb: fc.Arbitrary<PromptContext> = fc.record({
  seriesId: fc.string({ minLength: 1, maxLength: 30 }),
  date: fc.integer({ min: 0, max: 520 }).map(day),
  plan: fc.option(
    fc.record({
      stage: fc.constantFrom(...StageSchema.options),
      gaps: fc.array(fc.constantFrom('System design', 'Mentoring', 'Domain knowledge', 'Coding'), { maxLength: 4 }).map((g) => [...new Set(g)]),
      targetRole: fc.option(fc.constant('Senior Engineer'), { nil: undefined }),
      nextMilestone: fc.option(fc.constant('Reach Competent in System design'), { nil: undefined }),
      name: fc.constant('Alex'),
    }),
    { nil: undefined },
  ),
});

describe('choosing the questions for a one-on-one', () => {
  it('is the same for the same meeting, three distinct questions, placeholders filled', () => {
    fc.assert(
      fc.property(contextArb, (ctx) => {
        const a = chooseQuestions(BUILT_IN_QUESTIONS, ctx);
        expect(chooseQuestions(BUILT_IN_QUESTIONS, { ...ctx })).toEqual(a);
        expect(a).toHaveLength(3);
        expect(new Set(a.map((q) => q.id)).size).toBe(3);
        for (const q of a) expect(q.text).not.toMatch(/\{\w+\}/);
      }),
    );
  });

  it('rotates: no question comes back in the following week', () => {
    fc.assert(
      fc.property(contextArb, (ctx) => {
        const next = { ...ctx, date: day(weekNumber(ctx.date) - weekNumber(day(0)) + 1) };
        const thisWeek = chooseQuestions(BUILT_IN_QUESTIONS, ctx).map((q) => q.text);
        const nextWeek = chooseQuestions(BUILT_IN_QUESTIONS, next).map((q) => q.text);
        expect(thisWeek.filter((t) => nextWeek.includes(t))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('asks about one of the largest gaps while the plan is about gaps, and suits the stage', () => {
    const plan = { stage: 'active' as const, gaps: ['System design', 'Mentoring', 'Coding', 'Domain knowledge'], targetRole: 'Senior Engineer' };
    const named = new Set<string>();
    for (let w = 0; w < 12; w++) {
      const qs = chooseQuestions(BUILT_IN_QUESTIONS, { seriesId: 'alex-dana', date: day(w), plan });
      const gapQuestion = qs.find((q) => plan.gaps.some((g) => q.text.includes(g)));
      expect(gapQuestion, `week ${w}`).toBeDefined();
      named.add(plan.gaps.find((g) => gapQuestion!.text.includes(g))!);
    }
    // the three largest gaps take turns; the fourth is never the focus
    expect([...named].sort()).toEqual(['Coding', 'Mentoring', 'System design']);
    const early = chooseQuestions(BUILT_IN_QUESTIONS, { seriesId: 's', date: day(0), plan: { stage: 'objectives', gaps: [] } });
    expect(early.some((q) => ['goals', 'five-years', 'future-role', 'strengths'].includes(q.topic))).toBe(true);
  });

  it('without a linked plan asks only generic questions', () => {
    for (let w = 0; w < 20; w++) {
      for (const q of chooseQuestions(BUILT_IN_QUESTIONS, { seriesId: 'x', date: day(w) })) {
        expect(BUILT_IN_QUESTIONS.find((b) => b.id === q.id)!.stages).toEqual([]);
      }
    }
  });

  it('uses the team’s own questions and never a disabled one', () => {
    const custom: Question[] = [{ id: 'team-demo', topic: 'progress', text: 'What will you demo at the next guild meeting?', stages: [], custom: true }];
    const bank = teamBank(custom, ['five-years', 'five-years-story', 'goals-beyond-role']);
    const seen = new Set<string>();
    for (let w = 0; w < 30; w++) for (const q of chooseQuestions(bank, { seriesId: 'x', date: day(w) })) seen.add(q.id);
    expect(seen.has('team-demo')).toBe(true);
    for (const id of ['five-years', 'five-years-story', 'goals-beyond-role']) expect(seen.has(id)).toBe(false);
    expect(teamBank([{ ...custom[0]!, id: 'strengths', text: 'Our wording' }]).find((q) => q.id === 'strengths')).toMatchObject({ text: 'Our wording', custom: true });
  });

  it('reads a plan’s stage, largest gaps, target role and next milestone', () => {
    const framework = testFramework();
    const plan = createPlan({ id: 'p', framework, employee: ALEX, manager: DANA, currentRoleId: 'eng2', targetRoleId: 'senior', assessment: [assertion('code', 3), assertion('design', 1), assertion('domain', 3), assertion('comms', 3), assertion('mentor', 2)], by: 'a', now: '2026-01-05T00:00:00Z' });
    const ctx = planPromptContext(plan, framework);
    expect(ctx).toMatchObject({ stage: 'objectives', targetRole: 'Senior Engineer', name: 'Alex Rivera' });
    expect(ctx.gaps).toEqual(['System design', 'Coding']);
    expect(ctx.nextMilestone).toBe(plan.milestones.slice().sort((a, b) => a.due.localeCompare(b.due))[0]!.title);
    // without the framework the open milestones still name the gaps
    expect(planPromptContext(plan).gaps).toEqual(expect.arrayContaining(['System design', 'Coding']));
  });
});
