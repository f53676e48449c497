// Telling the options page how well Trellis reads Calendar's page: recognised only when a meeting was read
// completely; "partly recognised" with what could not be read (and since when) otherwise; written only when the
// verdict changes.

export type LayoutLevel = 'recognised' | 'partial' | 'not-recognised';

export interface LayoutStatus {
  level: LayoutLevel;
  /** level === 'recognised' (kept for readers of the older status). */
  recognised: boolean;
  detail: string;
  /** What could not be read ("guests not found on the event popover"). */
  missing: string[];
  /** Selectors no capture supports that matched ("assumed"), by name. */
  assumed: string[];
  /** When this verdict was first seen. */
  since: string;
  at: string;
}

export interface LayoutReport {
  level: LayoutLevel;
  detail: string;
  missing?: string[];
  assumed?: string[];
}

export const LAYOUT_STATUS_KEY = 'layoutStatus';
let last: { key: string; since: string } | undefined;

const keyOf = (r: LayoutReport) => JSON.stringify([r.level, r.detail, r.missing ?? [], r.assumed ?? []]);

/** The status to store for a report: the same verdict as `previous` keeps its `since`. */
export function statusFor(report: LayoutReport, previous: LayoutStatus | undefined, now: Date): LayoutStatus {
  const same = previous && keyOf(previous) === keyOf(report);
  const at = now.toISOString();
  return { level: report.level, recognised: report.level === 'recognised', detail: report.detail, missing: report.missing ?? [], assumed: report.assumed ?? [], since: same ? previous.since ?? at : at, at };
}

export function reportLayout(report: LayoutReport): void {
  const key = keyOf(report);
  if (key === last?.key) return;
  last = { key, since: new Date().toISOString() };
  try {
    void chrome.storage.local
      .get(LAYOUT_STATUS_KEY)
      .then((got) => chrome.storage.local.set({ [LAYOUT_STATUS_KEY]: statusFor(report, got[LAYOUT_STATUS_KEY] as LayoutStatus | undefined, new Date()) }))
      .catch(() => undefined);
  } catch {
    // the extension was updated or removed under this page: nobody is left to tell
  }
}

export interface LayoutMonitor {
  /** An event popover or event page was read (completely or in part), or was there but could not be read. */
  eventRead(report: LayoutReport): void;
  /** The later look at the page as a whole (its grid); undefined when there was nothing to judge by. */
  pageChecked(verdict: { recognised: boolean; detail: string } | undefined): void;
}

/**
 * Combines both: an event that could not be read (wholly or in part) is the surest sign Calendar changed, so it
 * stands until an event is read completely again; a grid that looks fine does not hide it.
 */
export function createLayoutMonitor(report: (r: LayoutReport) => void = reportLayout): LayoutMonitor {
  let unreadEvent = false;
  return {
    eventRead(r) {
      unreadEvent = r.level !== 'recognised';
      report(r);
    },
    pageChecked(verdict) {
      if (!verdict || (verdict.recognised && unreadEvent)) return;
      report({ level: verdict.recognised ? 'recognised' : 'not-recognised', detail: verdict.detail });
    },
  };
}
