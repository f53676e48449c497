// Telling the options page whether Calendar's page still looks as Trellis expects ("Calendar layout not
// recognised" otherwise), written only when the verdict changes.

export interface LayoutStatus {
  recognised: boolean;
  detail: string;
  at: string;
}

export const LAYOUT_STATUS_KEY = 'layoutStatus';
let last: string | undefined;

export function reportLayout(recognised: boolean, detail: string): void {
  const key = `${recognised}:${detail}`;
  if (key === last) return;
  last = key;
  const status: LayoutStatus = { recognised, detail, at: new Date().toISOString() };
  try {
    chrome.storage.local.set({ [LAYOUT_STATUS_KEY]: status }).catch(() => undefined);
  } catch {
    // the extension was updated or removed under this page: nobody is left to tell
  }
}

export interface LayoutMonitor {
  /** An event popover or event page was read, or was there but could not be read. */
  eventRead(ok: boolean, detail: string): void;
  /** The later look at the page as a whole (its grid); undefined when there was nothing to judge by. */
  pageChecked(verdict: { recognised: boolean; detail: string } | undefined): void;
}

/**
 * Combines both: an event that could not be read is the surest sign Calendar changed, so it stands until an
 * event is read again; a grid that looks fine does not hide it.
 */
export function createLayoutMonitor(report: (recognised: boolean, detail: string) => void = reportLayout): LayoutMonitor {
  let unreadEvent: string | undefined;
  return {
    eventRead(ok, detail) {
      unreadEvent = ok ? undefined : detail;
      report(ok, detail);
    },
    pageChecked(verdict) {
      if (!verdict || (verdict.recognised && unreadEvent !== undefined)) return;
      report(verdict.recognised, verdict.detail);
    },
  };
}
