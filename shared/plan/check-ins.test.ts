import { describe, expect, it } from 'vitest';
import { applyCommand } from './commands';
import { hasCheckIn } from './check-ins';
import { DANA } from '../test/fixtures';
import { teamPlan } from '../test/team-fixtures';

describe('hasCheckIn', () => {
  it('finds the same notes for the same meeting, not other notes or another meeting', () => {
    const plan = applyCommand(teamPlan({ employee: 'Alex Rivera', current: 'eng2', target: 'senior' }), { type: 'record-check-in', notes: 'Talked about mentoring', eventId: 'e1' }, { actor: DANA, now: '2026-03-02T10:40:00Z' });
    expect(hasCheckIn(plan, ' Talked about mentoring ', 'e1')).toBe(true);
    expect(hasCheckIn(plan, 'Talked about mentoring', 'e2')).toBe(false);
    expect(hasCheckIn(plan, 'Talked about the review', 'e1')).toBe(false);
    expect(hasCheckIn(teamPlan({ employee: 'Alex Rivera', current: 'eng2', target: 'senior' }), 'Talked about mentoring', 'e1')).toBe(false);
  });
});

describe('recording a check-in', () => {
  it('records the same notes for the same meeting once, whichever surface sends them again', () => {
    const ctx = { actor: DANA, now: '2026-03-02T10:40:00Z' };
    const once = applyCommand(teamPlan({ employee: 'Alex Rivera', current: 'eng2', target: 'senior' }), { type: 'record-check-in', notes: 'Talked about mentoring', eventId: 'e1' }, ctx);
    expect(() => applyCommand(once, { type: 'record-check-in', notes: 'Talked about mentoring ', eventId: 'e1' }, ctx)).toThrow(/already in the plan as a check-in for this meeting: nothing was added/);
    expect(applyCommand(once, { type: 'record-check-in', notes: 'Talked about mentoring', eventId: 'e2' }, ctx).checkIns).toHaveLength(2);
  });
});
