// Reading one event from Calendar's page (the popover or the full event page) into the core's MeetingFacts, and
// saying honestly how much of it could be read: a meeting counts as read only with its id, title, time and guests
// that agree with the summary's count.
import type { MeetingAttendee, MeetingFacts } from '../../../shared/meetings/one-on-one';
import { eventIdFromEditUrl, parseEventRef, selfEmailFrom, type CalendarEventRef } from './event-id';
import { isVisible, text, textOutside } from './page-text';
import { readGuestRows, readPopoverGuests, type GuestReading } from './read-guests';
import { assumedAmong, SELECTORS, type SelectorName } from './selectors';
import { looksAllDay, meetingTimes, type MeetingTimes } from './when';

export type MeetingSurface = 'popover' | 'page';

export interface ReadQuality {
  /** What could not be read, as a person would say it ("guests not found on the event popover"); empty when complete. */
  missing: string[];
  /** Selectors no capture supports that matched this time. */
  assumed: SelectorName[];
  /** The summary counts more guests than the rows give, and the rows may still be loading. */
  guestsPending: boolean;
  /** The summary's guest count, when there is one. */
  guestCount?: number;
}

export interface CalendarMeeting {
  surface: MeetingSurface;
  /** The element the panel sits beside (the dialog), or undefined on the full page. */
  anchor?: Element;
  ref: CalendarEventRef;
  facts: MeetingFacts;
  times?: MeetingTimes;
  quality: ReadQuality;
  /** The guests whose address could be read (for choosing the person by hand when the rest could not be). */
  seenGuests: MeetingAttendee[];
}

/** What the content script knows when it reads an event. */
export interface ReadContext {
  now: Date;
  /** "Your email" from the options page, when set. */
  selfEmail?: string;
  /** Whether the page's view surely shows today (viewShowsToday): a one-off event's day can then be trusted. */
  todayInView?: boolean;
}

/** The visible event popover, ignoring dialogs Calendar leaves hidden in the page after closing them. */
export function findVisiblePopover(doc: Document): Element | undefined {
  for (const details of doc.querySelectorAll(SELECTORS.popoverDetails)) {
    const dialog = details.closest(SELECTORS.popoverDialog);
    if (dialog && !dialog.closest(SELECTORS.trellis) && isVisible(dialog)) return dialog;
  }
  return undefined;
}

/**
 * Whether an event popover is open but its details block is not where Trellis expects it: a visible dialog
 * holding an event id (data-eventid, as Calendar's popover does) without the #xDetDlg block around it.
 */
export function unrecognisedPopover(doc: Document): boolean {
  for (const dialog of doc.querySelectorAll(SELECTORS.popoverDialog)) {
    if (dialog.closest(SELECTORS.trellis) || !isVisible(dialog)) continue;
    if (!dialog.querySelector(SELECTORS.popoverDetails) && dialog.querySelector(SELECTORS.eventId)) return true;
  }
  return false;
}

function selvesOf(ref: CalendarEventRef, ctx: ReadContext): { selfEmail?: string; selves: Set<string> } {
  const owner = selfEmailFrom(ref);
  const selfEmail = ctx.selfEmail?.trim().toLowerCase() || owner;
  return { selfEmail, selves: new Set([selfEmail, owner].filter((e): e is string => Boolean(e))) };
}

/** How far the guests agree with the summary's count, and what to say when they do not. */
function guestVerdict(reading: GuestReading, where: string): { known: boolean; missing: string[]; pending: boolean } {
  const read = reading.guests.length;
  const { count, rows } = reading;
  if (count === undefined) {
    // no summary: no guests at all (an event with only you), or guests without a count to check them by
    if (!rows) return { known: true, missing: [], pending: false };
    return { known: read === rows, missing: [read === rows ? `the guest count was not found on the ${where}` : `guests could not be read on the ${where}`], pending: false };
  }
  if (read === count) return { known: true, missing: [], pending: false };
  if (rows > read) return { known: false, missing: [`guests could not be read on the ${where} (${count} counted, ${read} read)`], pending: false };
  if (read === 0) return { known: false, missing: [`guests not found on the ${where} (${count} counted)`], pending: true };
  return { known: false, missing: [`only ${read} of ${count} guests found on the ${where}`], pending: true };
}

