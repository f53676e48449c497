// What a pull and a push share: the folder listing, the journal, bounded concurrency, progress and the clean
// stop on interruption (files finished so far are journaled; the rest are done by the next run).
import { mkdir } from 'node:fs/promises';
import { mapWithConcurrency } from './concurrency';
import type { DriveClient, RemoteFile } from './drive-client';
import { remoteCareerFiles } from './career-files';
import { Progress, type ProgressOutput } from './progress';
import { InterruptedError } from './retry';
import { emptyReport, type SyncReport } from './sync-report';
import { SyncJournal } from './sync-journal';

export interface SyncOptions {
  /** Files in flight at once (default 8). */
  concurrency?: number;
  signal?: AbortSignal;
  /** Where the progress bar goes (stderr in the CLI); none when absent. */
  progress?: ProgressOutput;
}

export interface SyncContext {
  client: DriveClient;
  folderId: string;
  dir: string;
  journal: SyncJournal;
  remote: Map<string, RemoteFile>;
  report: SyncReport;
  progress?: Progress;
}

export async function runSync<T>(
  client: DriveClient,
  folderId: string,
  dir: string,
  options: SyncOptions,
  label: string,
  items: (ctx: Omit<SyncContext, 'progress'>) => Promise<T[]>,
  work: (ctx: SyncContext, item: T) => Promise<void>,
): Promise<SyncReport> {
  await client.folder(folderId);
  await mkdir(dir, { recursive: true });
  const journal = await SyncJournal.open(dir);
  const { byName, warnings } = remoteCareerFiles(await client.listFolder(folderId));
  const report = emptyReport();
  report.warnings.push(...warnings);
  const base = { client, folderId, dir, journal, remote: byName, report };
  const list = await items(base);
  const progress = options.progress ? new Progress(options.progress, label, list.length) : undefined;
  const ctx: SyncContext = { ...base, progress };
  const countRetry = () => progress?.retry();
  client.retryListeners.add(countRetry);
  try {
    await mapWithConcurrency(
      list,
      options.concurrency ?? 8,
      async (item) => {
        await work(ctx, item);
        progress?.tick();
      },
      options.signal,
    );
    if (options.signal?.aborted) throw new InterruptedError();
    await journal.compact();
  } catch (error) {
    if (!(error instanceof InterruptedError) && !options.signal?.aborted) throw error;
    report.interrupted = true;
  } finally {
    journal.close();
    client.retryListeners.delete(countRetry);
    progress?.finish();
  }
  return report;
}
