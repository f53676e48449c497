// @vitest-environment happy-dom
// Reading events from the fixture pages, written to follow real captures of Calendar's DOM (fixtures/calendar/SOURCES.md).
import { beforeEach, describe, expect, it } from 'vitest';
import { addHiddenLeftover, encodeEventId, openPopover, renderEditPage, renderWeek, rerenderSections, type FixtureEvent } from '../../fixtures/calendar/calendar-fixture.js';
import { detectOneOnOne } from '../../../shared/meetings/one-on-one';
import type { MeetingAttendee } from '../../../shared/meetings/one-on-one';
import { CAPTURE_STATES } from '../../fixtures/calendar/capture-events';
import { findVisiblePopover, isEditPageUrl, isTrellisNode, readEditPage, readEventGrid, readPopover, unrecognisedPopover } from './read-event';
import { SELECTORS } from './selectors';

const dana = { email: 'dana@example.com', name: 'Dana Lee', organizer: true };
const alex = { email: 'alex@example.com', name: 'Alex Rivera' };
const room = { email: 'c_1889@resource.calendar.google.com', name: 'Room 4.01' };
const oneOnOne: FixtureEvent = { id: 'abc123series_20260302T100000Z', calendar: 'dana@example.com', title: 'Alex / Dana', when: 'Monday, March 2 ⋅ 11:00 – 11:45am', guests: [dana, alex, room], date: 'Mar 2, 2026', startTime: '11:00am', endTime: '11:45am' };
const now = new Date('2026-03-02T10:20:00Z');

beforeEach(() => {
  document.body.innerHTML = '<div role="main"></div>';
});

