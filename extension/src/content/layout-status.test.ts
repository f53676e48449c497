import { describe, expect, it } from 'vitest';
import { createLayoutMonitor } from './layout-status';

describe('the layout status', () => {
  const monitor = () => {
    const reports: [boolean, string][] = [];
    return { reports, monitor: createLayoutMonitor((ok, detail) => reports.push([ok, detail])) };
  };
  it('keeps an unreadable popover as the verdict until an event is read again, whatever the grid says', () => {
    const { reports, monitor: m } = monitor();
    m.eventRead(false, 'popover unreadable');
    m.pageChecked({ recognised: true, detail: 'events found' });
    expect(reports).toEqual([[false, 'popover unreadable']]);
    m.eventRead(true, 'event popover read');
    m.pageChecked({ recognised: true, detail: 'events found' });
    expect(reports.at(-1)).toEqual([true, 'events found']);
  });
  it('says nothing for a page with nothing to judge by (an empty week)', () => {
    const { reports, monitor: m } = monitor();
    m.pageChecked(undefined);
    expect(reports).toEqual([]);
    m.pageChecked({ recognised: false, detail: 'no calendar grid found on the page' });
    expect(reports).toEqual([[false, 'no calendar grid found on the page']]);
  });
});
