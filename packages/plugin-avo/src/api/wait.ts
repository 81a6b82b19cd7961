import { setTimeout as sleep } from 'node:timers/promises';

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
  await sleep(at - now, undefined, { signal });
}

/** Exponential backoff: `baseMs` doubled per retry already made, capped at `maxMs`. */
export function backoffMs(retry: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** retry);
}
