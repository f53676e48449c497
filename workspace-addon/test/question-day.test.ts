// The extension and the add-on pick the same questions for the same meeting, even when the meeting's local day
// and its UTC day differ across a Monday (the week changes between them): both use the core's questionDay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPanelView } from '../../extension/src/panel/panel-view';
import { defaultSettings } from '../../extension/src/common/settings';
import { chooseQuestions } from '../../shared/prompts/choose';
import { teamBank } from '../../shared/prompts/built-in-questions';
import { weekNumber } from '../../shared/prompts/choose';
import { ensureBuilt } from '../sandbox/ensure-built';
import { ALEX, DANA, newSandbox } from '../sandbox/scenario';

const zone = process.env.TZ;
beforeAll(() => {
  ensureBuilt();
  // the person looking is in New York: Monday 02:30 UTC is still Sunday evening for them
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const MEETINGS = [
  { id: 'series-dana-alex_20260309T023000Z', start: '2026-03-09T02:30:00.000Z', end: '2026-03-09T03:00:00.000Z' },
  { id: 'series-dana-alex_20260316T013000Z', start: '2026-03-16T01:30:00.000Z', end: '2026-03-16T02:00:00.000Z' },
];

describe('the week that picks the questions', () => {
  it.each(MEETINGS)('is the same on the extension and the add-on for $start (local Sunday, UTC Monday)', (meeting) => {
    const start = new Date(meeting.start);
    expect(start.getDate()).not.toBe(start.getUTCDate());
    const localDay = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-${String(start.getDate()).padStart(2, '0')}`;
    const utcDay = meeting.start.slice(0, 10);
    // the local and the UTC day fall in different weeks, so a surface that used the local day would disagree
    expect(weekNumber(localDay)).not.toBe(weekNumber(utcDay));
    expect(chooseQuestions(teamBank(), { seriesId: 'series-dana-alex', date: localDay }).map((q) => q.id)).not.toEqual(chooseQuestions(teamBank(), { seriesId: 'series-dana-alex', date: utcDay }).map((q) => q.id));

    const view = buildPanelView({ title: 'Dana / Alex', eventId: meeting.id, seriesId: 'series-dana-alex', times: { start: meeting.start, end: meeting.end }, other: { email: ALEX, name: 'Alex Rivera' } }, defaultSettings(), {}, new Date('2026-03-05T12:00:00Z'));
    const { host } = newSandbox();
    const dana = host.panelFor(DANA);
    dana.openCalendarEvent({ id: meeting.id, calendarId: DANA, recurringEventId: 'series-dana-alex', organizer: { email: DANA }, attendees: [{ email: DANA, self: true, organizer: true, displayName: 'Dana Lee' }, { email: ALEX, displayName: 'Alex Rivera' }] });
    expect(dana.card.name).toBe('calendar-1on1');
    expect(view.prompts).toHaveLength(3);
    for (const p of view.prompts) expect(dana.text()).toContain(p.text);
    expect(view.date).toBe(utcDay);
  });
});
