// Syncing career files between two places (a local folder and Drive): what to do with each file so that nothing
// saved is lost and a newer copy is never overwritten. A plan's history tells whether one copy continues the
// other; the last synced checksums tell which side moved since the last sync.
import type { Plan } from '../model/plan';

/** How two copies of one plan relate. */
export type Lineage = 'same' | 'ahead' | 'behind' | 'diverged';

function sameEntry(a: Plan['history'][number] | undefined, b: Plan['history'][number] | undefined): boolean {
  return !!a && !!b && a.revision === b.revision && a.at === b.at && a.by === b.by && a.action === b.action && a.detail === b.detail;
}

/**
 * `mine` against `theirs`: ahead when mine continues theirs (my history holds their latest change at the same
 * revision), behind when theirs continues mine, same when both end at the same change, else diverged.
 */
export function planLineage(mine: Plan, theirs: Plan): Lineage {
  if (mine.id !== theirs.id) return 'diverged';
  const myLast = mine.history[mine.history.length - 1];
  const theirLast = theirs.history[theirs.history.length - 1];
  if (mine.revision === theirs.revision) return sameEntry(myLast, theirLast) ? 'same' : 'diverged';
  if (mine.revision > theirs.revision) return sameEntry(mine.history.find((h) => h.revision === theirs.revision), theirLast) ? 'ahead' : 'diverged';
  return sameEntry(theirs.history.find((h) => h.revision === mine.revision), myLast) ? 'behind' : 'diverged';
}

/** The checksums both sides had when they last agreed (from the sync journal). */
export interface SyncBase {
  localMd5: string;
  remoteMd5: string;
}

export interface SyncSide {
  md5: string;
  /** The plan, when the file is a plan and reads as one. */
  plan?: Plan;
}

export type PullAction = 'write' | 'same' | 'keep-local' | 'conflict';
export type PushAction = 'create' | 'update' | 'same' | 'remote-newer' | 'conflict';

function lineageOf(local: SyncSide, remote: SyncSide): Lineage | undefined {
  return local.plan && remote.plan ? planLineage(local.plan, remote.plan) : undefined;
}

/**
 * Bringing the remote copy down: overwrite the local file only when it holds nothing newer. Two plans' histories
 * are compared before the journal is trusted: a Drive copy older than yours (someone restored an old version) or
 * separate from it is never written over yours, whatever the journal says moved.
 */
export function decidePull(local: SyncSide | undefined, remote: SyncSide, base?: SyncBase): PullAction {
  if (!local) return 'write';
  if (local.md5 === remote.md5) return 'same';
  const lineage = lineageOf(local, remote);
  if (lineage === 'diverged') return 'conflict';
  // the journal says only Drive moved, yet Drive's plan is older: a rollback, kept beside yours and reported
  if (lineage === 'ahead') return base?.localMd5 === local.md5 ? 'conflict' : 'keep-local';
  if (lineage === 'behind') return 'write';
  if (base?.localMd5 === local.md5) return 'write';
  if (base?.remoteMd5 === remote.md5) return 'keep-local';
  return 'conflict';
}

/**
 * Sending the local copy up: replace the remote file only when the local one continues it. With both plans at
 * hand their histories decide first: a local plan older than Drive's, or separate from it, is never uploaded,
 * even when the journal says Drive has not changed since the last sync (the local file may have been replaced
 * by an older copy since). Only plans with the same history, or files that are not plans, go by the journal.
 */
export function decidePush(local: SyncSide, remote: SyncSide | undefined, base?: SyncBase): PushAction {
  if (!remote) return 'create';
  if (local.md5 === remote.md5) return 'same';
  const lineage = lineageOf(local, remote);
  if (lineage === 'ahead') return 'update';
  if (lineage === 'diverged') return 'conflict';
  // older than Drive's while the journal says Drive did not move: the local copy went back, so this is a conflict
  if (lineage === 'behind') return base?.remoteMd5 === remote.md5 ? 'conflict' : 'remote-newer';
  if (base?.remoteMd5 === remote.md5) return 'update';
  if (base?.localMd5 === local.md5) return 'remote-newer';
  return 'conflict';
}

/** Where the other side's copy is kept beside a conflicting file: "alex.plan.json" -> "alex.plan.conflict-r7.json". */
export function conflictFileName(name: string, tag: string): string {
  const m = /^(.*)\.json$/.exec(name);
  return `${m ? m[1] : name}.conflict-${tag}.json`;
}