describe('the event popover', () => {
  it('finds the visible dialog and reads title, guests, series, self and times', () => {
    openPopover(document, oneOnOne);
    const dialog = findVisiblePopover(document)!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    const meeting = readPopover(dialog, { now })!;
    expect(meeting.ref).toMatchObject({ eventId: 'abc123series_20260302T100000Z', seriesId: 'abc123series', calendarId: 'dana@example.com', occurrenceStart: '2026-03-02T10:00:00Z' });
    expect(meeting.facts.title).toBe('Alex / Dana');
    expect(meeting.facts.selfEmail).toBe('dana@example.com');
    expect(meeting.facts.attendees.map((a: MeetingAttendee) => [a.email, a.self ?? false, a.resource ?? false])).toEqual([
      ['dana@example.com', true, false],
      ['alex@example.com', false, false],
      ['c_1889@resource.calendar.google.com', false, true],
    ]);
    expect(meeting.times).toEqual({ start: '2026-03-02T10:00:00.000Z', end: '2026-03-02T10:45:00.000Z' });
    expect(detectOneOnOne(meeting.facts)).toMatchObject({ oneOnOne: true, other: { email: 'alex@example.com', name: 'Alex Rivera' } });
  });

  it('ignores a hidden leftover dialog, and finds nothing when no popover is open', () => {
    addHiddenLeftover(document, oneOnOne);
    expect(findVisiblePopover(document)).toBeUndefined();
    openPopover(document, { ...oneOnOne, id: 'other_20260303T100000Z' });
    expect(readPopover(findVisiblePopover(document)!, { now })!.ref.seriesId).toBe('other');
  });

  it('reads the title inside the visible dialog, not from hidden copies of another popover earlier in the page', () => {
    const sam: FixtureEvent = { ...oneOnOne, id: 'samdana_20260303T100000Z', title: 'Sam <> Dana', guests: [dana, { email: 'sam@example.com', name: 'Sam Okoro' }] };
    for (const how of ['display-none', 'ancestor', 'transparent'] as const) addHiddenLeftover(document, sam, { how });
    expect(findVisiblePopover(document)).toBeUndefined();
    openPopover(document, oneOnOne);
    expect(document.querySelectorAll('#rAECCd')).toHaveLength(4);
    const meeting = readPopover(findVisiblePopover(document)!, { now })!;
    expect(meeting.facts.title).toBe('Alex / Dana');
    expect(meeting.ref.seriesId).toBe('abc123series');
  });

  it('takes "Your email" from the options page over the calendar on screen, which may be someone else\'s', () => {
    const sam = { email: 'sam@example.com', name: 'Sam Okoro', organizer: true };
    openPopover(document, { ...oneOnOne, id: 'samalex_20260303T100000Z', calendar: 'sam@example.com', title: 'Alex / Sam', guests: [sam, alex] });
    const meeting = readPopover(findVisiblePopover(document)!, { now, selfEmail: 'Dana@Example.com' })!;
    expect(meeting.facts.selfEmail).toBe('dana@example.com');
    expect(meeting.facts.attendees.map((a: MeetingAttendee) => [a.email, a.self])).toEqual([['sam@example.com', true], ['alex@example.com', false]]);
    expect(detectOneOnOne(meeting.facts)).toMatchObject({ oneOnOne: true, other: { email: 'alex@example.com' } });
    expect(readPopover(findVisiblePopover(document)!, { now })!.facts.selfEmail).toBe('sam@example.com');
  });

  it('reads the same meeting after Calendar re-renders the sections', () => {
    openPopover(document, oneOnOne);
    rerenderSections(document, oneOnOne);
    expect(readPopover(findVisiblePopover(document)!, { now })!.facts.attendees).toHaveLength(3);
  });

  it('treats a popover without a guest section as an event with only you', () => {
    openPopover(document, { ...oneOnOne, title: '1:1 prep', guests: [] });
    const meeting = readPopover(findVisiblePopover(document)!, { now })!;
    expect(meeting.facts.attendees).toEqual([{ email: 'dana@example.com', self: true }]);
    expect(detectOneOnOne(meeting.facts).oneOnOne).toBe(false);
  });

  it('sees an all-day event by its occurrence id or a when line without clock times', () => {
    openPopover(document, { ...oneOnOne, id: 'allday_20260302', when: 'Monday, March 2' });
    expect(readPopover(findVisiblePopover(document)!, { now })!.facts.allDay).toBe(true);
    openPopover(document, { ...oneOnOne, id: 'single', when: 'Monday, March 2' });
    expect(readPopover(findVisiblePopover(document)!, { now })!.facts.allDay).toBe(true);
  });

  it('with renamed ids reads nothing and throws nothing', () => {
    openPopover(document, oneOnOne, { variant: 'renamed' });
    expect(findVisiblePopover(document)).toBeUndefined();
    expect(unrecognisedPopover(document)).toBe(false);
  });

  it('notices a popover whose ids changed while it still carries data-eventid', () => {
    openPopover(document, oneOnOne, { variant: 'renamed-ids' });
    expect(findVisiblePopover(document)).toBeUndefined();
    expect(unrecognisedPopover(document)).toBe(true);
  });

  it('notices a dialog that holds an event id but not the details block', () => {
    const dialog = openPopover(document, oneOnOne);
    dialog.querySelector('#xDetDlg')!.id = 'xDetDlgNew';
    expect(findVisiblePopover(document)).toBeUndefined();
    expect(unrecognisedPopover(document)).toBe(true);
  });

});

