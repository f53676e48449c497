// Every fact Trellis relies on about Google Calendar's page, in one place (see fixtures/calendar/SOURCES.md
// for where each comes from). Attributes and roles only: never class names, never translated text.
import type { MeetingAttendee, MeetingFacts } from '../../../shared/meetings/one-on-one';
import { eventIdFromEditUrl, parseEventRef, selfEmailFrom, type CalendarEventRef } from './event-id';
import { looksAllDay, meetingTimes, type MeetingTimes } from './when';

export const SELECTORS = {
  /** The event details popover: a dialog holding the details block. */
  popoverDialog: 'div[role="dialog"]',
  /** The details block inside it; carries the event id. */
  popoverDetails: '#xDetDlg[data-eventid]',
  /** The title: the dialog names its heading with aria-labelledby; a heading role is the fallback. */
  popoverHeading: '[role="heading"]',
  /** The date and time line. */
  popoverWhen: '#xDetDlgWhen',
  /** The guest list section, and each guest in it (a person's address in data-email or data-hovercard-id). */
  popoverGuests: '#xDetDlgAtt',
  guest: '[data-email], [data-hovercard-id]',
  /** Full event page (reached at /r/eventedit/<id>): the title input, times, guest list. */
  editTitle: '#xTiIn',
  editStartDate: '#xStDaIn',
  editStartTime: '#xStTiIn',
  editEndTime: '#xEnTiIn',
  /** The page's main region, whose guests carry the same data-email / data-hovercard-id as the popover's. */
  editGuests: '[role="main"]',
  /** Anything carrying an event id: the popover's details block and the grid's event chips. */
  eventId: '[data-eventid]',
  /** An event chip in a day, week or month grid. */
  eventChip: '[data-eventchip]',
  /** A day's column or cell in the grid (present, empty, on a week without events). */
  gridCell: '[role="gridcell"]',
  /** Trellis's own nodes, which every observer ignores. */
  trellis: '[data-trellis]',
} as const;

export type MeetingSurface = 'popover' | 'page';

export interface CalendarMeeting {
  surface: MeetingSurface;
  /** The element the panel sits beside (the dialog), or undefined on the full page. */
  anchor?: Element;
  ref: CalendarEventRef;
  facts: MeetingFacts;
  times?: MeetingTimes;
}

/** A document that is laid out (a real page); a DOM without layout (tests) has no sizes to judge by. */
function hasLayout(doc: Document): boolean {
  return doc.documentElement.getBoundingClientRect().width > 0;
}

/**
 * Whether a dialog is on screen: not hidden (itself or by an ancestor), not transparent, not collapsed to
 * nothing and not moved out of the window, each of them a way a closed popover may be left in the page.
 */
