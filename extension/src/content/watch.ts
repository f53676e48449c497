// Watching Calendar's page without slowing it: DOM changes are coalesced into one pass per animation frame
// (Calendar re-renders in bursts), Trellis's own nodes are ignored, and in-page navigation (pushState) is
// noticed by comparing the URL on every pass and on the Navigation API's events.
import { isTrellisNode } from '../calendar/read-event';

/** A change inside Trellis's nodes, or the panel itself added to or removed from the page (on <html>). */
function trellisOwn(record: MutationRecord): boolean {
  const moved = [...record.addedNodes, ...record.removedNodes];
  if (isTrellisNode(record.target)) return moved.every(isTrellisNode);
  return record.type === 'childList' && moved.length > 0 && moved.every(isTrellisNode);
}

function onlyTrellis(records: MutationRecord[]): boolean {
  return records.every(trellisOwn);
}

export interface Watcher {
  /** Runs the pass now (used at start-up). */
  flush(): void;
  stop(): void;
}

export function watchPage(doc: Document, pass: (urlChanged: boolean) => void): Watcher {
  let scheduled = false;
  let lastUrl = doc.location.href;
  const run = () => {
    scheduled = false;
    const url = doc.location.href;
    const urlChanged = url !== lastUrl;
    lastUrl = url;
    try {
      pass(urlChanged);
    } catch (error) {
      // Never throw into Calendar's page: a broken pass shows no panel and logs for the developer.
      console.debug('[Trellis] pass failed', error);
    }
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // a frame when the tab paints; a short timer when it does not (hidden tabs get no frames)
    if (doc.visibilityState === 'visible') requestAnimationFrame(run);
    else setTimeout(run, 50);
  };
  const observer = new MutationObserver((records) => {
    if (!onlyTrellis(records)) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-hidden', 'hidden', 'style', 'data-eventid', 'value'] });
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('currententrychange', schedule);
  globalThis.addEventListener('popstate', schedule);
  globalThis.addEventListener('resize', schedule);
  return {
    flush: run,
    stop() {
      observer.disconnect();
      nav?.removeEventListener('currententrychange', schedule);
      globalThis.removeEventListener('popstate', schedule);
      globalThis.removeEventListener('resize', schedule);
    },
  };
}
