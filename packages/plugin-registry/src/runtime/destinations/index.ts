import path from 'node:path';
import { lazyS3, parseS3Uri } from '../s3-access.js';
import type { Destination, RuntimeDeps } from '../types.js';
import { SettingsError } from '../write-keys.js';
import { createFileDestination } from './file.js';
import type { PostOptions } from './http-post.js';
import { createS3Destination } from './s3.js';
import { createSegmentDestination, SEGMENT_BATCH_URL } from './segment.js';
import { createStdoutDestination } from './stdout.js';
import { createWebhookDestination } from './webhook.js';

export { createFileDestination } from './file.js';
export { type PostOptions, postWithRetry } from './http-post.js';
export { toJsonArray, toNdjson } from './ndjson.js';
export { createS3Destination } from './s3.js';
export { createSegmentDestination, SEGMENT_BATCH_URL } from './segment.js';
export { createStdoutDestination } from './stdout.js';
export { createWebhookDestination } from './webhook.js';

/** Env variable holding the Segment write key of `segment:` destinations (unless `?writeKeyEnv=` names another). */
export const SEGMENT_WRITE_KEY_ENV = 'REFLEKT_SEGMENT_WRITE_KEY';

const postOptions = (deps: RuntimeDeps): PostOptions => ({
  fetch: deps.fetch ?? globalThis.fetch,
  tries: Math.max(1, deps.retries ?? 3),
  retryDelayMs: deps.retryDelayMs ?? 100,
  timeoutMs: deps.timeoutMs ?? 10_000,
});

function segmentDestination(uri: string, deps: RuntimeDeps): Destination {
  const query = new URLSearchParams(uri.slice('segment:'.length).replace(/^\?/, ''));
  const envName = query.get('writeKeyEnv') ?? SEGMENT_WRITE_KEY_ENV;
  const writeKey = (deps.env ?? process.env)[envName];
  if (writeKey === undefined || writeKey === '') {
    throw new SettingsError(`Destination "${uri}" needs a Segment write key in the environment variable ${envName}.`);
  }
  const endpoint = query.get('endpoint') ?? SEGMENT_BATCH_URL;
  if (!/^https?:\/\//.test(endpoint)) throw new SettingsError(`Destination "${uri}": endpoint must be an http(s) URL.`);
  return createSegmentDestination(writeKey, endpoint, postOptions(deps));
}

/**
 * The destination a URI names:
 * - `file:<path>` — NDJSON appended to a file (relative to `deps.cwd`);
 * - `stdout:` — NDJSON on standard output;
 * - `http://…`, `https://…` — a webhook receiving `{"batch": [...]}`;
 * - `segment:` — a Segment source through the HTTP API, write key from `REFLEKT_SEGMENT_WRITE_KEY`
 *   (`segment:?writeKeyEnv=NAME&endpoint=https://events.eu1.segmentapis.com/v1/batch` to choose);
 * - `s3://bucket/prefix` — one NDJSON object per request.
 *
 * @throws {SettingsError} for an unknown scheme or missing settings.
 */
export function createDestination(uri: string, deps: RuntimeDeps = {}): Destination {
  if (uri.startsWith('file:')) {
    const file = uri.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
    if (file === '') throw new SettingsError('Destination "file:" needs a path, e.g. file:artifacts/registry/valid.ndjson.');
    return createFileDestination(path.resolve(deps.cwd ?? process.cwd(), file), uri);
  }
  if (uri === 'stdout:' || uri === 'stdout') return createStdoutDestination(deps.stdout);
  if (uri.startsWith('http://') || uri.startsWith('https://')) {
    try {
      return createWebhookDestination(uri, postOptions(deps));
    } catch {
      throw new SettingsError(`Destination "${uri}" is not a valid URL.`);
    }
  }
  if (uri.startsWith('segment:')) return segmentDestination(uri, deps);
  if (uri.startsWith('s3://')) {
    const location = parseS3Uri(uri);
    if (location === undefined) throw new SettingsError(`Destination "${uri}" is not a valid s3://bucket/prefix URI.`);
    return createS3Destination(location, lazyS3(deps.s3, deps.timeoutMs));
  }
  throw new SettingsError(`Destination "${uri}" is not supported: use file:<path>, stdout:, http(s)://…, segment: or s3://bucket/prefix.`);
}
