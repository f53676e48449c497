// The panel's own element: a [data-trellis="panel"] host at the end of <html> (never inside Calendar's nodes,
// which Calendar re-renders and wipes), with an open shadow root and adopted styles that the page cannot touch.
import { PANEL_CSS } from '../panel/styles';

export const PANEL_WIDTH = 340;
const GAP = 8;

export interface PanelHost {
  host: HTMLElement;
  root: ShadowRoot;
  place(anchor: Element | undefined): void;
  remove(): void;
}

let sheet: CSSStyleSheet | undefined;

/**
 * Events that leave the shadow root retargeted to the host, a plain <div>: Calendar's listeners on the document
 * would take a key typed in the notes for a keyboard shortcut (e edits, c creates, Delete deletes the event, Esc
 * closes), and a click in the panel for a click outside the popover, which closes it. They stop at the host,
 * after the panel's own handlers (inside the shadow root) have run. Listeners Calendar may add in the capture
 * phase on window or document run before the host and cannot be stopped by any element.
 */
const KEPT_INSIDE = ['keydown', 'keypress', 'keyup', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'click', 'dblclick', 'auxclick', 'contextmenu', 'touchstart', 'touchend', 'focusin', 'focusout'] as const;
const stop = (event: Event) => event.stopPropagation();

export function createPanelHost(doc: Document): PanelHost {
  const host = doc.createElement('div');
  host.setAttribute('data-trellis', 'panel');
  // Only position here; everything else is styled inside the shadow root.
  host.style.cssText = `position:fixed;z-index:2147483000;top:16px;right:16px;width:${PANEL_WIDTH}px;max-height:calc(100vh - 16px);display:block;`;
  for (const type of KEPT_INSIDE) host.addEventListener(type, stop);
  const root = host.attachShadow({ mode: 'open' });
  sheet ??= new CSSStyleSheet();
  if (!sheet.cssRules.length) sheet.replaceSync(PANEL_CSS);
  root.adoptedStyleSheets = [sheet];
  doc.documentElement.appendChild(host);
  let lastAnchor: Element | undefined;
  // The panel grows as the plan loads or a section opens: keep it inside the window.
  const resize = new ResizeObserver(() => place(lastAnchor));
  resize.observe(host);
  function place(anchor: Element | undefined) {
    lastAnchor = anchor;
    const view = doc.defaultView!;
    const width = Math.min(PANEL_WIDTH, view.innerWidth - 2 * GAP);
    host.style.width = `${width}px`;
    if (!anchor) {
      // the full event page: along the right edge, below Calendar's top bar
      Object.assign(host.style, { top: '80px', right: '16px', left: 'auto', maxHeight: 'calc(100vh - 88px)' });
      return;
    }
    host.style.maxHeight = `calc(100vh - ${2 * GAP}px)`;
    const rect = anchor.getBoundingClientRect();
    // beside the popover: right if there is room, else left, else over the right edge of the window
    let left = rect.right + GAP;
    if (left + width > view.innerWidth - GAP) left = rect.left - GAP - width;
    if (left < GAP) left = view.innerWidth - GAP - width;
    const top = Math.max(GAP, Math.min(rect.top, view.innerHeight - GAP - Math.min(host.offsetHeight || 400, view.innerHeight - 2 * GAP)));
    Object.assign(host.style, { left: `${Math.round(left)}px`, top: `${Math.round(top)}px`, right: 'auto' });
  }
  return {
    host,
    root,
    place,
    remove() {
      resize.disconnect();
      host.remove();
    },
  };
}
