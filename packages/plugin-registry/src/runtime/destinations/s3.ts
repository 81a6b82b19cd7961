import { randomUUID } from 'node:crypto';
import { joinKey, type S3Access, type S3Location } from '../s3-access.js';
import type { Destination } from '../types.js';
import { toNdjson } from './ndjson.js';

/**
 * Stores each request's records as one NDJSON object under
 * `<prefix>/YYYY/MM/DD/<epoch ms>-<uuid>.ndjson`, so objects sort by arrival and never collide.
 */
export function createS3Destination(location: S3Location, s3: S3Access, now: () => number = Date.now): Destination {
  const name = `s3://${location.bucket}${location.prefix === '' ? '' : `/${location.prefix}`}`;
  return {
    name,
    async send(records, lines) {
      if (records.length === 0) return;
      const time = now();
      const day = new Date(time).toISOString().slice(0, 10).replaceAll('-', '/');
      const key = joinKey(location.prefix, `${day}/${time}-${randomUUID()}.ndjson`);
      try {
        await s3.putText(location.bucket, key, toNdjson(records, lines), 'application/x-ndjson');
      } catch (error) {
        throw new Error(`Cannot store s3://${location.bucket}/${key}: ${(error as Error).message}`);
      }
    },
    async flush() {},
    async close() {},
  };
}
