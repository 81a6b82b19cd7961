import { createRequire } from 'node:module';
import type { EventSchema } from '@reflekt/compiler';
import { linkValidator } from './bundle.js';
import { type CachedValidator, cacheKey, type ValidatorCache } from './cache.js';
import { type CompileInput, type CompileProblem, compileInput } from './compile.js';
import { compileInPool, type PoolJob } from './compile-pool.js';
import { sha256 } from './hash.js';
import { compileStandalone, type StandaloneResult } from './standalone-source.js';

const require = createRequire(import.meta.url);
const version = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version;

/** Bumped whenever this emitter changes the code it generates, so old cache entries miss. */
const EMITTER_REVISION = 3;

/** The Ajv version that compiles the validators (named in each file and in the manifest). */
export const AJV_VERSION = version('ajv');

/** Everything that shapes a validator file's bytes besides its schema and id. */
export const TOOLCHAIN = `ajv@${AJV_VERSION} ajv-formats@${version('ajv-formats')} esbuild@${version('esbuild')} emitter@${EMITTER_REVISION}`;

/** One event's validator file, as emitted, and its SHA-256. */
export interface CompiledValidator {
  readonly event: EventSchema;
  readonly contents: string;
  readonly sha256: string;
}

/** What {@link compileValidators} returns. */
export interface CompiledValidators {
  /** In the order of the events; events Ajv could not compile are missing. */
  readonly validators: readonly CompiledValidator[];
  readonly problems: readonly CompileProblem[];
}

/**
 * Compiles every event's validator file: from the cache when an entry matches, else with Ajv
 * (in worker threads for large plans, see {@link compileInPool}) and {@link linkValidator};
 * each file is linked as soon as its sources arrive, so Ajv's sources never pile up in memory.
 * New files are written to the cache. The result does not depend on the cache or the threads.
 * Pass the cache while it opens: this work overlaps the read.
 */
export async function compileValidators(
  events: readonly EventSchema[],
  opening: ValidatorCache | Promise<ValidatorCache> | undefined,
): Promise<CompiledValidators> {
  // Keys are hashed while the cache file is still being read.
  const inputs = events.map(compileInput);
  const keys = inputs.map((input) => (opening ? cacheKey(input, TOOLCHAIN) : undefined));
  const cache = await opening;
  const results: Array<CachedValidator | undefined> = keys.map((key) => (key === undefined ? undefined : cache?.get(key)));
  const errors = new Map<number, string>();
  const linking: Array<Promise<void>> = [];
  const accept = (index: number, result: StandaloneResult): void => {
    if ('error' in result) {
      errors.set(index, result.error);
      return;
    }
    const event = (inputs[index] as CompileInput).event;
    linking.push(
      linkValidator(result.firstError, result.allErrors).then((code) => {
        const contents = header(event) + code;
        const value = { contents, sha256: sha256(contents), warnings: result.warnings };
        results[index] = value;
        const key = keys[index];
        if (key !== undefined) cache?.set(key, value);
      }),
    );
  };

  const pooled: PoolJob[] = [];
  const pooledIndex: number[] = [];
  let allSchemas: object[] | undefined;
  for (const [index, input] of inputs.entries()) {
    if (results[index] !== undefined) continue;
    if (input.external) {
      // Needs every schema of the plan to resolve its `$ref`s: compiled here, never cached.
      allSchemas ??= inputs.map((i) => i.schema);
      accept(index, compileStandalone(allSchemas, input.event.id));
    } else {
      pooled.push({ id: input.event.id, json: input.json });
      pooledIndex.push(index);
    }
  }
  await compileInPool(pooled, (k, result) => accept(pooledIndex[k] as number, result));
  await Promise.all(linking);
  // A cache that cannot be written (read-only checkout) only costs the next build time.
  await cache?.save().catch(() => undefined);

  const validators: CompiledValidator[] = [];
  const problems: CompileProblem[] = [];
  for (const [index, event] of events.entries()) {
    const result = results[index];
    if (result) {
      validators.push({ event, contents: result.contents, sha256: result.sha256 });
      for (const detail of new Set(result.warnings)) problems.push({ event, severity: 'warning', detail });
    } else {
      problems.push({ event, severity: 'error', detail: errors.get(index) ?? 'not compiled' });
    }
  }
  return { validators, problems };
}

/** The first line of every validator file. */
function header(event: EventSchema): string {
  return `// Validator for ${JSON.stringify(event.id)}, compiled by @reflekt/plugin-registry with Ajv ${AJV_VERSION}. Do not edit.\n`;
}
