/**
 * Maps `items` through `fn` with at most `limit` calls in flight, keeping order. After the
 * first failure no new call starts, and the rejection waits for the calls in flight to settle,
 * so a caller that cleans up after an error does not race with late writes.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index] as T, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
  return results;
}

/**
 * How many file operations run at once: enough to keep libuv's thread pool busy, few enough
 * to stay far below file-descriptor limits.
 */
export const IO_CONCURRENCY = 64;
