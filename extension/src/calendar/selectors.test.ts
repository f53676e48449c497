// @vitest-environment happy-dom
// Each selector counted on each fixture state, in the manner of refined-github's selector tests: the fixtures follow
// real captures (fixtures/calendar/SOURCES.md), and every selector names the captures that support it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { CAPTURE_STATES, type CaptureState } from '../../fixtures/calendar/capture-events';
import { encodeEventId, openPopover, renderEditPage, renderWeek, rerenderSections } from '../../fixtures/calendar/calendar-fixture.js';
import { probeLayout } from './layout-probe';
import { CAPTURES } from './selector-support';
import { SELECTOR_SUPPORT, SELECTORS, type SelectorName } from './selectors';

const WEEK = 'https://calendar.google.com/calendar/u/0/r/week/2026/7/6';

function countsOn(url = WEEK): Record<SelectorName, number> {
  const probe = probeLayout(document, url);
  return Object.fromEntries(Object.entries(probe.counts).map(([k, v]) => [k, v.matches])) as Record<SelectorName, number>;
}

/** What every popover state shows the same way. */
const POPOVER = { popoverDialog: 1, popoverDetails: 1, popoverHeading: 1, popoverWhen: 1, eventId: 1, eventChip: 0, gridCell: 0, editTitle: 0, editStartDate: 0, editStartTime: 0, editEndTime: 0, editTitleFallback: 0, editGuestRow: 0, trellis: 0 };

const EXPECTED: Record<CaptureState, Partial<Record<SelectorName, number>>> = {
  oneOnOne: { ...POPOVER, guestSummary: 1, guestRow: 2, organiserRow: 1, guestRowInSummary: 0 },
  group: { ...POPOVER, guestSummary: 1, guestRow: 4, organiserRow: 1, guestRowInSummary: 0 },
  withRoom: { ...POPOVER, guestSummary: 1, guestRow: 3, organiserRow: 1, guestRowInSummary: 0 },
  recurring: { ...POPOVER, guestSummary: 1, guestRow: 2, organiserRow: 1, guestRowInSummary: 0 },
  allDay: { ...POPOVER, guestSummary: 1, guestRow: 2, organiserRow: 1, guestRowInSummary: 0 },
  declined: { ...POPOVER, guestSummary: 1, guestRow: 2, organiserRow: 1, guestRowInSummary: 0 },
  clockInTitle: { ...POPOVER, guestSummary: 1, guestRow: 2, organiserRow: 1, guestRowInSummary: 0 },
  lateGuests: { ...POPOVER, guestSummary: 1, guestRow: 0, organiserRow: 0, guestRowInSummary: 0 },
  unreadableGuests: { ...POPOVER, guestSummary: 1, guestRow: 2, organiserRow: 1, guestRowInSummary: 0 },
  groupRowsMissing: { ...POPOVER, guestSummary: 1, guestRow: 0, organiserRow: 0, guestRowInSummary: 0 },
  onlyYou: { ...POPOVER, guestSummary: 0, guestRow: 0, organiserRow: 0, guestRowInSummary: 0 },
};

beforeEach(() => {
  document.body.innerHTML = '<div role="main"></div>';
});

