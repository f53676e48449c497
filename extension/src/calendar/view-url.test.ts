import { describe, expect, it } from 'vitest';
import { calendarView, isGridView, viewShowsToday } from './view-url';

const at = (path: string) => `https://calendar.google.com/calendar/u/0/r${path}`;

describe('Calendar views by URL', () => {
  it('reads the view and its date from the path', () => {
    expect(calendarView(at(''))).toEqual({ kind: 'default' });
    expect(calendarView(at('/week/2026/3/2?pli=1'))).toEqual({ kind: 'week', date: { year: 2026, month: 3, day: 2 } });
    expect(calendarView('https://calendar.google.com/calendar/r/month')).toEqual({ kind: 'month' });
    expect(calendarView(at('/eventedit/NjdfX2I'))).toEqual({ kind: 'event' });
    expect(calendarView(at('/settings/general')).kind).toBe('other');
  });
  it('runs the layout check on grid views only, never on settings, search or the year', () => {
    expect([at(''), at('/week'), at('/day/2026/3/2'), at('/month/2026/3/1'), at('/customday')].map(isGridView)).toEqual([true, true, true, true, true]);
    expect([at('/settings'), at('/search'), at('/year'), at('/agenda'), at('/eventedit/abc')].map(isGridView)).toEqual([false, false, false, false, false]);
  });
  it('knows when a view surely shows today and no other day with the same number', () => {
    const monday = new Date(2026, 2, 2, 9); // Monday 2 March 2026
    expect(viewShowsToday(at(''), monday)).toBe(true);
    expect(viewShowsToday(at('/week'), monday)).toBe(true);
    expect(viewShowsToday(at('/day/2026/3/2'), monday)).toBe(true);
    expect(viewShowsToday(at('/day/2026/4/2'), monday)).toBe(false);
    expect(viewShowsToday(at('/week/2026/3/3'), monday)).toBe(true); // Tuesday: Saturday-, Sunday- and Monday-started weeks all hold the Monday
    expect(viewShowsToday(at('/week/2026/3/1'), monday)).toBe(false); // Sunday: a Monday-started week ends on it
    expect(viewShowsToday(at('/week/2026/4/2'), monday)).toBe(false);
    expect(viewShowsToday(at('/month'), monday)).toBe(false);
    expect(viewShowsToday(at('/agenda'), monday)).toBe(false);
    expect(viewShowsToday(undefined, monday)).toBe(false);
  });
});
