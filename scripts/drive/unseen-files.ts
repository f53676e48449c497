// Files a sync had seen in the folder that its listing no longer shows. Drive leaves out of a listing, without a
// word or a count, what this account's Trellis cannot reach (not shared with the person, or under drive.file never
// opened with Trellis) as well as what was deleted; the sync journal is how Trellis notices that a file it knew
// went out of sight, and a look at the file by its id tells why, as far as Drive lets it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { careerName } from './career-files';
import { mapWithConcurrency } from './concurrency';
import type { DriveClient, RemoteFile } from './drive-client';
import type { SyncContext } from './sync-run';

export interface UnseenFile {
  name: string;
  driveId: string;
  why: string;
}

/** Why a file synced as `name` is not in the folder's listing; or the file, when it is there after all. */
export async function whyUnseen(client: DriveClient, folderId: string, driveId: string, name: string): Promise<{ why: string } | { file: RemoteFile }> {
  const file = await client.find(driveId);
  if (!file) return { why: 'deleted, or this account cannot open it with Trellis any more (no longer shared with you, or never opened with Trellis)' };
  if (file.trashed) return { why: "in Drive's bin" };
  if (file.parents && !file.parents.includes(folderId)) return { why: 'moved out of the folder' };
  if (careerName(file) !== name) return { why: `renamed to "${file.name}"` };
  // still there: the folder's search had not caught up
  return { file };
}

/**
 * The journal's files of this folder that the listing left out, for which a local copy remains (a file whose
 * copy was removed here too is simply forgotten).
 */
export async function unseenFiles(ctx: Omit<SyncContext, 'progress'>): Promise<UnseenFile[]> {
  const missing = ctx.journal.entriesFor(ctx.folderId).filter((e) => !ctx.remote.has(e.name)).sort((a, b) => a.name.localeCompare(b.name));
  const gone = missing.filter((e) => !existsSync(join(ctx.dir, e.name)));
  for (const e of gone) ctx.journal.forget(ctx.folderId, e.name);
  const kept = missing.filter((e) => !gone.includes(e));
  const looks = await mapWithConcurrency(kept, 8, (e) => whyUnseen(ctx.client, ctx.folderId, e.driveId, e.name));
  return kept.flatMap((e, i) => {
    const look = looks[i]!;
    return 'why' in look ? [{ name: e.name, driveId: e.driveId, why: look.why }] : [];
  });
}
