// `trellis drive push`: local plan and framework files up to a Drive folder. A Drive file is only replaced when the
// local copy continues it; a newer or diverged Drive copy is never overwritten (it is kept locally, side by side).
// Creating is idempotent: a file that already arrived (a retry, a resumed run) is recognised, not made twice; an
// update whose answer was lost never writes over a save someone made meanwhile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frameworkDriveName, JSON_MIME, planDriveName } from '../../shared/storage/drive-files';
import { unsafeFileName } from '../cli/safe-name';
import { conflictFileName, decidePush, type PushAction } from '../../shared/storage/sync-decision';
import { keepConflictCopy, localCareerFiles, md5, readCareerContent, type CareerContent } from './career-files';
import { RemoteChangedError, type DriveClient, type RemoteFile, type Upload } from './drive-client';
import { runSync, type SyncContext, type SyncOptions } from './sync-run';
import type { SyncReport } from './sync-report';
import { whyUnseen } from './unseen-files';

export interface PushOptions extends SyncOptions {
  /** Give each plan's employee, manager and approvers (those with an email) edit access. */
  share?: boolean;
}

async function sharePlan(ctx: SyncContext, file: RemoteFile, content: CareerContent): Promise<void> {
  const plan = content.plan;
  if (!plan) return;
  const people = [plan.employee, plan.manager, ...plan.approvers].filter((p) => p.email);
  for (const person of people) if (await ctx.client.share(file.id, person.email!, 'writer')) ctx.report.shared++;
}

/** Tries to replace a file whose answer got lost this many times, each time finding someone else's save, before calling it a conflict. */
const MAX_REPLACE_ROUNDS = 3;

async function pushOne(ctx: SyncContext, name: string, options: PushOptions): Promise<void> {
  // a synchronous read: for many small files far cheaper than fs/promises, and it blocks for microseconds
  const bytes = readFileSync(join(ctx.dir, name));
  const localMd5 = md5(bytes);
  const content = readCareerContent(name, bytes);
  if (content.error) {
    ctx.report.outcomes.set(name, 'skipped');
    ctx.report.notes.push(`${name}: not uploaded, it does not read as a ${content.kind}: ${content.error}`);
    return;
  }
  const unsafeId = content.plan ? unsafeFileName(planDriveName(content.plan.id)) : content.framework ? unsafeFileName(frameworkDriveName(content.framework.id, content.framework.version)) : undefined;
  if (unsafeId) {
    // the id becomes the trellisId app property, from which other machines name their copy: never one that climbs out
    ctx.report.outcomes.set(name, 'skipped');
    ctx.report.notes.push(`${name}: not uploaded: its id ${JSON.stringify(content.plan?.id ?? content.framework?.id)} cannot name a file (${unsafeId}); fix the "id" in the file`);
    return;
  }
  const upload: Upload = { content: bytes, mimeType: JSON_MIME, appProperties: content.properties!, md5: localMd5 };
  let remote = ctx.remote.get(name);
  const base = ctx.journal.base(ctx.folderId, name);
  if (!remote && base) {
    // synced before, not listed now: a new file could be a second copy beside one this account cannot see
    const look = await whyUnseen(ctx.client, ctx.folderId, base.driveId, name);
    if ('why' in look) {
      ctx.journal.forget(ctx.folderId, name);
      ctx.report.outcomes.set(name, 'skipped');
      ctx.report.notes.push(`${name}: not uploaded: it was on Drive at the last sync and is now ${look.why}, so a new file could be a second copy beside it. Push again to upload it as a new file`);
      return;
    }
    remote = look.file;
  }
  /** The checksum of Drive's copy the decision was made against: an update replaces only that. */
  let remoteMd5 = remote?.md5Checksum ?? '';
  const local = { md5: localMd5, plan: content.plan };
  let remoteBytes: Buffer | undefined;
  let action: PushAction = decidePush(local, remote && { md5: remoteMd5 }, base);
  const withRemoteContent = async () => {
    remoteBytes = await ctx.client.download(remote!.id);
    remoteMd5 = md5(remoteBytes);
    return decidePush(local, { md5: remoteMd5, plan: readCareerContent(name, remoteBytes).plan }, base);
  };
  // a plan is never replaced on the journal's word alone: the histories are compared first (the local file may
  // have been swapped for an older copy since the last sync, and uploading it would roll Drive back)
  if (content.kind === 'plan' && (action === 'update' || action === 'conflict')) action = await withRemoteContent();
  if (action === 'update') {
    // look again right before writing, to keep the window for someone else's save small
    const fresh = await ctx.client.metadata(remote!.id);
    if (fresh.md5Checksum !== remoteMd5) {
      remote = fresh;
      action = await withRemoteContent();
    }
  }
  for (let round = 1; action === 'update'; round++) {
    try {
      remote = await ctx.client.update(remote!.id, upload, remoteMd5);
      remoteMd5 = remote.md5Checksum ?? localMd5;
      break;
    } catch (error) {
      // an attempt's answer was lost and the file now holds someone else's save: decide again against it
      if (!(error instanceof RemoteChangedError)) throw error;
      remote = error.now;
      action = await withRemoteContent();
      if (action === 'update' && round >= MAX_REPLACE_ROUNDS) action = 'conflict';
    }
  }
  const record = (file: RemoteFile) => ctx.journal.record({ folderId: ctx.folderId, name, driveId: file.id, localMd5, remoteMd5: file.md5Checksum ?? localMd5 });
  switch (action) {
    case 'same':
      ctx.report.outcomes.set(name, 'unchanged');
      ctx.journal.record({ folderId: ctx.folderId, name, driveId: remote!.id, localMd5, remoteMd5 });
      break;
    case 'create': {
      const created = await ctx.client.create(ctx.folderId, name, upload);
      ctx.report.outcomes.set(name, 'created');
      record(created);
      remote = created;
      break;
    }
    case 'update':
      ctx.report.outcomes.set(name, 'uploaded');
      record(remote!);
      break;
    case 'remote-newer': {
      ctx.report.outcomes.set(name, 'remote-newer');
      ctx.report.notes.push(`${name}: not uploaded, Drive has a newer copy${remote?.appProperties.trellisRevision ? ` (revision ${remote.appProperties.trellisRevision}${content.plan ? `, yours ${content.plan.revision}` : ''})` : ''}; pull it first`);
      return;
    }
    case 'conflict': {
      remoteBytes ??= await ctx.client.download(remote!.id);
      const theirs = readCareerContent(name, remoteBytes);
      const tag = theirs.plan ? `r${theirs.plan.revision}` : md5(remoteBytes).slice(0, 8);
      const keptAs = await keepConflictCopy(ctx.dir, name, remoteBytes, tag, conflictFileName);
      const why = content.plan && theirs.plan ? `Drive's copy (revision ${theirs.plan.revision}) and yours (revision ${content.plan.revision}) were changed separately` : 'both copies changed since the last sync';
      ctx.report.outcomes.set(name, 'conflict');
      ctx.report.conflicts.push({ name, keptAs, why });
      ctx.progress?.note(`conflict: ${name}: ${why}; not uploaded, Drive's copy kept as ${keptAs}`);
      return;
    }
  }
  if (options.share && remote) await sharePlan(ctx, remote, content);
}

export function push(client: DriveClient, dir: string, folderId: string, options: PushOptions = {}): Promise<SyncReport> {
  return runSync(client, folderId, dir, options, 'files pushed', () => localCareerFiles(dir), (ctx, name) => pushOne(ctx, name, options));
}
