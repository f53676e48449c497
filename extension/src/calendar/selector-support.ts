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
  'grid-2019': 'A saved week page of Google Calendar (Japanese, January 2019) with event chips, committed as a public repository\'s HTML (see SOURCES.md)',
  'editor-saved-page': 'A saved copy of the full event editor (Spanish, before 2022, turned into PHP by its author), committed to a public repository (see SOURCES.md)',
} as const;

export type CaptureKey = keyof typeof CAPTURES;
