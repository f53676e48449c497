// Calendar, in the sandbox: opening a one-on-one shows the development prompts the extension shows (the core's
// chooser, for the plan the two people share), with a check-in saved only when the user saves it.
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlan } from '../../shared/model/files';
import { BUILT_IN_QUESTIONS } from '../../shared/prompts/bank';
import { chooseQuestions } from '../../shared/prompts/choose';
import { planPromptContext } from '../../shared/prompts/plan-context';
import { readFramework } from '../../shared/model/files';
import { ensureBuilt } from '../sandbox/ensure-built';
import { ALEX, alexCreatesPlan, DANA, hrPublishesFramework, MORGAN, newSandbox } from '../sandbox/scenario';

beforeAll(() => ensureBuilt());

const oneOnOne = { id: 'series-dana-alex_20260302T100000Z', calendarId: DANA, recurringEventId: 'series-dana-alex', organizer: { email: DANA }, attendees: [{ email: DANA, self: true, organizer: true, displayName: 'Dana Lee' }, { email: ALEX, displayName: 'Alex Rivera' }] };

function withPlan() {
  const sandbox = newSandbox();
  hrPublishesFramework(sandbox.host);
  alexCreatesPlan(sandbox.host);
  const planFile = sandbox.workspace.drive.filesNamed(/\.plan\.json$/)[0]!;
  const dana = sandbox.host.panelFor(DANA);
  // Dana was given the plan and its framework in Drive once
  const plan = readPlan(planFile.content);
  const frameworkFile = sandbox.workspace.drive.filesNamed(new RegExp(`^${plan.framework.id}\\.v${plan.framework.version}\\.framework\\.json$`))[0]!;
  sandbox.workspace.drive.grant(DANA, planFile.id);
  sandbox.workspace.drive.grant(DANA, frameworkFile.id);
  return { ...sandbox, dana, planFile, frameworkFile };
}

describe('Calendar: development prompts in a one-on-one', () => {
  it('shows the same questions the core chooses for this meeting series and this plan', () => {
    const { dana, planFile, frameworkFile } = withPlan();
    dana.openCalendarEvent(oneOnOne);
    expect(dana.card.name).toBe('calendar-1on1');
    expect(dana.text()).toMatch(/One-on-one with Alex Rivera/);
    const plan = readPlan(planFile.content);
    // the same choice the extension makes for this occurrence: its series and its day (from the occurrence id)
    const expected = chooseQuestions(BUILT_IN_QUESTIONS, { seriesId: 'series-dana-alex', date: '2026-03-02', plan: planPromptContext(plan, readFramework(frameworkFile.content)) });
    expect(expected.length).toBe(3);
    for (const q of expected) expect(dana.text()).toContain(q.text);
    expect(dana.text()).toMatch(/Next milestone/);
  });

  it('saves a check-in to the plan only when the user presses save', () => {
    const { workspace, dana, planFile } = withPlan();
    dana.openCalendarEvent(oneOnOne);
    const before = readPlan(planFile.content).checkIns.length;
    expect(before).toBe(0);
    dana.click('Save check-in to the plan', { checkInNotes: 'Agreed: Alex pairs with Sam on the ledger design' });
    const plan = readPlan(planFile.content);
    expect(plan.checkIns).toEqual([expect.objectContaining({ by: DANA, notes: 'Agreed: Alex pairs with Sam on the ledger design', eventId: 'series-dana-alex_20260302T100000Z' })]);
    expect(workspace.drive.files.get(planFile.id)!.appProperties.trellisRevision).toBe(String(plan.revision));
  });

  it('picks the next week’s questions for the next occurrence, opened the same day', () => {
    const { dana } = withPlan();
    dana.openCalendarEvent(oneOnOne);
    const thisWeek = dana.text();
    dana.openCalendarEvent({ ...oneOnOne, id: 'series-dana-alex_20260309T100000Z' });
    expect(dana.text()).not.toBe(thisWeek);
  });

  it('offers general development questions when the two people share no plan', () => {
    const { dana } = withPlan();
    dana.openCalendarEvent({ ...oneOnOne, recurringEventId: 'series-dana-morgan', attendees: [{ email: DANA, self: true }, { email: MORGAN, displayName: 'Morgan Chen' }] });
    expect(dana.text()).toMatch(/No shared career path yet/);
    expect(dana.text()).toMatch(/Question 1/);
  });

  it('recognises a group meeting or a room booking as not a one-on-one', () => {
    const { dana } = withPlan();
    dana.openCalendarEvent({ ...oneOnOne, attendees: [{ email: DANA, self: true }, { email: ALEX }, { email: MORGAN }] });
    expect(dana.card.name).toBe('calendar-not-1on1');
    dana.openCalendarEvent({ ...oneOnOne, attendees: [{ email: DANA, self: true }, { email: 'room-4@resource.calendar.google.com', resource: true }] });
    expect(dana.card.name).toBe('calendar-not-1on1');
  });
});
