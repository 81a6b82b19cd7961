import { type CompiledSchema, InvalidValidatorModuleError, type SchemaStore } from './types.js';

/** Why a schema id has no validator: not in the store, or its validator module is broken. */
export interface MissingSchema {
  readonly missing: true;
  readonly reason: 'not-found' | 'invalid-module';
  readonly detail: string;
  /** When the store is asked again (ms since the epoch). */
  readonly until: number;
}

/** Cache counters, read by the metrics. */
export interface SchemaCacheStats {
  hits: number;
  misses: number;
  negativeHits: number;
  /** Store look-ups started (one per id at a time). */
  loads: number;
  /** Total time spent in store look-ups, in seconds. */
  loadSeconds: number;
  storeErrors: number;
}

/**
 * Compiled validators by exact schema id. Versions are immutable, so a found schema stays
 * cached for the life of the process; an unknown id is remembered for `negativeTtlMs` (so a
 * flood of events naming an unpublished schema costs one store read per period, and a newly
 * published schema is picked up after it), and concurrent look-ups of one id share one store
 * read. Store failures are not cached: the next request asks again.
 */
export class SchemaCache {
  readonly stats: SchemaCacheStats = { hits: 0, misses: 0, negativeHits: 0, loads: 0, loadSeconds: 0, storeErrors: 0 };
  readonly #found = new Map<string, CompiledSchema>();
  readonly #missing = new Map<string, MissingSchema>();
  readonly #inFlight = new Map<string, Promise<void>>();

  constructor(
    readonly store: SchemaStore,
    private readonly negativeTtlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * What is known about `id` without waiting: the schema, why it is missing, or `undefined`
   * when the store has to be asked ({@link SchemaCache.load}). Counts hits.
   */
  peek(id: string): CompiledSchema | MissingSchema | undefined {
    const found = this.#found.get(id);
    if (found !== undefined) {
      this.stats.hits++;
      return found;
    }
    const missing = this.#missing.get(id);
    if (missing !== undefined) {
      if (missing.until > this.now()) {
        this.stats.negativeHits++;
        return missing;
      }
      this.#missing.delete(id);
    }
    return undefined;
  }

  /**
   * Asks the store for `id` (once, however many callers wait). Resolves when the answer is
   * cached; rejects with the store's `SchemaStoreUnavailableError` when it could not answer.
   */
  load(id: string): Promise<void> {
    let pending = this.#inFlight.get(id);
    if (pending === undefined) {
      this.stats.misses++;
      pending = this.#fetch(id).finally(() => this.#inFlight.delete(id));
      this.#inFlight.set(id, pending);
    }
    return pending;
  }

  /** Whether `id` has a cached validator (no counting; for checks that only new ids need). */
  has(id: string): boolean {
    return this.#found.has(id);
  }

  /** Forgets unknown ids, so the next event naming one asks the store at once (`POST /purge`). */
  purgeMissing(): number {
    const count = this.#missing.size;
    this.#missing.clear();
    return count;
  }

  /** Number of cached validators. */
  get size(): number {
    return this.#found.size;
  }

  async #fetch(id: string): Promise<void> {
    this.stats.loads++;
    const started = performance.now();
    try {
      const schema = await this.store.get(id);
      if (schema === undefined) this.#remember(id, 'not-found', `No schema "${id}" in ${this.store.description}.`);
      else this.#found.set(id, schema);
    } catch (error) {
      if (!(error instanceof InvalidValidatorModuleError)) {
        this.stats.storeErrors++;
        throw error;
      }
      this.#remember(id, 'invalid-module', error.message);
    } finally {
      this.stats.loadSeconds += (performance.now() - started) / 1000;
    }
  }

  #remember(id: string, reason: MissingSchema['reason'], detail: string): void {
    this.#missing.set(id, { missing: true, reason, detail, until: this.now() + this.negativeTtlMs });
  }
}
