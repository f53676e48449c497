// The guests of an event as Calendar's popover shows them: rows in a role=tree (the organiser's included), each
// carrying the address in data-email, data-id or data-hovercard-id; and the summary's count to check them against.
import type { MeetingAttendee } from '../../../shared/meetings/one-on-one';
import { SELECTORS, type SelectorName } from './selectors';
import { firstText, text } from './page-text';

export interface GuestReading {
  /** The guests whose address could be read, once each. */
  guests: MeetingAttendee[];
  /** Rows shown, readable or not. */
  rows: number;
  /** The number the summary gives ("4 guests"), when there is a summary. */
  count?: number;
  /** The selectors that found the rows and the count. */
  matched: SelectorName[];
}

function addressOf(row: Element): string | undefined {
  const candidates = [row.getAttribute('data-email'), row.getAttribute('data-id'), row.getAttribute('data-hovercard-id'), row.querySelector('[data-hovercard-id]')?.getAttribute('data-hovercard-id')];
  for (const raw of candidates) {
    const email = (raw ?? '').replace(/^contact:/, '').trim().toLowerCase();
    if (email.includes('@')) return email;
  }
  return undefined;
}

/** The first whole number of the summary: "4 guests" in English, and as well in languages that put it after a word. */
export function countIn(summary: Element | null): number | undefined {
  const m = /\d+/.exec(text(summary));
  return m ? Number(m[0]) : undefined;
}

export function readGuestRows(root: Element, rowSelector: string, selves: Set<string>): { guests: MeetingAttendee[]; rows: number } {
  const seen = new Set<string>();
  const guests: MeetingAttendee[] = [];
  const rows = root.querySelectorAll(rowSelector);
  for (const row of rows) {
    const email = addressOf(row);
    if (!email || seen.has(email)) continue;
    seen.add(email);
    const name = row.getAttribute('data-name') ?? firstText(row);
    guests.push({
      email,
      name: name && !name.includes('@') ? name : undefined,
      self: selves.size ? selves.has(email) : undefined,
      resource: email.endsWith('@resource.calendar.google.com') || undefined,
      organizer: row.matches(SELECTORS.organiserRow) || undefined,
    });
  }
  return { guests, rows: rows.length };
}

/** The popover's guests: the tree's rows (captured); guests inside the summary only where the tree is absent (assumed). */
export function readPopoverGuests(dialog: Element, selves: Set<string>): GuestReading {
  const summary = dialog.querySelector(SELECTORS.guestSummary);
  const matched: SelectorName[] = [];
  if (summary) matched.push('guestSummary');
  let read = readGuestRows(dialog, SELECTORS.guestRow, selves);
  if (read.rows) matched.push('guestRow');
  else {
    const inSummary = readGuestRows(dialog, SELECTORS.guestRowInSummary, selves);
    if (inSummary.rows) {
      read = inSummary;
      matched.push('guestRowInSummary');
    }
  }
  return { ...read, count: summary ? countIn(summary) : undefined, matched };
}
