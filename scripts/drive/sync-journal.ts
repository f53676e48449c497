// The sync journal in the local folder: one line per file synced, appended as each file completes, so a run that
// is interrupted can be resumed without losing or repeating work, and the next sync knows which side moved.
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SyncBase } from '../../shared/storage/sync-decision';
import { writeFileAtomic } from '../storage/folder-store';

export const JOURNAL_FILE = '.trellis-sync.jsonl';

export interface JournalEntry extends SyncBase {
  folderId: string;
  name: string;
  driveId: string;
  at: string;
}

const key = (folderId: string, name: string) => `${folderId}\u0000${name}`;

export class SyncJournal {
  private entries = new Map<string, JournalEntry>();
  /** Kept open for the run: one open per run, not one per file. */
  private fd?: number;

  private constructor(readonly path: string) {}

  /** Opens the folder's journal; a line cut short by a crash is skipped. */
  static async open(dir: string): Promise<SyncJournal> {
    const journal = new SyncJournal(join(dir, JOURNAL_FILE));
    if (existsSync(journal.path)) {
      for (const line of (await readFile(journal.path, 'utf8')).split('\n')) {
        if (!line.trim()) continue;
        try {
          const e = JSON.parse(line) as JournalEntry;
          if (e.folderId && e.name && e.localMd5 && e.remoteMd5) journal.entries.set(key(e.folderId, e.name), e);
        } catch {
          // a partial last line from an interrupted run: the file it names is simply checked again
        }
      }
    }
    return journal;
  }

  base(folderId: string, name: string): JournalEntry | undefined {
    return this.entries.get(key(folderId, name));
  }

  /** The files last synced with this folder. */
  entriesFor(folderId: string): JournalEntry[] {
    return [...this.entries.values()].filter((e) => e.folderId === folderId);
  }

  /** Drops a file from the journal (written out by the next compact). */
  forget(folderId: string, name: string): void {
    this.entries.delete(key(folderId, name));
  }

  /**
   * Records a file as in sync. The line is written at once and whole (a synchronous append of a few hundred
   * bytes), so lines never interleave and an interruption right after leaves it in the file.
   */
  record(entry: Omit<JournalEntry, 'at'>): void {
    const full = { ...entry, at: new Date().toISOString() };
    this.entries.set(key(entry.folderId, entry.name), full);
    this.fd ??= openSync(this.path, 'a');
    writeSync(this.fd, `${JSON.stringify(full)}\n`);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /** Rewrites the journal with the latest line per file (after a completed run). */
  async compact(): Promise<void> {
    this.close();
    await writeFileAtomic(this.path, [...this.entries.values()].map((e) => `${JSON.stringify(e)}\n`).join(''));
  }
}
