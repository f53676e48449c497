// Trellis on Google Calendar: when a one-on-one is open (popover or full event page), shows the panel beside
// it; on a meeting it could not read completely, offers to treat it as a one-on-one by hand. Tells the options
// page how well it reads Calendar's page, and answers the layout probe with counts only.
import { render, h } from 'preact';
import { detectOneOnOne } from '../../../shared/meetings/one-on-one';
import type { MeetingAttendee } from '../../../shared/meetings/one-on-one';
import { probeLayout } from '../calendar/layout-probe';
import { findVisiblePopover, isEditPageUrl, readEditPage, readEventGrid, readPopover, unrecognisedPopover, type CalendarMeeting, type ReadContext } from '../calendar/read-event';
import { BY_HAND_PREFIX, saveByHand, type ByHandChoice as ByHand } from '../common/by-hand';
import { isGridView, viewShowsToday } from '../calendar/view-url';
import { ask } from '../common/messages';
import { loadNotes, saveNotes } from '../common/notes';
import type { CachedPlan } from '../common/plan-summary';
import { SETTINGS_KEY, withDefaults, type Settings } from '../common/settings';
import { ByHandChoice } from '../panel/ByHandChoice';
import { Panel, type PanelServices } from '../panel/Panel';
import { buildPanelView } from '../panel/panel-view';
import { createLayoutMonitor } from './layout-status';
import { createPanelHost, type PanelHost } from './panel-host';
import { watchPage, type Watcher } from './watch';

const LAYOUT_GRACE_MS = 4000;
/** How long guest rows the summary counts may take to arrive before Trellis trusts the count and says so. */
const GUEST_WAIT_MS = 1500;

let settings: Settings = withDefaults(undefined);
const plans: Record<string, CachedPlan> = {};
let panel: { key: string; host: PanelHost; meeting: CalendarMeeting } | undefined;
let dismissed: string | undefined;
const refreshed = new Set<string>();
let layoutTimer: ReturnType<typeof setTimeout> | undefined;
const layout = createLayoutMonitor();
const byHand: Record<string, ByHand> = {};
/** When each event was first seen with guest rows still missing. */
const pendingSince = new Map<string, number>();
let recheckTimer: ReturnType<typeof setTimeout> | undefined;
/** The last grid view this page showed: the full event page is reached from it and has no view of its own. */
let lastViewUrl: string | undefined = isGridView(location.href) ? location.href : undefined;

let watcher: Watcher | undefined;

/**
 * After the extension is updated, reloaded or removed, this script keeps running in the page without it: every
 * chrome.* call then throws "Extension context invalidated". It notices on its next pass and bows out quietly.
 */
const extensionGone = () => !globalThis.chrome?.runtime?.id;

function retire(): void {
  watcher?.stop();
  watcher = undefined;
  clearTimeout(layoutTimer);
  clearTimeout(recheckTimer);
  closePanel();
}

const services: PanelServices = {
  loadNotes: async (seriesId) => (await loadNotes(seriesId))?.text ?? '',
  saveNotes: (seriesId, text) => saveNotes(seriesId, text, panel?.meeting.facts.title ?? ''),
  send: ask,
  openOptions: () => void ask({ type: 'open-options' }),
};

function closePanel(): void {
  if (!panel) return;
  render(null, panel.host.root);
  panel.host.remove();
  panel = undefined;
}

const keyOf = (meeting: CalendarMeeting) => `${meeting.surface}:${meeting.ref.eventId}`;

/** The panel's host for this meeting (a new one when the meeting or what is shown changed). */
function hostFor(meeting: CalendarMeeting, key: string): PanelHost {
  if (!panel || panel.key !== key || !panel.host.host.isConnected) {
    closePanel();
    panel = { key, host: createPanelHost(document), meeting };
  }
  panel.meeting = meeting;
  return panel.host;
}

/** A meeting Trellis could not read completely: the choice to treat it as a one-on-one, with the guests it saw. */
function renderByHand(meeting: CalendarMeeting): void {
  const key = keyOf(meeting);
  if (dismissed === key) return;
  const host = hostFor(meeting, `${key}#by-hand`);
  const candidates = meeting.seenGuests.filter((g: MeetingAttendee) => !g.self && !g.resource);
  render(
    h(ByHandChoice, {
      title: meeting.facts.title,
      missing: meeting.quality.missing,
      candidates,
      onChoose: (other) => {
        byHand[meeting.ref.seriesId] = { other, at: new Date().toISOString() };
        void saveByHand(meeting.ref.seriesId, other).catch(() => undefined);
        watcher?.flush();
      },
      onClose: () => {
        dismissed = key;
        closePanel();
      },
    }),
    host.root,
  );
  host.place(meeting.anchor);
}

function renderPanel(meeting: CalendarMeeting, other: MeetingAttendee | undefined): void {
  const key = keyOf(meeting);
  if (dismissed === key) return;
  hostFor(meeting, key);
  if (!panel) return;
  const view = buildPanelView(
    { title: meeting.facts.title, eventId: meeting.ref.eventId, seriesId: meeting.ref.seriesId, times: meeting.times, other },
    settings,
    plans,
    new Date(),
  );
  render(
    h(Panel, {
      view,
      services,
      onClose: () => {
        dismissed = key;
        closePanel();
      },
    }),
    panel.host.root,
  );
  panel.host.place(meeting.anchor);
  // Fetch the linked plan once per page visit; the cache answers meanwhile (and offline).
  const fileId = view.linked?.fileId;
  if (fileId && !refreshed.has(fileId)) {
    refreshed.add(fileId);
    void ask({ type: 'plan:refresh', fileId });
  }
}

