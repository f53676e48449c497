// @vitest-environment happy-dom
// The panel's quick actions are the rulebook's answer and nothing else: over random plans (every stage, milestones in
// any status) and random people (each participant, their address in other case, someone not on the plan), what the
// panel offers equals what allowedCommands lets that person do now.
import fc from 'fast-check';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/model/plan';
import type { Person } from '../../../shared/model/person';
import { allowedCommands, offeredCommands } from '../../../shared/workflow/rulebook';
import { ALEX, DANA, MORGAN, testFramework } from '../../../shared/test/fixtures';
import { OUTSIDER, plansAtEveryStage } from '../../../shared/test/lifecycle';
import { summarisePlan } from '../background/plan-cache';
import { QuickActions } from './QuickActions';

const PLANS = plansAtEveryStage(testFramework());
const PEOPLE: Person[] = [ALEX, DANA, MORGAN, OUTSIDER, { name: 'Dana', email: DANA.email!.toUpperCase() }];
const STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;

const randomPlan = fc
  .tuple(fc.constantFrom(...PLANS), fc.array(fc.constantFrom(...STATUSES), { minLength: 0, maxLength: 30 }))
  .map(([plan, statuses]): Plan => ({ ...plan, milestones: plan.milestones.map((m, i) => ({ ...m, status: statuses[i] ?? m.status })) }));

const never = async () => false;

describe('the panel’s quick actions', () => {
  it('offer exactly what the rulebook allows, for random plans and people', () => {
    const root = document.createElement('div');
    document.body.append(root);
    let offeredSomething = 0;
    fc.assert(
      fc.property(randomPlan, fc.constantFrom(...PEOPLE), (plan, person) => {
        const summary = summarisePlan('file-1', plan, person.email!.toLowerCase());
        render(<QuickActions plan={summary} onCompleteMilestone={never} onRecognise={never} onAssess={never} />, root);
        const allowed = allowedCommands(plan, person);
        const offered = new Set(offeredCommands(plan, person));
        const completable = allowed.find((p) => p.type === 'complete-milestone')?.milestoneIds ?? [];
        const shown = (what: string) => root.querySelector(`[data-trellis="${what}"]`) !== null;

        expect(shown('complete-milestone')).toBe(offered.has('complete-milestone') && completable.length > 0);
        expect(shown('add-assessment')).toBe(offered.has('add-assessment') && summary.competencies.length > 0);
        expect(shown('recognition')).toBe(offered.has('add-recognition'));
        if (shown('complete-milestone')) {
          const choices = [...root.querySelectorAll('[data-trellis="complete-milestone"] select option')].map((o) => (o as HTMLOptionElement).value);
          expect(new Set(choices)).toEqual(new Set(completable));
        }
        // saving notes to the plan is offered by the same answer
        expect(summary.you!.offered.includes('record-check-in')).toBe(offered.has('record-check-in'));
        if (shown('complete-milestone') || shown('add-assessment') || shown('recognition')) offeredSomething++;
        render(null, root);
      }),
      { numRuns: 300 },
    );
    root.remove();
    // the property is not met by offering nothing: many of the random cases show actions
    expect(offeredSomething).toBeGreaterThan(30);
  });
});