describe('selector matches per fixture state', () => {
  for (const [state, expected] of Object.entries(EXPECTED) as [CaptureState, Partial<Record<SelectorName, number>>][]) {
    it(`the ${state} popover`, () => {
      openPopover(document, CAPTURE_STATES[state]);
      expect(countsOn()).toEqual({ ...countsOn(), ...expected });
      expect(Object.keys(expected).sort()).toEqual(Object.keys(SELECTORS).sort());
    });
  }

  it('the late guests arrive when Calendar re-renders the guest block', () => {
    openPopover(document, CAPTURE_STATES.lateGuests);
    expect(countsOn().guestRow).toBe(0);
    rerenderSections(document, CAPTURE_STATES.lateGuests);
    expect(countsOn().guestRow).toBe(2);
  });

  it('the older layout other projects assumed (guests inside #xDetDlgAtt) matches only the assumed fallback', () => {
    openPopover(document, CAPTURE_STATES.oneOnOne, { variant: 'legacy-guests' });
    expect(countsOn()).toMatchObject({ guestSummary: 1, guestRow: 0, guestRowInSummary: 2 });
  });

  it('the week grid', () => {
    renderWeek(document, [CAPTURE_STATES.oneOnOne, CAPTURE_STATES.group]);
    expect(countsOn()).toMatchObject({ eventChip: 2, eventId: 2, gridCell: 7, popoverDialog: 0, guestRow: 0 });
  });

  it('the full event page', () => {
    const url = `https://calendar.google.com/calendar/u/0/r/eventedit/${encodeEventId('oneonone1cap', 'dana@example.com')}`;
    renderEditPage(document, { ...CAPTURE_STATES.oneOnOne, date: 'Jul 8, 2026', startTime: '6:30pm', endTime: '7:30pm' });
    expect(countsOn(url)).toMatchObject({ editTitle: 1, editTitleFallback: 1, editStartDate: 1, editStartTime: 1, editEndTime: 1, editGuestRow: 2, popoverDialog: 0 });
    expect(probeLayout(document, url).view).toBe('event');
  });
});

describe('every selector says what supports it', () => {
  it('names a real capture, or is marked assumed', () => {
    for (const name of Object.keys(SELECTORS) as SelectorName[]) {
      const support = SELECTOR_SUPPORT[name];
      expect(support.sources.length, name).toBeGreaterThan(0);
      if (support.support === 'captured' && name !== 'trellis') for (const source of support.sources) expect(Object.keys(CAPTURES), `${name}: ${source}`).toContain(source);
    }
  });

  it('every capture is in SOURCES.md\'s table with its address and date, and no capture is cited that is not', () => {
    const sources = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/calendar/SOURCES.md'), 'utf8');
    const table = sources.slice(sources.indexOf('## The real captures'), sources.indexOf('\n## ', sources.indexOf('## The real captures') + 1));
    const rows = table.split('\n').filter((line) => /^\| `[a-z0-9-]+` \|/.test(line));
    const keys = rows.map((row) => /^\| `([a-z0-9-]+)`/.exec(row)![1]);
    expect(keys.sort()).toEqual(Object.keys(CAPTURES).sort());
    for (const row of rows) {
      const cells = row.split(' | ');
      expect(cells[2], row).toMatch(/github\.com\/[\w.-]+\/[\w.-]+/);
      expect(cells[3], row).toMatch(/\b(19|20)\d\d-\d\d(-\d\d)?\b/);
    }
  });

  it('the full event page\'s selectors are assumed (no capture of the 2026 editor), the popover\'s are captured', () => {
    const assumed = (Object.keys(SELECTORS) as SelectorName[]).filter((n) => SELECTOR_SUPPORT[n].support === 'assumed');
    expect(assumed).toEqual(['guestRowInSummary', 'editTitle', 'editTitleFallback', 'editStartDate', 'editStartTime', 'editEndTime', 'editGuestRow']);
  });

  it('selects by ids, data-* and role attributes only: no class names, no text', () => {
    for (const selector of Object.values(SELECTORS)) {
      expect(selector).not.toMatch(/\.[a-zA-Z]/);
      expect(selector).not.toMatch(/:contains|aria-label/);
    }
  });

  it('the probe reports counts and support only: no text from the page', () => {
    openPopover(document, CAPTURE_STATES.oneOnOne);
    const json = JSON.stringify(probeLayout(document, WEEK));
    for (const secret of ['Alex', 'Dana', 'example.com', 'July', 'oneonone1cap', encodeEventId('oneonone1cap', 'dana@example.com')]) expect(json).not.toContain(secret);
    expect(probeLayout(document, WEEK).popoverOpen).toBe(true);
  });
});
