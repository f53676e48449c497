// The week the browser tests open: a running one-on-one, next week's occurrence of it, a group meeting,
// a one-on-one whose title carries markup and script, an all-day event, Dana's one-on-one with Sam, and a
// one-off one-on-one this hour whose when line has no minutes ("10 – 11am"), and Sam's one-on-one with Alex, on
// Sam's calendar (which Dana has open beside hers), a group meeting titled "1:1", and a one-off all-day event
// (its when line without times is its only all-day sign: a one-off id carries no date).
import type { FixtureEvent } from '../fixtures/calendar/calendar-fixture';
import { ALEX, DANA, SAM } from '../test-support/plan-fixture';
import { occurrenceStamp, runningOccurrence, thisHourToday } from './harness';

const organizer = { ...DANA, organizer: true };
export const XSS_TITLE = `<img src=x onerror="window.__pwned=1">Alex <> Dana<script>window.__pwned=2</script>`;

export function testWeek(): FixtureEvent[] {
  const running = runningOccurrence('oneonone7alex', 20);
  const nextWeek = new Date(Date.now() + 7 * 86_400_000);
  return [
    { ...running, calendar: DANA.email, title: 'Alex / Dana', guests: [organizer, ALEX] },
    { id: `oneonone7alex_${occurrenceStamp(nextWeek)}`, calendar: DANA.email, title: 'Alex / Dana', when: 'Next week ⋅ 10:00 – 10:45', guests: [organizer, ALEX] },
    { id: 'teamsync42', calendar: DANA.email, title: 'Team sync', when: 'Tuesday ⋅ 11:00 – 11:30', guests: [organizer, ALEX, SAM] },
    { id: 'xss1on1', calendar: DANA.email, title: XSS_TITLE, when: 'Wednesday ⋅ 9:00 – 9:30', guests: [organizer, ALEX] },
    { id: 'offsite_20260305', calendar: DANA.email, title: 'Alex / Dana offsite', when: 'Thursday', guests: [organizer, ALEX] },
    { id: `samdana3_${occurrenceStamp(nextWeek)}`, calendar: DANA.email, title: 'Sam <> Dana', when: 'Next week ⋅ 15:00 – 15:30', guests: [organizer, SAM] },
    { id: 'kimdana1', calendar: DANA.email, title: 'Kim / Dana', ...thisHourToday(), guests: [organizer, { email: 'kim@example.com', name: 'Kim Park' }] },
    { id: `samalex5_${occurrenceStamp(nextWeek)}`, calendar: SAM.email, title: 'Alex / Sam', when: 'Next week ⋅ 9:00 – 9:30', guests: [{ ...SAM, organizer: true }, ALEX] },
    { id: 'onetoone3people', calendar: DANA.email, title: '1:1', when: 'Tuesday ⋅ 13:00 – 13:30', guests: [organizer, ALEX, SAM] },
    { id: 'offsite2', calendar: DANA.email, title: 'Alex / Dana offsite', when: 'Thursday, March 5', guests: [organizer, ALEX] },
  ];
}