describe('the full event page', () => {
  const url = `https://calendar.google.com/calendar/u/0/r/eventedit/${encodeEventId(oneOnOne.id, oneOnOne.calendar)}`;
  it('is recognised by its URL and read from its fields', () => {
    renderEditPage(document, oneOnOne);
    expect(isEditPageUrl(url)).toBe(true);
    expect(isEditPageUrl('https://calendar.google.com/calendar/u/0/r/week')).toBe(false);
    const meeting = readEditPage(document, url, { now })!;
    expect(meeting.surface).toBe('page');
    expect(meeting.facts.title).toBe('Alex / Dana');
    expect(meeting.facts.attendees.map((a: MeetingAttendee) => a.email)).toEqual(['dana@example.com', 'alex@example.com', 'c_1889@resource.calendar.google.com']);
    expect(meeting.times).toEqual({ start: '2026-03-02T10:00:00.000Z', end: '2026-03-02T10:45:00.000Z' });
    expect(detectOneOnOne(meeting.facts).oneOnOne).toBe(true);
  });
  it('says which assumed selectors it read the page with: no capture of the 2026 editor supports any of them', () => {
    renderEditPage(document, oneOnOne);
    expect(readEditPage(document, url, { now })!.quality.assumed).toEqual(['editTitle', 'editStartDate', 'editStartTime', 'editEndTime', 'editGuestRow']);
  });
  it('falls back to the first text field for the title when #xTiIn is renamed, and says so', () => {
    renderEditPage(document, oneOnOne, { variant: 'renamed' });
    const meeting = readEditPage(document, url, { now })!;
    expect(meeting.facts.title).toBe('Alex / Dana');
    expect(meeting.quality.assumed).toContain('editTitleFallback');
    expect(meeting.quality.assumed).not.toContain('editTitle');
  });
  it('never takes a field of the Event details tab for the title (the real 2022 editor holds a hidden text field and the Location there)', () => {
    renderEditPage(document, { ...oneOnOne, location: 'https://meet.example.com/abc-defg' }, { variant: 'renamed' });
    expect(readEditPage(document, url, { now })!.facts.title).toBe('Alex / Dana');
    document.querySelector('#xTtlIn2')!.remove();
    expect(document.querySelectorAll('[role="main"] input[type="text"]')).toHaveLength(2);
    expect(readEditPage(document, url, { now })).toBeUndefined();
  });
  it('reads nothing when there is no text field at all', () => {
    document.body.innerHTML = '<div role="main"><p>Loading…</p></div>';
    expect(readEditPage(document, url, { now })).toBeUndefined();
  });
});

describe('the week grid and Trellis nodes', () => {
  it('chips carry data-eventid (the layout check looks for them)', () => {
    renderWeek(document, [oneOnOne]);
    expect(document.querySelectorAll('[data-eventid]')).toHaveLength(1);
    renderWeek(document, [oneOnOne], { variant: 'renamed' });
    expect(document.querySelectorAll('[data-eventid]')).toHaveLength(0);
  });
  it('judges the layout by the grid: readable ids, unreadable ones, events without ids, an empty week, no grid', () => {
    renderWeek(document, [oneOnOne]);
    expect(readEventGrid(document)).toMatchObject({ recognised: true });
    renderWeek(document, []);
    expect(readEventGrid(document)).toBeUndefined();
    renderWeek(document, [oneOnOne], { variant: 'renamed' });
    expect(readEventGrid(document)).toEqual({ recognised: false, detail: 'events are shown, but without the event ids Trellis reads' });
    renderWeek(document, [oneOnOne]);
    document.querySelector('[data-eventid]')!.setAttribute('data-eventid', 'v2:' + encodeEventId(oneOnOne.id, oneOnOne.calendar));
    expect(readEventGrid(document)).toEqual({ recognised: false, detail: 'events are shown, but their event ids could not be read' });
    document.body.innerHTML = '<div role="main"><h1>Settings</h1></div>';
    expect(readEventGrid(document)).toMatchObject({ recognised: false });
  });

  it('knows its own nodes', () => {
    const host = document.createElement('div');
    host.setAttribute('data-trellis', 'panel');
    const inner = document.createElement('span');
    host.append(inner);
    document.body.append(host);
    expect(isTrellisNode(inner)).toBe(true);
    expect(isTrellisNode(document.body)).toBe(false);
  });
});

