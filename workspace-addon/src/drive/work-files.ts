// Work in progress between card actions that may be large (a long import's sheets, its result): kept in the
// user's cache while it fits a small share of the cache's 1,000 items, otherwise as a file in the Career paths
// folder that is deleted once it has been used. Either way the next action finds it by the reference returned.
import { JSON_MIME } from '../../../shared/storage/drive-files';
import { gas } from '../platform/apps-script';
import { cacheGetLarge, cacheItemsFor, cachePutLarge, cacheRemoveLarge } from '../platform/large-cache';
import { BLOB_MAX_BYTES } from '../platform/limits';
import { utf8Length } from '../platform/utf8';
import { createFile, inCareerFolder, readText } from './drive-files';

/** The work in progress is larger than any file Apps Script can write (50 MB); nothing was kept. */
export class WorkTooLargeError extends Error {
  constructor(label: string, bytes: number) {
    super(`the ${label} comes to ${(bytes / (1024 * 1024)).toFixed(1)} MB, more than the ${BLOB_MAX_BYTES / (1024 * 1024)} MB Apps Script can keep in a file`);
    this.name = 'WorkTooLargeError';
  }
}

/** Where kept text lives: a cache key, or a Drive file. */
export interface Kept {
  cache?: string;
  file?: string;
  /** Cache items it takes (0 for a file). */
  items: number;
}

/**
 * Keeps the text under `key`: in the cache when it takes at most `cacheItems` items, else in a Drive file
 * named after `label` (one file create).
 */
export function keepText(key: string, text: string, label: string, cacheItems: number): Kept {
  const items = cacheItemsFor(text);
  if (items <= cacheItems && cachePutLarge(key, text)) return { cache: key, items };
  const bytes = utf8Length(text);
  if (bytes > BLOB_MAX_BYTES) throw new WorkTooLargeError(label, bytes);
  const file = inCareerFolder((folder) =>
    createFile({ name: `Trellis work in progress – ${label} (deleted when done).json`, mimeType: JSON_MIME, parents: [folder], appProperties: { trellisKind: 'work' } }, text, JSON_MIME),
  );
  return { file: file.id!, items: 0 };
}

/** The kept text, or undefined when the cache let it go (the caller makes it again). */
export function readKept(kept: Kept): string | undefined {
  if (kept.cache) return cacheGetLarge(kept.cache);
  if (kept.file) return readText(kept.file);
  return undefined;
}

/** Forgets the text: its cache items, or its file. A file that cannot be deleted is only logged. */
export function dropKept(kept: Kept): void {
  if (kept.cache) cacheRemoveLarge(kept.cache);
  if (kept.file) {
    try {
      gas().Drive.Files.remove(kept.file);
    } catch (error) {
      console.warn(`work file ${kept.file} not deleted: ${(error as Error).message}`);
    }
  }
}
