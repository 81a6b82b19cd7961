import { setTimeout as sleep } from 'node:timers/promises';
import { retryAfterMs } from '@reflekt/compiler';
import { isObject } from '../json.js';
import { failureOfStatus, SegmentApiError } from './errors.js';
import type { RequestError } from './types.js';

/** How the plugin talks to the Public API; every field is resolved from the plugin options. */
export interface TransportOptions {
  /** `https://api.segmentapis.com`, the EU host, or a proxy/test server. */
  readonly baseUrl: string;
  /** The Public API token (from the environment, never from config). */
  readonly token: string;
  readonly fetch: typeof globalThis.fetch;
  /** Extra attempts after a 429, a 5xx, a network error or a timeout. */
  readonly retries: number;
  /** First backoff delay; doubled on every further attempt (with jitter), capped at 30 s. */
  readonly retryDelayMs: number;
  /** A `Retry-After` longer than this fails the call instead of waiting. */
  readonly maxRetryAfterSeconds: number;
  /** Per attempt. */
  readonly timeoutMs: number;
  readonly userAgent: string;
  readonly signal?: AbortSignal;
  /** Told before each retry (the plugin logs it). */
  readonly onRetry?: (info: RetryInfo) => void;
}

/** What {@link TransportOptions.onRetry} hears. */
export interface RetryInfo {
  readonly method: string;
  readonly path: string;
  /** The attempt that failed, from 1. */
  readonly attempt: number;
  readonly reason: string;
  readonly delayMs: number;
}

/** One API call: method, path below the base URL, query and JSON body. */
export interface ApiRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly query?: URLSearchParams;
  readonly body?: unknown;
}

const MAX_BACKOFF_MS = 30_000;

/**
 * Sends one request and returns the `data` of the success envelope. Retries 429s after their
 * `Retry-After` (or a backoff when absent), and 5xx, network errors and timeouts with
 * exponential backoff, except for `POST`, whose retry could create a second plan.
 *
 * @throws {@link SegmentApiError} when the call finally fails.
 */
export async function callApi(options: TransportOptions, request: ApiRequest): Promise<Record<string, unknown>> {
  const url = new URL(request.path.replace(/^\//, ''), `${options.baseUrl.replace(/\/+$/, '')}/`);
  if (request.query) url.search = request.query.toString();
  const shown = `${url.pathname}${url.search}`;
  const retryable = request.method !== 'POST';
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(options, request, url);
    if (outcome.kind === 'ok') return outcome.data;
    const error = outcome.error;
    const canRetry = attempt <= options.retries && (error.failure === 'rate-limited' || (retryable && error.failure === 'unavailable'));
    if (!canRetry) throw error.after(attempt);
    let delayMs = backoff(options.retryDelayMs, attempt);
    if (outcome.kind === 'http' && outcome.retryAfterSeconds !== undefined) {
      if (outcome.retryAfterSeconds > options.maxRetryAfterSeconds) throw error.after(attempt);
      delayMs = outcome.retryAfterSeconds * 1000;
    }
    options.onRetry?.({
      method: request.method,
      path: shown,
      attempt,
      reason: error.status ? `HTTP ${error.status}` : error.message,
      delayMs,
    });
    await sleep(delayMs, undefined, options.signal ? { signal: options.signal } : {});
  }
}

type Outcome =
  | { readonly kind: 'ok'; readonly data: Record<string, unknown> }
  | { readonly kind: 'http'; readonly error: SegmentApiError; readonly retryAfterSeconds?: number }
  | { readonly kind: 'network'; readonly error: SegmentApiError };

async function attemptOnce(options: TransportOptions, request: ApiRequest, url: URL): Promise<Outcome> {
  const shown = `${url.pathname}${url.search}`;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  let text: string;
  try {
    response = await options.fetch(url, {
      method: request.method,
      headers: {
        authorization: `Bearer ${options.token}`,
        accept: 'application/json',
        'user-agent': options.userAgent,
        ...(request.body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(request.body !== undefined && { body: JSON.stringify(request.body) }),
      signal,
    });
    text = await response.text();
  } catch (cause) {
    // A user abort (Ctrl-C) ends the command; a timeout or a dropped connection is retried.
    if (options.signal?.aborted) throw cause;
    const detail = timeout.aborted ? `no answer within ${options.timeoutMs} ms` : networkDetail(cause);
    return { kind: 'network', error: new SegmentApiError('unavailable', request.method, shown, 0, [], detail) };
  }
  const body = parseBody(text);
  if (response.ok) {
    if (isObject(body) && isObject(body.data)) return { kind: 'ok', data: body.data };
    const detail = `expected a {"data": …} envelope, got ${text.length > 120 ? `${text.slice(0, 120)}…` : text || 'an empty body'}`;
    return { kind: 'http', error: new SegmentApiError('invalid-response', request.method, shown, response.status, [], detail) };
  }
  const errors = errorEntries(body);
  const detail = errors[0]?.message ?? (response.statusText || 'no error message');
  const error = new SegmentApiError(failureOfStatus(response.status), request.method, shown, response.status, errors, detail);
  const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
  return { kind: 'http', error, ...(retryAfter !== undefined && { retryAfterSeconds: retryAfter }) };
}

function parseBody(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

function errorEntries(body: unknown): RequestError[] {
  if (!isObject(body) || !Array.isArray(body.errors)) return [];
  return body.errors.filter((e): e is RequestError => isObject(e) && typeof e.type === 'string');
}

function backoff(baseMs: number, attempt: number): number {
  const exponential = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** (attempt - 1));
  // Jitter spreads the retries of parallel runs sharing a token's rate limit.
  return Math.round(exponential * (0.5 + Math.random() / 2));
}

function networkDetail(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
  return `${cause.message}${inner}`;
}

/** `Retry-After` as whole seconds (the API sends seconds; an HTTP date is accepted too). */
function retryAfterSeconds(header: string | null): number | undefined {
  const ms = retryAfterMs(header);
  return ms === undefined ? undefined : Math.ceil(ms / 1000);
}
