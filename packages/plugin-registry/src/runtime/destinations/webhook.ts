import type { Destination } from '../types.js';
import { type PostOptions, postWithRetry } from './http-post.js';
import { toJsonArray } from './ndjson.js';

/**
 * POSTs each request's records to a URL as `{"batch": [...]}` (JSON). Credentials in the URL
 * (`https://user:pass@host/…`) become Basic auth and are left out of the destination's name.
 */
export function createWebhookDestination(uri: string, options: PostOptions): Destination {
  const url = new URL(uri);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (url.username !== '' || url.password !== '') {
    const user = decodeURIComponent(url.username);
    const password = decodeURIComponent(url.password);
    headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    url.username = '';
    url.password = '';
  }
  const target = url.toString();
  return {
    name: target,
    async send(records, lines) {
      if (records.length === 0) return;
      await postWithRetry(target, `{"batch":${toJsonArray(records, lines)}}`, headers, options, `Webhook ${target}`);
    },
    async flush() {},
    async close() {},
  };
}
