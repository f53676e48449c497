// The layout probe: how many elements of the open Calendar page match each of Trellis's selectors, and whether
// each is captured or assumed. Numbers only: no text, no address, no id leaves the page, so a person can run it on
// their own Calendar and share the result the day Calendar's page changes.
import { SELECTOR_SUPPORT, SELECTORS, type SelectorName } from './selectors';
import { findVisiblePopover } from './read-event';
import { calendarView } from './view-url';

export interface LayoutProbe {
  kind: 'trellis.layout-probe';
  at: string;
  /** The view's kind from the URL path (week, day, event…), never the URL itself. */
  view: string;
  /** Whether an event popover is open (its counts are then the popover's). */
  popoverOpen: boolean;
  counts: Record<SelectorName, { matches: number; support: 'captured' | 'assumed' }>;
}

export function probeLayout(doc: Document, url: string, now = new Date()): LayoutProbe {
  const popover = findVisiblePopover(doc);
  const counts = {} as LayoutProbe['counts'];
  for (const name of Object.keys(SELECTORS) as SelectorName[]) {
    let matches = 0;
    for (const el of doc.querySelectorAll(SELECTORS[name])) if (name === 'trellis' || !el.closest(SELECTORS.trellis)) matches++;
    counts[name] = { matches, support: SELECTOR_SUPPORT[name].support };
  }
  return { kind: 'trellis.layout-probe', at: now.toISOString(), view: calendarView(url).kind, popoverOpen: popover !== undefined, counts };
}
