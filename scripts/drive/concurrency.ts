// Bounded concurrency: many files, at most `limit` in flight, stopping early (without new starts) once aborted.

/**
 * Runs `work` over `items` with at most `limit` calls in flight; resolves when all started calls have settled.
 * The first error stops new starts and is rethrown once the calls in flight have settled.
 */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>, signal?: AbortSignal): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && !signal?.aborted) {
      const i = next++;
      if (i >= items.length) return;
      try {
        results[i] = await work(items[i]!, i);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw failure.error;
  return results;
}
