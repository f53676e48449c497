// Reading text and visibility from Calendar's nodes without ever trusting their words for structure.

export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of `el` without what sits inside `skip` (the title heading inside the when line, for one). */
export function textOutside(el: Element, skip: string): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && parent !== el && parent.closest(skip) && el.contains(parent.closest(skip))) continue;
    parts.push(node.nodeValue ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The first piece of text in `el`: a guest row's name, before the words Calendar adds ("Organizer"). */
export function firstText(el: Element): string | undefined {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const t = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (t) return t;
  }
  return undefined;
}

/** A document that is laid out (a real page); a DOM without layout (tests) has no sizes to judge by. */
function hasLayout(doc: Document): boolean {
  return doc.documentElement.getBoundingClientRect().width > 0;
}

/**
 * Whether a dialog is on screen: not hidden (itself or by an ancestor), not transparent, not collapsed to
 * nothing and not moved out of the window, each of them a way a closed popover may be left in the page.
 */
export function isVisible(el: Element): boolean {
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
