// `trellis drive pull`: plan and framework files from a Drive folder into a local folder. A local file is only
// replaced when it holds nothing newer, and never by a copy that does not read; otherwise the Drive copy is kept
// beside it and listed.
import { existsSync, readFileSync } from 'node:fs';
import { confinedPath } from '../cli/safe-name';
import { conflictFileName, decidePull } from '../../shared/storage/sync-decision';
import { writeFileAtomic } from '../storage/folder-store';
import { keepConflictCopy, md5, readCareerContent } from './career-files';
import type { DriveClient, RemoteFile } from './drive-client';
import { runSync, type SyncContext, type SyncOptions } from './sync-run';
import type { SyncReport } from './sync-report';
import { unseenFiles } from './unseen-files';

async function pullOne(ctx: SyncContext, [name, remote]: [string, RemoteFile]): Promise<void> {
  // the name was checked when Drive's list was read; checked again where it becomes a path
  const path = confinedPath(ctx.dir, name, 'Drive file name');
  const localBytes = existsSync(path) ? readFileSync(path) : undefined;
  const localMd5 = localBytes && md5(localBytes);
  const record = (remoteMd5: string) => ctx.journal.record({ folderId: ctx.folderId, name, driveId: remote.id, localMd5: remoteMd5, remoteMd5 });
  if (localMd5 && localMd5 === remote.md5Checksum) {
    ctx.report.outcomes.set(name, 'unchanged');
    record(localMd5);
    return;
  }
  const remoteBytes = await ctx.client.download(remote.id);
  // the checksum of what arrived, not of the listing: the file may have changed in between
  const remoteMd5 = md5(remoteBytes);
  const remoteContent = readCareerContent(name, remoteBytes);
  const localContent = localBytes && readCareerContent(name, localBytes);
  const action = decidePull(localBytes && { md5: localMd5!, plan: localContent?.plan }, { md5: remoteMd5, plan: remoteContent.plan }, ctx.journal.base(ctx.folderId, name));
  switch (action) {
    case 'same':
      ctx.report.outcomes.set(name, 'unchanged');
      record(remoteMd5);
      return;
    case 'write':
      if (remoteContent.error && localContent && !localContent.error) {
        // never trade a file that reads for one that does not (a damaged save, or a newer Trellis's format)
        const keptAs = await keepConflictCopy(ctx.dir, name, remoteBytes, `unreadable-${remoteMd5.slice(0, 8)}`, conflictFileName);
        ctx.report.outcomes.set(name, 'skipped');
        ctx.report.notes.push(`${name}: kept yours; Drive's copy does not read as a ${remoteContent.kind} (${remoteContent.error}), so it is saved beside yours as ${keptAs}. Fix the file on Drive (Drive keeps its earlier versions: Manage versions), or update Trellis if a newer one wrote it, then pull again`);
        ctx.progress?.note(`${name}: Drive's copy does not read; yours kept, Drive's saved as ${keptAs}`);
        return;
      }
      await writeFileAtomic(path, remoteBytes.toString('utf8'));
      ctx.report.outcomes.set(name, 'downloaded');
      if (remoteContent.error) ctx.report.warnings.push(`${name}: downloaded, but it does not read as a ${remoteContent.kind}: ${remoteContent.error}`);
      record(remoteMd5);
      return;
    case 'keep-local':
      ctx.report.outcomes.set(name, 'kept-local');
      ctx.report.notes.push(`${name}: your copy is newer${localContent?.plan ? ` (revision ${localContent.plan.revision}, Drive has ${remoteContent.plan?.revision ?? '?'})` : ''}; kept it: push to upload it`);
      return;
    case 'conflict': {
      const tag = remoteContent.plan ? `r${remoteContent.plan.revision}` : remoteMd5.slice(0, 8);
      const keptAs = await keepConflictCopy(ctx.dir, name, remoteBytes, tag, conflictFileName);
      ctx.report.outcomes.set(name, 'conflict');
      const why = localContent?.plan && remoteContent.plan ? `your copy (revision ${localContent.plan.revision}) and Drive's (revision ${remoteContent.plan.revision}) were changed separately` : 'both copies changed since the last sync';
      ctx.report.conflicts.push({ name, keptAs, why });
      ctx.progress?.note(`conflict: ${name}: ${why}; Drive's copy kept as ${keptAs}`);
      return;
    }
  }
}

export function pull(client: DriveClient, folderId: string, dir: string, options: SyncOptions = {}): Promise<SyncReport> {
  return runSync(client, folderId, dir, options, 'files pulled', async (ctx) => {
    // what dropped out of this account's sight is listed, never silently missing (your copies stay)
    ctx.report.unseen = await unseenFiles(ctx);
    return [...ctx.remote].sort(([a], [b]) => a.localeCompare(b));
  }, pullOne);
}
