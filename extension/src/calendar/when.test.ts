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
  it('for a single event, only today (by its day of month) gets times', () => {
    const now = new Date(2026, 2, 2, 10, 5);
    const today = meetingTimes('Monday, March 2 ⋅ 10:00 – 10:30', undefined, now)!;
    expect(new Date(today.start).getHours()).toBe(10);
    expect(meetingTimes('Tuesday, March 3 ⋅ 10:00 – 10:30', undefined, now)).toBeUndefined();
    expect(meetingTimes('Monday, March 2', undefined, now)).toBeUndefined();
  });
});
