import { setTimeout as sleep } from 'node:timers/promises';
import { retryAfterMs } from '@reflekt/compiler';
import type { ResolvedAvoOptions } from '../options.js';
import { backoffMs, waitForSlot } from './wait.js';

/** The options that shape the HTTP calls (see {@link ResolvedAvoOptions}). */
type TransportOptions = Pick<
  ResolvedAvoOptions,
  'baseUrl' | 'retries' | 'retryDelayMs' | 'maxRetryDelayMs' | 'minIntervalMs' | 'timeoutMs' | 'fetch'
>;

/** Everything one export call needs. The secret lives only here and in the request header. */
export interface ExportRequest extends TransportOptions {
  readonly workspaceId: string;
  readonly branchId: string;
  readonly accountName: string;
  readonly accountSecret: string;
  readonly signal: AbortSignal;
  /** Told before each wait for a retry. */
  readonly onRetry?: (attempt: number, waitMs: number, reason: string) => void;
}

/** Why an export call failed, after retries where retrying made sense. */
export type ExportFailure =
  | { readonly kind: 'unauthorized'; readonly status: number; readonly detail: string }
  | { readonly kind: 'not-found'; readonly detail: string }
  | { readonly kind: 'rejected'; readonly status: number; readonly detail: string }
  | { readonly kind: 'rate-limited'; readonly attempts: number }
  | { readonly kind: 'server'; readonly status: number; readonly attempts: number; readonly detail: string }
  | { readonly kind: 'network'; readonly url: string; readonly attempts: number; readonly detail: string };

/** The export's JSON text, or why there is none. */
export type ExportResult =
  | { readonly ok: true; readonly text: string; readonly attempts: number }
  | { readonly ok: false; readonly failure: ExportFailure };

/** `GET /workspaces/{workspaceId}/branches/{branchId}/export/v1`. */
export function exportUrl(baseUrl: string, workspaceId: string, branchId: string): string {
  return `${baseUrl}/workspaces/${encodeURIComponent(workspaceId)}/branches/${encodeURIComponent(branchId)}/export/v1`;
}

/** One attempt's outcome: done (success or a final failure), or worth another try. */
type Attempt =
  | { readonly done: ExportResult }
  | { readonly retry: string; readonly retryAfter?: number; readonly failure: (attempts: number) => ExportFailure };

/**
 * Fetches a branch's tracking plan with Basic auth. Spaces requests per service account
 * (`minIntervalMs`), retries 429 (honouring `Retry-After`), 5xx and network failures with
 * exponential backoff, and classifies the rest (401/403, 404, other 4xx) without retrying.
 * Never throws for HTTP or network trouble; an abort of `signal` rejects.
 */
export async function fetchExport(request: ExportRequest): Promise<ExportResult> {
  const url = exportUrl(request.baseUrl, request.workspaceId, request.branchId);
  const authorization = `Basic ${Buffer.from(`${request.accountName}:${request.accountSecret}`, 'utf8').toString('base64')}`;
  const slotKey = `${request.baseUrl} ${request.accountName}`;
  for (let attempt = 1; ; attempt++) {
    await waitForSlot(slotKey, request.minIntervalMs, request.signal);
    const outcome = await attemptOnce(request, url, authorization);
    if ('done' in outcome) return attempt === 1 || !outcome.done.ok ? outcome.done : { ...outcome.done, attempts: attempt };
    if (attempt > request.retries) return { ok: false, failure: outcome.failure(attempt) };
    const wait = Math.min(
      request.maxRetryDelayMs,
      outcome.retryAfter ?? backoffMs(attempt - 1, request.retryDelayMs, request.maxRetryDelayMs),
    );
    request.onRetry?.(attempt, wait, outcome.retry);
    await sleep(wait, undefined, { signal: request.signal });
  }
}

async function attemptOnce(request: ExportRequest, url: string, authorization: string): Promise<Attempt> {
  const signal = AbortSignal.any([request.signal, AbortSignal.timeout(request.timeoutMs)]);
  let response: Response;
  let text: string;
  try {
    response = await request.fetch(url, { method: 'GET', headers: { authorization, accept: 'application/json' }, signal });
    text = await response.text();
  } catch (error) {
    if (request.signal.aborted) throw request.signal.reason;
    const detail = networkDetail(error, request.timeoutMs);
    return { retry: detail, failure: (attempts) => ({ kind: 'network', url, attempts, detail }) };
  }
  const { status } = response;
  if (response.ok) return { done: { ok: true, text, attempts: 1 } };
  const detail = bodyDetail(text);
  if (status === 429) {
    const retryAfter = retryAfterMs(response.headers.get('retry-after'));
    return {
      retry: 'HTTP 429',
      ...(retryAfter !== undefined && { retryAfter }),
      failure: (attempts) => ({ kind: 'rate-limited', attempts }),
    };
  }
  if (status >= 500) return { retry: `HTTP ${status}`, failure: (attempts) => ({ kind: 'server', status, attempts, detail }) };
  if (status === 401 || status === 403) return { done: { ok: false, failure: { kind: 'unauthorized', status, detail } } };
  if (status === 404) return { done: { ok: false, failure: { kind: 'not-found', detail } } };
  return { done: { ok: false, failure: { kind: 'rejected', status, detail } } };
}

/** What the server said, as `: <message>` for a diagnostic (the `message`/`error` of a JSON body, or its text), or nothing. */
function bodyDetail(text: string): string {
  let said = text.trim();
  try {
    const parsed: unknown = JSON.parse(said);
    if (typeof parsed === 'object' && parsed !== null) {
      const { message, error } = parsed as { message?: unknown; error?: unknown };
      said = typeof message === 'string' ? message : typeof error === 'string' ? error : said;
    }
  } catch {
    // Not JSON: the text itself is the message.
  }
  said = said.replace(/\s+/g, ' ');
  if (said === '') return '';
  return `: ${said.length > 200 ? `${said.slice(0, 200)}…` : said}`;
}

function networkDetail(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${timeoutMs} ms`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  const code = cause && 'code' in cause && typeof cause.code === 'string' ? `${cause.code} ` : '';
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `${code}${message}`.trim();
}