function readContext(now: Date): ReadContext {
  const viewUrl = isEditPageUrl(location.href) ? lastViewUrl : location.href;
  return { now, selfEmail: settings.selfEmail, todayInView: viewShowsToday(viewUrl, now) };
}

function checkLayoutLater(): void {
  clearTimeout(layoutTimer);
  layoutTimer = setTimeout(() => {
    if (isEditPageUrl(location.href)) {
      if (!readEditPage(document, location.href, readContext(new Date()))) layout.eventRead({ level: 'not-recognised', detail: 'the full event page has no title field where Trellis expects it', missing: ['the title was not found on the full event page'] });
    } else if (isGridView(location.href)) layout.pageChecked(readEventGrid(document));
  }, LAYOUT_GRACE_MS);
}

function pass(urlChanged: boolean): void {
  if (extensionGone()) return retire();
  if (urlChanged) {
    dismissed = undefined;
    if (isGridView(location.href)) lastViewUrl = location.href;
    checkLayoutLater();
  }
  const ctx = readContext(new Date());
  let meeting: CalendarMeeting | undefined;
  if (isEditPageUrl(location.href)) meeting = readEditPage(document, location.href, ctx);
  else {
    const dialog = findVisiblePopover(document);
    if (dialog) {
      meeting = readPopover(dialog, ctx);
      if (!meeting) layout.eventRead({ level: 'not-recognised', detail: 'an event popover opened, but its event id could not be read', missing: ['the event id was not found on the event popover'] });
    } else if (unrecognisedPopover(document)) layout.eventRead({ level: 'not-recognised', detail: 'an event popover opened, but its details were not where Trellis expects them', missing: ['the details block was not found on the event popover'] });
  }
  if (!meeting) {
    closePanel();
    return;
  }
  const key = keyOf(meeting);
  const quality = meeting.quality;
  if (quality.guestsPending) {
    // the summary counts guests whose rows have not arrived yet: wait for them a moment before judging
    const first = pendingSince.get(key) ?? Date.now();
    pendingSince.set(key, first);
    const left = GUEST_WAIT_MS - (Date.now() - first);
    if (left > 0) {
      clearTimeout(recheckTimer);
      recheckTimer = setTimeout(() => watcher?.flush(), left + 10);
      if (panel && !panel.key.startsWith(key)) closePanel();
      return;
    }
  } else pendingSince.delete(key);
  const where = meeting.surface === 'popover' ? 'event popover' : 'full event page';
  layout.eventRead(
    quality.missing.length
      ? { level: 'partial', detail: `${where} read in part`, missing: quality.missing, assumed: quality.assumed }
      : { level: 'recognised', detail: `${where} read`, assumed: quality.assumed },
  );
  const chosen = byHand[meeting.ref.seriesId];
  if (chosen) return renderPanel(meeting, chosen.other);
  const verdict = detectOneOnOne(meeting.facts, settings.rules);
  if (verdict.oneOnOne) return renderPanel(meeting, verdict.other);
  // guests unread and the count (when there is one) does not rule a one-on-one out: ask rather than show nothing
  const count = quality.guestCount;
  if (!meeting.facts.attendeesKnown && (count === undefined || count === 2)) return renderByHand(meeting);
  closePanel();
}

async function start(): Promise<void> {
  const all = await chrome.storage.local.get(null);
  settings = withDefaults(all[SETTINGS_KEY] as Partial<Settings> | undefined);
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith('plan:')) plans[key.slice(5)] = value as CachedPlan;
    if (key.startsWith(BY_HAND_PREFIX)) byHand[key.slice(BY_HAND_PREFIX.length)] = value as ByHand;
  }
  const watching = watchPage(document, pass);
  watcher = watching;
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    let relevant = false;
    for (const [key, change] of Object.entries(changes)) {
      if (key === SETTINGS_KEY) {
        settings = withDefaults(change.newValue as Partial<Settings> | undefined);
        relevant = true;
      } else if (key.startsWith('plan:')) {
        plans[key.slice(5)] = (change.newValue as CachedPlan | undefined) ?? {};
        relevant = true;
      } else if (key.startsWith(BY_HAND_PREFIX)) {
        const series = key.slice(BY_HAND_PREFIX.length);
        if (change.newValue) byHand[series] = change.newValue as ByHand;
        else delete byHand[series];
        relevant = true;
      }
    }
    if (relevant && panel) watcher?.flush();
  });
  // The layout probe (options page, with the user's consent): counts of matches per selector, nothing else.
  chrome.runtime.onMessage.addListener((message: { type?: string }, _sender, reply) => {
    if (message?.type !== 'layout:probe') return false;
    reply(probeLayout(document, location.href));
    return false;
  });
  watching.flush();
  checkLayoutLater();
}

void start().catch((error: unknown) => console.debug('[Trellis] could not start', error));
