/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** When each service account may send its next request, in ms since the epoch. */
const nextSlot = new Map<string, number>();

/**
 * Spaces requests of one service account (`key`) at least `intervalMs` apart, across every pull
 * in this process: Avo soft-limits each account to one request per second. Reserves the slot
 * before waiting, so concurrent callers queue instead of all firing at once.
 */
export async function waitForSlot(key: string, intervalMs: number, signal: AbortSignal): Promise<void> {
  const now = Date.now();
  const at = Math.max(now, nextSlot.get(key) ?? 0);
  nextSlot.set(key, at + intervalMs);
  await sleep(at - now, signal);
}

/**
 * A `Retry-After` header as milliseconds: delay-seconds or an HTTP date. `undefined` when the
 * header is absent or unreadable.
 */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff: `baseMs` doubled per retry already made, capped at `maxMs`. */
export function backoffMs(retry: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** retry);
}
