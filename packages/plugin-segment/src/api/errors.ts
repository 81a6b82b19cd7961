import type { RequestError } from './types.js';

/** Why a call to the Public API failed, as far as the caller needs to tell the user. */
export type ApiFailure =
  /** 401 or 403: the token is missing, wrong, or lacks the Tracking Plan Admin role. */
  | 'auth'
  /** 404: the plan (or workspace resource) does not exist. */
  | 'not-found'
  /** 400, 409, 413, 422 and other 4xx: the API refused the request as sent. */
  | 'rejected'
  /** 429 on every attempt, or a `Retry-After` longer than the plugin may wait. */
  | 'rate-limited'
  /** 5xx, network errors and timeouts on every attempt. */
  | 'unavailable'
  /** A 2xx whose body is not the `{"data": …}` envelope. */
  | 'invalid-response';

/** A failed Public API call, with what the server said. Never carries the token. */
export class SegmentApiError extends Error {
  constructor(
    readonly failure: ApiFailure,
    readonly method: string,
    readonly path: string,
    /** HTTP status, `0` when no response arrived. */
    readonly status: number,
    /** The server's error envelope entries, when it sent one. */
    readonly errors: readonly RequestError[],
    readonly detail: string,
    /** How many times the request was sent. */
    readonly attempts = 1,
  ) {
    super(`${method} ${path} failed${status ? ` with HTTP ${status}` : ''}: ${detail}`);
    this.name = 'SegmentApiError';
  }

  /** The same error, recording that it came after `attempts` tries. */
  after(attempts: number): SegmentApiError {
    const error = new SegmentApiError(this.failure, this.method, this.path, this.status, this.errors, this.detail, attempts);
    if (this.stack !== undefined) error.stack = this.stack;
    return error;
  }

  /** The server's messages in one line (`ValidationFailure: "id" is required (field id)`), or the error's own. */
  get serverMessage(): string {
    if (this.errors.length === 0) return this.message;
    return this.errors.map((e) => `${e.type}${e.message ? `: ${e.message}` : ''}${e.field ? ` (field \`${e.field}\`)` : ''}`).join('; ');
  }
}

/** The failure class of an HTTP error status. */
export function failureOfStatus(status: number): ApiFailure {
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'unavailable';
  return 'rejected';
}
