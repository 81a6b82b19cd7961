import type { Destination } from '../types.js';
import { type PostOptions, postWithRetry } from './http-post.js';

/** Segment's documented HTTP API batch endpoint. */
export const SEGMENT_BATCH_URL = 'https://api.segment.io/v1/batch';
/** Bytes per request to Segment, under its 500 KB limit with room for the envelope. */
const MAX_REQUEST_BYTES = 450 * 1024;
/** Messages per request to Segment. */
const MAX_REQUEST_MESSAGES = 2500;

/**
 * Forwards messages to a Segment source through the HTTP API (`/v1/batch`, Basic auth with the
 * source's write key). Messages go as received — `messageId`, `timestamp`, `sentAt`,
 * `context`, `integrations` and `_metadata` intact — so Segment dedupes retried requests by
 * `messageId`. A request's records are split into batches below Segment's size limits.
 */
export function createSegmentDestination(writeKey: string, endpoint: string, options: PostOptions): Destination {
  const headers = {
    'content-type': 'application/json',
    authorization: `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`,
    'user-agent': '@reflekt/plugin-registry',
  };
  const post = (items: string[]) =>
    postWithRetry(
      endpoint,
      `{"batch":[${items.join(',')}],"sentAt":"${new Date().toISOString()}"}`,
      headers,
      options,
      `Segment (${endpoint})`,
    );
  return {
    name: endpoint === SEGMENT_BATCH_URL ? 'segment:' : `segment:${endpoint}`,
    async send(records, lines) {
      const serialized = lines ?? records.map((record) => JSON.stringify(record));
      const requests: Promise<void>[] = [];
      let chunk: string[] = [];
      let bytes = 0;
      for (const line of serialized) {
        const size = Buffer.byteLength(line);
        if (chunk.length > 0 && (bytes + size > MAX_REQUEST_BYTES || chunk.length === MAX_REQUEST_MESSAGES)) {
          requests.push(post(chunk));
          chunk = [];
          bytes = 0;
        }
        chunk.push(line);
        bytes += size + 1;
      }
      if (chunk.length > 0) requests.push(post(chunk));
      await Promise.all(requests);
    },
    async flush() {},
    async close() {},
  };
}
