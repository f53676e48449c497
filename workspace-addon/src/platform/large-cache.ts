// Text larger than CacheService's 100 KB per value, kept in the user's cache as numbered chunks: frameworks read
// once per version, and sheets read during a long import.
import { gas } from './apps-script';

/** Under CacheService's per-value limit (100 KB), leaving room for multi-byte characters. */
const CHUNK_CHARS = 24_000;
/** Six hours: the longest CacheService keeps anything. */
export const CACHE_SECONDS = 21_600;

export function cachePutLarge(key: string, text: string, seconds = CACHE_SECONDS): boolean {
  const cache = gas().CacheService.getUserCache();
  if (!cache) return false;
  const count = Math.ceil(text.length / CHUNK_CHARS) || 1;
  const entries: Record<string, string> = { [key]: String(count) };
  for (let i = 0; i < count; i++) entries[`${key}#${i}`] = text.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS);
  try {
    cache.putAll(entries, seconds);
    return true;
  } catch (error) {
    // a full cache only costs a re-read later
    console.warn(`cache ${key} not stored: ${(error as Error).message}`);
    return false;
  }
}

/** The text, or undefined when any chunk has expired. */
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
