// Trellis on Google Calendar: when a one-on-one is open (popover or full event page), shows the panel beside
// it. Quiet otherwise: no panel, nothing thrown, and a "layout not recognised" note for the options page.
import { render, h } from 'preact';
import { detectOneOnOne } from '../../../shared/meetings/one-on-one';
import { findVisiblePopover, isEditPageUrl, readEditPage, readEventGrid, readPopover, unrecognisedPopover, type CalendarMeeting, type ReadContext } from '../calendar/selectors';
import { isGridView, viewShowsToday } from '../calendar/view-url';
import { ask } from '../common/messages';
import { loadNotes, saveNotes } from '../common/notes';
import type { CachedPlan } from '../common/plan-summary';
import { SETTINGS_KEY, withDefaults, type Settings } from '../common/settings';
import { Panel, type PanelServices } from '../panel/Panel';
import { buildPanelView } from '../panel/panel-view';
import { createLayoutMonitor } from './layout-status';
import { createPanelHost, type PanelHost } from './panel-host';
import { watchPage, type Watcher } from './watch';

const LAYOUT_GRACE_MS = 4000;

let settings: Settings = withDefaults(undefined);
const plans: Record<string, CachedPlan> = {};
let panel: { key: string; host: PanelHost; meeting: CalendarMeeting } | undefined;
let dismissed: string | undefined;
const refreshed = new Set<string>();
let layoutTimer: ReturnType<typeof setTimeout> | undefined;
const layout = createLayoutMonitor();
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

function renderPanel(meeting: CalendarMeeting, other: ReturnType<typeof detectOneOnOne>['other']): void {
  const key = `${meeting.surface}:${meeting.ref.eventId}`;
  if (dismissed === key) return;
  if (!panel || panel.key !== key || !panel.host.host.isConnected) {
    closePanel();
    panel = { key, host: createPanelHost(document), meeting };
  }
  panel.meeting = meeting;
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
      if (!readEditPage(document, location.href, readContext(new Date()))) layout.eventRead(false, 'the full event page has no title field where Trellis expects it');
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
      if (!meeting) layout.eventRead(false, 'an event popover opened, but its event id could not be read');
    } else if (unrecognisedPopover(document)) layout.eventRead(false, 'an event popover opened, but its details were not where Trellis expects them');
  }
  if (!meeting) {
    closePanel();
    return;
  }
  layout.eventRead(true, meeting.surface === 'popover' ? 'event popover read' : 'full event page read');
  const verdict = detectOneOnOne(meeting.facts, settings.rules);
  if (!verdict.oneOnOne) {
    closePanel();
    return;
  }
  renderPanel(meeting, verdict.other);
}

async function start(): Promise<void> {
  const all = await chrome.storage.local.get(null);
  settings = withDefaults(all[SETTINGS_KEY] as Partial<Settings> | undefined);
  for (const [key, value] of Object.entries(all)) if (key.startsWith('plan:')) plans[key.slice(5)] = value as CachedPlan;
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
      }
    }
    if (relevant && panel) watcher?.flush();
  });
  watching.flush();
  checkLayoutLater();
}

void start().catch((error: unknown) => console.debug('[Trellis] could not start', error));
