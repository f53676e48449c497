// What a pull or push did, file by file, for the summary a person reads and the tests check.
import type { UnseenFile } from './unseen-files';

export type SyncOutcome = 'downloaded' | 'uploaded' | 'created' | 'unchanged' | 'kept-local' | 'remote-newer' | 'conflict' | 'skipped';

export interface SyncReport {
  outcomes: Map<string, SyncOutcome>;
  /** Conflicts: the file, where the other copy was kept, and why. */
  conflicts: { name: string; keptAs: string; why: string }[];
  /** Files left alone, and why (unreadable, newer on Drive…). */
  notes: string[];
  warnings: string[];
  /** Files synced before that the folder no longer shows to this account, and the likely reason. */
  unseen: UnseenFile[];
  shared: number;
  interrupted: boolean;
}

export function emptyReport(): SyncReport {
  return { outcomes: new Map(), conflicts: [], notes: [], warnings: [], unseen: [], shared: 0, interrupted: false };
}

export function countOutcomes(report: SyncReport): Partial<Record<SyncOutcome, number>> {
  const counts: Partial<Record<SyncOutcome, number>> = {};
  for (const o of report.outcomes.values()) counts[o] = (counts[o] ?? 0) + 1;
  return counts;
}
