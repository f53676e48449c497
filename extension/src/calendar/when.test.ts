import { describe, expect, it } from 'vitest';
import { clockTimes, looksAllDay, meetingTimes } from './when';

describe('clock times in any language', () => {
  it.each([
    ['Monday, March 2 ⋅ 10:00 – 10:30am', [600, 630]],
    ['lundi 2 mars · 10:00 – 10:30', [600, 630]],
    ['2. März · 14.30–15.15', [870, 915]],
    ['Tuesday ⋅ 2:30 – 3:15pm', [870, 915]],
    ['Tuesday ⋅ 11am – 12:30pm', [660, 750]],
    ['火曜日 ⋅ 9:00～9:30', [540, 570]],
    ['Monday, March 2 ⋅ 10 – 11am', [600, 660]],
    ['Monday, March 2 ⋅ 2 – 3pm', [840, 900]],
    ['Friday ⋅ 11 – 12pm', [660, 720]],
    ['Friday ⋅ 12 – 1pm', [720, 780]],
    ['Friday ⋅ 12 – 1am', [0, 60]],
    ['Friday ⋅ 11:30 – 1pm', [690, 780]],
  ])('%s', (text, minutes) => {
    const raw = clockTimes(text).map((c) => c.minutes);
    expect(raw.length).toBe(2);
    // the meridiem of the end also applies to a bare start ("2:30 – 3:15pm")
    expect(meetingTimes(text, '2026-03-02T00:00:00Z', new Date())!.end).toBe(new Date(Date.parse('2026-03-02T00:00:00Z') + (minutes[1]! - minutes[0]!) * 60_000).toISOString());
  });
  it('a when line without times is all-day; an empty one says nothing', () => {
    expect(looksAllDay('Monday, March 2')).toBe(true);
    expect(looksAllDay('Monday, March 2 ⋅ 10:00 – 10:30')).toBe(false);
    expect(looksAllDay(undefined)).toBe(false);
  });
});

describe('meetingTimes', () => {
  it('uses the occurrence start and the length between the clock times', () => {
    expect(meetingTimes('Monday ⋅ 11:00 – 11:45', '2026-03-02T10:00:00Z', new Date())).toEqual({ start: '2026-03-02T10:00:00.000Z', end: '2026-03-02T10:45:00.000Z' });
    expect(meetingTimes('Monday ⋅ 23:30 – 0:15', '2026-03-02T22:30:00Z', new Date())!.end).toBe('2026-03-02T23:15:00.000Z');
  });
  it('a one-off event gets times only when the view surely shows today and its when line names today', () => {
    const now = new Date(2026, 2, 2, 10, 5);
    const today = meetingTimes('Monday, March 2 ⋅ 10:00 – 10:30', undefined, now, true)!;
    expect(new Date(today.start).getHours()).toBe(10);
    expect(meetingTimes('Tuesday, March 3 ⋅ 10:00 – 10:30', undefined, now, true)).toBeUndefined();
    expect(meetingTimes('Monday, March 2', undefined, now, true)).toBeUndefined();
    // "Thursday, April 2" opened on 2 March reads as the 2nd too: only the view can tell, and here it does not
    expect(meetingTimes('Thursday, April 2 ⋅ 10:00 – 10:30', undefined, now, false)).toBeUndefined();
    expect(meetingTimes('Tuesday, March 2, 2027 ⋅ 10:00 – 10:30', undefined, now, true)).toBeUndefined();
  });
  it('an hour without minutes is read as a time, and is not taken for a day of the month', () => {
    const now = new Date(2026, 2, 2, 14, 10);
    const times = meetingTimes('Monday, March 2 ⋅ 2 – 3pm', undefined, now, true)!;
    expect([new Date(times.start).getHours(), new Date(times.end).getHours()]).toEqual([14, 15]);
    const tenth = new Date(2026, 2, 10, 9, 0);
    expect(meetingTimes('Monday, March 2 ⋅ 10 – 11am', undefined, tenth, true)).toBeUndefined();
    expect(meetingTimes('Tuesday, March 10 ⋅ 10 – 11am', undefined, tenth, true)).toMatchObject({ start: new Date(2026, 2, 10, 10, 0).toISOString() });
    // the hour after midnight: "12 – 1am" is midnight to one, not noon to one the next night
    const justAfterMidnight = new Date(2026, 11, 8, 0, 15);
    expect(meetingTimes('Tuesday, December 8 ⋅ 12 – 1am', undefined, justAfterMidnight, true)).toEqual({ start: new Date(2026, 11, 8, 0, 0).toISOString(), end: new Date(2026, 11, 8, 1, 0).toISOString() });
  });
});
