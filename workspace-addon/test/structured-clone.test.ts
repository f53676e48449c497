// The polyfill the add-on installs in Apps Script, checked against Node's own structuredClone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { structuredClonePolyfill } from '../src/polyfills/structured-clone';
import { createPlan } from '../../shared/plan/generate';
import { testFramework, ALEX, DANA, assertion } from '../../shared/test/fixtures';

describe('structuredClonePolyfill', () => {
  it('copies any JSON value deeply, as structuredClone does', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const copy = structuredClonePolyfill(value);
      expect(copy).toEqual(structuredClone(value));
      if (value && typeof value === 'object') expect(copy).not.toBe(value);
    }));
  });

  it('copies a plan so a command never changes the stored one, and keeps Dates, Maps, Sets and cycles', () => {
    const plan = createPlan({ id: 'p', framework: testFramework(), employee: ALEX, manager: DANA, currentRoleId: 'eng2', targetRoleId: 'senior', assessment: [assertion('code', 3)], by: 'alex', now: '2026-03-02T09:00:00Z' });
    const copy = structuredClonePolyfill(plan);
    copy.milestones[0]!.status = 'done';
    expect(plan.milestones[0]!.status).toBe('planned');
    const cyclic: Record<string, unknown> = { when: new Date(5), map: new Map([['a', new Set([1])]]) };
    cyclic.self = cyclic;
    const out = structuredClonePolyfill(cyclic);
    expect(out.self).toBe(out);
    expect(out.when).toEqual(new Date(5));
    expect(out.map).toEqual(new Map([['a', new Set([1])]]));
  });

  it('refuses functions, as the real one does', () => {
    expect(() => structuredClonePolyfill({ f: () => 1 })).toThrow(/could not be cloned/);
  });
});
