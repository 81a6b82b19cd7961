import { lstatSync, type Stats } from 'node:fs';
import { setImmediate as yieldToLoop } from 'node:timers/promises';

/** Errors that mean "nothing can be there" rather than "something is wrong". */
const ABSENT = new Set(['ENOENT', 'ENOTDIR', 'ENAMETOOLONG']);

/** Paths stat'ed between two yields to the event loop (~5 ms of work). */
const BATCH = 1000;

/**
 * `lstat`s many paths; `undefined` for a path where nothing is (missing, a parent is a file, or
 * the name is too long — staging then fails on it and reports it).
 *
 * Synchronous calls in batches, yielding to the event loop between batches, on purpose: `lstat`
 * is a metadata lookup that the kernel answers from cache, so the cost is all dispatch. Measured
 * on this 2-core machine for 10,000 files: `lstatSync` ~50 ms, the callback API with 64 in
 * flight 47–170 ms (it varies with load, since it competes for libuv's 4 threads),
 * `fs/promises` ~190 ms. The no-op rebuild budget is 300 ms.
 */
export async function statMany(paths: readonly string[]): Promise<(Stats | undefined)[]> {
  const results = new Array<Stats | undefined>(paths.length);
  for (let start = 0; start < paths.length; start += BATCH) {
    if (start > 0) await yieldToLoop();
    const end = Math.min(start + BATCH, paths.length);
    for (let i = start; i < end; i++) results[i] = statOne(paths[i] as string);
  }
  return results;
}

function statOne(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch (error) {
    if (ABSENT.has((error as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw error;
  }
}
