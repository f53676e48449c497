// @vitest-environment happy-dom
// Each selector against the fixture pages written from what is publicly known of Calendar's DOM (fixtures/calendar/SOURCES.md).
import { beforeEach, describe, expect, it } from 'vitest';
import { addHiddenLeftover, encodeEventId, openPopover, renderEditPage, renderWeek, rerenderSections, type FixtureEvent } from '../../fixtures/calendar/calendar-fixture.js';
import { detectOneOnOne } from '../../../shared/meetings/one-on-one';
import { findVisiblePopover, isEditPageUrl, isTrellisNode, readEditPage, readEventGrid, readPopover, SELECTORS, unrecognisedPopover } from './selectors';

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
    expect(meeting.facts.attendees.map((a) => [a.email, a.self ?? false, a.resource ?? false])).toEqual([
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
    expect(meeting.facts.attendees.map((a) => [a.email, a.self])).toEqual([['sam@example.com', true], ['alex@example.com', false]]);
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

  it('selects by ids, data-* and role attributes only: no class names, no text', () => {
    for (const selector of Object.values(SELECTORS)) {
      expect(selector).not.toMatch(/\.[a-zA-Z]/);
      expect(selector).not.toMatch(/:contains|aria-label/);
    }
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
    expect(meeting.facts.attendees.map((a) => a.email)).toEqual(['dana@example.com', 'alex@example.com', 'c_1889@resource.calendar.google.com']);
    expect(meeting.times).toEqual({ start: '2026-03-02T10:00:00.000Z', end: '2026-03-02T10:45:00.000Z' });
    expect(detectOneOnOne(meeting.facts).oneOnOne).toBe(true);
  });
  it('reads nothing when the title field is not there (renamed)', () => {
    renderEditPage(document, oneOnOne, { variant: 'renamed' });
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
