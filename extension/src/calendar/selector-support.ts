// Which real captures of Calendar's page support each selector (fixtures/calendar/SOURCES.md gives their
// addresses and dates). A selector no capture shows is "assumed": it has a fallback or Trellis works without it,
// and the layout status names it whenever it is the one that matched, so a guess never passes for knowledge.

export type Support = 'captured' | 'assumed';

export interface SelectorSupport {
  support: Support;
  /** The captures (keys of CAPTURES) that show it; for an assumed selector, what it was guessed from. */
  sources: readonly string[];
}

/** The real captures, by key: what they are and where they are published (details in SOURCES.md). */
export const CAPTURES = {
  'popover-2026-06': 'Event popover, full outerHTML pasted from DevTools on 2026-06-29 (a 4-guest meeting with Meet, two dumps), in the public repository junaid-appointy/auxilio-extension, branch entire/checkpoints/v1, files 0a/486e3dd7f6/0/prompt.txt and 0b/e1f63438cc/0/prompt.txt',
  'popover-rows-2026-06': 'Two popover rows (#xDetDlgNot, #xDetDlgCal) pasted on 2026-06-26, same repository, file ab/3a5d28a4d0/3/prompt.txt',
  'grid-2019': 'A copy of Calendar\'s day view (January 2019) with event chips, saved into a web app\'s template in the public repository kinota38/sus_impl',
  'editor-details-2022': 'The full event editor\'s "Event details" tab (location, notifications, description) extracted from Calendar on 2022-01-11 as test data of the public repository brave/brave-talk-gcalendar-extension; it has no title, time or guest field, so it supports none of the editor selectors, only what the title fallback must skip',
} as const;

export type CaptureKey = keyof typeof CAPTURES;