function isVisible(el: Element): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.hidden || el.getAttribute('aria-hidden') === 'true') return false;
  // checkVisibility also sees hidden and transparent ancestors; where it is missing, the element's own style decides
  const check = (el as HTMLElement & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  if (check) {
    if (!check.call(el, { visibilityProperty: true, opacityProperty: true })) return false;
  } else {
    const style = view?.getComputedStyle(el);
    if (style && (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0')) return false;
  }
  if (!view || !hasLayout(doc)) return true;
  const box = el.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return false;
  return box.right > 0 && box.bottom > 0 && box.left < view.innerWidth && box.top < view.innerHeight;
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

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function emailOf(el: Element): string | undefined {
  const raw = el.getAttribute('data-email') ?? el.getAttribute('data-hovercard-id') ?? '';
  const email = raw.replace(/^contact:/, '').trim().toLowerCase();
  return email.includes('@') ? email : undefined;
}

function readGuests(section: Element | null, selves: Set<string>): MeetingAttendee[] | undefined {
  if (!section) return undefined;
  const seen = new Set<string>();
  const guests: MeetingAttendee[] = [];
  for (const el of section.querySelectorAll(SELECTORS.guest)) {
    const email = emailOf(el);
    if (!email || seen.has(email)) continue;
    seen.add(email);
    const name = el.getAttribute('data-name') ?? (text(el).split(/\s{2,}|\n/)[0] || undefined);
    guests.push({
      email,
      name: name && !name.includes('@') ? name : undefined,
      self: selves.size ? selves.has(email) : undefined,
      resource: email.endsWith('@resource.calendar.google.com') || undefined,
    });
  }
  return guests;
}

/** What the content script knows when it reads an event. */
export interface ReadContext {
  now: Date;
  /** "Your email" from the options page, when set. */
  selfEmail?: string;
  /** Whether the page's view surely shows today (viewShowsToday): a one-off event's day can then be trusted. */
  todayInView?: boolean;
}

/**
 * The facts of one event. "You" are the address in the options page and the owner of the calendar the event
 * was opened from (for a one-on-one on someone else's calendar, both sit on "your" side); the facts name the
 * options page's address first. Who acts on a plan is never decided here (see the service worker).
 */
function meetingFacts(ref: CalendarEventRef, title: string, guestsRoot: Element | null, whenText: string | undefined, allDay: boolean, ctx: ReadContext): { facts: MeetingFacts; times?: MeetingTimes } {
  const owner = selfEmailFrom(ref);
  const selfEmail = ctx.selfEmail?.trim().toLowerCase() || owner;
  const selves = new Set([selfEmail, owner].filter((e): e is string => Boolean(e)));
  const guests = readGuests(guestsRoot, selves);
  const facts: MeetingFacts = {
    title,
    // no guest list is an event with nobody else invited: only you
    attendees: guests ?? (selfEmail ? [{ email: selfEmail, self: true }] : []),
    allDay: Boolean(ref.allDayOccurrence) || allDay,
    selfEmail,
    seriesId: ref.seriesId,
    attendeesKnown: guests !== undefined || selfEmail !== undefined,
  };
  const times = meetingTimes(whenText, ref.occurrenceStart, ctx.now, ctx.todayInView);
  if (times) Object.assign(facts, times);
  return { facts, times };
}

function titleOf(dialog: Element): string {
  // Every copy of the popover (hidden leftovers too) repeats the heading's id: look for it inside this dialog only.
  const ids = (dialog.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const labels = ids.map((id) => dialog.querySelector(`#${CSS.escape(id)}`)).filter((el): el is Element => el !== null);
  return labels.length ? labels.map(text).join(' ') : text(dialog.querySelector(SELECTORS.popoverHeading));
}

/** What the open popover says of its event, or undefined when it is not an event popover we can read. */
export function readPopover(dialog: Element, ctx: ReadContext): CalendarMeeting | undefined {
  const details = dialog.querySelector(SELECTORS.popoverDetails);
  const ref = parseEventRef(details?.getAttribute('data-eventid'));
  if (!details || !ref) return undefined;
  const whenText = text(dialog.querySelector(SELECTORS.popoverWhen)) || undefined;
  const read = meetingFacts(ref, titleOf(dialog), dialog.querySelector(SELECTORS.popoverGuests), whenText, looksAllDay(whenText), ctx);
  return { surface: 'popover', anchor: dialog, ref, ...read };
}

/** What the full event page says, or undefined when this is not an event page we can read. */
export function readEditPage(doc: Document, url: string, ctx: ReadContext): CalendarMeeting | undefined {
  const ref = parseEventRef(eventIdFromEditUrl(url));
  const titleInput = doc.querySelector(SELECTORS.editTitle);
  if (!ref || !(titleInput instanceof HTMLInputElement)) return undefined;
  const value = (selector: string) => (doc.querySelector(selector) as HTMLInputElement | null)?.value ?? '';
  const startTime = value(SELECTORS.editStartTime);
  const endTime = value(SELECTORS.editEndTime);
  const whenText = startTime && endTime ? `${value(SELECTORS.editStartDate)} ${startTime} – ${endTime}` : undefined;
  // the time inputs are absent (hidden) for an all-day event
  const allDay = !doc.querySelector(SELECTORS.editStartTime) && !!doc.querySelector(SELECTORS.editStartDate);
  const read = meetingFacts(ref, titleInput.value.trim(), doc.querySelector(SELECTORS.editGuests), whenText, allDay, ctx);
  return { surface: 'page', ref, ...read };
}

export function isEditPageUrl(url: string): boolean {
  return eventIdFromEditUrl(url) !== undefined;
}

/** Whether a node belongs to Trellis (so the observer can skip our own changes). */
export function isTrellisNode(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el && (el.hasAttribute('data-trellis') || !!el.closest(SELECTORS.trellis));
}
