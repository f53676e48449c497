import { describe, expect, it } from 'vitest';
import { createLayoutMonitor, statusFor, type LayoutReport } from './layout-status';

describe('the layout status', () => {
  const monitor = () => {
    const reports: [string, string][] = [];
    return { reports, monitor: createLayoutMonitor((r: LayoutReport) => reports.push([r.level, r.detail])) };
  };
  it('keeps an unreadable or partly read popover as the verdict until an event is read completely, whatever the grid says', () => {
    const { reports, monitor: m } = monitor();
    m.eventRead({ level: 'not-recognised', detail: 'popover unreadable' });
    m.pageChecked({ recognised: true, detail: 'events found' });
    expect(reports).toEqual([['not-recognised', 'popover unreadable']]);
    m.eventRead({ level: 'partial', detail: 'event popover read in part', missing: ['guests not found on the event popover (2 counted)'] });
    m.pageChecked({ recognised: true, detail: 'events found' });
    expect(reports.at(-1)).toEqual(['partial', 'event popover read in part']);
    m.eventRead({ level: 'recognised', detail: 'event popover read' });
    m.pageChecked({ recognised: true, detail: 'events found' });
    expect(reports.at(-1)).toEqual(['recognised', 'events found']);
  });
  it('says nothing for a page with nothing to judge by (an empty week)', () => {
    const { reports, monitor: m } = monitor();
    m.pageChecked(undefined);
    expect(reports).toEqual([]);
    m.pageChecked({ recognised: false, detail: 'no calendar grid found on the page' });
    expect(reports).toEqual([['not-recognised', 'no calendar grid found on the page']]);
  });
  it('keeps "since" while the verdict stays the same, and starts it again when it changes', () => {
    const partial: LayoutReport = { level: 'partial', detail: 'event popover read in part', missing: ['guests not found on the event popover (2 counted)'] };
    const first = statusFor(partial, undefined, new Date('2026-07-08T10:00:00Z'));
    expect(first).toMatchObject({ level: 'partial', recognised: false, since: '2026-07-08T10:00:00.000Z', missing: partial.missing });
    const again = statusFor(partial, first, new Date('2026-07-09T08:00:00Z'));
    expect(again).toMatchObject({ since: '2026-07-08T10:00:00.000Z', at: '2026-07-09T08:00:00.000Z' });
    const fixed = statusFor({ level: 'recognised', detail: 'event popover read' }, again, new Date('2026-07-10T08:00:00Z'));
    expect(fixed).toMatchObject({ recognised: true, since: '2026-07-10T08:00:00.000Z' });
  });
});
