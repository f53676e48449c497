// Reading Calendar's event ids: the popover's data-eventid and the edit page's URL both carry base64url of
// "<event id> <calendar id>", which tells which series the notes belong to and whose calendar this is.
import { seriesIdOf } from '../../../shared/meetings/one-on-one';

export interface CalendarEventRef {
  /** The occurrence id ("abc_20260302T100000Z" for one occurrence of a recurring event). */
  eventId: string;
  seriesId: string;
  /** The calendar the event was opened from: the owner's email for a personal calendar. */
  calendarId?: string;
  /** Start of the occurrence, when the id carries it (recurring events), as ISO. */
  occurrenceStart?: string;
  /** True when the occurrence id carries a date without a time: an all-day occurrence. */
  allDayOccurrence?: boolean;
}

function decodeBase64Url(text: string): string | undefined {
  const clean = text.trim().replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]+=*$/.test(clean)) return undefined;
  try {
    return atob(clean + '='.repeat((4 - (clean.length % 4)) % 4));
  } catch {
    return undefined;
  }
}

/** Calendar shortens a few calendar ids inside event ids: "@m" is a gmail.com address. */
function expandCalendarId(id: string): string {
  if (id.endsWith('@m')) return `${id.slice(0, -2)}@gmail.com`;
  if (id.endsWith('@g')) return `${id.slice(0, -2)}@group.calendar.google.com`;
  return id;
}

export function parseEventRef(encoded: string | null | undefined): CalendarEventRef | undefined {
  if (!encoded) return undefined;
  const decoded = decodeBase64Url(encoded);
  const [eventId, calendarId] = decoded && /^[\w.@-]+( [^\s]+)?$/.test(decoded) ? decoded.split(' ') : [undefined, undefined];
  if (!eventId) return undefined;
  const ref: CalendarEventRef = { eventId, seriesId: seriesIdOf(eventId), calendarId: calendarId ? expandCalendarId(calendarId) : undefined };
  const occurrence = /_(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(eventId);
  if (occurrence) {
    const [, y, mo, d, h, mi, s] = occurrence;
    if (h) ref.occurrenceStart = `${y}-${mo}-${d}T${h}:${mi}:${s}Z`;
    else ref.allDayOccurrence = true;
  }
  return ref;
}

/** The id part of "/calendar/u/0/r/eventedit/<id>" (with or without query), or undefined on other pages. */
export function eventIdFromEditUrl(url: string): string | undefined {
  const m = /\/r\/eventedit\/([A-Za-z0-9_-]+)/.exec(new URL(url, 'https://calendar.google.com').pathname);
  return m?.[1];
}

/** The calendar owner, when the calendar id is a person's address. */
export function selfEmailFrom(ref: CalendarEventRef | undefined): string | undefined {
  const id = ref?.calendarId;
  if (!id || !id.includes('@') || /calendar\.google\.com$/.test(id)) return undefined;
  return id.toLowerCase();
}
