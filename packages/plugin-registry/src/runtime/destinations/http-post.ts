import { setTimeout as sleep } from 'node:timers/promises';
import { DestinationThrottledError } from '../types.js';

/** How a network destination retries. */
export interface PostOptions {
  readonly fetch: typeof fetch;
  /** Attempts in total (≥ 1). */
  readonly tries: number;
  /** Delay before the second attempt; doubled per attempt. */
  readonly retryDelayMs: number;
  /** Per-attempt timeout. */
  readonly timeoutMs: number;
}

/** Longest wait honoured from a `Retry-After` header inside one request. */
const MAX_RETRY_AFTER_WAIT_MS = 2000;

const retryAfterSeconds = (response: Response): number => {
  const value = Number(response.headers.get('retry-after') ?? response.headers.get('x-ratelimit-reset') ?? '');
  return Number.isFinite(value) && value > 0 ? Math.min(value, 300) : 1;
};

/**
 * POSTs `body`, retrying network errors, timeouts, 5xx and 429 a bounded number of times with
 * exponential back-off (never Buz's 45-hour loop: the producer's request is waiting). Other
 * 4xx answers are not retried. Rejects with a message naming `what` and the last failure;
 * a final 429 rejects with {@link DestinationThrottledError}.
 */
export async function postWithRetry(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: PostOptions,
  what: string,
): Promise<void> {
  let last = '';
  for (let attempt = 1; attempt <= options.tries; attempt++) {
    let response: Response;
    try {
      response = await options.fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(options.timeoutMs) });
    } catch (error) {
      last = (error as Error).name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : (error as Error).message;
      if (attempt < options.tries) await sleep(options.retryDelayMs * 2 ** (attempt - 1));
      continue;
    }
    // The body is read so the connection can be reused.
    const text = await response.text().catch(() => '');
    if (response.ok) return;
    last = `HTTP ${response.status}${text === '' ? '' : `: ${text.slice(0, 200)}`}`;
    if (response.status === 429) {
      const wait = retryAfterSeconds(response);
      if (attempt === options.tries || wait * 1000 > MAX_RETRY_AFTER_WAIT_MS) {
        throw new DestinationThrottledError(`${what} is throttling (${last}).`, wait);
      }
      await sleep(wait * 1000);
      continue;
    }
    if (response.status < 500) throw new Error(`${what} refused the records (${last}).`);
    if (attempt < options.tries) await sleep(options.retryDelayMs * 2 ** (attempt - 1));
  }
  throw new Error(`${what} failed after ${options.tries} attempts (${last}).`);
}
