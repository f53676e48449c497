// Text larger than CacheService's 100 KB per value, kept in the user's cache as numbered chunks: the job
// description draft between cards, frameworks read once per version. A cache holds 1,000 items at most and
// drops the ones nearest expiry beyond that, so a value is cut into as few chunks as the limit allows, and text
// that would need many chunks is not cached at all (the caller keeps it elsewhere, or reads it again).
import { gas } from './apps-script';
import { splitUtf8, utf8Length } from './utf8';

/** Under CacheService's 100 KB per value, with room to spare. */
export const CHUNK_BYTES = 96 * 1024;
/** At most this many items for one value (about 4.7 MB): a tenth of what a cache holds in all. */
export const MAX_CHUNKS = 50;
/** Six hours: the longest CacheService keeps anything. */
export const CACHE_SECONDS = 21_600;

/** How many cache items the text would take (the head and its chunks). */
export function cacheItemsFor(text: string): number {
  return 1 + Math.max(1, Math.ceil(utf8Length(text) / CHUNK_BYTES));
}

/** Keeps the text; false when it is too large to cache or the cache refused it (a cache miss later costs a re-read). */
export function cachePutLarge(key: string, text: string, seconds = CACHE_SECONDS): boolean {
  const cache = gas().CacheService.getUserCache();
  if (!cache || cacheItemsFor(text) - 1 > MAX_CHUNKS) return false;
  const chunks = splitUtf8(text, CHUNK_BYTES);
  const entries: Record<string, string> = { [key]: String(chunks.length) };
  chunks.forEach((chunk, i) => (entries[`${key}#${i}`] = chunk));
  try {
    cache.putAll(entries, seconds);
    return true;
  } catch (error) {
    console.warn(`cache ${key} not stored: ${(error as Error).message}`);
    return false;
  }
}

/** The text, or undefined when any chunk has expired (or was pushed out). */
export function cacheGetLarge(key: string): string | undefined {
  const cache = gas().CacheService.getUserCache();
  const head = cache?.get(key);
  if (!cache || !head) return undefined;
  const keys = Array.from({ length: Number(head) }, (_, i) => `${key}#${i}`);
  const parts = cache.getAll(keys);
  if (keys.some((k) => parts[k] === undefined)) return undefined;
  return keys.map((k) => parts[k]).join('');
}

export function cacheRemoveLarge(key: string): void {
  const cache = gas().CacheService.getUserCache();
  const head = cache?.get(key);
  if (!cache || !head) return;
  cache.removeAll([key, ...Array.from({ length: Number(head) }, (_, i) => `${key}#${i}`)]);
}