function titleOf(dialog: Element): string {
  // Every copy of the popover (hidden leftovers too) repeats the heading's id: look for it inside this dialog only.
  const ids = (dialog.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const labels = ids.map((id) => dialog.querySelector(`#${CSS.escape(id)}`)).filter((el): el is Element => el !== null);
  return labels.length ? labels.map(text).join(' ') : text(dialog.querySelector(SELECTORS.popoverHeading));
}

function factsOf(ref: CalendarEventRef, title: string, guests: MeetingAttendee[], known: boolean, selfEmail: string | undefined, whenText: string | undefined, allDay: boolean, ctx: ReadContext) {
  const facts: MeetingFacts = {
    title,
    // no guest list is an event with nobody else invited: only you
    attendees: guests.length ? guests : selfEmail && known ? [{ email: selfEmail, self: true }] : [],
    allDay: Boolean(ref.allDayOccurrence) || allDay,
    selfEmail,
    seriesId: ref.seriesId,
    attendeesKnown: known,
  };
  const times = meetingTimes(whenText, ref.occurrenceStart, ctx.now, ctx.todayInView);
  if (times) Object.assign(facts, times);
  return { facts, times };
}

/** What the open popover says of its event, or undefined when it is not an event popover whose id can be read. */
export function readPopover(dialog: Element, ctx: ReadContext): CalendarMeeting | undefined {
  const details = dialog.querySelector(SELECTORS.popoverDetails);
  const ref = parseEventRef(details?.getAttribute('data-eventid'));
  if (!details || !ref) return undefined;
  const { selfEmail, selves } = selvesOf(ref, ctx);
  const title = titleOf(dialog);
  const whenEl = dialog.querySelector(SELECTORS.popoverWhen);
  // The when line holds the title's heading too: a clock time in the title must never be taken for the meeting's.
  const whenText = (whenEl && textOutside(whenEl, SELECTORS.popoverHeading)) || undefined;
  const reading = readPopoverGuests(dialog, selves);
  const verdict = guestVerdict(reading, 'event popover');
  const missing = [...(title ? [] : ['the title was not found on the event popover']), ...(whenText ? [] : ['the date and time were not found on the event popover']), ...verdict.missing];
  const read = factsOf(ref, title, reading.guests, verdict.known, selfEmail, whenText, looksAllDay(whenText), ctx);
  return {
    surface: 'popover',
    anchor: dialog,
    ref,
    ...read,
    seenGuests: reading.guests,
    quality: { missing, assumed: assumedAmong(reading.matched), guestsPending: verdict.pending, guestCount: reading.count },
  };
}

/** What the full event page says, or undefined when this is not an event page whose title can be read. */
export function readEditPage(doc: Document, url: string, ctx: ReadContext): CalendarMeeting | undefined {
  const ref = parseEventRef(eventIdFromEditUrl(url));
  if (!ref) return undefined;
  const matched: SelectorName[] = [];
  let titleInput = doc.querySelector(SELECTORS.editTitle);
  if (titleInput instanceof HTMLInputElement) matched.push('editTitle');
  else {
    // the Event details tab (role=tabpanel in the real editor) holds location and other fields, never the title
    titleInput = [...doc.querySelectorAll(SELECTORS.editTitleFallback)].find((input) => !input.closest('[role="tabpanel"]')) ?? null;
    if (titleInput instanceof HTMLInputElement) matched.push('editTitleFallback');
  }
  if (!(titleInput instanceof HTMLInputElement)) return undefined;
  const field = (name: 'editStartDate' | 'editStartTime' | 'editEndTime') => {
    const input = doc.querySelector(SELECTORS[name]);
    if (input instanceof HTMLInputElement) matched.push(name);
    return input instanceof HTMLInputElement ? input.value : '';
  };
  const date = field('editStartDate');
  const startTime = field('editStartTime');
  const endTime = field('editEndTime');
  const whenText = startTime && endTime ? `${date} ${startTime} – ${endTime}` : undefined;
  // the time inputs are absent (hidden) for an all-day event
  const allDay = !doc.querySelector(SELECTORS.editStartTime) && !!doc.querySelector(SELECTORS.editStartDate);
  const { selfEmail, selves } = selvesOf(ref, ctx);
  const guests = readGuestRows(doc.documentElement, SELECTORS.editGuestRow, selves);
  if (guests.rows) matched.push('editGuestRow');
  const known = guests.guests.length > 0 || guests.rows === 0;
  const missing = [...(whenText || allDay ? [] : ['the start and end times were not found on the full event page']), ...(known ? [] : ['guests could not be read on the full event page'])];
  const read = factsOf(ref, titleInput.value.trim(), guests.guests, known, selfEmail, whenText, allDay, ctx);
  return { surface: 'page', ref, ...read, seenGuests: guests.guests, quality: { missing, assumed: assumedAmong(matched), guestsPending: false } };
}

export function isEditPageUrl(url: string): boolean {
  return eventIdFromEditUrl(url) !== undefined;
}

export interface LayoutVerdict {
  recognised: boolean;
  detail: string;
}

/**
 * What the grid of a day, week or month view says of Calendar's layout: recognised when an event id there can
 * be read; not recognised when events or ids are there but unreadable, or when there is no grid at all; nothing
 * (undefined) for a grid without events, an empty week, where there is nothing to judge by.
 */
export function readEventGrid(doc: Document): LayoutVerdict | undefined {
  const ids = doc.querySelectorAll(SELECTORS.eventId);
  for (const el of ids) if (!el.closest(SELECTORS.trellis) && parseEventRef(el.getAttribute('data-eventid'))) return { recognised: true, detail: 'events found on the Calendar page' };
  if (ids.length) return { recognised: false, detail: 'events are shown, but their event ids could not be read' };
  if (doc.querySelector(SELECTORS.eventChip)) return { recognised: false, detail: 'events are shown, but without the event ids Trellis reads' };
  if (doc.querySelector(SELECTORS.gridCell)) return undefined;
  return { recognised: false, detail: 'no calendar grid found on the page' };
}

/** Whether a node belongs to Trellis (so the observer can skip our own changes). */
export function isTrellisNode(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el && (el.hasAttribute('data-trellis') || !!el.closest(SELECTORS.trellis));
}
