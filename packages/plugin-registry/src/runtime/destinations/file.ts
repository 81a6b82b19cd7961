import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Destination } from '../types.js';
import { toNdjson } from './ndjson.js';

/** Bytes the stream buffers before `send` waits for the disk: large, so many requests share one `writev`. */
const HIGH_WATER_MARK = 4 * 1024 * 1024;

/**
 * Appends NDJSON to a file through one write stream. `send` resolves once its chunk is
 * appended to the stream, waiting for the disk only when the buffer is full (back-pressure);
 * the stream coalesces the chunks of concurrent requests into one `writev`. A write error fails
 * the next `send` (503, the SDK retries) and `flush`; the `send` after it reopens the file, so a
 * full disk that was freed needs no restart.
 */
export function createFileDestination(file: string, name = `file:${file}`): Destination {
  let stream: WriteStream | undefined;
  let opening: Promise<WriteStream> | undefined;
  let failure: Error | undefined;

  const open = (): Promise<WriteStream> => {
    opening ??= mkdir(path.dirname(file), { recursive: true }).then(
      () => {
        const s = createWriteStream(file, { flags: 'a', highWaterMark: HIGH_WATER_MARK });
        s.on('error', (error) => {
          failure = new Error(`Cannot write ${file}: ${error.message}`);
        });
        stream = s;
        return s;
      },
      (error: Error) => {
        opening = undefined;
        throw new Error(`Cannot open ${file}: ${error.message}`);
      },
    );
    return opening;
  };

  /** Reports a failure once and forgets the broken stream, so the next `send` reopens the file. */
  const reset = (): Error => {
    const error = failure ?? new Error(`Cannot write ${file}`);
    failure = undefined;
    stream?.destroy();
    stream = undefined;
    opening = undefined;
    return error;
  };

  const drained = (s: WriteStream): Promise<void> =>
    new Promise((resolve, reject) => {
      const done = (): void => {
        s.off('drain', done);
        s.off('close', done);
        if (failure === undefined) resolve();
        else reject(reset());
      };
      s.on('drain', done);
      s.on('close', done);
    });

  return {
    name,
    async send(records, lines) {
      if (records.length === 0) return;
      if (failure !== undefined) throw reset();
      const s = stream ?? (await open());
      if (!s.write(toNdjson(records, lines))) await drained(s);
    },
    async flush() {
      const s = stream;
      // An empty write completes after every write queued before it.
      if (s !== undefined && failure === undefined && !s.destroyed) await new Promise<void>((resolve) => s.write('', () => resolve()));
      if (failure !== undefined) throw reset();
    },
    async close() {
      const s = stream ?? (opening === undefined ? undefined : await opening.catch(() => undefined));
      stream = undefined;
      opening = undefined;
      if (s === undefined || s.destroyed) return;
      await new Promise<void>((resolve) => s.end(() => resolve()));
    },
  };
}
