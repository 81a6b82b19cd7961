import type { Destination } from '../types.js';
import { toNdjson } from './ndjson.js';

/** Writes NDJSON to standard output (or the given writer), for piping into other tools. */
export function createStdoutDestination(out: { write(chunk: string): boolean } = process.stdout): Destination {
  return {
    name: 'stdout:',
    async send(records, lines) {
      if (records.length > 0) out.write(toNdjson(records, lines));
    },
    async flush() {},
    async close() {},
  };
}
