import { describe, expect, it } from 'vitest';
import { MemoryPlanStore, RevisionConflictError, updatePlan, type PlanStore } from './store';
import { applyCommand } from '../plan/commands';
import { createPlan } from '../plan/generate';
import type { Plan } from '../model/plan';
import { ALEX, DANA, testFramework } from '../test/fixtures';
import { WorkflowError } from '../workflow/workflow';

const framework = testFramework();
const fresh = () => createPlan({ id: 'p', framework, employee: ALEX, manager: DANA, currentRoleId: 'eng2', targetRoleId: 'senior', by: 'alex', now: '2026-01-05T09:00:00Z' });

describe('saving plans safely', () => {
  it('refuses a save based on an old revision, and keeps the newer plan', async () => {
    const store = new MemoryPlanStore();
    await store.save(fresh(), 0);
    const mine = await store.load('p');
    const theirs = applyCommand(mine, { type: 'add-comment', text: 'From Dana' }, { actor: DANA, now: '2026-01-06T00:00:00Z' });
    await store.save(theirs, mine.revision);
    const stale = applyCommand(mine, { type: 'add-comment', text: 'From Alex' }, { actor: ALEX, now: '2026-01-06T00:00:01Z' });
    await expect(store.save(stale, mine.revision)).rejects.toThrow(RevisionConflictError);
    await expect(store.save(stale, mine.revision)).rejects.toThrow(/changed by someone else \(now at revision 2, your change was based on 1\)/);
    expect((await store.load('p')).comments.map((c) => c.text)).toEqual(['From Dana']);
  });

  it('re-applies a change to the fresh copy after a conflict, so both people’s changes survive', async () => {
    const store = new MemoryPlanStore();
    await store.save(fresh(), 0);
    const opened = await store.load('p');
    // someone else saves while this user has the plan open
    await updatePlan(store, 'p', { type: 'add-comment', text: 'From Dana' }, { actor: DANA, now: '2026-01-06T00:00:00Z' });
    const result = await updatePlan(store, 'p', { type: 'add-comment', text: 'From Alex' }, { actor: ALEX, now: '2026-01-06T00:00:01Z' }, 3, opened);
    expect(result.reapplied).toBe(true);
    expect(result.plan.revision).toBe(3);
    expect(result.plan.comments.map((c) => c.text)).toEqual(['From Dana', 'From Alex']);
    expect(result.plan.history.map((h) => h.by)).toEqual(['alex', 'dana@example.com', 'alex@example.com']);
  });

  it('says why when the change no longer applies to the fresh copy, and saves nothing', async () => {
    const base = applyCommand(fresh(), { type: 'set-objectives', objectives: { beyondCurrentRole: ['Lead'], fiveYears: 'Staff' } }, { actor: ALEX, now: '2026-01-05T10:00:00Z' });
    const conflicting: PlanStore = new MemoryPlanStore();
    await conflicting.save(base, 0);
    const opened = await conflicting.load('p');
    await updatePlan(conflicting, 'p', { type: 'submit-objectives' }, { actor: ALEX, now: '2026-01-06T00:00:00Z' });
    await expect(updatePlan(conflicting, 'p', { type: 'submit-objectives' }, { actor: ALEX, now: '2026-01-06T00:00:01Z' }, 3, opened)).rejects.toThrow(WorkflowError);
    const stored: Plan = await conflicting.load('p');
    expect(stored.revision).toBe(3);
    expect(stored.stage).toBe('alignment');
  });
});
