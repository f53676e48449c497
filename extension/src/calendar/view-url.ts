// Which Calendar view a page shows, read from its URL (fixed path words and digits only, never the page's words):
// the grid views where the layout check looks for event chips, and whether a view's days surely include today,
// so that a one-off event's day of the month can be trusted to mean today.

export type CalendarViewKind = 'default' | 'day' | 'week' | 'month' | 'year' | 'schedule' | 'custom' | 'event' | 'other';

export interface CalendarView {
  kind: CalendarViewKind;
  /** The date in the path (/r/week/2026/3/2), when there is one. */
  date?: { year: number; month: number; day: number };
}

const KINDS: Record<string, CalendarViewKind> = {
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
  agenda: 'schedule',
  customday: 'custom',
  customweek: 'custom',
  eventedit: 'event',
};

/** "/calendar/u/0/r/week/2026/3/2" → week of 2 March 2026; "/calendar/u/0/r" → the user's default view. */
export function calendarView(url: string): CalendarView {
  const path = new URL(url, 'https://calendar.google.com').pathname;
  const m = /^\/calendar(?:\/u\/\d+)?\/r(?:\/([a-z]+))?(?:\/(\d{4})\/(\d{1,2})\/(\d{1,2}))?\/?$/.exec(path);
  if (!m) return { kind: /^\/calendar(?:\/u\/\d+)?\/r\/eventedit\//.test(path) ? 'event' : 'other' };
  const kind = m[1] === undefined ? 'default' : (KINDS[m[1]] ?? 'other');
  return m[2] ? { kind, date: { year: Number(m[2]), month: Number(m[3]), day: Number(m[4]) } } : { kind };
}

/** Views made of day columns or cells that hold event chips (the layout check looks for them there only). */
export function isGridView(url: string): boolean {
  return ['default', 'day', 'week', 'month', 'custom'].includes(calendarView(url).kind);
}

const DAY_MS = 86_400_000;
const dayNumber = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / DAY_MS);

/**
 * Whether the view certainly shows today and no two days with the same day of the month: then a one-off event
 * whose when line names today's day of the month is today's. A day view of today; a week view whose week holds
 * today whichever day the user's week starts on (Saturday, Sunday or Monday); the default view, which opens on
 * the period holding today (in month layout a one-off event exactly a month away could still pass: Trellis then
 * shows a countdown for the wrong day, and nothing else). Month, schedule and custom views never count.
 */
export function viewShowsToday(url: string | undefined, now: Date): boolean {
  if (!url) return false;
  const view = calendarView(url);
  const today = dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate());
  if (view.kind === 'default') return view.date === undefined;
  if (view.kind !== 'day' && view.kind !== 'week') return false;
  if (!view.date) return true;
  const shown = dayNumber(view.date.year, view.date.month, view.date.day);
  if (view.kind === 'day') return shown === today;
  // 1970-01-01 (day 0) was a Thursday: weekday 0 = Sunday
  const weekday = (shown + 4) % 7;
  return [6, 0, 1].every((firstDay) => {
    const start = shown - ((weekday - firstDay + 7) % 7);
    return today >= start && today < start + 7;
  });
}