describe('the popover as the June 2026 capture shows it', () => {
  const july8 = new Date(2026, 6, 8, 18, 45);
  const read = (state: keyof typeof CAPTURE_STATES, options?: Parameters<typeof openPopover>[2]) => {
    openPopover(document, CAPTURE_STATES[state], options);
    return readPopover(findVisiblePopover(document)!, { now: july8, todayInView: true })!;
  };

  it('reads a one-on-one trimmed from the capture completely: guests from the tree, agreeing with "2 guests"', () => {
    const meeting = read('oneOnOne');
    expect(meeting.quality).toEqual({ missing: [], assumed: [], guestsPending: false, guestCount: 2 });
    expect(meeting.facts.attendees.map((a: MeetingAttendee) => [a.email, a.name, a.organizer ?? false, a.self])).toEqual([
      ['dana@example.com', 'Dana Lee', true, true],
      ['alex@example.com', 'Alex Rivera', false, false],
    ]);
    expect(detectOneOnOne(meeting.facts)).toMatchObject({ oneOnOne: true, other: { email: 'alex@example.com' } });
  });

  it('reads the capture\'s group meeting as four people: no one-on-one', () => {
    const meeting = read('group');
    expect(meeting.quality.missing).toEqual([]);
    expect(meeting.facts.attendees).toHaveLength(4);
    expect(meeting.facts.attendees[1]).toMatchObject({ email: 'kim.park@example.org', name: undefined });
    expect(detectOneOnOne(meeting.facts).oneOnOne).toBe(false);
  });

  it('takes the time from the when line without the title, which sits inside it', () => {
    const meeting = read('clockInTitle');
    expect(meeting.facts.title).toBe('1:1 Alex / Dana (moved from 10:00)');
    expect(meeting.times).toEqual({ start: new Date(2026, 6, 8, 18, 30).toISOString(), end: new Date(2026, 6, 8, 19, 30).toISOString() });
  });

  it('reads rooms, declined guests, recurring and all-day events', () => {
    expect(detectOneOnOne(read('withRoom').facts)).toMatchObject({ oneOnOne: true, other: { email: 'alex@example.com' } });
    expect(detectOneOnOne(read('declined').facts)).toMatchObject({ oneOnOne: true, other: { email: 'alex@example.com' } });
    const recurring = read('recurring');
    expect(recurring.ref.seriesId).toBe('weeklycap');
    expect(recurring.times).toEqual({ start: '2026-07-08T13:00:00.000Z', end: '2026-07-08T14:00:00.000Z' });
    expect(read('allDay').facts.allDay).toBe(true);
    expect(read('onlyYou').quality.missing).toEqual([]);
  });

  it('says the guests are still to come while the summary counts more than the rows give, and reads them once they arrive', () => {
    const waiting = read('lateGuests');
    expect(waiting.quality).toMatchObject({ guestsPending: true, guestCount: 2, missing: ['guests not found on the event popover (2 counted)'] });
    expect(waiting.facts.attendeesKnown).toBe(false);
    rerenderSections(document, CAPTURE_STATES.lateGuests);
    const arrived = readPopover(findVisiblePopover(document)!, { now: july8 })!;
    expect(arrived.quality).toMatchObject({ guestsPending: false, missing: [] });
    expect(arrived.facts.attendees).toHaveLength(2);
  });

  it('says so when rows are there but carry no address, without waiting for them', () => {
    const meeting = read('unreadableGuests');
    expect(meeting.quality).toMatchObject({ guestsPending: false, guestCount: 2, missing: ['guests could not be read on the event popover (2 counted, 0 read)'] });
    expect(meeting.facts.attendeesKnown).toBe(false);
    expect(detectOneOnOne(meeting.facts).oneOnOne).toBe(false);
  });

  it('reads guests inside #xDetDlgAtt only as the assumed fallback, and says it was assumed', () => {
    const meeting = read('oneOnOne', { variant: 'legacy-guests' });
    expect(meeting.quality).toMatchObject({ missing: [], assumed: ['guestRowInSummary'] });
    expect(detectOneOnOne(meeting.facts).oneOnOne).toBe(true);
  });
});
