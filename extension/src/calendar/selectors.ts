// Every fact Trellis relies on about Google Calendar's page, in one place. Attributes and roles only: never class
// names, never translated text. SELECTOR_SUPPORT says which real capture shows each one (fixtures/calendar/SOURCES.md
// names them); an "assumed" one has a fallback or is not needed, and the layout status names it when it matched.
import type { SelectorSupport } from './selector-support';

export const SELECTORS = {
  /** The event details popover: a dialog holding the details block. */
  popoverDialog: 'div[role="dialog"]',
  /** The details block inside it; carries the event id. */
  popoverDetails: '#xDetDlg[data-eventid]',
  /** The title: the dialog names its heading with aria-labelledby; a heading role is the fallback. */
  popoverHeading: '[role="heading"]',
  /** The title and the date-and-time line: the heading sits inside it, so the time is read without it. */
  popoverWhen: '#xDetDlgWhen',
  /** The guest summary ("4 guests", "1 yes", "3 awaiting"): a count, not the guests. */
  guestSummary: '#xDetDlgAtt',
  /** The guest rows: a role=tree beside the summary, one treeitem per guest, the organiser included. */
  guestRow: '[role="tree"] [role="treeitem"]',
  /** The organiser's row among them. */
  organiserRow: '#xDtlDlgOrg',
  /** Guests inside the summary, as older layouts had them (other projects' code; no capture): the fallback. */
  guestRowInSummary: '#xDetDlgAtt [data-email], #xDetDlgAtt [data-hovercard-id]',
  /** Full event page (reached at /r/eventedit/<id>): the title input, times, guest list. */
  editTitle: '#xTiIn',
  /**
   * The fallback for the title: the first text field of the page's main region that a person can type in. The real
   * editor's "Event details" tab holds other text fields (a disabled hidden one and the Location combobox, in a
   * role=tabpanel): those are never the title (the reader also skips anything inside a tab panel).
   */
  editTitleFallback: '[role="main"] input[type="text"]:not([disabled]):not([aria-hidden="true"]):not([role="combobox"])',
  editStartDate: '#xStDaIn',
  editStartTime: '#xStTiIn',
  editEndTime: '#xEnTiIn',
  /** Guests on the full page: rows carrying an address in the main region. */
  editGuestRow: '[role="main"] [role="treeitem"], [role="main"] [data-email]',
  /** Anything carrying an event id: the popover's details block and the grid's event chips. */
  eventId: '[data-eventid]',
  /** An event chip in a day, week or month grid. */
  eventChip: '[data-eventchip]',
  /** A day's column or cell in the grid (present, empty, on a week without events). */
  gridCell: '[role="gridcell"]',
  /** Trellis's own nodes, which every observer ignores. */
  trellis: '[data-trellis]',
} as const;

export type SelectorName = keyof typeof SELECTORS;

const popover = { support: 'captured', sources: ['popover-2026-06'] } as const;

export const SELECTOR_SUPPORT: Record<SelectorName, SelectorSupport> = {
  popoverDialog: popover,
  popoverDetails: popover,
  popoverHeading: popover,
  popoverWhen: popover,
  guestSummary: popover,
  guestRow: popover,
  organiserRow: popover,
  guestRowInSummary: { support: 'assumed', sources: ['other projects\' code (meeting-brief and meeting-cost extensions)'] },
  editTitle: { support: 'assumed', sources: ['other projects\' code (a Jira extension, Selenium scripts); an undated saved copy of the editor'] },
  editTitleFallback: { support: 'assumed', sources: ['a guess: the title is the first text field; what it must skip follows editor-details-2022'] },
  editStartDate: { support: 'assumed', sources: ['Selenium scripts driving the editor'] },
  editStartTime: { support: 'assumed', sources: ['Selenium scripts driving the editor'] },
  editEndTime: { support: 'assumed', sources: ['Selenium scripts driving the editor'] },
  editGuestRow: { support: 'assumed', sources: ['by analogy with the popover\'s guest rows'] },
  eventId: { support: 'captured', sources: ['popover-2026-06', 'grid-2019'] },
  eventChip: { support: 'captured', sources: ['grid-2019'] },
  gridCell: { support: 'captured', sources: ['grid-2019'] },
  trellis: { support: 'captured', sources: ['Trellis\'s own nodes'] },
};

/** Those of `names` that no capture supports. */
export function assumedAmong(names: Iterable<SelectorName>): SelectorName[] {
  return [...new Set(names)].filter((n) => SELECTOR_SUPPORT[n].support === 'assumed');
}
