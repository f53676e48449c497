import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyCommand } from '../plan/commands';
import { teamPlan } from '../test/team-fixtures';
import { DANA } from '../test/fixtures';
import { conflictFileName, decidePull, decidePush, planLineage } from './sync-decision';

const base = teamPlan({ employee: 'Alex', manager: DANA.name, current: 'eng2', target: 'senior' });
const checkIn = (plan: typeof base, notes: string, at: string) => applyCommand(plan, { type: 'record-check-in', notes }, { actor: { name: DANA.name }, now: at });

describe('plan lineage', () => {
  it('tells a plan that continues another from one that went its own way', () => {
    const one = checkIn(base, 'first', '2026-02-01T10:00:00.000Z');
    const two = checkIn(one, 'second', '2026-02-08T10:00:00.000Z');
    const fork = checkIn(one, 'someone else', '2026-02-09T10:00:00.000Z');
    expect(planLineage(two, one)).toBe('ahead');
    expect(planLineage(one, two)).toBe('behind');
    expect(planLineage(two, two)).toBe('same');
    expect(planLineage(two, fork)).toBe('diverged');
    expect(planLineage(checkIn(two, 'third', '2026-02-15T10:00:00.000Z'), fork)).toBe('diverged');
  });

  it('is antisymmetric: a is ahead of b exactly when b is behind a', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 6 }), fc.array(fc.boolean(), { maxLength: 6 }), (left, right) => {
        const grow = (p: typeof base, steps: boolean[], who: string) => steps.reduce((plan, _s, i) => checkIn(plan, `${who}${i}`, `2026-03-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`), p);
        const a = grow(base, left, 'a');
        const b = grow(a, right, 'b');
        const flip = { ahead: 'behind', behind: 'ahead', same: 'same', diverged: 'diverged' } as const;
        expect(planLineage(b, a)).toBe(right.length ? 'ahead' : 'same');
        expect(planLineage(a, b)).toBe(flip[planLineage(b, a)]);
      }),
    );
  });
});

describe('sync decisions', () => {
  const older = { md5: 'old', plan: base };
  const newer = { md5: 'new', plan: checkIn(base, 'n', '2026-02-01T10:00:00.000Z') };
  const other = { md5: 'other', plan: checkIn(base, 'o', '2026-02-02T10:00:00.000Z') };

  it('pull overwrites a local file only when it holds nothing newer', () => {
    expect(decidePull(undefined, newer)).toBe('write');
    expect(decidePull(newer, newer)).toBe('same');
    expect(decidePull(older, newer)).toBe('write');
    expect(decidePull(newer, older)).toBe('keep-local');
    expect(decidePull(newer, other)).toBe('conflict');
    // the journal knows the local file was not touched since the last sync: the remote change comes down
    expect(decidePull({ md5: 'x' }, { md5: 'y' }, { localMd5: 'x', remoteMd5: 'w' })).toBe('write');
    expect(decidePull({ md5: 'x' }, { md5: 'y' }, { localMd5: 'v', remoteMd5: 'y' })).toBe('keep-local');
    // two frameworks (no history to compare) that both changed
    expect(decidePull({ md5: 'x' }, { md5: 'y' })).toBe('conflict');
  });

  it('push never replaces a newer or diverged remote copy', () => {
    expect(decidePush(newer, undefined)).toBe('create');
    expect(decidePush(newer, newer)).toBe('same');
    expect(decidePush(newer, older)).toBe('update');
    expect(decidePush(older, newer)).toBe('remote-newer');
    expect(decidePush(newer, other)).toBe('conflict');
    expect(decidePush({ md5: 'x' }, { md5: 'y' }, { localMd5: 'v', remoteMd5: 'y' })).toBe('update');
    expect(decidePush({ md5: 'x' }, { md5: 'y' }, { localMd5: 'x', remoteMd5: 'w' })).toBe('remote-newer');
    expect(decidePush({ md5: 'x' }, { md5: 'y' })).toBe('conflict');
  });

  it('names the kept copy beside the file', () => {
    expect(conflictFileName('alex.plan.json', 'r7')).toBe('alex.plan.conflict-r7.json');
    expect(conflictFileName('eng.v3.framework.json', '1a2b3c4d')).toBe('eng.v3.framework.conflict-1a2b3c4d.json');
  });
});
