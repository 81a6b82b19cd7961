import { createRequire } from 'node:module';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { JsonSchema } from '@reflekt/compiler';
import { COMPILER_SOURCE, indentTypes, JSTT_OPTIONS, jsttCompile } from './typegen.js';

/** One schema to type, named by its root type. */
export interface TypeJob {
  readonly schema: JsonSchema;
  readonly name: string;
}

/** The declarations of one job, or why json-schema-to-typescript failed on it. */
export type TypeResult = { readonly types: string } | { readonly error: string };

/** Below this many schemas the work stays on the calling thread (a worker costs ~0.1 s to start). */
const WORKER_THRESHOLD = 300;
/** Schemas handed out at a time; small enough to balance, large enough to keep messages few. */
const CHUNK = 40;

const require = createRequire(import.meta.url);

/**
 * A worker that types chunks of schemas (plain CommonJS, run with `eval`). It resolves
 * json-schema-to-typescript from this package, so it loads the same copy as the main thread.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const base = require('node:module').createRequire(workerData.from);
const compileOne = new Function('require', 'options', workerData.compiler)(base, workerData.options);
parentPort.on('message', async ({ start, jobs }) => {
  const out = [];
  for (const job of jobs) {
    try { out.push({ ts: await compileOne(job.schema, job.name) }); }
    catch (error) { out.push({ error: String((error && error.message) || error) }); }
  }
  parentPort.postMessage({ start, out });
});
`;

/**
 * Types every job with json-schema-to-typescript. Large plans are spread over worker threads (one
 * per spare core) while the calling thread works too; results keep the jobs' order, so the output
 * does not depend on scheduling.
 */
export async function generateTypesAll(jobs: readonly TypeJob[], threads: 'auto' | number = 'auto'): Promise<TypeResult[]> {
  const results: TypeResult[] = new Array(jobs.length);
  const spare = threads === 'auto' ? Math.min(3, os.availableParallelism() - 1) : threads;
  const workerCount = jobs.length >= WORKER_THRESHOLD ? Math.max(0, spare) : 0;
  const queue: number[] = [];
  for (let start = 0; start < jobs.length; start += CHUNK) queue.push(start);

  const runLocal = async (start: number): Promise<void> => {
    for (let i = start; i < Math.min(start + CHUNK, jobs.length); i++) results[i] = await typeOne(jobs[i] as TypeJob);
  };

  const workers = Array.from({ length: workerCount }, () => startWorker());
  const workerDone = workers.map(
    (worker) =>
      new Promise<void>((resolve) => {
        let current: number | undefined;
        const next = (): void => {
          current = queue.shift();
          if (current === undefined) resolve();
          else worker.postMessage({ start: current, jobs: jobs.slice(current, current + CHUNK) });
        };
        worker.on('message', ({ start, out }: { start: number; out: Array<{ ts?: string; error?: string }> }) => {
          out.forEach((r, k) => {
            results[start + k] = r.ts !== undefined ? { types: indentTypes(r.ts) } : { error: r.error ?? 'unknown error' };
          });
          next();
        });
        const giveBack = (): void => {
          // The chunk goes back to the queue; the calling thread finishes the work.
          if (current !== undefined) queue.unshift(current);
          current = undefined;
          resolve();
        };
        worker.on('error', giveBack);
        worker.on('exit', giveBack);
        next();
      }),
  );

  for (let start = queue.shift(); start !== undefined; start = queue.shift()) {
    await runLocal(start);
    // Let worker messages in: json-schema-to-typescript only awaits settled promises.
    if (workerCount > 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workerDone);
  await Promise.all(workers.map((w) => w.terminate()));
  // A chunk given back by a failed worker after the local loop ended.
  for (let start = queue.shift(); start !== undefined; start = queue.shift()) await runLocal(start);
  return results;
}

async function typeOne(job: TypeJob): Promise<TypeResult> {
  try {
    const ts = await jsttCompile(job.schema, job.name);
    return { types: indentTypes(ts) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function startWorker(): Worker {
  return new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { from: require.resolve('json-schema-to-typescript'), compiler: COMPILER_SOURCE, options: JSTT_OPTIONS },
  });
}
